a0522CP
r f BC-NS-Halifax-Ferry   12-11 0260
^BC-NS-Halifax-Ferry,260<
^Halifax to add third harbour ferry route to Bedford<
^By KEELY MACINNIS=
^The Canadian Press=
	   HALIFAX _ Halifax will launch a third harbour ferry route, linking downtown with the Bedford waterfront, in the spring of 2028, regional council decided Friday.
 
	   The 40-minute crossing will run every half-hour at peak times and is expected to carry 2,400 passengers a day.
 
	   Coun. Darren Fougère said the route would take hundreds of cars off the Bedford Highway.
 
	   This report by The Canadian Press was first published Dec. 11, 2026.
 
	   CP-WF-12-11-26 1930GMT
