b0452business
r f BC-Container-Rates-Bloomberg   11-30 0410
^BC-Container-Rates-Bloomberg,410<
^Container shipping rates jump as carriers cut Asia-Europe sailings<
^By Erik Thorsen=
^Bloomberg News=
	   (Bloomberg) -- Container shipping rates between Asia and northern Europe jumped 18% this week after the biggest carriers canceled dozens of sailings to prop up prices ahead of the Lunar New Year rush.
 
	   The cost of moving a 40-foot box from Shanghai to Rotterdam rose to $3,420, according to freight platform Harbor Index, the highest since July.
 
	   Carriers have removed about 9% of planned capacity on the route for December and January, said Lena Marquardt, an analyst at Nordsee Maritime Research in Hamburg. ``They are managing supply very aggressively,'' she said.
 
	   Shippers that signed annual contracts earlier this year are largely shielded, but retailers buying space on the spot market for spring goods face higher bills, Marquardt said.
 
	   The cancellations come as carriers take delivery of a record number of new vessels ordered during the pandemic, leaving the industry with more ships than cargo to fill them. Analysts expect rates to fall again after the holiday, when factories in China close for several weeks.
 
	   Spot rates on transpacific routes to the US West Coast were little changed.
 
	   --With assistance from Mei Tanaka.
 
	   To contact the reporter on this story: Erik Thorsen in Oslo at ethorsen@bloomberg.net
 
	   To contact the editors responsible for this story: Brendan Walsh at bwalsh2@bloomberg.net
 
	   BLOOMBERG-11-30-26 1412GMT<


