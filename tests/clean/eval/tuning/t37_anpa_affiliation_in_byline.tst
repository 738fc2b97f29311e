a0902national
r a BC-US--Wildfire-Oregon 10-09 0302
^BC-US--Wildfire-Oregon,302<
^Wildfire forces evacuations near Bend<
^By TOM ARCHER, Associated Press=
	BEND, Ore. (AP) _ A fast-moving wildfire forced the evacuation of about 2,000 homes near Bend on Thursday.
 
	Fire officials said the blaze had burned 4,500 acres.
AP-WF-10-09-25 2210GMT<
