a0817AP-WF
r f BC-US--Steel-Plant   12-11 0340
^BC-US--Steel-Plant,340<
^US Steel rival to build $2 billion electric furnace plant near Pittsburgh<
^Eds: UPDATES with union comment. With AP Photos.<
^By GRETCHEN HOLLOWAY=
^AP Business Writer=
	   PITTSBURGH (AP) _ Allegheny Forge Corp. said Friday it will build a $2 billion steel plant using electric arc furnaces near Pittsburgh, bringing 900 jobs to a region that lost most of its mills decades ago.
 
	   The plant in Beaver County will make steel from scrap and start production in 2029, the company said.
 
	   ``This is the first new steel mill in this valley in 60 years,'' said Dale Kowalczyk, president of United Steelworkers Local 1212.
 
	   Shares of Allegheny Forge rose 4% in midday trading.
 
	   ___
 
	   AP writer Ramona Ellis in Harrisburg, Pennsylvania, contributed to this report.
 
	   AP-WF-12-11-26 1722GMT
