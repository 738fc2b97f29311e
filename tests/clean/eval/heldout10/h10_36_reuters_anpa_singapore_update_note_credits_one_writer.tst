a0744RTRS
r f BC-SINGAPORE-AIRPORT/   12-09 0310
^BC-SINGAPORE-AIRPORT/,310<
^UPDATE 1-Singapore's Changi to build fifth terminal gates ahead of schedule<
^By Mei Ling Tan=
	   (Adds details on cost, analyst comment)
 
	   SINGAPORE, Dec 9 (Reuters) - Singapore's Changi Airport will open the first gates of its Terminal 5 in 2029, a year earlier than planned, the airport operator said on Wednesday.
 
	   The terminal, which will cost an estimated S$12 billion ($9 billion), will eventually handle 50 million passengers a year.
 
	   "Changi needs the capacity to stay ahead of Bangkok and Hong Kong," said Rajiv Menon, an aviation analyst at CGS International.
 
	   (Reporting by Mei Ling Tan; Editing by Sonali Paul)
 
	   REUTERS 1112GMT
