W4521asian
r a BC-US--Gateway Tunnel   03-04 0388
^BC-US--Gateway Tunnel,388<
^Work on new Hudson River rail tunnel reaches halfway mark<
^By DAVID PORTER=
^Associated Press=
	   NEWARK, N.J. (AP) _ Crews digging a new rail tunnel under the Hudson River between New Jersey and New York have reached the halfway point, officials said Tuesday.
 
	   The Gateway Development Commission said the $16 billion project was on schedule to open in 2035. The existing tunnel, used by Amtrak and NJ Transit, was damaged by flooding during Superstorm Sandy in 2012.
 
	   ``This is the most important infrastructure project in the country,'' said Kris Kolluri, the commission's chief executive.
 
	   New Jersey Gov. Phil Murphy and New York Gov. Kathy Hochul toured the site in North Bergen. Commuter advocate Lorraine Vasquez said riders had waited long enough.

	   AP-WF-03-04-25 1712GMT<


