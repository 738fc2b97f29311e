a0433AP-WF
r s BC-US--Everglades-Restoration   12-07 0290
^BC-US--Everglades-Restoration,290<
^Army Corps opens Everglades reservoir gates for first time<
^By MARISOL ECHEVERRIA=
^Associated Press=
	   MIAMI (AP) _ The U.S. Army Corps of Engineers opened the gates of a new Everglades reservoir for the first time Monday, sending water south toward Florida Bay.
 
	   The first release began at 11:40 a.m. EST, the Corps said.
 
	   The reservoir can hold 78 billion gallons.
 
	   ___
 
	   The Associated Press receives support from the Walton Family Foundation for coverage of water and environmental policy. The AP is solely responsible for all content.
 
	   AP-WF-12-07-26 1702GMT
