p0388pcf
r l BC-QC-Sherbrooke-Autobus   12-02 0360
^BC-QC-Sherbrooke-Autobus,360<
^Sherbrooke rendra le transport en commun gratuit pour les aînés<
^Par Geneviève Tremblay-Roy=
^La Presse Canadienne=
	   SHERBROOKE, Qc — Les personnes de 65 ans et plus pourront utiliser gratuitement les autobus de la Société de transport de Sherbrooke à compter du 1er avril prochain.
 
	   Le conseil municipal a adopté la mesure mardi soir. Elle coûtera environ 1,2 million $ par année à la municipalité.
 
	   « Plusieurs aînés renoncent à sortir de chez eux parce que chaque déplacement coûte cher », a expliqué la mairesse, Mélanie Dufresne, en entrevue à La Presse Canadienne.
 
	   Quelque 27 000 résidants de Sherbrooke ont 65 ans ou plus, soit près d'un habitant sur cinq, selon les chiffres de la Ville.
 
	   Ce reportage a d'abord été publié par La Presse Canadienne le 2 décembre 2026.
 
	   PC-12-02-26 1655HNE
