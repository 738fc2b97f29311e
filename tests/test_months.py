"""The month words cleaning and dedup share: one list, read the same way by both."""

from __future__ import annotations

import re

import pytest

from pipeline.clean import parse_dateline
from pipeline.dedup.evidence import number_tokens
from pipeline.months import (
    ALL,
    DAY_FIRST,
    DAY_FIRST_ABBREVIATIONS,
    ENGLISH,
    ENGLISH_ABBREVIATIONS,
    WEEKDAYS,
    alternation,
)


def test_words_are_lower_case_and_abbreviations_kept_apart() -> None:
    assert all(word == word.lower() for word in ALL)
    assert not (ENGLISH_ABBREVIATIONS | DAY_FIRST_ABBREVIATIONS) & (ENGLISH | DAY_FIRST)


def test_weekdays_are_lower_case_and_no_month() -> None:
    assert all(word == word.lower() for word in WEEKDAYS)
    assert not WEEKDAYS & ALL


def test_the_alternation_tries_longer_words_first() -> None:
    pattern = re.compile(rf"(?:{alternation(['mar', 'march', 'marca'])})", re.I)
    assert [pattern.match(word).group() for word in ("March", "marca", "mar")] == [  # type: ignore[union-attr]
        "March",
        "marca",
        "mar",
    ]


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("PRAHA 30. listopadu (ČTK) -", "30. listopadu"),
        ("BUCUREŞTI, 8 decembrie (Agerpres) -", "8 decembrie"),
        ("WIEN, 3. Jänner (APA) -", "3. Jänner"),
        ("ATHENS, 4 Δεκεμβρίου (ANA-MPA) -", "4 Δεκεμβρίου"),
    ],
)
def test_cleaning_reads_the_shared_words_in_datelines(line: str, date: str) -> None:
    dateline = parse_dateline(line)
    assert dateline is not None and dateline["date"] == date


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("zasedání 30. listopadu, 45 poslanců", "cs"),
        ("в понедельник 3 декабря 45 депутатов", "ru"),
        ("istunto 10. joulukuuta, 45 kansanedustajaa", "fi"),
    ],
)
def test_dedup_reads_a_day_before_a_shared_month_word_as_a_date(text: str, language: str) -> None:
    assert number_tokens(text, language) == ["45"]
