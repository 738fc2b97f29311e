W4521asian
r a BC-US--Railroad-Blocked Crossing   10-28 0432
^BC-US--Railroad-Blocked Crossing,432<
^Vermont town says parked freight cars trap a neighborhood; railroad says it has nowhere else to put them<
^By HANNAH LORING=
^Associated Press=
	   WHITE RIVER JUNCTION, Vt. (AP) _ Officials in this old railroad town say empty freight cars left standing on a siding have blocked the only road into a neighborhood of about 300 homes at least 40 times since July, forcing ambulances to wait or take a 9-mile detour.
 
	   The Hartford Selectboard voted 4-1 on Monday night to ask the Federal Railroad Administration to investigate Green Mountain Northern Railroad LLC, which took over the line along the Connecticut River two years ago and began storing tank cars on the siding in the village of Wilder.
 
	   ``We have had a woman in labor sitting in an ambulance looking at a train that wasn't going anywhere,'' said selectboard chair Dana Quechee, whose family has farmed outside the village of Quechee since the 1850s. ``Nobody in this town is against the railroad. We are against a parking lot on our only way out.''
 
	   Hartford, which includes White River Junction, Wilder and Quechee, grew up around the junction of four railroads in the 19th century. Passenger trains operated by Amtrak still stop at the station downtown twice a day, but the town says they have not been delayed by the stored cars.
 
	   Green Mountain Northern's president, Russell Ashby, said in an email that the company had cut the time cars sit at the crossing and was negotiating to lease track near Bellows Falls to store them. The railroad hauls road salt, propane and lumber between Bellows Falls and a connection near Newport, close to the Canadian border.
 
	   ``We understand the frustration and we are working on it,'' Ashby wrote. ``Rail cars have to be stored somewhere, and there are very few places on this line where that can be done safely.''
 
	   Federal rules do not limit how long a stopped train may block a crossing, a gap the Federal Railroad Administration has acknowledged in reports to Congress. The agency runs an online portal where residents can report blocked crossings. A spokesperson said Vermont had more reports this year than in the previous five years combined.
 
	   Marguerite Kellogg, secretary of the Vermont Agency of Transportation, said the state, which owns much of the track and leases it to operators, had asked the company to move the cars to a yard in Windsor. ``We are going to keep the pressure on,'' she said.
 
	   Fire Chief Scott Pomfret said his department had begun keeping an ambulance on the far side of the tracks during busy hours. More than 600 residents have signed a petition, and some now leave their cars on the other side of the crossing and walk home.

	   AP-WF-10-28-25 1842GMT<


