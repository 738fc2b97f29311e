"""Roles before names, names listed with "and", abbreviations and places in every language's
copy: one class per test, on invented names.
"""

from __future__ import annotations

from tests.entities.helpers import entity, names, tag


def test_a_role_noun_opening_a_sentence_before_a_given_name_is_the_role() -> None:
    article = tag(
        "The council voted on Tuesday. Conservationist Jane Morrow said it came late. "
        "Actor Tom Ridley agreed.",
    )
    assert names(article, "PERSON") == {"Jane Morrow", "Tom Ridley"}
    assert entity(article, "Tom Ridley")["roles"] == ["Actor"]


def test_the_plural_of_a_title_before_given_names_is_the_title() -> None:
    article = tag("A bench of Justices Meera Pathak and Rohit Deshmane ruled on Monday.")
    assert names(article, "PERSON") == {"Meera Pathak", "Rohit Deshmane"}


def test_a_swedish_prosecutor_compound_is_a_title() -> None:
    article = tag(
        "Fallet prövas nu. Kammaråklagare Erik Lindqvist säger att det är allvarligt.",
        language="sv",
    )
    assert names(article, "PERSON") == {"Erik Lindqvist"}


def test_two_names_with_the_same_head_joined_by_and_are_two() -> None:
    article = tag("The ban covers Harwick Beach and Pelham Beach near the harbour town.")
    assert {"Harwick Beach", "Pelham Beach"} <= names(article, "PLACE")
    kept = tag("The Food and Drug Administration approved the drug.")
    assert names(kept, "ORG") == {"Food and Drug Administration"}


def test_a_building_is_a_place() -> None:
    article = tag("Flags at the Harrowgate Building flew at half-mast.")
    assert names(article, "PLACE") == {"Harrowgate Building"}


def test_ste_keeps_its_period_inside_a_place_name() -> None:
    article = tag("Ships sailed from Sault Ste. Marie on Monday.")
    assert "Sault Ste. Marie" in names(article, "PLACE")


def test_lower_case_legal_forms_of_central_european_and_icelandic_companies() -> None:
    czech = tag(
        "Zakázku získala společnost Vltavské Stavby spol. s r.o. minulý týden.", language="cs"
    )
    assert "Vltavské Stavby spol. s r.o." in names(czech, "ORG")
    english = tag(
        "Nordvik Seafood agreed to buy Breidafjordur Fiskur hf. and Hekla Capital ehf. on Monday."
    )
    assert {"Breidafjordur Fiskur hf.", "Hekla Capital ehf."} <= names(english, "ORG")


def test_seas_and_regions_are_found_under_the_names_other_languages_give_them() -> None:
    dutch = tag("De schepen varen naar de Noordzee en de Oostzee.", language="nl")
    assert {"North Sea", "Baltic Sea"} <= names(dutch, "PLACE")
    spanish = tag("La inversión llega a toda América Latina y al Caribe.", language="es")
    assert {"Latin America", "Caribbean"} <= names(spanish, "PLACE")
    english = tag("Freighters carried ore across the Great Lakes and into Lake Huron.")
    assert {"Great Lakes", "Lake Huron"} <= names(english, "PLACE")
