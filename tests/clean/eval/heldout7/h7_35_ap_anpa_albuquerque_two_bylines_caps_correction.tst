a0833AP-WF
r a BC-US--New Mexico-Uranium Cleanup   12-03 0390
^BC-US--New Mexico-Uranium Cleanup,390<
^New Mexico to spend $45M cleaning up abandoned uranium mines on Navajo land<
^By RITA J. VALDEZ and OWEN MERCADO=
^Associated Press=
	   ALBUQUERQUE, N.M. (AP) _ New Mexico will spend $45 million over the next five years to clean up abandoned uranium mines on and near the Navajo Nation, state officials announced Thursday.
 
	   The money will go toward capping waste piles and testing wells at about 30 sites in McKinley and San Juan counties, where mining for the Cold War nuclear program left behind contaminated soil and water.
 
	   ``Families here have waited more than 40 years for someone to take responsibility,'' said Lorraine Begay, who leads a community health group in Church Rock.
 
	   The state's Environment Department said work on the first sites would begin in the spring.
 
	   ___
 
	   This story has been corrected to show the cleanup fund is $45 million, not $54 million.
 
	   AP-WF-12-03-26 2112GMT
