"""The tagger's rules, one behaviour per test, on sentences written for them."""

from __future__ import annotations

import pytest

from pipeline.entities import (
    canonicalise,
    find_candidates,
    lookup_place,
    split_title,
    tag_article,
    tokenize,
)
from pipeline.entities.lexicons import load_lexicons
from tests.entities.helpers import entity, names, tag

# -- building blocks -----------------------------------------------------------


def test_split_title_separates_affiliation_title_and_name() -> None:
    tokens = tokenize("U.S. Secretary of State Antony Blinken")
    split = split_title(tokens, load_lexicons())
    assert split is not None
    assert [t.text for t in tokens[split.title_start : split.title_end]] == [
        "Secretary",
        "of",
        "State",
    ]
    assert [t.text for t in tokens[split.title_end :]] == ["Antony", "Blinken"]


def test_split_title_needs_a_name_after_the_title() -> None:
    assert split_title(tokenize("the Foreign Minister"), load_lexicons()) is None


@pytest.mark.parametrize(
    ("name", "canonical", "country"),
    [
        ("Bali", "Bali", "ID"),
        ("Kiev", "Kyiv", "UA"),
        ("U.S.", "United States", "US"),
        ("Britain", "United Kingdom", "GB"),
        ("ZURICH", "Zürich", "CH"),
        ("Sao Paulo", "São Paulo", "BR"),
    ],
)
def test_lookup_place_knows_names_and_spellings(name: str, canonical: str, country: str) -> None:
    place = lookup_place(name)
    assert place is not None
    assert (place.name, place.country_code) == (canonical, country)
    assert place.lat is not None and place.lon is not None


def test_lookup_place_maps_a_country_at_its_capital() -> None:
    indonesia = lookup_place("Indonesia")
    jakarta = lookup_place("Jakarta")
    assert indonesia is not None and jakarta is not None
    assert (indonesia.lat, indonesia.lon) == (jakarta.lat, jakarta.lon)
    assert lookup_place("Quillmarsh") is None


def test_find_candidates_types_and_offsets() -> None:
    text = "Halvorsen chief executive Ingrid Solbakken said on Monday in Oslo."
    mentions = {m.text: m for m in find_candidates(text)}
    person = mentions["Ingrid Solbakken"]
    assert person.type == "PERSON"
    assert person.roles == ["Halvorsen chief executive"]
    assert text[person.start : person.end] == "Ingrid Solbakken"
    assert mentions["Oslo"].type == "PLACE"
    assert mentions["Halvorsen"].cue == "sentence-start"  # untyped until canonicalised
    assert "Monday" not in mentions


def test_canonicalise_merges_surname_mentions() -> None:
    text = "Foreign Minister Sergei Lavrov left. Lavrov said nothing. Later Lavrov returned."
    [lavrov] = canonicalise(find_candidates(text))
    assert lavrov["name"] == "Sergei Lavrov"
    assert lavrov["mentions"] == 3
    assert lavrov["roles"] == ["Foreign Minister"]


# -- people ----------------------------------------------------------------------


def test_unknown_names_become_people_by_their_context() -> None:
    article = tag(
        "Tavita Oloasu-Marr, a fisheries official, said the catch had halved. "
        "Defense attorney Harlan Voss argued otherwise, and coach Zvonimir Pavletic agreed."
    )
    assert {"Tavita Oloasu-Marr", "Harlan Voss", "Zvonimir Pavletic"} <= set(article["persons"])
    assert entity(article, "Harlan Voss")["roles"] == ["Defense attorney"]


def test_a_regnal_title_stays_in_a_one_word_name() -> None:
    article = tag("Pope Francis met King Charles III and Mr. Tobias Wrenfield in Rome.")
    assert {"Pope Francis", "King Charles III", "Tobias Wrenfield"} <= set(article["persons"])
    assert entity(article, "Tobias Wrenfield")["roles"] == []


def test_town_names_inside_a_persons_name_do_not_make_places() -> None:
    article = tag(
        "The company's chief executive, Joaquim Albuquerque Teles, said the damage was limited."
    )
    assert article["persons"] == ["Joaquim Albuquerque Teles"]
    assert article["places"] == []


