"""The evaluation set is what it claims to be, and the tagger stays above a floor on each split.

The set: at least 150 stories, 60 of them held out (never tuned on), 40 sent in wire
formats other than plain text and read through the parser and the cleaner, stories in
German, French, Spanish and Polish, and 30 whose people and companies no shipped list
knows. Every gold name occurs in its story.

The second held-out round (301-) is checked for what it must hold (40 stories, 25 of
them in wire formats other than plain text, 20 in English and three or more in each of
four other languages) and that it is scored. Its first figures were read, not defended;
rules have been tuned on it since, so it now has floors like the tuning split. The third
round (401-) likewise: 44 stories, 30 of them in wire formats other than plain text, in
six languages or more; tuned on since its second run, so it has floors too. The fourth
round (501-) has been tuned on since commit 31feb93, the fifth (601-) since commit
6010abd, the sixth (701-) since commit 22343ad and the seventh (751-) since commit
94f1417, the eighth (801-) since commit 2ea4320, the ninth (851-) since commit 8f7bca5 and
the tenth (901-950) since commit 7d3896c; they have floors as well, and so has the split of
Cyrillic, Greek and Malay copy (951-, "scripts"), tuning data from its first commit. The
eleventh round (966-999, the ids left after "scripts": 34 stories, 26 of them in wire
formats other than plain text, in twenty languages or more) is still held out: checked for
what it holds, scored by the benchmark's summary lines only.

The floors sit a little below what the tagger scores on each split (the figures, with
the command that prints them, are in eval/README.md); a change that loses more than that
breaks this test. Speed is measured by the benchmarks, never here.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from typing import Any

import pytest

from pipeline.entities import tag_article
from tests.entities.evaluation import (
    EVAL_DIR,
    SPLITS,
    TYPES,
    Report,
    evaluate,
    is_listed,
    load_stories,
)

F1_FLOORS = {
    "tuning": {"PERSON": 0.985, "ORG": 0.965, "PLACE": 0.975, "NORP": 0.99, "EVENT": 0.89},
    # The held-out split names two events only, both missed: no floor for EVENT there.
    "held-out": {"PERSON": 0.90, "ORG": 0.805, "PLACE": 0.88, "NORP": 0.85},
    # Tuned on since its first run (eval/README.md).
    "held-out-2": {"PERSON": 0.95, "ORG": 0.925, "PLACE": 0.86, "NORP": 0.90},
    # Tuned on since its second run (eval/README.md).
    "held-out-3": {"PERSON": 0.955, "ORG": 0.875, "PLACE": 0.89, "NORP": 0.99},
    # Tuned on since commit 31feb93, after its second run (eval/README.md).
    "held-out-4": {"PERSON": 0.94, "ORG": 0.825, "PLACE": 0.825, "NORP": 0.95},
    # Tuned on since commit 6010abd, after its second run (eval/README.md).
    "held-out-5": {"PERSON": 0.87, "ORG": 0.76, "PLACE": 0.79, "NORP": 0.88},
    # Tuned on since commit 22343ad, after its second run (eval/README.md); its five
    # events are too few for a floor.
    "held-out-6": {"PERSON": 0.86, "ORG": 0.745, "PLACE": 0.81, "NORP": 0.85},
    # Tuned on since commit 94f1417, after its second run (eval/README.md); its twelve
    # events are too few for a floor.
    "held-out-7": {"PERSON": 0.93, "ORG": 0.82, "PLACE": 0.825, "NORP": 0.89},
    # Tuned on since commit 2ea4320, after its second run (eval/README.md); it names no
    # event.
    "held-out-8": {"PERSON": 0.91, "ORG": 0.785, "PLACE": 0.795, "NORP": 0.75},
    # Tuned on since commit 8f7bca5, after its first run and two later runs (eval/README.md);
    # its one event is too few for a floor.
    "held-out-9": {"PERSON": 0.87, "ORG": 0.77, "PLACE": 0.785, "NORP": 0.95},
    # Tuned on since commit 7d3896c, after its first run and a second run (eval/README.md);
    # it names no event.
    "held-out-10": {"PERSON": 0.92, "ORG": 0.77, "PLACE": 0.72, "NORP": 0.88},
    # Tuning data from its first commit (eval/README.md, "Scripts"): copy in Russian,
    # Ukrainian, Bulgarian, Serbian, Macedonian, Greek and Malay; it names no nationality.
    "scripts": {"PERSON": 0.95, "ORG": 0.93, "PLACE": 0.90},
}
MICRO_F1_FLOORS = {
    "tuning": 0.975,
    "held-out": 0.855,
    "held-out-2": 0.90,
    "held-out-3": 0.90,
    "held-out-4": 0.85,
    "held-out-5": 0.80,
    "held-out-6": 0.80,
    "held-out-7": 0.845,
    "held-out-8": 0.815,
    "held-out-9": 0.795,
    "held-out-10": 0.785,
    "scripts": 0.92,
}
# Held out still: scored by `benchmarks/bench_entities.py`'s summary lines only, never here.
STILL_HELD_OUT = frozenset({"held-out-11"})


class _Reports(dict[str, Report]):
    """Each split's report, scored when a test first asks for it: a run that deselects a
    split's tests (`-k "not held-out-4"`) never scores that split."""

    def __missing__(self, split: str) -> Report:
        report = self[split] = evaluate(load_stories(split=split), tag_article)
        return report


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    return _Reports()


