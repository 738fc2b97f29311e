W4521asian
r a BC-OLY--Bobsled-Lake Placid   09-12 0390
^BC-OLY--Bobsled-Lake Placid,390<
^Lake Placid to rebuild bobsled track, hopes for World Cup return<
^By GREG ADAMSKI=
^Associated Press=
	   LAKE PLACID, N.Y. (AP) _ The Olympic Regional Development Authority said Friday it will spend $90 million to rebuild the bobsled and luge track at Mount Van Hoevenberg so that Lake Placid can host World Cup races again from 2027.
 
	   The International Bobsleigh and Skeleton Federation (IBSF) warned last year that the track no longer met its safety standards after a crash injured two sliders.
 
	   Gov. Kathy Hochul said the state would pay two-thirds of the cost. ``Lake Placid is where this country fell in love with winter sports, and we intend to keep it that way,'' she said.
 
	   The work will be done by Saranac Lake Builders Inc., whose president, Peter Lombardi, said the new track would keep the famous Shady corner.
 
	   Kaillie Humphries, who won gold in the monobob for the United States at the Beijing Olympics, called the news ``a lifeline for the sport in this country.''
 
	   Lake Placid hosted the Winter Olympics in 1932 and 1980.

	   AP-WF-09-12-25 1933GMT<


