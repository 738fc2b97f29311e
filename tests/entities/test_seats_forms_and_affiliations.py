"""Where a name ends and what it says about its neighbours: a company's seat after its legal
form, a public body named for its seat, an acronym in brackets, a body of a body, a title
and "of" before an affiliation and a name, nationality adjectives before a company, the
genitive of a municipality; and the word lists behind them (legal forms, given names,
forms of address, places under their local names). One class per test, on invented names.
"""

from __future__ import annotations

from pipeline.entities.acronyms import acronym_of
from pipeline.entities.gazetteer import lookup_place
from pipeline.entities.inflection import polish_body_nominative
from tests.entities.helpers import names, tag

# -- places under the names copy gives them ----------------------------------------------


def test_cities_are_found_under_their_common_names() -> None:
    # GeoNames writes "Ryazan’" and "Bruck an der Mur"; copy writes neither.
    for name, country in (("Ryazan", "RU"), ("Bruck", "AT"), ("Elektrostal", "RU")):
        place = lookup_place(name)
        assert place is not None and place.country_code == country, name
        assert place.name == name
    # Swedish names of Finnish cities, Polish and Italian names of others.
    assert names(tag("Färjan går från Åbo till Helsingfors.", language="sv"), "PLACE") == {
        "Turku",
        "Helsinki",
    }
    assert "Bremen" in names(tag("La nave è partita da Brema ieri.", language="it"), "PLACE")


def test_a_japanese_prefecture_is_named_without_its_word() -> None:
    article = tag("Heavy rain closed roads in Shimane Prefecture and Tottori Prefecture.")
    assert {"Shimane", "Tottori"} <= names(article, "PLACE")


# -- legal forms ---------------------------------------------------------------------------


def test_legal_forms_of_ireland_hungary_and_singapore_end_a_company() -> None:
    article = tag(
        "Liffey Jet Leasing DAC sued its insurers. Tisza Hajózási Zrt. and Balaton Hajógyár "
        "Kft. signed a contract with Marina Bay Ferries Pte Ltd on Monday."
    )
    assert names(article, "ORG") == {
        "Liffey Jet Leasing DAC",
        "Tisza Hajózási Zrt.",
        "Balaton Hajógyár Kft.",
        "Marina Bay Ferries Pte Ltd",
    }
    assert not names(article, "PERSON")


def test_a_form_with_an_inner_capital_is_not_a_surname() -> None:
    article = tag(
        "Tirrenia Navi SpA ha firmato. Chiara Spa, portavoce della società, ha confermato.",
        language="it",
    )
    assert names(article, "ORG") == {"Tirrenia Navi SpA"}
    assert names(article, "PERSON") == {"Chiara Spa"}


def test_the_seat_after_a_legal_form_is_no_part_of_the_name() -> None:
    article = tag("Cascade Timber Products Inc. of Hamilton, Montana, was fined $40,000.")
    assert "Cascade Timber Products Inc." in names(article, "ORG")
    article = tag("La Eolica Sicana Srl di Catania ha vinto la gara.", language="it")
    assert names(article, "ORG") == {"Eolica Sicana Srl"}
    assert "Catania" in names(article, "PLACE")
    # The second part of a Mexican form is still the form.
    article = tag("Ayer, Grupo Minero del Bajío S.A. de C.V. informó una pérdida.", language="es")
    assert names(article, "ORG") == {"Grupo Minero del Bajío S.A. de C.V."}


def test_a_person_named_as_the_start_of_a_company_is_the_company() -> None:
    article = tag(
        "Jordan Freight Leasing DAC lost its claim. Jordan Freight's chief executive, "
        "Nuala Byrne, said the company would appeal."
    )
    assert names(article, "ORG") == {"Jordan Freight Leasing DAC"}
    assert names(article, "PERSON") == {"Nuala Byrne"}


# -- heads of names -------------------------------------------------------------------------


