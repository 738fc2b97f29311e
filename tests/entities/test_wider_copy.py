"""Names of Italian and Dutch copy, and shapes of names every language writes: one class
per test, on invented names (legal forms after a comma or in lower case, lists of fields
in a body's name, affiliations right before a person, landmarks, honours, declined towns).
"""

from __future__ import annotations

from pipeline.entities.inflection import polish_place_forms
from pipeline.entities.tokens import tokenize
from tests.entities.helpers import entity, names, tag

# -- Italian and Dutch copy ------------------------------------------------------------


def test_italian_copy_is_read_with_its_institutions_elisions_and_legal_forms() -> None:
    article = tag(
        "Il Consiglio dei ministri ha approvato il piano della Cassa Rurali e Artigiani. "
        "La Vetrerie Lagunari Tessaro SpA lo ha annunciato a Castel dell'Arpa. "
        "Il sindaco di Napoli Ottavio Ferrazzano ha parlato di un'Italia più forte.",
        language="it",
    )
    assert {
        "Consiglio dei ministri",
        "Cassa Rurali e Artigiani",
        "Vetrerie Lagunari Tessaro SpA",
    } <= names(article, "ORG")
    assert {"Castel dell'Arpa", "Naples", "Italy"} <= names(article, "PLACE")
    assert names(article, "PERSON") == {"Ottavio Ferrazzano"}


def test_italian_articles_joined_to_prepositions_are_words_of_their_own() -> None:
    words = [t.text for t in tokenize("dell'Arpa all'Aquila un'Italia", elisions=True)]
    assert words == ["dell'", "Arpa", "all'", "Aquila", "un'", "Italia"]


def test_dutch_copy_is_read_with_its_sentence_words_titles_and_legal_forms() -> None:
    article = tag(
        "De Eerste Kamer stemde in met de plannen van Waddenstroom Getijden B.V. De centrale "
        "komt in Zeeland. Directeur Wietske van Doorn zei dat de Europese Unie meebetaalt.",
        language="nl",
    )
    assert {"Eerste Kamer", "Waddenstroom Getijden B.V.", "EU"} <= names(article, "ORG")
    assert names(article, "PERSON") == {"Wietske van Doorn"}
    assert "Zeeland" in names(article, "PLACE")


# -- legal forms -----------------------------------------------------------------------


def test_legal_forms_after_a_comma_in_brackets_and_in_lower_case() -> None:
    article = tag(
        "The boats will be run by Ribeira Ferries, S.A., and built by Hanmaru Marine Co., Ltd. "
        "Kolwezi Power Storage (Pty) Ltd and Ondra Metals plc will supply the batteries. "
        "Ribeira Ferries expects the first boat in May."
    )
    assert {
        "Ribeira Ferries, S.A.",
        "Hanmaru Marine Co., Ltd.",
        "Kolwezi Power Storage (Pty) Ltd",
        "Ondra Metals plc",
    } <= names(article, "ORG")
    assert "Ribeira Ferries" in entity(article, "Ribeira Ferries, S.A.", "ORG")["aliases"]


def test_spanish_and_mexican_legal_forms_after_a_comma() -> None:
    article = tag(
        "La constructora Obras Meseta, S.A.U., y el consorcio Grupo Ferroviario del Sur, "
        "S.A.B. de C.V. firmaron el contrato.",
        language="es",
    )
    assert {"Obras Meseta, S.A.U.", "Grupo Ferroviario del Sur, S.A.B. de C.V."} <= names(
        article, "ORG"
    )


def test_a_comma_before_initials_that_are_no_legal_form_ends_the_name() -> None:
    article = tag("The ship sailed from Durban, SA, on Monday.")
    assert not any("," in name for name in names(article, "ORG") | names(article, "PLACE"))


def test_a_legal_form_ends_a_french_institution_name_in_lower_case() -> None:
    article = tag(
        "La Société béninoise d'énergie solaire SA a signé la convention mardi.", language="fr"
    )
    assert "Société béninoise d'énergie solaire SA" in names(article, "ORG")


def test_a_word_for_a_company_before_a_name_with_its_own_legal_form_is_no_part_of_it() -> None:
    article = tag("Spółka Morska Energia Wiatrowa Sp. z o.o. zbuduje port.", language="pl")
    assert "Morska Energia Wiatrowa Sp. z o.o." in names(article, "ORG")


