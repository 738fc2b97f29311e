a0744RTRS
r f BC-GLOBAL-MARKETS/   12-02 0420
^BC-GLOBAL-MARKETS/,420<
^GLOBAL MARKETS-Stocks slip as oil jumps on pipeline outage<
^By Oona McArdle in London and Wei Jie Tan in Singapore=
	   (Updates prices, adds analyst comment in paragraph 4)
 
	   LONDON, Dec 2 (Reuters) - World stocks slipped on Wednesday as a North Sea pipeline outage sent oil and European gas prices sharply higher, reviving worries about inflation.
 
	   MSCI World   -0.4%
STOXX 600    -0.7%
Brent        $79.85 +3.1%
Dutch TTF    EUR41.20 +11%
 
	   The dollar was steady against a basket of currencies.
 
	   "Energy is back in the driving seat," said Priya Ramaswamy, chief strategist at Keldon Capital.
 
	   (Reporting by Oona McArdle and Wei Jie Tan; Editing by Toby Merriweather)
 
	   REUTERS 1218GMT