def test_a_lone_surname_of_a_known_newsmaker_is_named_in_full() -> None:
    article = tag("What Lukashenko and Putin are doing is not migration, Tusk said.")
    assert {"Alexander Lukashenko", "Vladimir Putin", "Donald Tusk"} <= set(article["persons"])


# -- organisations ----------------------------------------------------------------


def test_organisations_by_suffix_acronym_and_short_name() -> None:
    article = tag(
        "Veltrana Logistics Group agreed to the deal. The Joint Chiefs of Staff (JCS) said the "
        "missile fell into the sea. Veltrana said it would keep its staff, the JCS added."
    )
    assert {"Veltrana Logistics Group", "Joint Chiefs of Staff"} <= set(article["organizations"])
    assert entity(article, "Veltrana Logistics Group")["mentions"] == 2
    assert "JCS" in entity(article, "Joint Chiefs of Staff")["aliases"]


def test_known_institutions_and_agencies_have_canonical_names() -> None:
    article = tag(
        "The European Union and the EU's partners at the United Nations told dpa and AFP."
    )
    assert {"EU", "UN", "dpa", "AFP"} <= set(article["organizations"])
    assert {"European Union", "EU"} <= set(entity(article, "EU")["aliases"])


def test_an_employer_before_a_role_is_an_organisation() -> None:
    article = tag("Dinamo Karlovac head coach Zvonimir Pavletic said his players were tired.")
    assert "Dinamo Karlovac" in article["organizations"]
    assert "Zvonimir Pavletic" in article["persons"]


# -- places -------------------------------------------------------------------------


def test_capitals_as_governments_and_as_cities() -> None:
    article = tag(
        "Washington saw no progress after talks in Moscow, while Beijing's envoy stayed home."
    )
    assert "Washington" in entity(article, "United States")["aliases"]
    assert entity(article, "Moscow", "PLACE")["country_code"] == "RU"
    assert "Beijing" in entity(article, "China")["aliases"]


def test_a_capital_the_sentence_leaves_open_follows_the_story() -> None:
    article = tag("Washington saw no progress. Lavrov would not chase Washington for talks.")
    united_states = entity(article, "United States")
    assert united_states["mentions"] == 2
    assert "Washington" not in article["places"]
    floods = tag("Floods paralysed Bangkok for weeks in 2011.")
    assert floods["places"] == ["Bangkok"]


def test_unknown_places_from_their_context() -> None:
    article = tag(
        "The ministers met in Nusa Dua, Bali, and later flew to the village of Kanda-Minami."
    )
    nusa_dua = entity(article, "Nusa Dua", "PLACE")
    assert nusa_dua["country_code"] == "ID"
    assert "location" not in nusa_dua
    assert "Kanda-Minami" in article["places"]


def test_place_locations_and_countries_for_maps() -> None:
    article = tag("Floods hit Lagos and Abuja in Nigeria.")
    assert article["countries"] == ["NG"]
    assert len(article["place_locations"]) == 3
    assert all(set(point) == {"lat", "lon"} for point in article["place_locations"])


def test_a_prefecture_is_its_place() -> None:
    article = tag("Toyota will build a plant in Fukuoka Prefecture.")
    assert entity(article, "Fukuoka", "PLACE")["country_code"] == "JP"


# -- the other texts of an article -------------------------------------------------------


def test_title_case_headline_keeps_only_names_it_can_vouch_for() -> None:
    article = tag(
        "Secretary of State Antony Blinken said Russia was isolated.",
        headline="Blinken Says Russia Shows No Signs Of Diplomacy",
    )
    assert entity(article, "Antony Blinken")["sources"] == ["body", "headline"]
    assert names(article, "PERSON") == {"Antony Blinken"}
    assert names(article, "ORG") == set()


def test_captions_dateline_and_credits() -> None:
    article = tag(
        "The minister arrived on Friday.",
        captions=[
            {
                "text": "Canadian Foreign Minister Melanie Joly arrives in Nusa Dua, Bali.",
                "credit": {
                    "raw": "EPA/DITA ALANGKARA / POOL / TASS",
                    "agencies": ["EPA", "TASS"],
                    "photographers": ["DITA ALANGKARA"],
                    "pool": True,
                },
            }
        ],
        dateline={
            "raw": "NUSA DUA, Indonesia, July 9 (Reuters) -",
            "place": "NUSA DUA, Indonesia",
            "date": "July 9",
            "agency": "Reuters",
        },
    )
    assert entity(article, "Melanie Joly")["sources"] == ["caption"]
    assert "Melanie Joly" in article["persons"]
    photographer = entity(article, "Dita Alangkara")
    assert (photographer["sources"], photographer["roles"]) == (["credit"], ["photographer"])
    assert "Dita Alangkara" not in article["persons"]
    assert set(entity(article, "Nusa Dua")["sources"]) == {"caption", "dateline"}
    assert "Indonesia" in article["places"]
    assert entity(article, "Reuters", "ORG")["sources"] == ["dateline"]
    # The agency that files the story is one of its organisations; picture agencies are not.
    assert article["organizations"] == ["Reuters"]


