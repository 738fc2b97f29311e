"""Headlines lose the desk's version mark glued before them, whatever the format; the mark
becomes the signal it stands for.

All copy is invented for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.clean import clean_story
from pipeline.clean.headlines import split_version_mark
from pipeline.model import RawStory


@pytest.mark.parametrize(
    ("headline", "plain", "signals"),
    [
        (
            "UPDATE 2-Dockers end strike at Rotterdam port",
            "Dockers end strike at Rotterdam port",
            ["update"],
        ),
        ("REFILE-Zinc smelter to close in May", "Zinc smelter to close in May", ["update"]),
        (
            "CORRECTED-UPDATE 1-Ferry operator cuts routes",
            "Ferry operator cuts routes",
            ["correction", "update"],
        ),
        ("ACTUALIZA 1-Chile sube la tasa de interés", "Chile sube la tasa de interés", ["update"]),
        ("MISE À JOUR 2-La grève se poursuit à Lyon", "La grève se poursuit à Lyon", ["update"]),
    ],
)
def test_a_version_mark_glued_before_the_headline_goes(
    headline: str, plain: str, signals: list[str]
) -> None:
    assert split_version_mark(headline) == (plain, signals)


@pytest.mark.parametrize(
    "headline",
    [
        "UPDATE - what we know about the flood",
        "Update-free phones sold out in a day",
        "COVID-19 cases fall for a third week",
        "Airline posts record profit",
    ],
)
def test_other_headlines_keep_their_words(headline: str) -> None:
    assert split_version_mark(headline) == (headline, [])


def test_the_mark_goes_from_a_delivered_and_a_plain_text_headline() -> None:
    body = "OSLO, Nov 3 (Reuters) - The ferry operator cut two routes on Tuesday.\n\nMore follows."
    delivered = clean_story(
        RawStory(format="anpa", body=body, headline="UPDATE 1-Ferry cuts", signals=["update"])
    )
    assert (delivered["headline"], delivered["signals"]) == ("Ferry cuts", ["update"])
    plain = clean_story(
        RawStory(format="text", body="CORRECTED-Ferry operator cuts routes\n\n" + body)
    )
    assert (plain["headline"], plain["signals"]) == ("Ferry operator cuts routes", ["correction"])
