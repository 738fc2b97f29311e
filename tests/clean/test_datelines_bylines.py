from __future__ import annotations

import pytest

from pipeline.clean import parse_byline, parse_dateline, split_dateline


def _dateline(raw, place, date, agency):
    return {"raw": raw, "place": place, "date": date, "agency": agency}


@pytest.mark.parametrize(
    ("paragraph", "dateline", "rest"),
    [
        ("NUSA DUA, Indonesia, July 9 (Reuters) - Blinken said",
         _dateline("NUSA DUA, Indonesia, July 9 (Reuters) -", "NUSA DUA, Indonesia", "July 9",
                   "Reuters"), "Blinken said"),
        ("WASHINGTON (AP) — The Senate", _dateline("WASHINGTON (AP) —", "WASHINGTON", None, "AP"),
         "The Senate"),
        ("Paris, 8 juil 2022 (AFP) - Le gouvernement",
         _dateline("Paris, 8 juil 2022 (AFP) -", "Paris", "8 juil 2022", "AFP"), "Le gouvernement"),
        ("Tegucigalpa, Jan 2 (EFE).- Test", _dateline("Tegucigalpa, Jan 2 (EFE).-", "Tegucigalpa",
                                                      "Jan 2", "EFE"), "Test"),
        ("San Diego (tca/dpa) - History", _dateline("San Diego (tca/dpa) -", "San Diego", None,
                                                    "dpa"), "History"),
        ("Frankfurt/Main (dpa) - Die", _dateline("Frankfurt/Main (dpa) -", "Frankfurt/Main", None,
                                                 "dpa"), "Die"),
        ("Jan 3 (Reuters) - Residents", _dateline("Jan 3 (Reuters) -", None, "Jan 3", "Reuters"),
         "Residents"),
        ("SEOUL, Nov 26 AFP - Samsung", _dateline("SEOUL, Nov 26 AFP -", "SEOUL", "Nov 26", "AFP"),
         "Samsung"),
        ("København /ritzau/: En mand", _dateline("København /ritzau/:", "København", None,
                                                  "Ritzau"), "En mand"),
        ("OTTAWA - A Manitoba man", _dateline("OTTAWA -", "OTTAWA", None, None), "A Manitoba man"),
        ("Gaza City, Palestinian Territories, May 16, 2021 (AFP) - Israel",
         _dateline("Gaza City, Palestinian Territories, May 16, 2021 (AFP) -",
                   "Gaza City, Palestinian Territories", "May 16, 2021", "AFP"), "Israel"),
    ],
)
def test_split_dateline(paragraph, dateline, rest):
    assert split_dateline(paragraph) == (dateline, rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Nutrisystem Inc. (NTRI) on Monday reported a profit.",
        "The company (NTRI) - said nothing.",
        "U.S. officials (speaking anonymously) - said the talks failed.",
        "Von den Plänen des Senats ist wenig zu sehen.",
    ],
)
def test_story_openings_are_not_datelines(paragraph):
    assert split_dateline(paragraph) == (None, paragraph)


def test_format_dateline_fields():
    assert parse_dateline("STOCKHOLM, Aug 29, 2014 (AFP) -") == _dateline(
        "STOCKHOLM, Aug 29, 2014 (AFP) -", "STOCKHOLM", "Aug 29, 2014", "AFP")
    assert parse_dateline("FORT WASHINGTON, Pa.") == _dateline(
        "FORT WASHINGTON, Pa.", "FORT WASHINGTON, Pa.", None, None)
    assert parse_dateline("MOSCOW, Monday (Reuters)")["date"] == "Monday"
    assert parse_dateline("Försvar TT") == _dateline("Försvar TT", "Försvar", None, "TT")


@pytest.mark.parametrize(
    ("paragraph", "byline"),
    [
        ("By Jane Doe, Reuters", "Jane Doe, Reuters"),
        ("By PAUL BYRNE and ALMUDENA CALATRAVA", "Paul Byrne and Almudena Calatrava"),
        ("Von Christian Hollmann, dpa", "Christian Hollmann, dpa"),
        ("By Sam Lister, Press Association Political Correspondent",
         "Sam Lister, Press Association Political Correspondent"),
        ("By JANE MORALES and TOM BECKER Associated Press",
         "Jane Morales and Tom Becker, Associated Press"),
        ("Par Jean-Luc Martin, AFP", "Jean-Luc Martin, AFP"),
    ],
)
def test_parse_byline(paragraph, byline):
    assert parse_byline(paragraph) == byline


@pytest.mark.parametrize(
    "paragraph",
    [
        "By contrast, the company said it would not comment.",
        "Von Berlin aus fährt der Zug weiter nach Hamburg.",
        "Par ailleurs, le ministre a démenti.",
        "Por la tarde, el presidente habló con la prensa.",
        "By the end of the year, prices had doubled.",
    ],
)
def test_sentences_are_not_bylines(paragraph):
    assert parse_byline(paragraph) is None
