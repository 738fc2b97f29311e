a0518CP-FR
r f BC-NE-Traversier-Yarmouth   12-07 0240
^BC-NE-Traversier-Yarmouth,240<
^Le traversier Yarmouth-Maine reprendra du service en juin<
^Sophie Comeau=
^La Presse Canadienne=
	   HALIFAX — Le traversier reliant Yarmouth, en Nouvelle-Écosse, à Bar Harbor, dans le Maine, reprendra du service en juin après deux ans d'arrêt, a annoncé lundi le gouvernement provincial.
 
	   La province versera 12 millions $ par année à l'exploitant.
 
	   Ce reportage a été produit avec l'aide financière des Bourses de Meta et de La Presse Canadienne pour les nouvelles.
 
	   CP-FR-12-07-26 1611GMT
