a0733business
r f BC-US--Earns-Pinecrest Outdoor   12-03 0430
^BC-US--Earns-Pinecrest Outdoor,430<
^Pinecrest Outdoor cuts forecast as warm fall hurts coat sales<
^AP Photo NYBZ205<
^By MIGUEL ARROYO, Associated Press=
	   PORTLAND, Ore. (AP) _ Outdoor clothing maker Pinecrest Outdoor Inc. cut its full-year sales forecast on Wednesday, blaming one of the warmest autumns on record for weak demand for winter coats.
 
	   The company now expects sales of $2.1 billion to $2.15 billion, down from its earlier forecast of $2.3 billion.
 
	   Third-quarter profit fell 22% to $61 million, or 88 cents per share.
 
	   ``Our customers don't buy parkas when it's 65 degrees in November,'' Chief Executive Nora Faulkner told analysts.
 
	   Shares fell 9% in after-hours trading.
 
	   AP-WF-12-03-25 2140GMT<


