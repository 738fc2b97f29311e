W4521asian
r a BC-US--Black Hills-Wildfire   06-10 0420
^BC-US--Black Hills-Wildfire,420<
^Wildfire near Mount Rushmore forces evacuations in Black Hills<
^By JACK DURAN=
^Associated Press=
	   KEYSTONE, S.D. (AP) _ A wildfire burning in the Black Hills forced the evacuation of Mount Rushmore and hundreds of homes on Monday, officials said.
 
	   The Pine Creek Fire had burned about 3,400 acres by evening, according to the South Dakota Wildland Fire Division. No injuries were reported.
 
	   Gov. Larry Rhoden declared an emergency and asked the National Guard for help. ``We're throwing everything we have at it,'' Rhoden said at a briefing in Rapid City.
 
	   Kathryn Custer, a spokeswoman for the National Park Service, said the memorial would stay closed at least through Wednesday.
 
	   Dakota Timber Co., which owns forest north of the fire, pulled its logging crews out, company president Wes Sturgis said.

	   AP-WF-06-10-25 1712GMT<


