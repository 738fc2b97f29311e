m0215mia
r m BC-Macedonia-Railway   12-01 0330
^BC-Macedonia-Railway,330<
^North Macedonia signs deal to finish railway link to Bulgaria<
	   Skopje, 1 December 2026 (MIA) - North Macedonia on Tuesday signed a EUR 410 million contract for the last section of the railway to the Bulgarian border, which is to be completed by 2030, Transport Minister Aleksandar Petrovski said.
 
	   The 34-kilometre section between Kriva Palanka and the border includes 22 tunnels and 52 bridges and will be built by a consortium led by the Austrian company Donaubau, Petrovski told MIA after the signing.
 
	   Corridor 8 moves forward
 
	   The line is part of Pan-European Corridor 8, which is to link the Adriatic port of Durrës with the Black Sea ports of Burgas and Varna. The section is financed by a loan from the European Bank for Reconstruction and Development and EU grants.
 
	   Freight transport between Skopje and Sofia currently goes by road, and the railway is expected to take about 3,000 trucks a month off the road.
 
	   MIA-EN-12-01-26 1405GMT
