W4521asian
r a BC-BBO--Sod Poodles-Sale   10-14 0314
^BC-BBO--Sod Poodles-Sale,314<
^Amarillo Sod Poodles sold to group led by former Texas Tech pitcher<
^By JOSH CANTU=
^AP Sports Writer=
	   AMARILLO, Texas (AP) _ The Amarillo Sod Poodles, the Double-A affiliate of the Arizona Diamondbacks, have been sold to a group led by former Texas Tech pitcher Travis Lubbock, the Texas League club announced Tuesday.
 
	   Canyon Rim Sports Partners LLC, a group of 14 investors from the Texas Panhandle, bought the team from its founding owners for an undisclosed price. The sale was approved by Major League Baseball last week.
 
	   Lubbock, 41, pitched three seasons in the minors after starring for the Red Raiders in the town whose name he shares, and later made his money in oil field services in the Permian Basin. He said the team would stay at Hodgetown, the downtown ballpark that opened in 2019.
 
	   ``People told me for years I should buy the team in Lubbock,'' he said with a laugh. ``But this is my home, and this ballpark is the best thing that has happened to downtown Amarillo in 50 years.''
 
	   The club's lease with the city runs through 2044. Mayor Beth Hereford said the city had been assured that the new owners would keep the team's name, chosen in a fan vote in 2018 and mocked by some at first before its merchandise became one of the best sellers in the minor leagues.
 
	   Sod Poodles president Hank Dalhart, who has run the club since it arrived from San Antonio, will stay on. Attendance averaged 5,900 a game this season, among the highest in Double-A.
 
	   The Diamondbacks' farm director, Marcus Tobin, said the organization looked forward to working with the new owners. Several current Diamondbacks players, including infielder Jordan Lawlar, came through Amarillo.
 
	   Canyon Rim takes its name from Palo Duro Canyon, south of the city, the second-largest canyon in the United States.
 
	   The group also plans to host high school and college games at Hodgetown, Lubbock said, starting with a West Texas A&M University tournament in February.

	   AP-WF-10-14-25 2215GMT<


