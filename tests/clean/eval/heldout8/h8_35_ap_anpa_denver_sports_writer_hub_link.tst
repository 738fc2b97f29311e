a0912AP-WF
r s BC-FBN--Broncos-Stadium   12-04 0330
^BC-FBN--Broncos-Stadium,330<
^Broncos propose $2.1 billion domed stadium near downtown Denver<
^By SAM KEHOE=
^AP Sports Writer=
	   DENVER (AP) _ The Denver Broncos on Friday unveiled plans for a $2.1 billion domed stadium on the site of a former rail yard near downtown, saying they would pay most of the cost themselves.
 
	   The team is asking the city for about $300 million in road and transit improvements around the 40-acre site.
 
	   ``We want a building that can host a Super Bowl and a Final Four,'' said team president Carla Whitmore-Banks.
 
	   The Broncos' lease at their current stadium runs through 2030, the team said.
 
	   ___
 
	   AP NFL: https://apnews.com/hub/nfl
 
	   AP-WF-12-04-26 1934GMT
