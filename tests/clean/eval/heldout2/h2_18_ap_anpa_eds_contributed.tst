W4521asian
r a BC-US--Railroad-Merger   06-10 0512
^BC-US--Railroad-Merger,512<
^Regulators approve merger of two Western freight railroads<
^Eds: UPDATES with union comment. With AP Photos.<
^By KAREN MILLS and JOE PRATT=
^Associated Press=
	   OMAHA, Neb. (AP) _ Federal regulators on Friday approved the merger of two freight railroads that together haul grain, coal and chemicals across 14 Western states, creating the nation's third-largest railroad.
 
	   The Surface Transportation Board voted 3-1 to allow Prairie Pacific to buy Rocky Mountain Rail for $18 billion, with conditions meant to protect shippers who rely on a single railroad.
 
	   ``This merger puts profits ahead of safety,'' said Marta Lopez, a spokeswoman for the union that represents train crews.
 
	   Prairie Pacific said the deal would close in January.
 
	   ___
 
	   Associated Press writer Dee Marsh in Chicago contributed to this report.

	   AP-WF-11-14-25 1922GMT<


