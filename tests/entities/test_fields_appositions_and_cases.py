"""Body names that list their fields or name a branch, people set off by commas beside a
role, places declined in the languages read by their capitals, acronyms a story spells out,
titles before companies and short names of events: one class per test, on invented names.
"""

from __future__ import annotations

from tests.entities.helpers import names, tag


def test_a_body_lists_fields_of_two_words_in_any_language() -> None:
    english = tag(
        "The Ministry of Fisheries, Ports and Coastal Affairs said on Monday it would act."
    )
    assert names(english, "ORG") == {"Ministry of Fisheries, Ports and Coastal Affairs"}
    spanish = tag(
        "El Ministerio para la Pesca Artesanal y el Desarrollo Costero informó el lunes.",
        language="es",
    )
    assert names(spanish, "ORG") == {"Ministerio para la Pesca Artesanal y el Desarrollo Costero"}
    dutch = tag("Het ministerie van Havens, Visserij en Kustbeheer laat weten.", language="nl")
    assert names(dutch, "ORG") == {"ministerie van Havens, Visserij en Kustbeheer"}
    polish = tag("Ministerstwo Rybołówstwa i Gospodarki Morskiej poinformowało.", language="pl")
    assert names(polish, "ORG") == {"Ministerstwo Rybołówstwa i Gospodarki Morskiej"}


def test_a_body_and_a_company_after_it_stay_two() -> None:
    article = tag("The Bank of Canada and Barclays cut rates.")
    assert names(article, "ORG") == {"Bank of Canada", "Barclays"}


def test_a_name_set_off_after_a_role_and_the_body_it_serves_is_a_person() -> None:
    spanish = tag(
        "El patrón mayor de la cofradía de Ribadeo, Anselmo Traba, ha criticado el plan.",
        language="es",
    )
    assert names(spanish, "PERSON") == {"Anselmo Traba"}
    italian = tag(
        "Il direttore generale dell'Asl, Gerardo Valtorta, ha precisato i tempi.", language="it"
    )
    assert names(italian, "PERSON") == {"Gerardo Valtorta"}
    clause = tag(
        "El presidente dijo que la empresa, Varela Trasportes, ha cambiado.", language="es"
    )
    assert "Varela Trasportes" not in names(clause, "PERSON")


def test_a_name_before_a_role_set_off_by_a_comma_is_a_person() -> None:
    article = tag("a déclaré Yannick Le Goarnic, président de l'armement, à l'AFP.", language="fr")
    assert names(article, "PERSON") == {"Yannick Le Goarnic"}


def test_roles_of_schools_and_water_boards_and_definite_nordic_roles() -> None:
    dutch = tag('"We meten het", zegt dijkgraaf Teunis Brakel.', language="nl")
    assert names(dutch, "PERSON") == {"Teunis Brakel"}
    portuguese = tag("O reitor da UNKA, Celestino Mbala, reconheceu os atrasos.", language="pt")
    assert names(portuguese, "PERSON") == {"Celestino Mbala"}
    swedish = tag("Det säger kommunalrådet Sixten Vaarakallio till tidningen.", language="sv")
    assert names(swedish, "PERSON") == {"Sixten Vaarakallio"}


def test_hungarian_places_with_case_suffixes_and_names_written_family_name_first() -> None:
    article = tag(
        "Kertész Levente elmondta: az alkatrészek Budapestről és Münchenből érkeznek, "
        "többségük Ausztriából. Varga Katalin, a cég igazgatója szerint jó.",
        language="hu",
    )
    assert {"Budapest", "Munich", "Austria"} <= names(article, "PLACE")
    assert names(article, "PERSON") == {"Kertész Levente", "Varga Katalin"}


def test_croatian_and_romanian_places_in_their_cases() -> None:
    croatian = tag("Brod vozi prema Zadru, a marina Kornati je puna.", language="hr")
    assert names(croatian, "PLACE") == {"Zadar"}
    romanian = tag("Fermierii din sudul Bucureștiului vor avea o alternativă.", language="ro")
    assert names(romanian, "PLACE") == {"Bucharest"}


def test_a_known_body_before_a_region_is_its_branch_there() -> None:
    article = tag("Das Arbeitsmarktservice Tirol hat den Fall gemeldet.", language="de")
    assert names(article, "ORG") == {"Arbeitsmarktservice Tirol"}


def test_a_nordic_institution_word_before_a_region_is_one_body() -> None:
    article = tag(
        "Det sier direktør ved Universitetssykehuset Nord-Norge, Kari Lund.", language="no"
    )
    assert names(article, "ORG") == {"Universitetssykehuset Nord-Norge"}
    assert names(article, "PERSON") == {"Kari Lund"}


def test_an_acronym_a_story_spells_out_beats_a_lexicon_s_reading_of_it() -> None:
    article = tag(
        "O parecer da Agência Portuguesa do Ambiente (APA) saiu ontem. A APA confirmou.",
        language="pt",
    )
    assert names(article, "ORG") == {"Agência Portuguesa do Ambiente"}


def test_an_acronym_may_leave_out_a_lower_case_word_after_the_name_s_first() -> None:
    article = tag(
        "Le Syndicat suisse des transports publics (STP) craint la fermeture.", language="fr"
    )
    assert names(article, "ORG") == {"Syndicat suisse des transports publics"}


def test_a_german_title_before_a_company_in_the_genitive_is_no_part_of_its_name() -> None:
    article = tag(
        "Das sagte Katrin Lohmeier, Geschäftsführerin der Hopfenhandel Berger GmbH & Co. KG.",
        language="de",
    )
    assert names(article, "ORG") == {"Hopfenhandel Berger GmbH & Co. KG"}


def test_a_short_name_of_one_longer_event_is_that_event() -> None:
    article = tag(
        "She won at the Lyon 2036 Olympic Games on Monday. Her rival won at the Brisbane "
        "Olympics. At the Lyon Olympics, the youngest swimmer was 12."
    )
    assert names(article, "EVENT") == {"Lyon 2036 Olympic Games", "Brisbane Olympics"}


def test_a_title_goes_on_over_for_the_before_its_portfolio() -> None:
    article = tag("Regional Minister for the Economy Anne-Marie Dufresnoy welcomed the listing.")
    assert names(article, "PERSON") == {"Anne-Marie Dufresnoy"}
    assert not names(article, "ORG")
