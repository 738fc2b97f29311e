a0412general
r g BC-AUS-Housing 03-14 0210
BC-AUS-Housing,210
Sydney rents rise for 12th straight quarter
	SYDNEY, March 14 AAP - Rents in Sydney have risen for a 12th straight quarter, with the median weekly rent for a house now above $800.
	The latest figures from the state's rental bond board show a rise of 2.4 per cent in the three months to February.
	"Tenants are running out of room to move," said Tenants' Union chief Beth Carrow.
	MORE
	AAP jp/kw
AAP-WF-03-14-26 0312GMT
