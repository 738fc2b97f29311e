a0803RTRS
r f BC-SAFRICA-POWER/   12-11 0300
^BC-SAFRICA-POWER/,300<
^South Africa's Eskom signs deal for 2 GW of battery storage<
^By Thandeka Mokoena and Pieter van Wyk=
	   (Corrects name of Eskom's chief executive in paragraph 3)
 
	   JOHANNESBURG, Dec 11 (Reuters) - South African state utility Eskom signed contracts on Friday for 2 gigawatts of battery storage, its biggest step yet to end years of rolling power cuts.
 
	   The batteries, to be installed at 14 sites by 2028, will store surplus solar power for the evening peak.
 
	   "Storage is the missing piece," Eskom chief executive Sipho Ndlovu-Mahlangu told reporters.
 
	   (Reporting by Thandeka Mokoena and Pieter van Wyk; Editing by Jan Harvey)
 
	   REUTERS 1405GMT
