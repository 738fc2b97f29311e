"""Roles that open a sentence before a name or a body, title acronyms before names, towns
placed by a region in brackets, and towns that share their name with a person of the story:
one class per test, on invented names.
"""

from __future__ import annotations

from tests.entities.helpers import names, tag


def test_a_role_noun_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    article = tag("Bestuurder Wibbe Kornelsma wil met de directie praten.", language="nl")
    assert names(article, "PERSON") == {"Wibbe Kornelsma"}
    assert not names(article, "ORG")


def test_a_role_and_its_link_before_a_body_are_no_part_of_its_name() -> None:
    article = tag(
        "Formand for Skovby Borgerforening, Karen Holmsted, kalder prisen urimelig.",
        language="da",
    )
    assert names(article, "ORG") == {"Skovby Borgerforening"}
    assert names(article, "PERSON") == {"Karen Holmsted"}


def test_a_role_before_a_body_and_the_name_after_it_stays_a_title() -> None:
    article = tag(
        "Formand for Danmarks Fiskeriforening Svend Holmsted kalder lukningen et varsel.",
        language="da",
    )
    assert names(article, "PERSON") == {"Svend Holmsted"}


def test_scandinavian_compounds_for_chiefs_and_leaders_are_titles() -> None:
    article = tag("Havnesjef Odd Kvalsund sier at det haster.", language="no")
    assert names(article, "PERSON") == {"Odd Kvalsund"}
    article = tag("Driftschefen Eva Lindkvist sade att banan öppnar.", language="sv")
    assert names(article, "PERSON") == {"Eva Lindkvist"}


def test_an_acronym_that_is_a_title_starts_no_company_name() -> None:
    article = tag("Das sagte CEO Urs Bellach am Montag.", language="de")
    assert names(article, "PERSON") == {"Urs Bellach"}
    assert not names(article, "ORG")


def test_administrators_and_collectors_are_titles() -> None:
    article = tag(
        "Administrator Eleanor Quarrell said the packer had failed. District Collector "
        "Meena Rathakrishnan called a meeting."
    )
    assert names(article, "PERSON") == {"Eleanor Quarrell", "Meena Rathakrishnan"}


def test_a_region_in_brackets_after_a_name_makes_it_a_town() -> None:
    article = tag("Les tables ostréicoles près de Vorzac (Hérault) sont fermées.", language="fr")
    assert "Vorzac" in names(article, "PLACE")


def test_a_town_placed_by_its_context_stays_a_town_beside_a_person_named_after_it() -> None:
    article = tag(
        "Havnesjef Odd Kvalsund sier at det haster. Båtene stopper fortsatt i Kvalsund.",
        language="no",
    )
    assert names(article, "PERSON") == {"Odd Kvalsund"}
    assert names(article, "PLACE") == {"Kvalsund"}
    article = tag(
        "Marlowe won. Australia's Ariarne Pellow was second, and Marlowe held off Pellow "
        "over the final lap."
    )
    assert not names(article, "PLACE") - {"Australia"}


def test_names_listed_before_a_plural_place_noun_are_places() -> None:
    article = tag(
        "Inspectors checked restaurants in the Dorim and Hwaseo districts. Floods hit the "
        "Velbrin, Sotharo and Marquessa provinces."
    )
    assert names(article, "PLACE") == {"Dorim", "Hwaseo", "Velbrin", "Sotharo", "Marquessa"}


def test_east_asian_copy_names_an_unknown_county_or_region_without_its_division() -> None:
    article = tag(
        "Farmers on the outskirts of Lianbei County sort dried dates, as they do across "
        "Yunzhou Autonomous Region and in northwest China's Ningxia Hui Autonomous Region.",
        dateline={"raw": "YINCHUAN, Nov. 2 (Xinhua) --", "place": "YINCHUAN"},
    )
    assert {"Lianbei", "Yunzhou", "Ningxia"} <= names(article, "PLACE")


