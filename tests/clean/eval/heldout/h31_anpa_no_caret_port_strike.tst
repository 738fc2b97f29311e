a0412national
u f BC-US-Port-Strike 10-14 0520
BC-US-Port-Strike,520
Dockworkers walk out at Gulf Coast ports
By MARCUS REYES
Associated Press
	HOUSTON (AP) _ Thousands of dockworkers walked off the job at Gulf Coast ports early Tuesday after contract talks broke down over automation, halting cargo at terminals from Texas to Alabama.
	The International Longshore Alliance said about 14,000 members were on strike at nine ports.
	``We are not against technology. We are against losing our jobs to it,'' said union president Calvin Broussard.
	The port operators' association said it had offered a 22% raise over five years.
	___
	Associated Press writer Jenna Park in New Orleans contributed to this report.
AP-WF-10-14-25 1322GMT
