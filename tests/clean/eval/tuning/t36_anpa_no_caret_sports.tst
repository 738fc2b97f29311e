s0731sports
r s BC-BBO--Gulls-Pilots 10-09 0410
BC-BBO--Gulls-Pilots,410
Gulls beat Pilots 6-2 to take series lead
By JANE ROE
AP Sports Writer
	LAKESHORE, Ohio (AP) _ Marco Ibarra hit a three-run homer and the Harbor City Gulls beat the Lakeshore Pilots 6-2 on Thursday night to take a 3-2 lead in their playoff series.
	Ibarra's drive in the fifth inning broke a 2-2 tie.
	``I was just looking for something to drive,'' Ibarra said.
AP-WF-10-09-25 0312GMT