def test_american_copy_keeps_a_county_named_with_its_division() -> None:
    article = tag(
        "Crews reached Quarrow County by noon.",
        dateline={"raw": "TULSA, Okla. (AP) -", "place": "TULSA"},
    )
    assert "Quarrow County" in names(article, "PLACE")


def test_a_public_body_is_named_for_both_its_seats_and_the_kind_of_division_they_are() -> None:
    article = tag(
        "Statsforvalteren i Nordheim og Vesterdal har bedt om en oversikt.", language="no"
    )
    assert names(article, "ORG") == {"Statsforvalteren i Nordheim og Vesterdal"}
    article = tag(
        "Länsstyrelsen i Ålvdals län stänger vägen. Det gäller hela Ålvdals län.", language="sv"
    )
    assert names(article, "ORG") == {"Länsstyrelsen i Ålvdals län"}


def test_a_place_in_a_bare_genitive_before_its_kind_of_division_is_named_without_it() -> None:
    article = tag("Vägen stängs i Ålvdals län i helgen.", language="sv")
    assert names(article, "PLACE") == {"Ålvdal"}


def test_a_body_that_opens_with_its_head_and_of_goes_on_over_of_and_and() -> None:
    article = tag(
        "The National Union of Dock and Ferry Workers of Cameroon called the strike. "
        "The Federation of Reed Growers of Portugal agreed, as did the Bank of Canada and "
        "Fenwick Harlan Securities."
    )
    assert {
        "National Union of Dock and Ferry Workers of Cameroon",
        "Federation of Reed Growers of Portugal",
        "Bank of Canada",
    } <= names(article, "ORG")
    assert "Cameroon" not in names(article, "PLACE")


def test_a_region_after_a_body_and_its_bracketed_acronym_is_the_bodys_branch() -> None:
    article = tag(
        "Les analyses ont été faites par l'Office régional des eaux (ORE) Occitanie. "
        "L'ORE a fermé la lagune.",
        language="fr",
    )
    assert names(article, "ORG") == {"Office régional des eaux Occitanie"}
    assert not names(article, "PLACE")
    article = tag(
        "Sul posto i tecnici dell'Ente regionale per le acque (Erac) Lombardia.", language="it"
    )
    assert names(article, "ORG") == {"Ente regionale per le acque Lombardia"}


def test_a_word_for_a_kind_of_company_that_opens_a_sentence_is_no_part_of_its_name() -> None:
    cases = [
        ("cs", "Firma Kovárna Vrbno a.s. letos očekává menší zisk.", "Kovárna Vrbno a.s."),
        ("nl", "Kaasfabriek Weelde Zuivel B.V. sluit volgend jaar.", "Weelde Zuivel B.V."),
        ("sv", "Pappersbruket Norrvik Papper AB har varslat.", "Norrvik Papper AB"),
        ("ro", "Firma Carpați Lemn SRL a anunțat program prelungit.", "Carpați Lemn SRL"),
    ]
    for language, body, company in cases:
        assert names(tag(body, language=language), "ORG") == {company}, language


def test_the_word_lists_know_more_regions_and_companies_of_the_wire() -> None:
    article = tag(
        "Barges bound for Yakutia wait, as do farmers in the Lüneburg Heath, Western Visayas "
        "and Central Maluku. Fortum, Fincantieri and Metsähallitus said nothing."
    )
    assert {"Yakutia", "Lüneburg Heath", "Western Visayas", "Central Maluku"} <= names(
        article, "PLACE"
    )
    assert {"Fortum", "Fincantieri", "Metsähallitus"} <= names(article, "ORG")
    article = tag("Kapadokya'da balon uçuşları durdu.", language="tr")
    assert names(article, "PLACE") == {"Cappadocia"}


def test_hotels_and_pools_end_organisations_names() -> None:
    article = tag(
        "The resorts, including the Marlen Cove Hotel, must connect to the sewer. Farmers may "
        "apply to the Orchard Insurance Pool for support."
    )
    assert names(article, "ORG") == {"Marlen Cove Hotel", "Orchard Insurance Pool"}
    assert not names(article, "PERSON")
