k0412kyo
r a BC-Japan-Rice-Exports   12-01 0300
BC-Japan-Rice-Exports,300
Japan's rice exports hit record as Asian demand for premium brands grows
	   SENDAI, Japan, Dec. 1 Kyodo - Japan's rice exports in the January-October period hit a record 61,000 tons, up 24 percent from a year earlier, as demand for premium brands grew in Hong Kong, Singapore and Taiwan, the farm ministry said Tuesday.
 
	   Exports from Miyagi Prefecture, home to the Hitomebore brand, more than doubled, according to the prefectural government, which has opened a sales office in Singapore.
 
	   "Younger consumers in Asia see Japanese rice as a luxury product," said Takuya Onodera of the Miyagi rice growers' cooperative.
 
	   The government aims to raise annual rice exports to 350,000 tons by 2030 as domestic consumption keeps falling with the aging population.
 
	   ==Kyodo
 
	   KYO-EN-12-01-26 0815GMT
