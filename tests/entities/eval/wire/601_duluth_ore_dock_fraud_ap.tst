W4521asian
r a BC-US--Ore Dock-Fraud   10-14 0339
^BC-US--Ore Dock-Fraud,339<
^Former finance chief convicted of overbilling steelmakers at Duluth ore dock<
^By MEGAN STRAND=
^Associated Press=
	   DULUTH, Minn. (AP) _ A federal jury on Tuesday convicted the former finance chief of a company that runs an iron ore dock on Lake Superior of overbilling steelmakers by nearly $14 million over six years.
 
	   Dennis Hibbing, 58, of Proctor, was found guilty of wire fraud and conspiracy after a two-week trial in the U.S. District Court in Duluth. Prosecutors said he inflated loading fees charged by Arrowhead Ore Dock Co. to customers including Cleveland-Cliffs and a Canadian mill in Sault Ste. Marie, Ontario, and moved the difference through a consulting firm he controlled, Northshore Ledger Services LLC.
 
	   ``He treated the dock like his own bank,'' federal prosecutor Rachel Ostrander told jurors in closing arguments last week. ``Every ton that crossed that dock paid a little toll to Mr. Hibbing.''
 
	   Hibbing's attorney, Paul Lindqvist, said his client would appeal. He argued during the trial that the fees had been approved by the company's board and that Hibbing had been made a scapegoat for weak controls.
 
	   Judge Nora Castellanos set sentencing for Feb. 12. Hibbing faces up to 20 years in prison on each count.
 
	   The scheme came to light in 2022 when a clerk at the dock, Anita Beaulieu, noticed that tonnage from mines near Hibbing and Virginia did not match the invoices, according to trial testimony. She took her notes to the dock's owner, Iron Range Terminal Holdings LLC, which called in the FBI.
 
	   Arrowhead Ore Dock said in a statement that it had repaid its customers and ``tightened every control we have.'' The company loads about 9 million tons of taconite pellets a year onto lake freighters bound for steel mills on the lower Great Lakes.
 
	   The dock, built in 1914 on the St. Louis River, is one of the last working ore docks in the Twin Ports of Duluth and Superior, Wisconsin. A spokeswoman for Cleveland-Cliffs, which has its headquarters in Cleveland, declined to comment on the verdict.
 
	   The Duluth Seaway Port Authority said shipping at the terminal had not been disrupted by the case.

	   AP-WF-10-14-25 2041GMT<


