a0912AP-SP
r f BC-HKN--Wild-Blackhawks   12-02 0310
^BC-HKN--Wild-Blackhawks,310<
^Wild beat Blackhawks 4-2 behind Lindqvist's two goals<
^By DARNELL FONTAINE=
^AP Sports Writer=
	   ST. PAUL, Minn. (AP) _ Viktor Lindqvist scored twice in the third period and the Minnesota Wild beat the Chicago Blackhawks 4-2 on Wednesday night.
 
	   Filip Ahonen made 31 saves for Minnesota, which has won five straight at home.
 
	   Chicago 1 1 0 _ 2
Minnesota 0 2 2 _ 4
 
	   ``We stuck with it,'' Lindqvist said.
 
	   ___
 
	   AP NHL: https://apnews.com/hub/nhl
 
	   AP-WF-12-02-26 0512GMT
