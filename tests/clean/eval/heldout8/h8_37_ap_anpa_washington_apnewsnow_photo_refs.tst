a0978AP-WF
r a BC-US--Congress-Rail Safety   12-04 0280
^BC-US--Congress-Rail Safety,280<
^Senate passes rail safety bill requiring two-person crews<
^Eds: APNewsNow. Will be updated.<
^AP Photos DCAB101, DCAB102<
^By CONNOR BRISTOW=
^Associated Press=
	   WASHINGTON (AP) _ The Senate on Friday passed a bill requiring freight trains to have at least two crew members and tightening rules for trains carrying hazardous materials, nearly four years after a derailment in East Palestine, Ohio.
 
	   The bill passed 71-27, with 22 Republicans joining Democrats in support.
 
	   The House is expected to vote next week.
 
	   AP-WF-12-04-26 2047GMT
