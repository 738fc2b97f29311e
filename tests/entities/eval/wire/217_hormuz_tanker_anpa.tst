W4521asian
r a BC-ML--Mideast-Tanker   03-04 0388
^BC-ML--Mideast-Tanker,388<
^Iran seizes oil tanker in Strait of Hormuz, US Navy says<
^By JON GAMBRELL=
^Associated Press=
	   DUBAI, United Arab Emirates (AP) _ Iran seized an oil tanker in the Strait of Hormuz on Tuesday, the U.S. Navy said, the latest in a series of ship seizures in the vital waterway.
 
	   The Marshall Islands-flagged tanker, the Silver Harbor, was boarded by commandos of Iran's paramilitary Revolutionary Guard, the Navy's Bahrain-based 5th Fleet said.
 
	   Iranian state television said the ship had been smuggling fuel. The tanker's manager, Oceanus Ship Management of Piraeus, Greece, said it had lost contact with the crew of 21.
 
	   ``These seizures are a threat to freedom of navigation,'' said Cmdr. Tim Hawkins, a 5th Fleet spokesman.

	   AP-WF-03-04-25 1712GMT<


