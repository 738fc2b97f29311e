a0712AP-WF
r a BC-US--Nebraska-Prison   12-02 0420
^BC-US--Nebraska-Prison,420<
^Nebraska lawmakers approve $350M prison to replace aging penitentiary<
^Eds: UPDATES with comment from governor's office.<
^By MEGAN T. HARLOW=
^Associated Press=
	   OMAHA, Neb. (AP) _ Nebraska lawmakers on Wednesday approved $350 million to build a new prison in Lincoln that would replace the state penitentiary, parts of which date to the 1860s.
 
	   The Legislature voted 38-9 to fund the 1,500-bed facility, which state officials say is needed to relieve a prison system that has long been among the most overcrowded in the nation.
 
	   ``We are housing people in buildings that should have been torn down decades ago,'' said state Sen. Carla Wendt, who chairs the Appropriations Committee.
 
	   Opponents argued the money would be better spent on sentencing changes and mental health treatment that would reduce the number of people behind bars.
 
	   The governor is expected to sign the bill, his office said in a statement.
 
	   ___
 
	   Associated Press writer Dale Meyers in Lincoln contributed to this report.
 
	   AP-WF-12-02-26 2031GMT
