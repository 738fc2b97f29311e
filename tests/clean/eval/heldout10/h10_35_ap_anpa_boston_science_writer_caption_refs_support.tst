a0611AP-WF
r f BC-US--Ocean-Currents   12-09 0380
^BC-US--Ocean-Currents,380<
^Harvard team finds ocean warming is speeding deep-sea currents<
^By LAUREL McKINNEY=
^AP Science Writer=
	   BOSTON (AP) _ Deep ocean currents in the North Atlantic have sped up by about 8% over the past two decades as surface waters warmed, scientists reported Wednesday.
 
	   The study, published in the journal Nature Geoscience, used data from 1,400 floating sensors.
 
	   ``We did not expect the deep ocean to respond this quickly,'' said lead author Dana Whitford of Harvard University.
 
	   The findings could change forecasts of sea level rise along the U.S. East Coast, she said.
 
	   ___
 
	   The Associated Press Health and Science Department receives support from the Howard Hughes Medical Institute's Department of Science Education and the Robert Wood Johnson Foundation. The AP is solely responsible for all content.
 
	   AP-WF-12-09-26 1843GMT
