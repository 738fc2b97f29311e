"""Towns and regions from the gazetteer in invented stories, and names that only look like places."""

from __future__ import annotations

import pytest

from tests.entities.helpers import entity, names, tag


@pytest.mark.parametrize(
    ("language", "body", "places"),
    [
        (
            "en",
            "Floodwater reached homes in Paiporta, Catarroja and Sedavi on Tuesday, "
            "the regional government said.",
            {"Paiporta", "Catarroja", "Sedaví"},
        ),
        (
            "es",
            "Las ayudas llegarán a los vecinos de Paiporta, Catarroja y Sedaví, según la Generalitat.",
            {"Paiporta", "Catarroja", "Sedaví"},
        ),
        (
            "de",
            "Der Konzern verlagert Stellen nach Lissabon und Krakau, sagte ein Sprecher am Montag.",
            {"Lisbon", "Kraków"},
        ),
        ("pl", "Woda zalała w nocy Nysę i Kłodzko, poinformował wojewoda.", {"Nysa", "Kłodzko"}),
        (
            "fr",
            "Les vendanges ont commencé à Libourne et Cognac, selon la chambre d'agriculture.",
            {"Libourne", "Cognac"},
        ),
        (
            "en",
            "The outbreak spread from Kayseri to Nevsehir and Aksaray, the ministry said.",
            {"Kayseri", "Nevşehir", "Aksaray"},
        ),
        (
            "en",
            "Police in Tulsa, Oklahoma, and Wichita, Kansas, made arrests.",
            {"Tulsa", "Oklahoma", "Wichita", "Kansas"},
        ),
    ],
)
def test_small_towns_listed_after_a_place_are_places(
    language: str, body: str, places: set[str]
) -> None:
    assert names(tag(body, language=language), "PLACE") == places


def test_spellings_without_diacritics_keep_the_canonical_name() -> None:
    article = tag("Officials in Krakow and Gdansk said the trains would run again on Friday.")
    assert entity(article, "Kraków", "PLACE")["country_code"] == "PL"
    assert entity(article, "Gdańsk", "PLACE")["aliases"] == ["Gdansk"]


def test_a_company_opening_with_a_city_is_the_company() -> None:
    article = tag("Boston Scientific said on Monday it would cut 300 jobs in Galway and Cork.")
    assert names(article, "ORG") == {"Boston Scientific"}
    assert names(article, "PLACE") == {"Galway", "Cork"}


def test_a_legal_form_after_a_capital_makes_a_company() -> None:
    article = tag("Lima Holdings, a fishing company, reported higher profits on Thursday.")
    assert names(article, "ORG") == {"Lima Holdings"}
    assert names(article, "PLACE") == set()


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Jackson said the bill would pass. Senator Tom Jackson has backed it.", "Tom Jackson"),
        ("Florence Pugh arrived at the premiere on Sunday.", "Florence Pugh"),
        ("Victoria Beckham walked the red carpet on Sunday.", "Victoria Beckham"),
        ("In Paris, Florence Smith said the museum would reopen.", "Florence Smith"),
    ],
)
def test_people_named_like_places_stay_people(body: str, person: str) -> None:
    article = tag(body)
    assert names(article, "PERSON") == {person}
    assert names(article, "PLACE") <= {"Paris"}


def test_a_town_after_a_place_needs_the_list_to_go_on() -> None:
    article = tag("Prices rose in Madrid, Sedavi said on Tuesday.")
    assert names(article, "PLACE") == {"Madrid"}


def test_korean_cities_are_found_without_their_division_suffix() -> None:
    article = tag("The airline links Jeju with Gimpo, Cheongju and Gwangju.")
    assert {"Jeju", "Gimpo", "Cheongju", "Gwangju"} <= names(article, "PLACE")
    assert entity(article, "Cheongju")["country_code"] == "KR"


def test_parts_of_europe_are_places_in_the_languages_of_its_copy() -> None:
    article = tag("Os preços subiram na Europa Ocidental e na Península Ibérica.", language="pt")
    assert names(article, "PLACE") == {"Western Europe", "Iberian Peninsula"}