def _files() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(EVAL_DIR.glob("*.json"))]


def _texts(story: dict[str, Any]) -> list[str]:
    """Where a gold name may occur: the payload as sent, or the clean article's texts."""
    if "wire_file" in story:
        raw = (EVAL_DIR / story["wire_file"]).read_bytes().decode("utf-8", errors="replace")
        return [" ".join(html.unescape(raw).split())]
    dateline = story.get("dateline") or {}
    texts = [story["body"], story.get("headline") or "", dateline.get("place") or ""]
    texts += [dateline.get("agency") or ""]
    return texts + [c["text"] for c in story.get("captions") or []]


def test_the_evaluation_set_is_large_varied_and_well_formed() -> None:
    stories = _files()
    assert len(stories) >= 150
    assert sum(s["split"] == "held-out" for s in stories) >= 60
    assert sum(s.get("format", "text") != "text" for s in stories) >= 40
    languages = Counter(s["language"] for s in stories)
    assert all(languages[code] >= 8 for code in ("de", "fr", "es", "pl")), languages
    for story in stories:
        assert story["split"] in SPLITS and story["style"] and story["origin"], story["id"]
        assert story["gold"], story["id"]
        if "seed_file" in story:
            continue
        texts = _texts(story)
        for gold in story["gold"]:
            assert gold["type"] in TYPES and gold["name"] and gold["canonical"]
            pattern = r"(?<!\w)" + re.escape(gold["name"]) + r"(?!\w)"
            assert any(re.search(pattern, t, re.IGNORECASE) for t in texts), (
                story["id"],
                gold["name"],
            )


def test_the_second_held_out_round_is_large_and_varied() -> None:
    stories = [s for s in _files() if s["split"] == "held-out-2"]
    assert len(stories) >= 40
    assert all(int(s["id"][:3]) >= 301 for s in stories)
    assert sum(s.get("format", "text") != "text" for s in stories) >= 25
    languages = Counter(s["language"] for s in stories)
    assert languages["en"] >= 20, languages
    assert sum(languages[code] >= 3 for code in ("de", "fr", "es", "pl", "it", "nl")) >= 4
    assert all("wire_file" in s for s in stories)


