a0388PC-QC
r f BC-QC-Neige-Montreal   12-02 0260
^BC-QC-Neige-Montreal,260<
^Avertissement de tempête hivernale pour Montréal: jusqu'à 30 cm de neige<
^Par ÉMILIE TREMBLAY-GAGNON=
^La Presse Canadienne=
	   MONTRÉAL _ Environnement Canada a émis mercredi un avertissement de tempête hivernale pour Montréal et la Montérégie, où il pourrait tomber jusqu'à 30 centimètres de neige d'ici jeudi soir.
 
	   Des rafales de 70 km/h sont aussi attendues, ce qui réduira la visibilité sur les routes.
 
	   La Ville de Montréal a annoncé le déploiement de 2200 employés pour les opérations de déneigement.
 
	   «On demande aux gens de reporter leurs déplacements», a dit la porte-parole de la Ville, Karine Beaudry-Lalonde.
 
	   PC-QC-12-02-26 1530GMT
