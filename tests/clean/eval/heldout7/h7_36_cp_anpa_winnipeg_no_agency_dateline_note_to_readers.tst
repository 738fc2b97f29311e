c0214cpf
r l BC-MB-Winnipeg-Transit   12-03 0340
^BC-MB-Winnipeg-Transit,340<
^Winnipeg to add 60 electric buses as city shifts to new transit network<
^By Aaron Tkachuk=
^The Canadian Press=
	   WINNIPEG — Winnipeg will buy 60 more battery-electric buses over the next three years as it finishes moving to a redesigned transit network, city council decided Thursday.
 
	   The $98-million purchase is being shared with the federal government through its permanent public transit fund.
 
	   Coun. Marie-Claire Dufresne, who chairs the public works committee, said the new buses would mostly serve the frequent routes that run every 10 minutes or better.
 
	   Winnipeg Transit currently runs 18 electric buses in a fleet of about 640.
 
	   This report by The Canadian Press was first published Dec. 3, 2026.
 
	   Note to readers: This is a corrected story. A previous version said the city would buy 80 buses.
 
	   CP-12-03-26 1712EST
