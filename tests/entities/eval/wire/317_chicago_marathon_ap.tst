W4521asian
r a BC-ATH--Chicago Marathon   06-10 0380
^BC-ATH--Chicago Marathon,380<
^Kiprop wins Chicago Marathon; Alemu takes women's race<
^By MARK HALSEY=
^AP Sports Writer=
	   CHICAGO (AP) _ Daniel Kiprop of Kenya pulled away in the final two miles to win the Chicago Marathon on Sunday in 2 hours, 4 minutes, 11 seconds.
 
	   Tigist Alemu of Ethiopia won the women's race in 2:17:40. American Molly Lansing, who trains in Flagstaff, Arizona, was third, the best finish by a U.S. woman in a decade.
 
	   About 52,000 runners started in Grant Park on a cool, windless morning.
 
	   ``I wanted this for my country,'' Kiprop said. World Athletics president Sebastian Coe presented the trophies.

	   AP-WF-10-12-25 1712GMT<


