W4521asian
r a BC-US--Severe Weather-Oklahoma   10-27 0267
^BC-US--Severe Weather-Oklahoma,267<
^Tornado tears through small Oklahoma town, killing 2 and flattening poultry plant<
^By KENDRA WATONGA=
^Associated Press=
	   OKEMAH, Okla. (AP) _ A tornado tore through this small town in central Oklahoma before dawn Monday, killing two people, damaging dozens of homes and flattening part of a poultry processing plant that employs nearly a third of the town's workers.
 
	   The National Weather Service office in Norman said the tornado was on the ground for about 14 miles across Okfuskee County with winds estimated at 140 mph.
 
	   Travis Wewoka, the county's emergency management director, said the dead were a couple in their 70s whose mobile home was thrown into a field. ``They didn't stand a chance,'' he said.
 
	   About 40 workers on the night shift at Deep Fork Poultry Inc. sheltered in a freezer room as the roof came down, said plant manager Lorena Castillo. All of them got out, she said.
 
	   Jenna Wapanucka, a meteorologist at the weather service, said the storm formed ahead of a cold front and struck with little warning. Sirens sounded about eight minutes before it reached the town, she said.
 
	   Gov. Kevin Stitt declared a state of emergency for Okfuskee and two neighboring counties and planned to tour the damage Tuesday. The Muscogee (Creek) Nation opened its community center in Okemah as a shelter.
 
	   The American Red Cross said about 120 people spent the night in shelters.
 
	   Okemah, a town of about 3,000 people east of Oklahoma City, is best known as the birthplace of folk singer Woody Guthrie.
 
	   Okemah Mayor Duane Paden said power was expected to be restored to most of the town by Wednesday. ``We've been through floods and ice storms. We'll get through this,'' he said.

	   AP-WF-10-27-25 1605GMT<


