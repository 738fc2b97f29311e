"""Shapes of names that no lexicon lists, one class per test, on invented names.

Each test covers a kind of name wire copy holds in many forms (legal forms and
institution heads per language, places that start companies, surnames that are
places, adjectives before a surname, two companies joined by "and"), so the
rules are checked on names the evaluation stories do not contain.
"""

from __future__ import annotations

import pytest

from tests.entities.helpers import entity, names, tag

# -- organisations in German, French, Spanish and Polish copy ------------------------


def test_german_institutions_named_by_a_compound_and_their_place() -> None:
    article = tag(
        "Das Landgericht Kesselheim verurteilte den Manager. Die Stadtwerke Ohrnbach und die "
        "Sparkasse Wendel-Auheim erhöhten die Preise, die Staatsanwaltschaft Brelingen ermittelt.",
        language="de",
    )
    assert {
        "Landgericht Kesselheim",
        "Stadtwerke Ohrnbach",
        "Sparkasse Wendel-Auheim",
        "Staatsanwaltschaft Brelingen",
    } <= names(article, "ORG")


def test_german_lower_case_legal_forms_and_articles_between_nouns() -> None:
    article = tag(
        "Die Raiffwald Volksbank eG und der Vorstand der Tannried Logistik GmbH & Co. KG "
        "einigten sich mit der Gewerkschaft der Zugbegleiter.",
        language="de",
    )
    orgs = names(article, "ORG")
    assert {
        "Raiffwald Volksbank eG",
        "Tannried Logistik GmbH & Co. KG",
        "Gewerkschaft der Zugbegleiter",
    } <= orgs
    assert not any(name.startswith("Vorstand") for name in orgs)


def test_french_family_firms_and_lower_case_institutions() -> None:
    article = tag(
        "Les Établissements Garrivaud et Fils ont été repris, selon la Chambre de commerce et "
        "d'industrie de Montbrison.",
        language="fr",
    )
    assert {
        "Établissements Garrivaud et Fils",
        "Chambre de commerce et d'industrie de Montbrison",
    } <= names(article, "ORG")


def test_spanish_heads_after_an_article_that_also_names_a_town() -> None:
    # "El Banco" is a town in Colombia and "La Junta" one in Colorado.
    article = tag(
        "El Banco Ribereño financia la obra. La Junta de Extremadura y el Ayuntamiento de "
        "Cabezuela la aprobaron.",
        language="es",
    )
    orgs = names(article, "ORG")
    assert {"Banco Ribereño", "Junta de Extremadura", "Ayuntamiento de Cabezuela"} <= orgs
    assert "El Banco" not in names(article, "PLACE")


def test_polish_companies_with_their_legal_form_and_generic_noun() -> None:
    article = tag(
        "Firma Wodotech Mazury Sp. z o.o. wygrała przetarg. Zakłady Mięsne Pogorzel "
        "sp. z o.o. zwolnią 80 osób.",
        language="pl",
    )
    orgs = names(article, "ORG")
    assert {"Wodotech Mazury Sp. z o.o.", "Zakłady Mięsne Pogorzel sp. z o.o."} <= orgs
    assert not any(name.startswith("Firma") for name in orgs)


# -- English shapes -------------------------------------------------------------------


def test_two_companies_joined_by_and_stay_two() -> None:
    article = tag(
        "Corran Salt Holdings and Veskel Timber Partners will merge, the Securities and "
        "Exchange Commission said, and Duvall et Fils agreed."
    )
    assert {
        "Corran Salt Holdings",
        "Veskel Timber Partners",
        "Securities and Exchange Commission",
    } <= names(article, "ORG")


@pytest.mark.parametrize("company", ["Boston Quarrywell", "Lisbon Tram Operators"])
def test_a_city_that_starts_a_company_name_is_no_persons_name(company: str) -> None:
    article = tag(f"Shares in {company} rose after the results. {company} said demand grew.")
    assert company in names(article, "ORG")
    assert names(article, "PERSON") == set()


def test_a_small_towns_name_still_starts_a_persons_name() -> None:
    article = tag("Shelby Cranwell, a nurse, said the ward was full.")
    assert names(article, "PERSON") == {"Shelby Cranwell"}


def test_a_surname_that_is_a_capital_stays_the_person_when_it_acts() -> None:
    article = tag("Analyst Rui Lima said prices rose. Lima expects more gains in Lima.")
    assert entity(article, "Rui Lima", "PERSON")["mentions"] == 2
    assert "Peru" not in names(article, "PLACE")


@pytest.mark.parametrize(
    "headline",
    ["Confident Osei says budget will pass", "Embattled Osei defends budget"],
)
def test_an_adjective_opening_a_headline_is_no_given_name(headline: str) -> None:
    article = tag("Prime Minister Kwame Osei said the budget was fair.", headline=headline)
    assert names(article, "PERSON") == {"Kwame Osei"}
    assert entity(article, "Kwame Osei")["sources"] == ["body", "headline"]


def test_an_adjective_before_a_newsmakers_surname() -> None:
    article = tag("Weary Zelensky met reporters in Kyiv. Syrian leader Bashar al-Assad spoke.")
    assert names(article, "PERSON") == {"Volodymyr Zelensky", "Bashar al-Assad"}


def test_a_surname_without_its_particle_is_the_same_person() -> None:
    article = tag("President Bashar al-Assad spoke. Later, Assad said the war would end.")
    assert entity(article, "Bashar al-Assad", "PERSON")["mentions"] == 2