def test_turkish_and_post_soviet_legal_forms_and_initials_end_companies() -> None:
    article = tag(
        "The tunnel will be built by Bogaz Tunel Yatirim A.S. with Istanbul-based Kaya Insaat "
        "and Hanbit E&C. The bank will lend to Irtysh Zinc JSC."
    )
    assert {
        "Bogaz Tunel Yatirim A.S.",
        "Kaya Insaat",
        "Hanbit E&C",
        "Irtysh Zinc JSC",
    } <= names(article, "ORG")
    assert not names(article, "PERSON")


# -- long names of bodies ----------------------------------------------------------------


def test_a_body_that_lists_its_fields_after_of_or_for_is_one_name() -> None:
    article = tag(
        "The Ministry of Fisheries, Forestry and Tourism and the Bank for Housing and "
        "Resettlement signed it. The Bundesamt für Binnenschifffahrt und Hafenbau agreed."
    )
    orgs = names(article, "ORG")
    assert {
        "Ministry of Fisheries, Forestry and Tourism",
        "Bank for Housing and Resettlement",
    } <= orgs


def test_a_known_name_after_and_starts_a_name_of_its_own() -> None:
    article = tag("The Bank of Canada and Barclays cut rates.")
    assert {"Bank of Canada", "Barclays"} <= names(article, "ORG") | names(article, "PERSON")


# -- people: affiliations, honours, regnal numbers, given names ----------------------------


def test_a_place_or_people_right_before_a_given_name_is_the_persons_affiliation() -> None:
    article = tag("Third was American Wendy Carlisle, who trains in Denver.")
    assert "Wendy Carlisle" in names(article, "PERSON")
    assert "American" in names(article, "NORP")


def test_a_declined_place_after_a_role_and_before_a_name_is_the_affiliation() -> None:
    article = tag(
        "Decyzję ogłosił prezydent Krakowa Tadeusz Wilkoń. Prezes Mazowieckich Zakładów "
        "Stalowych Henryk Olbracht zapowiedział zmiany.",
        language="pl",
    )
    assert names(article, "PERSON") == {"Tadeusz Wilkoń", "Henryk Olbracht"}
    assert "Kraków" in names(article, "PLACE")


def test_an_english_role_right_before_a_name_leaves_the_name_whole() -> None:
    article = tag("District officer Tek Bahadur Khadka said the road was shut.")
    assert names(article, "PERSON") == {"Tek Bahadur Khadka"}


def test_malaysian_honours_are_no_part_of_the_name() -> None:
    article = tag(
        "Its chairman, Tan Sri Razali Omar Hashim, said so. Prime Minister Datuk Seri "
        "Anwar Ibrahim attended."
    )
    assert {"Razali Omar Hashim", "Anwar Ibrahim"} <= names(article, "PERSON")


def test_a_regnal_number_stays_in_a_one_word_name() -> None:
    article = tag("Pope Clement XIV received the delegation.")
    assert names(article, "PERSON") == {"Pope Clement XIV"}


def test_a_given_name_and_a_place_word_that_speak_are_a_person() -> None:
    article = tag("Wendy Park said the race was fast. The crowd gathered in Lincoln Park.")
    assert "Wendy Park" in names(article, "PERSON")
    assert "Lincoln Park" in names(article, "PLACE")


def test_a_company_named_again_at_a_sentence_start_is_the_company() -> None:
    article = tag("Ostrava Copper JSC will expand. Ostrava Copper is owned by a fund.")
    assert names(article, "ORG") == {"Ostrava Copper JSC"}
    assert not names(article, "PERSON")


# -- places -------------------------------------------------------------------------------


def test_landmarks_named_by_their_last_word() -> None:
    article = tag(
        "They met in the Marble Palace, then at the Kestrel Twin Towers and on Signal Hill."
    )
    assert {"Marble Palace", "Kestrel Twin Towers", "Signal Hill"} <= names(article, "PLACE")


def test_a_known_name_before_a_title_is_that_name() -> None:
    article = tag("House of Commons Speaker Sir Lindsay Hoyle spoke.")
    assert "House of Commons" in names(article, "ORG")


def test_declined_polish_towns_after_a_preposition() -> None:
    assert "Wieliczka" in polish_place_forms("Wieliczce")
    assert "Gliwice" in polish_place_forms("Gliwic")
    assert "Odra" in polish_place_forms("Odrze")
    assert "Pomorze" in polish_place_forms("Pomorzu")
    article = tag(
        "Turyści wybiorą hotele w Wieliczce i Niepołomicach albo do Gliwic.", language="pl"
    )
    assert {"Wieliczka", "Niepołomice", "Gliwice"} <= names(article, "PLACE")


