"""The evaluation set runs, and the tagger stays above a floor on it (a regression guard).

The floors sit a little below what the tagger scores (see benchmarks/bench_entities.py for
the figures); a change that loses more than that breaks this test. Speed is measured by the
benchmark, never here.
"""

from __future__ import annotations

import json
import re

import pytest

from pipeline.entities import tag_article
from tests.entities.evaluation import EVAL_DIR, TYPES, Report, evaluate, load_stories

F1_FLOORS = {"PERSON": 0.95, "ORG": 0.93, "PLACE": 0.95, "NORP": 0.95, "EVENT": 0.75}
MICRO_F1_FLOOR = 0.95


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(load_stories(), tag_article)


def test_the_evaluation_set_is_large_and_well_formed() -> None:
    files = sorted(EVAL_DIR.glob("*.json"))
    assert len(files) >= 41  # 40 stories of the project's own plus the seed
    long_stories = 0
    for path in files:
        story = json.loads(path.read_text(encoding="utf-8"))
        assert story["split"] in ("dev", "test")
        assert story["gold"], path.name
        for gold in story["gold"]:
            assert gold["type"] in TYPES and gold["name"] and gold["canonical"]
        if "seed_file" in story:
            continue
        long_stories += len(story["body"].encode()) >= 4000
        texts = [
            story["body"],
            story.get("headline") or "",
            (story.get("dateline") or {}).get("place") or "",
        ]
        texts += [c["text"] for c in story.get("captions") or []]
        for gold in story["gold"]:
            pattern = r"(?<!\w)" + re.escape(gold["name"]) + r"(?!\w)"
            assert any(re.search(pattern, t, re.IGNORECASE) for t in texts), (
                path.name,
                gold["name"],
            )
    assert long_stories >= 8


def test_every_story_is_scored(report: Report) -> None:
    assert report.stories == len(load_stories())
    assert report.micro.tp > 0


@pytest.mark.parametrize("type_", TYPES)
def test_f1_per_type_stays_above_its_floor(report: Report, type_: str) -> None:
    assert report.by_type[type_].f1 >= F1_FLOORS[type_]


def test_micro_f1_stays_above_its_floor(report: Report) -> None:
    assert report.micro.f1 >= MICRO_F1_FLOOR
