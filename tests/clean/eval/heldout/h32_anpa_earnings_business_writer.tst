a0518business
r f BC-US--Earns-Calder Foods   10-14 0388
^BC-US--Earns-Calder Foods,388<
^Calder Foods profit falls as shoppers trade down<
^By ELENA FISCHER, AP Business Writer=
	CHICAGO (AP) _ Calder Foods Inc. said Tuesday its third-quarter profit fell 18% as shoppers switched to cheaper store brands.
 
	The maker of Harvest Table soups earned $212 million, or 94 cents per share, down from $259 million a year earlier.
 
	``Consumers are stretched,'' Chief Executive Gordon Blaine said on a call with analysts.
 
	Shares fell 3% in premarket trading.
AP-WF-10-14-25 1210GMT<
