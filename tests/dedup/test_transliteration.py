"""Names the tagger reads in Cyrillic or Greek agree with the Latin-script services' spelling."""

from __future__ import annotations

import pytest

from pipeline.dedup.evidence import Evidence, story_evidence
from pipeline.dedup.similarity import Agreement
from pipeline.dedup.terms import fold
from pipeline.dedup.transliteration import latin


@pytest.mark.parametrize(
    ("name", "language", "written"),
    [
        # Each country's own romanisation: Ukrainian г and и, Bulgarian х and ъ.
        ("Богдана Гнатюк", "uk", "bohdana hnatyuk"),
        ("Григорий Смирнов", "ru", "grigorii smirnov"),
        ("Христо Търнев", "bg", "hristo tarnev"),
        # Greek ου, αυ and ευ as pairs.
        ("Σταύρος Μπούρας", "el", "stavros mpouras"),
        ("Ευάγγελος Κουρής", "el", "evangelos kouris"),
        # Latin letters are left as they are.
        ("Kovács Péter", "hu", "kovacs peter"),
    ],
)
def test_a_name_word_in_latin_letters(name: str, language: str, written: str) -> None:
    assert " ".join(latin(word, language) for word in fold(name).split()) == written


def story(body: str, names: list[str], language: str) -> Evidence:
    entities = [{"name": n, "type": "PERSON", "mentions": 1} for n in names]
    return story_evidence({"body": body, "entities": entities, "language": language})


def test_a_story_in_ukrainian_names_the_english_version_s_people() -> None:
    ukrainian = story(
        "Міністр Тарас Мельничук і посол Оксана Дорошенко підписали угоду.",
        ["Тарас Мельничук", "Оксана Дорошенко"],
        "uk",
    )
    english = story(
        "Minister Taras Melnychuk and ambassador Oksana Doroshenko signed the agreement.",
        ["Taras Melnychuk", "Oksana Doroshenko"],
        "en",
    )
    assert Agreement.of(ukrainian, english).names_shared == 4
    # Their words are still no terms of the Ukrainian story: names are compared as names.
    untagged = story("Міністр Тарас Мельничук і посол Оксана Дорошенко підписали угоду.", [], "uk")
    assert len(ukrainian.terms) + 4 == len(untagged.terms)
