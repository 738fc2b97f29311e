"""Golden files: a story in, the expected article document out.

The project's own fixtures (tests/fixtures/stories) have full goldens in
tests/golden/<name>.json. Shared corpus samples are third-party copy, so
their goldens (tests/golden/corpus/) keep the structured fields and only
digests of the text; those tests skip when ../shared is absent.

Regenerate with WIREPIPE_UPDATE_GOLDEN=1, then review every changed file
by eye: a golden that records a wrong answer is a defect.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import orjson
import pytest

from pipeline.formats import StoryParseError
from pipeline.model import Article
from tests.story_files import ROOT, SHARED, STORIES, document

GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("WIREPIPE_UPDATE_GOLDEN") == "1"
CORPUS_GOLDENS = sorted((GOLDEN / "corpus").glob("*.json"))
_STRUCTURED = ("format", "guid", "version", "source", "language", "slugline", "byline",
               "byline_affiliation", "byline_agency", "dateline", "subjects", "urgency",
               "firstcreated", "versioncreated", "embargo", "pubstatus", "signals")


def _digest(text: str | None) -> str | None:
    return hashlib.sha1(text.encode()).hexdigest()[:16] if text else None


def corpus_summary(article: Article) -> dict[str, Any]:
    summary = {key: article[key] for key in _STRUCTURED}
    summary.update(
        headline_sha1=_digest(article["headline"]),
        abstract_sha1=_digest(article["abstract"]),
        body_sha1=_digest(article["body"]),
        body_paragraphs=len(article["body"].split("\n\n")) if article["body"] else 0,
        captions=[{"text_sha1": _digest(c["text"]), "credit": c["credit"]}
                  for c in article["captions"]],
        boilerplate_sha1=[_digest(line) for line in article["boilerplate"]],
    )
    return summary


def _check(golden: Path, actual: dict[str, Any]) -> None:
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(orjson.dumps(actual, option=orjson.OPT_INDENT_2) + b"\n")
    assert golden.exists(), f"no golden {golden.name}; run with WIREPIPE_UPDATE_GOLDEN=1"
    assert actual == orjson.loads(golden.read_bytes())


@pytest.mark.parametrize("story", sorted(STORIES.iterdir()), ids=lambda p: p.stem)
def test_fixture_golden(story):
    _check(GOLDEN / f"{story.stem}.json", document(story.read_bytes()))


def _shared_inputs() -> list[Path]:
    if UPDATE and SHARED.exists():
        found = [*SHARED.glob("corpus/*/*"), *SHARED.glob("seeds/*")]
        return sorted(p for p in found if p.name != "MANIFEST.tsv")
    return [SHARED / golden.stem.replace("__", "/") for golden in CORPUS_GOLDENS]


@pytest.mark.parametrize("source", _shared_inputs(), ids=lambda p: p.name)
def test_shared_golden(source):
    if not source.exists():
        pytest.skip(f"shared file {source.name} not present")
    relative = source.relative_to(SHARED).as_posix()
    golden = GOLDEN / "corpus" / (relative.replace("/", "__") + ".json")
    try:
        actual: dict[str, Any] = corpus_summary(document(source.read_bytes()))
    except StoryParseError as error:
        actual = {"error": error.reason}
    _check(golden, actual)


def test_enough_goldens():
    assert len(list(STORIES.iterdir())) >= 26