def test_the_third_held_out_round_is_large_and_varied() -> None:
    stories = [s for s in _files() if s["split"] == "held-out-3"]
    assert len(stories) >= 44
    assert all(401 <= int(s["id"][:3]) <= 499 for s in stories)
    assert sum(s.get("format", "text") != "text" for s in stories) >= 30
    languages = Counter(s["language"] for s in stories)
    assert languages["en"] >= 20, languages
    assert len(languages) >= 6, languages
    assert all("wire_file" in s for s in stories)


# Later rounds: (first id, languages at least, English stories at least); 50 stories
# each, 36 in wire formats. From the eighth round on, English is about a third of a round.
LATER_ROUNDS = {
    "held-out-5": (601, 12, 25),
    "held-out-6": (701, 15, 25),
    "held-out-7": (751, 16, 25),
    "held-out-8": (801, 19, 16),
    "held-out-9": (851, 19, 16),
    "held-out-10": (901, 20, 16),
}


@pytest.mark.parametrize("split", LATER_ROUNDS)
def test_a_later_held_out_round_is_large_and_varied_and_loads(split: str) -> None:
    first, language_count, english_count = LATER_ROUNDS[split]
    stories = [s for s in _files() if s["split"] == split]
    assert len(stories) >= 50
    assert all(first <= int(s["id"][:3]) < first + 100 for s in stories)
    assert sum(s.get("format", "text") != "text" for s in stories) >= 36
    languages = Counter(s["language"] for s in stories)
    assert languages["en"] >= english_count, languages
    assert len(languages) >= language_count, languages
    assert all(story["body"] and story["headline"] for story in load_stories(split=split))


# The eleventh round fills the ids left after "scripts" (951-965): 966-999, one story each.
ELEVENTH_ROUND_IDS = range(966, 1000)


def test_the_eleventh_held_out_round_fills_the_last_ids_and_loads() -> None:
    stories = [s for s in _files() if s["split"] == "held-out-11"]
    assert sorted(int(s["id"][:3]) for s in stories) == list(ELEVENTH_ROUND_IDS)
    assert all(
        s["split"] == "held-out-11" for s in _files() if int(s["id"][:3]) in ELEVENTH_ROUND_IDS
    )
    assert sum(s.get("format", "text") != "text" for s in stories) >= 26
    languages = Counter(s["language"] for s in stories)
    assert languages["en"] >= 8, languages
    assert len(languages) >= 20, languages
    assert all("wire_file" in s for s in stories)
    assert all(story["body"] and story["headline"] for story in load_stories(split="held-out-11"))


def test_thirty_stories_name_people_and_companies_no_list_knows() -> None:
    unknown_names = 0
    for story in _files():
        names = [g for g in story["gold"] if g["type"] in ("PERSON", "ORG")]
        unlisted = [g for g in names if not (is_listed(g["name"]) or is_listed(g["canonical"]))]
        unknown_names += len(unlisted) >= 3
    assert unknown_names >= 30


def test_wire_payloads_are_read_by_the_pipeline() -> None:
    for story in load_stories():
        if "wire_file" in story:
            assert story["body"], story["id"]  # parsed and cleaned into a body


@pytest.mark.parametrize("split", [s for s in SPLITS if s not in STILL_HELD_OUT])
def test_every_story_is_scored(reports: dict[str, Report], split: str) -> None:
    assert reports[split].stories == len(load_stories(split=split))
    assert reports[split].micro.tp > 0


@pytest.mark.parametrize(
    ("split", "type_"), [(split, type_) for split, floors in F1_FLOORS.items() for type_ in floors]
)
def test_f1_per_type_stays_above_its_floor(
    reports: dict[str, Report], split: str, type_: str
) -> None:
    assert reports[split].by_type[type_].f1 >= F1_FLOORS[split][type_]


@pytest.mark.parametrize("split", MICRO_F1_FLOORS)
def test_micro_f1_stays_above_its_floor(reports: dict[str, Report], split: str) -> None:
    assert reports[split].micro.f1 >= MICRO_F1_FLOORS[split]
