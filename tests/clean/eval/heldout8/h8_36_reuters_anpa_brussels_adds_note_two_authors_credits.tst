r1140RTR
r f BC-EU-STEEL/TARIFFS   12-04 0360
BC-EU-STEEL/TARIFFS,360
EU agrees to double steel import tariffs above quota
(Adds minister quote in paragraphs 4-5)
By Ines Vandermeer and Tomasz Kowal
	   BRUSSELS, Dec 4 (Reuters) - European Union governments agreed on Friday to double tariffs on steel imports above set quotas to 50%, seeking to shield the bloc's mills from a flood of cheap metal diverted from the United States.
 
	   The new regime will also cut quota volumes by almost half from July, a senior EU diplomat told Reuters.
 
	   European steelmakers have shed about 18,000 jobs in the past two years as plants in Germany, Italy and Belgium cut output.
 
	   "This is not protectionism, it is survival," Belgian Economy Minister Koen Verhaegen said after the meeting.
 
	   The measure will take effect once the European Parliament approves it.
 
	   (Reporting by Ines Vandermeer and Tomasz Kowal; additional reporting by Sarah Lindholm in Berlin; editing by Toby Hartwell)
 
	   REUTERS 1622GMT
