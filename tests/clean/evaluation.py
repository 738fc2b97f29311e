"""Scoring the cleaner against wire stories with hand-written expected fields.

    python -m tests.clean.evaluation [tuning|heldout|heldout2|...|heldout12|all] [--failures]

The stories live in tests/clean/eval/<split>/, one payload per file in any
format the project parses; tests/clean/eval/<split>.json lists, for each
file, the agency style it imitates (`origin`) and its expected fields:

    headline, slugline, byline, byline_agency, language, source   exact values
    dateline        null, or {place, date, agency}: three fields
    body            {starts, ends, has[], lacks[], empty}: one field, all checks
    captions        [{text_starts, agencies[], photographers[]}]: one field
    boilerplate     strings each found in some boilerplate line: one field

A field is correct when the cleaned article matches it; the score is the share
of expected fields that are correct. The held-out splits (heldout, heldout2
written after the first one's rules were frozen, heldout3 written after the
rules of commit bee0008 were frozen, heldout4 after those of 272adbd, heldout5
written without reading the cleaner and first scored on the rules of 1c62d96,
heldout6 written without reading the cleaner and first scored on the rules of 395af06,
heldout7 written without reading the cleaner and first scored on the rules of c2753db,
heldout8 written without reading the cleaner and first scored on the rules of 11bc11e,
heldout9 written without reading the cleaner and first scored on the rules of c3afc7b,
heldout10 written without reading the cleaner and first scored on the rules of b8b3399,
heldout11 written without reading the cleaner and first scored on the rules of d039c42,
heldout12 written without reading the cleaner and first scored on the rules of 1e5bec8)
are never used to tune the rules: their figures say how the cleaner does on copy it
was not shaped on. heldout2, heldout4, heldout5, heldout6, heldout7, heldout8, heldout9,
heldout10 and heldout12 are the exceptions since their first-run figures were recorded:
they are tuned on now (heldout7 since commit b1ffb04, heldout8 since commit 4c1b8dc,
heldout9 since commit 389dbae, heldout10 since commit b18c75d, heldout12 since commit
3d08aaa).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.clean import clean_story
from pipeline.formats import parse_story
from pipeline.model import Article

EVAL_DIR = Path(__file__).resolve().parent / "eval"
SPLITS = (
    "tuning",
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
)
_EXACT = ("headline", "slugline", "byline", "byline_agency", "language", "source")
_DATELINE_PARTS = ("place", "date", "agency")
# Every field an expectation may name.
FIELDS = frozenset({*_EXACT, "dateline", "body", "captions", "boilerplate"})


@dataclass(frozen=True, slots=True)
class Story:
    split: str
    file: str
    origin: str
    expect: dict[str, Any]

    @property
    def path(self) -> Path:
        return EVAL_DIR / self.split / self.file


@dataclass(slots=True)
class Report:
    correct: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    stories: int = 0

    @property
    def score(self) -> float:
        total = sum(self.total.values())
        return sum(self.correct.values()) / total if total else 0.0


def load_stories(split: str = "all") -> list[Story]:
    stories = []
    for name in SPLITS if split == "all" else (split,):
        entries = json.loads((EVAL_DIR / f"{name}.json").read_text(encoding="utf-8"))
        stories += [Story(name, e["file"], e["origin"], e["expect"]) for e in entries]
    return stories


def _norm(value: object) -> object:
    return " ".join(value.split()) if isinstance(value, str) else value


def _body_ok(body: str, checks: dict[str, Any]) -> bool:
    body = " ".join(body.split())
    if checks.get("empty"):
        return not body
    return (
        body.startswith(_norm(checks.get("starts", "")))  # type: ignore[arg-type]
        and body.endswith(_norm(checks.get("ends", "")))  # type: ignore[arg-type]
        and all(_norm(s) in body for s in checks.get("has", ()))
        and not any(s in body for s in checks.get("lacks", ()))
    )


def _captions_ok(captions: list[Any], expected: list[dict[str, Any]]) -> bool:
    if len(captions) != len(expected):
        return False
    for caption, wanted in zip(captions, expected, strict=True):
        credit = caption["credit"] or {"agencies": [], "photographers": []}
        if not (
            caption["text"].startswith(wanted.get("text_starts", ""))
            and credit["agencies"] == wanted.get("agencies", [])
            and credit["photographers"] == wanted.get("photographers", [])
        ):
            return False
    return True


def _boilerplate_ok(lines: list[str], expected: list[str]) -> bool:
    return all(any(_norm(s) in _norm(line) for line in lines) for s in expected)  # type: ignore[operator]


def field_results(article: Article, expect: dict[str, Any]) -> Iterator[tuple[str, bool, object]]:
    """(field, correct, what the article holds) for each expected field."""
    found: dict[str, Any] = dict(article)
    for key in _EXACT:
        if key in expect:
            yield key, _norm(found.get(key)) == _norm(expect[key]), found.get(key)
    if "dateline" in expect:
        dateline = found.get("dateline")
        if expect["dateline"] is None:
            yield "dateline", dateline is None, dateline
        else:
            for part in _DATELINE_PARTS:
                value = dateline.get(part) if dateline else None
                yield f"dateline.{part}", _norm(value) == expect["dateline"][part], value
    if "body" in expect:
        yield "body", _body_ok(found.get("body") or "", expect["body"]), found.get("body")
    if "captions" in expect:
        captions = found.get("captions") or []
        yield "captions", _captions_ok(captions, expect["captions"]), captions
    if "boilerplate" in expect:
        lines = found.get("boilerplate") or []
        yield "boilerplate", _boilerplate_ok(lines, expect["boilerplate"]), lines


def evaluate(stories: list[Story], clean: Callable[[bytes], Article] | None = None) -> Report:
    build = clean or (lambda data: clean_story(parse_story(data)))
    report = Report()
    for story in stories:
        article = build(story.path.read_bytes())
        report.stories += 1
        for name, correct, value in field_results(article, story.expect):
            report.total[name] += 1
            if correct:
                report.correct[name] += 1
            else:
                report.failures.append(f"{story.file} {name}: {value!r}")
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("split", nargs="?", default="all", choices=(*SPLITS, "all"))
    parser.add_argument("--failures", action="store_true", help="list every wrong field")
    args = parser.parse_args()
    report = evaluate(load_stories(args.split))
    correct, total = sum(report.correct.values()), sum(report.total.values())
    print(
        f"{args.split}: {report.stories} stories, {correct}/{total} fields correct "
        f"= {report.score:.3f}"
    )
    for name in sorted(report.total):
        print(f"  {name:18} {report.correct[name]:3d}/{report.total[name]:3d}")
    if args.failures:
        for failure in report.failures:
            print("  x", failure[:300])


if __name__ == "__main__":
    main()
