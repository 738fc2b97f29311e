a0701RTRS
r f BC-AFRICA-RAIL/   12-07 0260
^BC-AFRICA-RAIL/,260<
^Kenya, Uganda sign deal to extend standard gauge railway to Kampala<
	   NAIROBI/KAMPALA, Dec 7 (Reuters) - Kenya and Uganda signed an agreement on Monday to extend the standard gauge railway from Naivasha to Kampala, a project long stalled by financing problems.
 
	   The 650-km extension is expected to cost about $5.8 billion.
 
	   "This railway will halve the cost of moving a container from Mombasa to Kampala," Ugandan Works Minister Grace Atuhaire told Reuters.
 
	   (Reporting by Duncan Mwangi in Nairobi and Ruth Nakato in Kampala; Writing by George Achieng; Editing by Alison Rowe)
 
	   REUTERS 1545GMT