@pytest.mark.parametrize(
    ("agency", "expected"),
    [("APA/dpa", ["APA", "dpa"]), ("dpa/lby", ["dpa"]), ("Europa Press", ["Europa Press"])],
)
def test_every_agency_of_a_dateline_is_an_organisation(agency: str, expected: list[str]) -> None:
    article = tag(
        "Prices rose.", dateline={"raw": f"({agency}) -", "place": None, "agency": agency}
    )
    assert article["organizations"] == expected


def test_a_dateline_whose_agency_field_keeps_the_first_agency_still_names_both() -> None:
    # The cleaner files "Vienna (APA/dpa) -" under APA; dpa is in the raw dateline.
    dateline = {"raw": "VIENNA (APA/dpa) -", "place": "VIENNA", "agency": "APA"}
    assert tag("Prices rose.", dateline=dateline)["organizations"] == ["APA", "dpa"]


def test_copy_in_a_language_not_read_is_tagged_with_known_names_only() -> None:
    article = tag(
        "Ríkisstjórnin í Stockholm ræðir fjárlögin við Ukraine og Evrópsku Hansen.",
        language="is",
    )
    assert {"Stockholm", "Ukraine"} <= set(article["places"])
    assert article["persons"] == [] and article["organizations"] == []


def test_german_capitals_need_evidence_of_a_name() -> None:
    article = tag(
        "Die Bundesregierung in Berlin will den Haushalt mit der Europäischen Union abstimmen. "
        "Der Chemiekonzern Saalfelder Farben GmbH streicht Stellen, sagte Betriebsratschef "
        "Jens Oberdorf. Thüringens Wirtschaftsministerin Anja Kroll kritisierte die Pläne. "
        "Die Gewerkschaft Verdi rief zum Streik im Hafen auf.",
        language="de",
    )
    assert names(article, "PERSON") == {"Jens Oberdorf", "Anja Kroll"}
    assert {"Saalfelder Farben GmbH", "EU", "Verdi"} <= names(article, "ORG")
    assert "Bundesregierung" not in article["organizations"]
    assert {"Berlin", "Thuringia"} <= names(article, "PLACE")


def test_french_institutions_elisions_and_place_names() -> None:
    article = tag(
        "L'Organisation mondiale de la santé a alerté l'Union européenne, a indiqué à l'AFP "
        "le directeur du Conseil régional du tourisme d'Alsace, Marc Ottmarsheim. Les "
        "exportations vers l'Allemagne ont chuté à Mulhouse.",
        language="fr",
    )
    assert {"WHO", "EU", "AFP", "Conseil régional du tourisme d'Alsace"} <= names(article, "ORG")
    assert names(article, "PERSON") == {"Marc Ottmarsheim"}
    assert {"Germany", "Mulhouse"} <= names(article, "PLACE")


def test_polish_declined_places_and_names() -> None:
    article = tag(
        "Premier spotkał się w Warszawie z wojewodą. Rząd premiera Donalda Tuska wesprze "
        "inwestycję w Gdańsku, a dostawy z Litwy ruszą na Dolnym Śląsku. "
        "Prezes Gazpromu Marek Brzeg powiedział, że plan jest gotowy.",
        language="pl",
    )
    assert {"Warsaw", "Gdańsk", "Lithuania", "Lower Silesia"} <= names(article, "PLACE")
    assert {"Donald Tusk", "Marek Brzeg"} <= names(article, "PERSON")
    assert "Gazprom" in names(article, "ORG")


def test_empty_and_missing_fields() -> None:
    article = tag_article({})
    assert article["entities"] == [] and article["persons"] == [] and article["countries"] == []