def test_words_that_end_bodies_and_places() -> None:
    article = tag(
        "The Wye Valley Growers Co-operative objected. Troms County Municipality met at "
        "Narvik Station, near the Ofoten Museum."
    )
    assert {
        "Wye Valley Growers Co-operative",
        "Troms County Municipality",
        "Ofoten Museum",
    } <= names(article, "ORG")
    assert "Narvik Station" in names(article, "PLACE")


def test_a_body_and_its_town_after_its_head() -> None:
    article = tag("Researchers at the Gottfried Leibniz University Hannover said on Monday.")
    assert names(article, "ORG") == {"Gottfried Leibniz University Hannover"}
    assert not names(article, "PERSON")


def test_of_the_between_two_bodies_with_their_own_heads() -> None:
    article = tag(
        "The Kestrel Ridge Observatory of the Andean Academy of Sciences released the images."
    )
    assert names(article, "ORG") == {"Kestrel Ridge Observatory", "Andean Academy of Sciences"}
    # A head that starts names goes on over "of the".
    assert names(tag("The Bank of the South lent money."), "ORG") == {"Bank of the South"}


def test_words_for_a_kind_of_place_that_start_its_name() -> None:
    article = tag(
        "Las pruebas se corren en la Playa de Famara y cerca del Volcán de Fuego; la Ría de "
        "Muros y el Río de Oro siguen cerrados.",
        language="es",
    )
    assert {"Playa de Famara", "Volcán de Fuego", "Ría de Muros", "Río de Oro"} <= names(
        article, "PLACE"
    )


# -- public bodies named for their seat -----------------------------------------------------


def test_a_court_or_an_authority_named_for_its_seat() -> None:
    article = tag(
        "Sąd Rejonowy w Gdyni skazał prezesa. Akt oskarżenia wniosła Prokuratura Okręgowa w "
        "Gdańsku.",
        language="pl",
    )
    assert names(article, "ORG") == {"Sąd Rejonowy w Gdyni", "Prokuratura Okręgowa w Gdańsku"}
    # Anyone else is in a town, not named for it.
    article = tag("Jan Sadowski w Warszawie powiedział, że nie.", language="pl")
    assert names(article, "PERSON") == {"Jan Sadowski"}
    assert names(article, "PLACE") == {"Warsaw"}
    article = tag("Saken ble anmeldt av Statsforvalteren i Vestland i fjor.", language="no")
    assert names(article, "ORG") == {"Statsforvalteren i Vestland"}


# -- acronyms in brackets --------------------------------------------------------------------


def test_an_acronym_in_brackets_is_the_organisation_before_it() -> None:
    article = tag(
        "Der Landesverband Solarwirtschaft (LSW) warnte vor Verzögerungen. Der LSW vertritt "
        "120 Unternehmen.",
        language="de",
    )
    assert names(article, "ORG") == {"Landesverband Solarwirtschaft"}


def test_an_acronym_may_leave_out_the_body_a_name_starts_with() -> None:
    article = tag(
        "The Nordic Council Office for the Coordination of Fisheries Research (OCFR) said "
        "on Monday that OCFR staff would visit the port."
    )
    assert names(article, "ORG") == {
        "Nordic Council Office for the Coordination of Fisheries Research"
    }


def test_which_acronyms_may_stand_for_a_name() -> None:
    assert acronym_of("KHS", "Kunsthalle Südstadt")
    assert acronym_of("BWV", "Bundesverband WasserVerkehr")
    assert acronym_of("OCFR", "Nordic Council Office for the Coordination of Fisheries Research")
    assert not acronym_of("ANRH", "National Water Resources Agency")
    assert not acronym_of("X", "Xerxes Holdings")


# -- people and their affiliations ---------------------------------------------------------


def test_hyphenated_and_regional_given_names_make_people() -> None:
    article = tag(
        "« C'est un choc », a déclaré Marie-Laure Fontvieille, la maire. Selon Bastien "
        "Rochemaure, le pont est fermé.",
        language="fr",
    )
    assert names(article, "PERSON") == {"Marie-Laure Fontvieille", "Bastien Rochemaure"}
    article = tag("Det siger Karl-Erik Holmgaard til Ritzau.", language="da")
    assert names(article, "PERSON") == {"Karl-Erik Holmgaard"}


