r0931RTR
r f BC-CHILE-LITHIUM/   12-02 0390
BC-CHILE-LITHIUM/,390
Chile's Codelco picks Chinese partner for Maricunga lithium project
By Fabián Cortés
	   SANTIAGO, Dec 2 (Reuters) - Chile's state-owned copper miner Codelco said on Wednesday it had selected China's Hengda Lithium as a minority partner for its Maricunga lithium project, beating bids from two Western producers.
 
	   Hengda will take a 34% stake in the joint venture and contribute about $700 million toward a plant due to start production in 2030, Codelco said in a statement.
 
	   The choice is likely to draw scrutiny in Washington, which has pushed Latin American governments to limit Chinese control of critical mineral supply chains, said a person familiar with the talks, who asked not to be named.
 
	   Hengda already supplies lithium carbonate to battery makers in China and South Korea. The deal is subject to regulatory approval in both countries.
 
	   (Reporting by Fabián Cortés; Additional reporting by Lucía Benítez in Buenos Aires; Editing by Mark Halvorsen)
 
	   REUTERS 1847GMT
