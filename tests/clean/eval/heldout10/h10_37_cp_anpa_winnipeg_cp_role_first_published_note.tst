a0802CP-NS
r f BC-MB-Winnipeg-Transit   12-09 0260
^BC-MB-Winnipeg-Transit,260<
^Winnipeg approves rapid transit line to the airport<
^Lauren Desjarlais=
^The Canadian Press=
	   WINNIPEG — Winnipeg city council has approved a $640-million rapid transit line linking downtown to the airport.
 
	   Council voted 12-4 in favour of the plan Wednesday after a six-hour debate.
 
	   Mayor Darren Kowalchuk says construction could start in 2028 if Ottawa and the province each pay a third of the cost.
 
	   This report by The Canadian Press was first published Dec. 9, 2026.
 
	   CP-NS-12-09-26 2214GMT
