"""Short fields are held to their limits, and values a field cannot hold leave it empty
without costing the story (see pipeline/clean/limits.py)."""

from __future__ import annotations

import json

import pytest

from pipeline.clean.limits import (
    BYLINE_LIMIT,
    DATELINE_LIMIT,
    GUID_LIMIT,
    HEADLINE_LIMIT,
    MARK,
    SLUGLINE_LIMIT,
    SOURCE_LIMIT,
    SUBJECT_LIMIT,
    SUBJECTS,
    bounded,
)
from pipeline.enrich import enrich_story
from tests.hostile.index_fit import (
    TERM_BYTES,
    UTF8_BYTES_PER_CHARACTER,
    assert_fits_the_index,
    keyword_fields,
)
from tests.hostile.inputs import ninjs


def test_every_keyword_field_keeps_long_values_out_of_its_terms() -> None:
    for path, limits in keyword_fields().items():
        for limit in limits:
            assert limit is not None, f"{path} has no ignore_above"
            assert limit * UTF8_BYTES_PER_CHARACTER <= TERM_BYTES, path


def test_the_limits_fit_in_the_index() -> None:
    limits = {path: min(x for x in found if x) for path, found in keyword_fields().items()}
    assert limits["guid"] >= GUID_LIMIT
    assert limits["headline"] >= HEADLINE_LIMIT
    assert limits["byline"] >= BYLINE_LIMIT
    assert limits["slugline"] >= SLUGLINE_LIMIT
    assert limits["source"] >= SOURCE_LIMIT
    assert limits["dateline.place"] >= DATELINE_LIMIT
    assert limits["subjects"] >= SUBJECT_LIMIT


def test_a_long_value_is_cut_at_a_word_and_marked() -> None:
    cut = bounded("word " * 200, 100)
    assert len(cut) <= 100
    assert cut.endswith("word" + MARK)
    assert bounded("short", 100) == "short"


def test_over_long_fields_are_held_to_their_limits() -> None:
    article = enrich_story(
        ninjs(
            "Text of the story.",
            guid="g" * 1_000_000,
            headline="Headline word " * 10_000,
            byline="JANE DOE " * 10_000,
            slugline="slug-" * 10_000,
            dateline="PARIS " * 10_000,
            source="Agency " * 10_000,
            subjects=[{"name": f"subject {i} " * 100} for i in range(1000)],
            urgency=10**15,
        )
    )
    assert_fits_the_index(dict(article))
    assert article["guid"].startswith("sha1:") and len(article["guid"]) <= GUID_LIMIT
    for field, limit in (("headline", HEADLINE_LIMIT), ("byline", BYLINE_LIMIT),
                         ("slugline", SLUGLINE_LIMIT), ("source", SOURCE_LIMIT)):
        value = article[field]  # type: ignore[literal-required]
        assert value.endswith(MARK) and len(value) <= limit, field
    assert article["dateline"] and len(article["dateline"]["raw"]) <= DATELINE_LIMIT
    assert len(article["subjects"]) == SUBJECTS
    assert all(len(subject) <= SUBJECT_LIMIT for subject in article["subjects"])
    assert article["urgency"] is None
    assert article["body"] == "Text of the story."


def test_long_guids_stay_apart_and_stable() -> None:
    first, second = ("x" * 1000 + tail for tail in ("a", "b"))
    ids = [enrich_story(ninjs("Text.", guid=guid))["guid"] for guid in (first, second, first)]
    assert ids[0] != ids[1] and ids[0] == ids[2]


def test_a_long_message_key_is_held_to_the_guid_limit() -> None:
    article = enrich_story(b"Text of a story without a guid.", key="k" * 100_000)
    assert article["guid"].startswith("sha1:") and len(article["guid"]) <= GUID_LIMIT
    assert enrich_story(b"Text.", key="short-key")["guid"] == "short-key"


def test_a_body_paragraph_too_long_for_a_byline_stays_in_the_body() -> None:
    name = "Jane " + "Doe" * 300
    article = enrich_story(f"By {name}\n\nText of the story.".encode())
    assert article["byline"] is None
    assert name in article["body"]


@pytest.mark.parametrize(
    "stamp",
    ["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "2024-01-01" + " " * 5000 + "x"],
)
def test_a_timestamp_out_of_range_empties_its_field_and_keeps_the_story(stamp: str) -> None:
    article = enrich_story(
        ninjs("Text of the story.", versioncreated=stamp, firstcreated=stamp, embargoed=stamp)
    )
    assert article["versioncreated"] is None
    assert article["firstcreated"] is None
    assert article["embargo"] is None
    assert article["body"] == "Text of the story."


def test_a_timestamp_in_range_is_kept_in_four_digit_years() -> None:
    article = enrich_story(ninjs("Text.", versioncreated="0999-01-01T12:00:00Z"))
    assert article["versioncreated"] == "0999-01-01T12:00:00Z"
    json.dumps(article)
