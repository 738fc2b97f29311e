W4521asian
r a BC-US--Cranberry Growers-Lawsuit   10-21 0349
^BC-US--Cranberry Growers-Lawsuit,349<
^Wisconsin cranberry growers sue processor, say it shorted them on fruit weights<
^By LAURA SCHENK=
^Associated Press=
	   WARRENS, Wis. (AP) _ More than 40 cranberry growers in central Wisconsin have sued the company that buys and processes their fruit, accusing it of underweighing their deliveries for at least five harvests and keeping the difference.
 
	   The lawsuit, filed Monday in Monroe County Circuit Court in Sparta, says Black River Berry Processing Inc. used scales at its receiving station in Warrens that had not been certified by the state since 2019. The growers, who sell through the Cranmoor Marsh Growers Cooperative, are seeking at least $6.5 million in damages.
 
	   ``We bring in the crop, they tell us what it weighs, and we have no way of checking,'' said Glen Tomah, a fourth-generation grower whose marsh lies between Warrens and the city of Tomah. ``When a neighbor put one of his trucks on a certified scale in Black River Falls, it came up 7% heavier.''
 
	   Black River Berry Processing, which is owned by Minneapolis investment firm Northstar Harvest Partners LLC, denied the claims. Its president, Curtis Vandenlangenberg, said in a statement that the company's scales ``are tested every season and have always been accurate.''
 
	   The Wisconsin Department of Agriculture, Trade and Consumer Protection confirmed it had opened an inquiry after a complaint in September. Spokeswoman Kayla Breitenfeldt declined to say whether inspectors had visited the plant.
 
	   Wisconsin grows more than half of the nation's cranberries, most of them in marshes along the Wisconsin River and its tributaries. Growers are in the middle of the harvest, flooding their beds so the berries float to the surface and can be corralled onto trucks.
 
	   Miriam Okonkwo, an attorney for the growers, said they would ask a judge to appoint an independent monitor for the rest of the harvest. A hearing is set for Nov. 4 in Sparta.
 
	   The Warrens Cranberry Festival, which draws tens of thousands of visitors each September, is run by a nonprofit that is separate from the growers and the processor. Its director, Shelby Cranmoor, called the dispute ``a family fight in a small town'' and said she hoped it would be settled before next year's festival.

	   AP-WF-10-21-25 1954GMT<