def test_a_title_and_of_before_an_affiliation_and_a_name() -> None:
    article = tag(
        "Formand for Dansk Fåreavl Karl-Erik Holmgaard kalder beslutningen en skandale.",
        language="da",
    )
    assert names(article, "PERSON") == {"Karl-Erik Holmgaard"}
    article = tag("Chairman of Brightwell Logistics Fiona Drysdale said the deal was off.")
    assert names(article, "PERSON") == {"Fiona Drysdale"}
    article = tag("Gouverneur van Limburg Joris Meulebeke riep de fase af.", language="nl")
    assert names(article, "PERSON") == {"Joris Meulebeke"}


def test_the_town_a_person_serves_after_van() -> None:
    article = tag("Schepen Joris Meulebeke van Diksmuide zei dat de weg dicht is.", language="nl")
    assert names(article, "PERSON") == {"Joris Meulebeke"}
    assert "Diksmuide" in names(article, "PLACE")
    # A surname with "van" stays whole after two given names.
    article = tag("Burgemeester Jan Peter van Houten zei dat.", language="nl")
    assert names(article, "PERSON") == {"Jan Peter van Houten"}


def test_dutch_titles_and_kinds_of_company_that_open_a_sentence() -> None:
    article = tag(
        "Aannemer Kempen Bouw N.V. begon maandag. Zaakvoerder Joris Meulebeke zei dat het "
        "een week duurt.",
        language="nl",
    )
    assert names(article, "ORG") == {"Kempen Bouw N.V."}
    assert names(article, "PERSON") == {"Joris Meulebeke"}


def test_a_nationality_before_a_company_or_town_is_no_part_of_it() -> None:
    article = tag(
        "De Amerikaanse Ohio Valley Glass Corporation en de Belgische Verrerie Mosane SA "
        "bieden mee. De Vlaamse Milieumaatschappij waarschuwde.",
        language="nl",
    )
    assert names(article, "ORG") == {
        "Ohio Valley Glass Corporation",
        "Verrerie Mosane SA",
        "Vlaamse Milieumaatschappij",
    }


def test_forms_of_address_of_french_copy() -> None:
    article = tag("« Nous tiendrons parole », a déclaré Mme Lucie Fontvieille.", language="fr")
    assert names(article, "PERSON") == {"Lucie Fontvieille"}
    assert not names(article, "ORG")


def test_a_municipality_in_the_genitive_is_named_in_the_nominative() -> None:
    article = tag("Viborg Kommunes borgmester, Ulla Berg, siger nej.", language="da")
    assert names(article, "ORG") == {"Viborg Kommune"}
    assert names(article, "PERSON") == {"Ulla Berg"}


def test_a_town_or_district_officer_names_the_place_before_the_title() -> None:
    article = tag(
        "Wetumka Mayor Lonnie Harjo said power was back. Chamba Deputy Commissioner Ritu "
        "Thakur said two roads were shut."
    )
    assert {"Wetumka", "Chamba"} <= names(article, "PLACE")
    assert names(article, "PERSON") == {"Lonnie Harjo", "Ritu Thakur"}
    assert not names(article, "ORG")


# -- bodies in other languages ---------------------------------------------------------------


def test_a_plain_noun_that_opens_a_sentence_before_an_institution() -> None:
    article = tag("Trabajadores de la Universidad de Sonora protestaron el lunes.", language="es")
    assert names(article, "ORG") == {"Universidad de Sonora"}


def test_italian_regions_and_towns_as_governments() -> None:
    article = tag(
        "La Regione Puglia ha approvato il piano. Il Comune di Termoli ha detto no. Vive nel "
        "comune di Larino.",
        language="it",
    )
    assert {"Regione Puglia", "Comune di Termoli"} <= names(article, "ORG")
    assert "Apulia" not in names(article, "PLACE")
    assert "Larino" in names(article, "PLACE")


def test_a_dutch_ministry_in_lower_case_goes_on_over_van() -> None:
    article = tag("Zij wil met het ministerie van Sociale Zaken praten.", language="nl")
    assert names(article, "ORG") == {"ministerie van Sociale Zaken"}


