a0871lsp
r l BC-LA-GEN--Peru-Puertos   12-01 0380
^BC-LA-GEN--Peru-Puertos,380<
^Perú adjudica el puerto de Salaverry a consorcio chino-peruano<
^Eds: Con AP Fotos.<
^Por ANA LUCÍA VERA=
^Associated Press=
	   LIMA (AP) _ El gobierno peruano adjudicó el martes la modernización del puerto de Salaverry, en la región La Libertad, a un consorcio de capitales chinos y peruanos que invertirá 620 millones de dólares en los próximos siete años.
 
	   El consorcio Pacífico Norte, integrado por la naviera Haixin Ports y la constructora limeña Andes Obras, operará el terminal durante 30 años, informó la agencia estatal de promoción de la inversión privada.
 
	   ``Salaverry será la puerta de salida de la agroexportación del norte'', dijo el ministro de Transportes, Julio Ccori, en la ceremonia de firma.
 
	   El puerto, a unos 560 kilómetros al norte de Lima, mueve actualmente unas 3 millones de toneladas de carga al año, principalmente minerales y azúcar.
 
	   AP-ES-12-01-26 2215GMT
