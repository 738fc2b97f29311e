W4471ap-nabc-azboats
r a BC-US--Boatbuilder-Jobs   12-02 0231
^BC-US--Boatbuilder-Jobs,231<
^Arizona boatbuilder brings jobs back to Lake Havasu City<
^By FELICIA BULLHEAD=
^Associated Press=
	   LAKE HAVASU CITY, Ariz. (AP) _ A family-owned boatbuilder will move its last production line from Kingman back to Lake Havasu City next spring, adding 140 jobs a short drive from the London Bridge, company officials said Wednesday.
 
	   Mohave Hullworks Inc. chief executive Trent Kingman, whose grandfather gave his name to nothing more than a trailer park in the town of Kingman, said the company had outgrown its leased plant there.
 
	   ``Our boats are tested on the Colorado River, so we might as well build them next to it,'' Kingman said.
 
	   The Bureau of Reclamation must still approve a new launch ramp, and the Arizona Game and Fish Department will review the plans for wildlife. Gov. Katie Hobbs called the move ``good news for the whole river.'' Lorna Parker, a welder who commutes from Nevada, said she hoped to be rehired.

	   AP-WF-12-02-26 2311GMT<


