W4521asian
r a BC-BBO--Bentonville-Ballpark   10-22 0266
^BC-BBO--Bentonville-Ballpark,266<
^Arkansas city approves $140 million ballpark for new minor league team<
^By DARNELL PRICE=
^Associated Press=
	   BENTONVILLE, Ark. (AP) _ The Bentonville City Council voted 6-2 on Tuesday night to help pay for a $140 million ballpark for a minor league baseball team that will begin play in northwest Arkansas in 2028.
 
	   The team, which will be called the Blue Herons, is owned by Ozark Ballpark Partners LLC, a group led by local developer Whitney Rogers. The city will issue $60 million in bonds, to be repaid from a 1-cent sales tax approved by voters last year.
 
	   ``We wanted a place where families could walk to a game on a summer night,'' Rogers said after the vote. ``Now they'll have one.''
 
	   The Blue Herons will be a High-A affiliate of the Texas Rangers, replacing a team that moved out of the region, Major League Baseball said in a statement.
 
	   The ballpark, with 6,500 seats and a lawn beyond the outfield wall, was designed by the Kansas City architecture firm Populous, which has designed more than a dozen major league parks.
 
	   Council member Harold Siloam, who voted against the plan, said the city had more pressing needs, including traffic jams on the interstate and a shortage of affordable housing.
 
	   The ballpark will be built on a former rail yard near downtown, a few blocks from the headquarters of Walmart. Gov. Sarah Huckabee Sanders called it ``a home run for the whole state.''
 
	   The region, which includes Bentonville, Rogers, Springdale and Fayetteville, is one of the fastest-growing in the country.
 
	   The University of Arkansas, whose baseball team plays in Fayetteville, said it was in talks to hold some early-season games at the new park.

	   AP-WF-10-22-25 0214GMT<


