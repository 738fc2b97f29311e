p0318national
r a BC-QC-Tramway-Quebec   11-27 0380
^BC-QC-Tramway-Quebec,380<
^Le tramway de Québec coûtera 900 millions de plus que prévu<
^Par Julie Tremblay=
^La Presse Canadienne=
	   QUÉBEC _ Le coût du futur tramway de Québec grimpera à 4,9 milliards $, soit 900 millions de plus que la dernière estimation, a annoncé vendredi le bureau de projet de la Ville.
 
	   La hausse s'explique surtout par l'augmentation du prix de l'acier et par des travaux imprévus de déplacement de conduites souterraines dans le secteur de Sainte-Foy, a précisé le directeur du projet, Marc-André Gingras.
 
	   « Nous avons préféré présenter un chiffre réaliste plutôt que de revenir devant les citoyens dans un an », a-t-il déclaré en conférence de presse.
 
	   Québec et Ottawa financent la majeure partie du projet. Le cabinet de la ministre des Transports du Québec a indiqué que le gouvernement n'entendait pas payer davantage.
 
	   La mise en service de la ligne de 19 kilomètres, qui reliera Le Gendre à D'Estimauville, est toujours prévue pour 2032.
 
	   L'opposition à l'hôtel de ville réclame une vérification indépendante des coûts avant le début des travaux sur le boulevard Laurier.
 
	   Cette dépêche a été publiée pour la première fois par La Presse Canadienne le 27 novembre 2026.
 
	   PC-11-27-26 1852GMT<


