W4521asian
r a BC-US--Texas-Power Grid   03-04 0388
^BC-US--Texas-Power Grid,388<
^Texas grid operator warns of tight power supply as heat wave builds<
^By JIM VERTUNO=
^Associated Press=
	   AUSTIN, Texas (AP) _ The operator of the Texas power grid asked residents Tuesday to conserve electricity during the late afternoon as a heat wave pushed demand toward record levels.
 
	   The Electric Reliability Council of Texas said reserves could run low between 6 p.m. and 9 p.m., when solar output fades and air conditioners are still running. ERCOT chief executive Pablo Vegas said rolling blackouts were not expected.
 
	   ``We have more batteries on the grid than ever, but we need Texans to help,'' Vegas said.
 
	   Gov. Greg Abbott said on social media that the grid was ``stronger than ever.'' Critics in the Texas Legislature said the state still had not done enough to weatherize power plants since a deadly winter storm in 2021.
 
	   Temperatures reached 108 degrees in Dallas and 104 in Houston, the National Weather Service said.
 
	   ___
 
	   Associated Press writer Juan A. Lozano contributed from Houston.

	   AP-WF-03-04-25 1712GMT<


