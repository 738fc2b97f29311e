W4521asian
r a BC-US--Great Salt Lake-Lithium   08-20 0430
^BC-US--Great Salt Lake-Lithium,430<
^Utah approves lithium extraction from shrinking Great Salt Lake<
^By TREVOR HALVERSON=
^Associated Press=
	   SALT LAKE CITY (AP) _ Utah regulators on Wednesday approved a plan by a Nevada company to pull lithium from the Great Salt Lake, despite warnings from scientists that the shrinking lake cannot afford to lose more water.
 
	   The Utah Division of Forestry, Fire and State Lands granted Bonneville Brine Minerals LLC a 20-year lease on 11,000 acres of lakebed near Promontory Point, on the lake's northern arm.
 
	   Company president Dale Ogden said the plant would return almost all of the brine it pumps to the lake after the lithium is removed. ``We're taking the metal, not the water,'' Ogden said.
 
	   Gov. Spencer Cox said the lease included strict limits on how much water the company could consume during drought years.
 
	   Marisa Lundgren, a spokeswoman for Friends of Great Salt Lake, said the group was considering a legal challenge. ``Every gallon matters for this lake,'' she said.
 
	   The company's parent, Reno-based Sierra Lithium Group, said it hoped to begin production in 2028.

	   AP-WF-08-20-25 2206GMT<


