W4388ap-nabc-mtski
r a BC-US--Ski Area-Chairlifts   12-01 0248
^BC-US--Ski Area-Chairlifts,248<
^Montana ski area hires hometown company to rebuild two shuttered chairlifts<
^By MARCUS THREE FORKS=
^Associated Press=
	   BOZEMAN, Mont. (AP) _ A small Bozeman company will rebuild two of the oldest chairlifts at Bridger Bowl after state inspectors ordered them shut last winter, ski area officials said Tuesday.
 
	   Gallatin Ridge Lift Works LLC won the $9.6 million contract over two larger rivals, Bridger Bowl general manager Dale Livingston said. Livingston, who grew up in the town of Livingston an hour to the east, said the new lifts should carry skiers by Christmas 2027.
 
	   The U.S. Forest Service, which owns most of the land under the runs in the Custer Gallatin National Forest, approved the plan in October.
 
	   ``We weld every tower in a shop 20 minutes from the hill,'' said Ruth Manhattan, who started the company in a pole barn near Belgrade in 2009. ``If something breaks, we can drive up Bridger Canyon and fix it the same afternoon.''
 
	   Engineers at Montana State University will test the new haul ropes. Gov. Greg Gianforte called the contract ``a Montana answer to a Montana problem.''

	   AP-WF-12-01-26 2204GMT<