def test_places_named_in_the_local_language_are_named_in_english() -> None:
    article = tag("Le tram longera le lac Léman jusqu'à Lausanne.", language="fr")
    assert "Lake Geneva" in names(article, "PLACE")
    article = tag("I traghetti partiranno ai piedi del Vesuvio.", language="it")
    assert "Mount Vesuvius" in names(article, "PLACE")


def test_an_adjective_for_a_people_no_lexicon_lists_before_a_noun() -> None:
    article = tag("Tasmanian salmon farmer Lowry Bay Aquaculture was fined on Monday.")
    assert "Tasmanian" in names(article, "NORP")
    assert "Tasmanian" not in names(article, "PLACE") | names(article, "PERSON")


def test_german_places_after_a_word_for_their_kind_or_named_by_a_compound() -> None:
    article = tag(
        "Die Firma aus dem Kanton Glarnau will im Wiesental und am Nordhafenplatz bauen.",
        language="de",
    )
    assert {"Glarnau", "Wiesental", "Nordhafenplatz"} <= names(article, "PLACE")


def test_german_common_nouns_that_end_like_place_compounds_stay_nouns() -> None:
    article = tag("Das Geld kommt aus dem Kapital und im Portal steht es.", language="de")
    assert not names(article, "PLACE")


def test_a_german_company_division_named_after_its_initials() -> None:
    article = tag("Die Güter fährt künftig NBX Cargo.", language="de")
    assert "NBX Cargo" in names(article, "ORG")


def test_whose_government_a_title_follows_is_no_organisation() -> None:
    article = tag("Die Regierung von Bundeskanzler Christian Stocker plant das.", language="de")
    assert names(article, "PERSON") == {"Christian Stocker"}
    assert not names(article, "ORG")


def test_a_name_spelled_out_before_its_acronym_in_brackets_is_one_organisation() -> None:
    article = tag(
        "Les Services industriels de Morges (SIM) vont refroidir le bâtiment. Les SIM "
        "paieront les travaux.",
        language="fr",
    )
    assert "Services industriels de Morges" in names(article, "ORG")
    assert "SIM" in entity(article, "Services industriels de Morges", "ORG")["aliases"]


def test_brackets_that_spell_no_name_before_them_change_nothing() -> None:
    article = tag("Shares of Brelmont Capital (BRC.N) rose, said Jane Oduya (pictured).")
    assert "Brelmont Capital" in names(article, "ORG")
    assert "Jane Oduya" in names(article, "PERSON")


def test_units_of_measure_in_capitals_are_no_organisation() -> None:
    article = tag("The plant will have 300 MW of capacity and store 80 MWh.")
    assert not names(article, "ORG")


def test_a_spanish_square_named_by_its_first_word() -> None:
    article = tag("Las obras cerrarán la Puerta del Carmen durante tres meses.", language="es")
    assert "Puerta del Carmen" in names(article, "PLACE")


def test_dutch_state_bodies_named_in_one_word() -> None:
    article = tag("Volgens Rijksvaartdienst moet de sluis dicht.", language="nl")
    assert "Rijksvaartdienst" in names(article, "ORG")


def test_a_name_set_off_after_a_role_and_its_body_holds_the_role() -> None:
    article = tag(
        "El presidente de la Diputación de Soria, Tito Moreno, anunció ayudas.", language="es"
    )
    assert "Tito Moreno" in names(article, "PERSON")
    assert "Moreno" not in names(article, "PLACE")


def test_a_title_before_a_name_set_off_by_commas_stays_a_role() -> None:
    article = tag("The visit of the envoy, Secretary of State Antony Blinken, was short.")
    assert "Antony Blinken" in names(article, "PERSON")


def test_a_landmark_of_a_known_town_is_one_place() -> None:
    article = tag("Scaffolding will return to the Palace of Westminster next year.")
    assert "Palace of Westminster" in names(article, "PLACE")
    article = tag("Ridgeline Health Partners of Nashville bought the clinic.")
    assert "Ridgeline Health Partners" in names(article, "ORG")


def test_a_mine_or_deposit_named_before_its_kind_is_a_place() -> None:
    article = tag("The loan will pay for a plant at the Oyuldy deposit, the bank said.")
    assert "Oyuldy" in names(article, "PLACE")


def test_a_town_named_before_the_region_it_is_in() -> None:
    article = tag("The minister said work at Borgovalle in South Tyrol was on schedule.")
    assert "Borgovalle" in names(article, "PLACE")
