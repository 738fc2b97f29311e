a0611national
u a BC-US-Rail-Strike   12-02 0640
^BC-US-Rail-Strike,640<
^Freight rail workers set strike date as talks stall<
^Eds: UPDATES with White House comment. With AP Photos.<
^By DEREK HOLLOWAY=
^AP Transportation Writer=
	   WASHINGTON (AP) _ Unions representing about 38,000 freight rail workers said Tuesday they will strike on Dec. 15 unless the nation's largest railroads agree to guaranteed sick days and limits on crew cuts.
 
	   The eight unions, which bargain together, said talks overseen by federal mediators had stalled after six months.
 
	   ``We have given the railroads every chance,'' said Glenn Maddox, president of the largest of the unions. ``Our members are done waiting.''
 
	   The Association of Freight Railroads said it had offered a 24% raise over five years and called the strike threat ``reckless'' at the height of the holiday shipping season.
 
	   A White House spokeswoman said the administration was ``closely monitoring'' the talks and urged both sides to keep negotiating.
 
	   A nationwide rail strike could halt shipments of grain, chemicals and consumer goods and cost the economy about $2 billion a day, according to industry estimates.
 
	   AP-WF-12-02-25 2210GMT<


