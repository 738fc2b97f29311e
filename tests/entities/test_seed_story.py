"""The seed story pinned: the shared wire sample, and the project's own story in its style.

The shared sample (`../shared/seeds/000_5590fbeaf86f4176.txt`) is read in place and
cleaned by hand (see `seed_article`); its test is skipped when the folder is absent.
`001_g20_bali_walkout.json` is the project's own story about the same meeting, with
the same kind of caption and pool credit, and always runs.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from pipeline.entities import tag_article
from tests.entities.evaluation import EVAL_DIR, SHARED_DIR, article_of, seed_article
from tests.entities.helpers import entity

SEED = SHARED_DIR / "seeds" / "000_5590fbeaf86f4176.txt"


@pytest.fixture(scope="module")
def seed() -> dict[str, Any]:
    if not SEED.is_file():
        pytest.skip("shared seed story not available")
    return tag_article(seed_article(SEED.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def own_story() -> dict[str, Any]:
    story = json.loads((EVAL_DIR / "001_g20_bali_walkout.json").read_text(encoding="utf-8"))
    return tag_article(article_of(story))


def _assert_offsets_are_mentions(article: dict[str, Any]) -> None:
    for e in article["entities"]:
        for start, end in e["offsets"]:
            assert article["body"][start:end] in e["aliases"]


def test_seed_persons(seed: dict[str, Any]) -> None:
    expected = {
        "Antony Blinken",
        "Melanie Joly",
        "Sergei Lavrov",
        "Wang Yi",
        "Annalena Baerbock",
        "Dmytro Kuleba",
        "Catherine Colonna",
        "Josep Borrell",
    }
    assert expected <= set(seed["persons"])


def test_seed_places_and_organizations(seed: dict[str, Any]) -> None:
    assert {"Bali", "Indonesia", "Ukraine", "Russia", "China"} <= set(seed["places"])
    assert {"G20", "AFP", "EU", "Kremlin"} <= set(seed["organizations"])


def test_seed_blinken_is_one_entity_with_every_mention(seed: dict[str, Any]) -> None:
    blinken = entity(seed, "Antony Blinken", "PERSON")
    assert {"Blinken", "Antony Blinken"} <= set(blinken["aliases"])
    assert len(blinken["offsets"]) >= 3
    assert any("Secretary of State" in role for role in blinken["roles"])
    assert not [e for e in seed["entities"] if e["name"] == "Blinken"]
    _assert_offsets_are_mentions(seed)


def test_seed_photographer_is_credit_only(seed: dict[str, Any]) -> None:
    assert "Dita Alangkara" not in seed["persons"]
    photographer = entity(seed, "Dita Alangkara", "PERSON")
    assert photographer["sources"] == ["credit"]
    assert photographer["roles"] == ["photographer"]
    assert entity(seed, "TASS", "ORG")["sources"] == ["credit"]


def test_seed_places_are_mapped(seed: dict[str, Any]) -> None:
    bali = entity(seed, "Bali", "PLACE")
    assert bali["country_code"] == "ID"
    assert bali["location"]["lat"] == pytest.approx(-8.4, abs=0.5)
    assert {"ID", "UA", "RU", "CN"} <= set(seed["countries"])
    assert len(seed["place_locations"]) >= 5


def test_own_story_people_places_and_organizations(own_story: dict[str, Any]) -> None:
    assert {
        "Antony Blinken",
        "Sergei Lavrov",
        "Wang Yi",
        "Annalena Baerbock",
        "Dmytro Kuleba",
        "Josep Borrell",
        "Retno Marsudi",
    } <= set(own_story["persons"])
    assert {"Bali", "Indonesia", "Ukraine", "Russia", "China", "United States", "Nusa Dua"} <= set(
        own_story["places"]
    )
    assert {"G20", "AFP", "EU", "Kremlin"} <= set(own_story["organizations"])


def test_own_story_merges_blinken_and_governments(own_story: dict[str, Any]) -> None:
    blinken = entity(own_story, "Antony Blinken", "PERSON")
    assert blinken["mentions"] >= 3
    assert {"Blinken", "Antony Blinken"} <= set(blinken["aliases"])
    # "Washington had seen no signs", "Moscow keeps telling": the governments.
    assert "Washington" in entity(own_story, "United States", "PLACE")["aliases"]
    assert "Moscow" in entity(own_story, "Russia", "PLACE")["aliases"]
    assert {"EU", "European Union"} <= set(entity(own_story, "EU", "ORG")["aliases"])
    _assert_offsets_are_mentions(own_story)


def test_own_story_credit_and_dateline(own_story: dict[str, Any]) -> None:
    assert "Ketut Wirawan" not in own_story["persons"]
    assert entity(own_story, "Ketut Wirawan", "PERSON")["sources"] == ["credit"]
    nusa_dua = entity(own_story, "Nusa Dua", "PLACE")
    assert set(nusa_dua["sources"]) == {"caption", "dateline"}
    assert nusa_dua["country_code"] == "ID"
    assert "EPA" not in own_story["organizations"]  # only the credit line names it
    event = entity(own_story, "G20 Foreign Ministers' Meeting", "EVENT")
    assert event["sources"] == ["caption"]
