W4502ap-nabc-akcannery
r a BC-Ketchikan   12-02 0244
^BC-Ketchikan,244<
^Alaska salmon cannery to reopen in Ketchikan under new owner<
^By JUNE HYDABURG=
^Associated Press=
	   KETCHIKAN, Alaska (AP) _ A salmon cannery on the Ketchikan waterfront that closed two summers ago will reopen next June under a new owner, company officials said Wednesday.
 
	   Tongass Narrows Seafoods Inc. bought the plant from Pacific Tideline Processors LLC for an undisclosed sum, chief executive Wade Metlakatla said. Metlakatla, who grew up across the water on Annette Island, said the cannery would hire 180 seasonal workers, many of them from the village of Metlakatla.
 
	   The Alaska Department of Fish and Game expects a strong pink salmon return to Southeast Alaska next year. Gov. Mike Dunleavy called the sale ``a vote of confidence in the fleet.''
 
	   Ketchikan Gateway Borough Mayor Rhonda Tolleshaug said the borough would lease the dock at a reduced rate for three years. The Tlingit and Haida Central Council said it had been promised jobs for tribal members.

	   AP-WF-12-02-26 2216GMT<


