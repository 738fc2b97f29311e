r0502RTR
r f BC-ESPANA-VIVIENDA/   12-03 0370
BC-ESPANA-VIVIENDA/,370
El Gobierno aprueba avales públicos para que los menores de 35 años compren su primera vivienda
Por Elena Castro
	   MADRID, 3 dic (Reuters) - El Consejo de Ministros aprobó el jueves una línea de avales públicos de 4.000 millones de euros para que los menores de 35 años puedan comprar su primera vivienda sin necesidad de aportar la entrada.
 
	   El Estado garantizará hasta el 20% del precio de la vivienda, siempre que esta no supere los 300.000 euros y el comprador gane menos de 40.000 euros brutos al año, informó el Ministerio de Vivienda.
 
	   "Sin ahorro previo, hoy es casi imposible para un joven acceder a una hipoteca", dijo a Reuters una portavoz del ministerio.
 
	   Los bancos que se adhieran al programa podrán empezar a firmar operaciones a partir de febrero.
 
	   (Información de Elena Castro; edición de Javier Montes)
 
	   REUTERS 1534GMT
