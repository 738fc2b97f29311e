W4521asian
r a BC-SPT--Iditarod-Changes   10-21 0320
^BC-SPT--Iditarod-Changes,320<
^Iditarod caps field at 40 mushers, raises entry fee after losing sponsors<
^By MARK THIESSEN=
^Associated Press=
	   ANCHORAGE, Alaska (AP) _ The Iditarod Trail Sled Dog Race will cap its field at 40 mushers next March and raise the entry fee to $5,000 after losing two of its biggest sponsors, race organizers said Tuesday.
 
	   The Iditarod Trail Committee said the changes were needed to keep the nearly 1,000-mile (1,600-kilometer) race from Anchorage to Nome financially sustainable. The purse will rise slightly, to $550,000, with more money going to mushers who finish outside the top 20.
 
	   ``We would rather have 40 teams that are well supported than 60 that are struggling to get to the start line,'' chief executive Dana Kuskokwim said in an interview. Kuskokwim, who grew up in Bethel and ran the Kuskokwim 300 race there for a decade, took over the Iditarod in June.
 
	   The committee did not name the sponsors that left, but two companies that had long supported the race, Chugach Fuel & Supply Inc. and Matanuska Valley Credit Union, were missing from its list of partners this fall. Neither responded to requests for comment.
 
	   Animal welfare groups have campaigned for years against the race, saying it is cruel to the dogs, and several national companies have dropped their sponsorships since 2017.
 
	   Musher Tanner Holloway of Two Rivers, who finished ninth this year, said he understood the higher fee but worried it would keep out young mushers. ``It costs $40,000 to $60,000 to run this race already. Another thousand dollars is not nothing for a kid with 14 dogs and a day job,'' he said.
 
	   Dallas Seavey, the race's most successful musher, has not said whether he will compete next year.
 
	   The ceremonial start will be held in Anchorage on March 7, with the official restart the next day in Willow. Organizers said they would again consider moving the restart to Fairbanks if snow conditions in the Alaska Range were poor, as happened in 2015 and 2017.
 
	   Registration opens Nov. 1.

	   AP-WF-10-21-25 2130GMT<


