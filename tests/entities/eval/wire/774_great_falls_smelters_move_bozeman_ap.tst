W4521asian
r a BC-BBA--Minor League Move   10-28 0316
^BC-BBA--Minor League Move,316<
^Montana minor league team leaving Great Falls after 77 years for new park in Bozeman<
^By TUCKER MARIAS=
^Associated Press=
	   GREAT FALLS, Mont. (AP) _ A minor league baseball team that has played in Great Falls since 1948 will move 185 miles south to Bozeman after the city commission here voted against paying for repairs to its aging ballpark.
 
	   The Great Falls Smelters of the independent Pioneer League will play the 2027 season in a new stadium being built on the edge of Bozeman by a group of local investors, team owner Dale Belt said Tuesday.
 
	   ``Nobody wanted this. I grew up going to games at that ballpark with my dad,'' Belt said. ``But the park needs $14 million in work and the city said no, and a team can't play in a stadium the inspectors are about to close.''
 
	   The Great Falls City Commission voted 3-2 last month against a bond measure for the repairs after residents complained about property taxes. Mayor Curtis Lundeen, who voted for the repairs, called the move ``a sad day for the Electric City.''
 
	   The team, which was affiliated with several major league clubs until Major League Baseball cut the number of its farm teams in 2021, drew an average of 1,900 fans a game this summer. Its ballpark, on the banks of the Missouri River, opened in 1940.
 
	   Bozeman, home to Montana State University, is one of the fastest-growing cities in the state and has never had a professional baseball team. The new 4,000-seat stadium is being financed by Gallatin Diamond Partners LLC, a group led by local developer Annika Sorensen.
 
	   ``We think there's a big market here for a night out at the ballpark,'' Sorensen said. The team will pick a new name through a fan vote this winter, she said.
 
	   Pioneer League president Mike Shapiro said the league had approved the move unanimously and hoped to find a new team for Great Falls within a few years. The league has teams in Montana, Idaho, Utah and Colorado.

	   AP-WF-10-28-25 1842GMT<


