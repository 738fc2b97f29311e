"""First-level divisions named in their own languages, Swiss canton codes in datelines, places
declined in Slovene, Czech and Croatian, legal forms in lower case after a comma, companies
in sentence case, and words for a kind of company before a name: one class per test, on
invented copy.
"""

from __future__ import annotations

from tests.entities.helpers import names, tag


def test_divisions_are_known_by_the_names_their_own_copy_gives_them() -> None:
    article = tag("Skogsägare i hela Gävleborgs län väntar på besked.", language="sv")
    assert "Gävleborg County" in names(article, "PLACE")
    article = tag("Firma sídlí v obci Hrádek, Liberecký kraj, už od roku 1990.", language="cs")
    assert "Liberec Region" in names(article, "PLACE")
    article = tag("Die Brauereien in Oberfranken klagen über hohe Kosten.", language="de")
    assert "Upper Franconia" in names(article, "PLACE")
    article = tag("Виноробів Закарпаття підтримала громада.", language="uk")
    assert "Zakarpattia" in names(article, "PLACE")


def test_a_division_named_after_its_seat_needs_its_division_word() -> None:
    article = tag(
        "Sjukhuset i Uppsala län får nya pengar, sade Karin Ödmark i Uppsala.", language="sv"
    )
    assert {"Uppsala County", "Uppsala"} <= names(article, "PLACE")


def test_a_swiss_canton_code_after_the_dateline_town_is_no_part_of_its_name() -> None:
    article = tag(
        "Die Werft baut ein neues Schiff.",
        language="de",
        dateline={"place": "Nyon VD", "raw": "Nyon VD (Keystone-SDA) -", "agency": "SDA"},
    )
    assert "Nyon" in names(article, "PLACE")
    assert "Nyon VD" not in names(article, "PLACE")


def test_slovene_copy_declines_places() -> None:
    article = tag(
        "Večino medu prodajo v Sloveniji, Avstriji in Italiji, je dejal Janez Krvina iz Maribora.",
        language="sl",
    )
    assert {"Slovenia", "Austria", "Italy", "Maribor"} <= names(article, "PLACE")


def test_czech_and_croatian_places_in_the_genitive_and_locative() -> None:
    article = tag("Turisté přijíždějí hlavně z Německa.", language="cs")
    assert "Germany" in names(article, "PLACE")
    article = tag("Ugovor je potpisan u Rijeci.", language="hr")
    assert "Rijeka" in names(article, "PLACE")


def test_a_lower_case_legal_form_after_a_comma_ends_the_name() -> None:
    article = tag("Zakázku získala firma Tesařství Hrubec, s.r.o., z Jihlavy.", language="cs")
    assert "Tesařství Hrubec, s.r.o." in names(article, "ORG")


def test_a_company_named_in_sentence_case_keeps_its_lower_case_words() -> None:
    article = tag(
        "Spoločnosť Tatranské minerálne pramene Vyšné Ružbachy, a.s. otvorí nový závod.",
        language="sk",
    )
    assert names(article, "ORG") == {"Tatranské minerálne pramene Vyšné Ružbachy, a.s."}
    article = tag("Družba Alpski med Bohinj, d.o.o., je lani prodala manj medu.", language="sl")
    assert names(article, "ORG") == {"Alpski med Bohinj, d.o.o."}


def test_a_person_before_lower_case_words_starts_no_company_name() -> None:
    article = tag(
        "Asiaa hoitaa asianajaja Outi Kallio asianajotoimisto Oulun Lakitiimi Oy:stä.",
        language="fi",
    )
    assert "Outi Kallio" in names(article, "PERSON")
    assert not any("Kallio" in name for name in names(article, "ORG"))


def test_a_word_for_a_kind_of_company_opening_a_sentence_is_no_part_of_its_name() -> None:
    article = tag("Brodogradilište Jadranski Škver d.o.o. gradit će novi trajekt.", language="hr")
    assert names(article, "ORG") == {"Jadranski Škver d.o.o."}
    article = tag("Entreprenøren Fjellsikring Nordvik AS startet arbeidet i mai.", language="no")
    assert names(article, "ORG") == {"Fjellsikring Nordvik AS"}


def test_a_preposition_of_place_after_a_word_for_a_company_leads_to_a_town() -> None:
    article = tag("Loděnice v Děčíně propustí třicet lidí.", language="cs")
    assert "Děčín" in names(article, "PLACE")
    assert not names(article, "ORG")


def test_a_body_named_for_its_seats_keeps_them_though_they_are_known_places() -> None:
    article = tag("Saken ligger hos Statsforvalteren i Troms og Finnmark nå.", language="no")
    assert names(article, "ORG") == {"Statsforvalteren i Troms og Finnmark"}
    article = tag("Det sier Statsforvalteren i Telemark, Agder og Rogaland i dag.", language="no")
    assert names(article, "ORG") == {"Statsforvalteren i Telemark, Agder og Rogaland"}
    assert not names(article, "PLACE")


def test_a_comma_after_a_seat_lists_no_further_seat_without_and() -> None:
    article = tag("Statsforvalteren i Vestland, Kari Fjelland, sier nei.", language="no")
    assert names(article, "ORG") == {"Statsforvalteren i Vestland"}
    assert names(article, "PERSON") == {"Kari Fjelland"}


def test_the_and_of_a_language_read_by_its_capitals_joins_a_company_before_its_form() -> None:
    article = tag("A Tiszai Halászati és Hűtőipari Zrt. csődöt jelentett.", language="hu")
    assert names(article, "ORG") == {"Tiszai Halászati és Hűtőipari Zrt."}


def test_a_finnish_region_or_town_before_its_council_or_court_names_a_body() -> None:
    article = tag("Pohjois-Karjalan maakuntaliitto vaatii rahaa radalle.", language="fi")
    assert names(article, "ORG") == {"Pohjois-Karjalan maakuntaliitto"}
    assert not names(article, "PLACE")


def test_brazilian_belgian_and_italian_cooperative_forms_end_a_company_name() -> None:
    article = tag("A Serra Verde Cafés Ltda. exportou mais este ano.", language="pt")
    assert names(article, "ORG") == {"Serra Verde Cafés Ltda."}
    article = tag("Het kantoor Kempen Juristen cvba tekende beroep aan.", language="nl")
    assert "Kempen Juristen cvba" in names(article, "ORG")
    article = tag("Ne fa parte la Cantina Sociale Vallarsa Soc. Coop. Agr. da anni.", language="it")
    assert "Cantina Sociale Vallarsa Soc. Coop. Agr." in names(article, "ORG")


def test_an_adjective_after_a_bodys_head_lets_its_name_go_on_over_for() -> None:
    article = tag(
        "Lo decidió la Comisión Interamericana para la Protección del Cóndor Andino ayer.",
        language="es",
    )
    assert names(article, "ORG") == {"Comisión Interamericana para la Protección del Cóndor Andino"}
    article = tag("A Comissão Técnica do Fundo da Pesca Artesanal reuniu-se.", language="pt")
    assert names(article, "ORG") == {"Comissão Técnica do Fundo da Pesca Artesanal"}