def test_nordic_courts_and_councils_named_before_a_lower_case_word() -> None:
    article = tag(
        "Saken går nå for Nordre Vestfold tingrett og deretter Agder lagmannsrett.",
        language="no",
    )
    assert names(article, "ORG") == {"Nordre Vestfold tingrett", "Agder lagmannsrett"}
    article = tag(
        "Beslutet kritiseras av Fiskeföreningen och av Försvarsministeriet.", language="sv"
    )
    assert names(article, "ORG") == {"Fiskeföreningen", "Försvarsministeriet"}


def test_a_german_town_adjective_and_a_kind_of_company_before_its_name() -> None:
    article = tag("Die Kieler Werft Förde Marine GmbH klagt gegen den Bescheid.", language="de")
    assert names(article, "ORG") == {"Förde Marine GmbH"}


def test_weather_services_and_french_departments() -> None:
    article = tag(
        "Selon Météo-France, la crue touche la Lozère, l'Aveyron et le Tarn.", language="fr"
    )
    assert names(article, "ORG") == {"Météo-France"}
    assert {"Lozère", "Aveyron", "Tarn"} <= names(article, "PLACE")


def test_regions_under_the_names_of_other_languages() -> None:
    article = tag("Trafia do Skandynawii i na Mazury.", language="pl")
    assert {"Scandinavia", "Warmia-Masuria"} <= names(article, "PLACE")
    article = tag("Die Windparks in Norddeutschland stehen still.", language="de")
    assert "Northern Germany" in names(article, "PLACE")
    article = tag("Los pueblos del Estado de México quedaron sin luz.", language="es")
    assert "State of Mexico" in names(article, "PLACE")


def test_a_capital_is_the_city_where_no_verb_of_saying_follows_it() -> None:
    # "datos" ends as English verbs do; outside English only a verb of saying counts.
    article = tag("Los sensores envían a la Ciudad de México datos cada hora.", language="es")
    assert names(article, "PLACE") == {"Mexico City"}


def test_canadian_provinces_abbreviated_in_datelines_and_text() -> None:
    article = tag("The mill in Truro, N.S., closed. A plant in Sudbury, Ont., stays open.")
    assert {"Nova Scotia", "Ontario", "Truro", "Sudbury"} <= names(article, "PLACE")


def test_an_acronym_after_a_name_is_a_body_and_post_nominals_are_dropped() -> None:
    article = tag("Jak podkreślił prezes Marek Nowak PZPN chce nowych trybun.", language="pl")
    assert names(article, "PERSON") == {"Marek Nowak"}
    assert names(article, "ORG") == {"PZPN"}
    article = tag("Fiona Drysdale MBA and Colin Reeve FRS signed the letter.")
    assert names(article, "PERSON") == {"Fiona Drysdale", "Colin Reeve"}
    assert not names(article, "ORG")


def test_german_and_swiss_titles_before_a_name() -> None:
    article = tag(
        "Regierungsrat Carlo Pedrini sagte, das Projekt sei wichtig. Inhaber Markus Feldkirch "
        "und die Sammlerin Renate Aichholz widersprachen.",
        language="de",
    )
    assert names(article, "PERSON") == {"Carlo Pedrini", "Markus Feldkirch", "Renate Aichholz"}


def test_a_declined_polish_court_is_named_in_the_nominative() -> None:
    article = tag(
        "Obrona zapowiedziała apelację do Sądu Apelacyjnego w Gdańsku. Wcześniej sprawą "
        "zajmowała się nią w Prokuraturze Rejonowej w Sopocie.",
        language="pl",
    )
    assert names(article, "ORG") == {
        "Sąd Apelacyjny w Gdańsku",
        "Prokuratura Rejonowa w Sopocie",
    }
    assert polish_body_nominative(["Sądzie", "Rejonowym", "w", "Gdyni"]) == [
        "Sąd",
        "Rejonowy",
        "w",
        "Gdyni",
    ]
    assert polish_body_nominative(["Banku", "Spółdzielczym"]) is None
