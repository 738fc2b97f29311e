W4521asian
r a BC-US--Grain Elevator Fire   11-18 0230
^BC-US--Grain Elevator Fire,230<
^Fire at Minnesota grain elevator forces evacuation of 40 homes; co-op says harvest stored inside is lost<
^By KELSEY WASECA=
^Associated Press=
	   MANKATO, Minn. (AP) _ A fire that smoldered for two days inside a grain elevator on the Minnesota River forced the evacuation of about 40 homes in Mankato and destroyed most of the corn a farmers cooperative had stored there after the harvest, officials said Tuesday.
 
	   Flames were first seen Sunday night at the top of the concrete elevator operated by Blue Earth Valley Farmers Cooperative, which buys grain from about 600 members in southern Minnesota. Fire Chief Ramon Estrada said dust explosions inside the silos kept crews from going in until Tuesday morning.
 
	   ``You cannot put water on 2 million bushels of corn and expect it to behave,'' Estrada said. ``It swells, it heats up and it can split the walls.''
 
	   Residents of the Sibley Park neighborhood were allowed back home Tuesday afternoon. The American Red Cross opened a shelter at Minnesota State University, Mankato, where about 70 people spent Sunday night.
 
	   Cooperative general manager Tyler Waseca said the grain was insured and that members would be paid. Waseca, who grew up on a farm near the town of the same name, said the co-op would send deliveries to its elevators in St. Peter and Lake Crystal for the rest of the season.
 
	   The Occupational Safety and Health Administration said it had opened an inspection. Gov. Tim Walz visited the site on Monday with state Agriculture Commissioner Thom Petersen.

	   AP-WF-11-18-25 1512GMT<


