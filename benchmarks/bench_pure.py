"""The whole pure path on one core: parse -> clean -> tag -> fingerprint, on 4 KB stories.

    python benchmarks/bench_pure.py [--rounds N] [--profile]
    python benchmarks/bench_pure.py --against /path/to/other/checkout [--trials N]

The stories are the entity evaluation stories whose bodies are 3 KB or more,
each sent in four wire formats (plain text with its dateline, ninjs, NITF and
NewsML-G2), plus the shared seed story when the shared folder is there: about
4 KB of wire copy each. The process is pinned to one core; after a warm-up
(lexicons, gazetteer, regexes), it prints `enrich_story`'s rate in stories per
CPU second and the median microseconds per story of each stage, timed apart
the way `enrich_story` calls them. `--profile` prints the cProfile of one
round, by cumulative and by own time.

`--against` compares two versions of the code on the same stories in one run:
each trial measures this checkout and the other one in turn, in child processes
pinned to the same core (so a busy machine slows both alike), and the medians of
the trials are printed side by side with their ratio. The other checkout can be
any copy of the project (`git archive HEAD | tar -x -C /tmp/base` makes one).
"""

from __future__ import annotations

import argparse
import base64
import cProfile
import gc
import json
import os
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MIN_BODY_BYTES = 3000
STAGES = ("parse", "clean", "tag", "fingerprint")


def _lead_and_rest(story: dict[str, Any]) -> list[str]:
    """The body's paragraphs, the dateline as the wire sends it before the first."""
    first, *rest = [p for p in story["body"].split("\n\n") if p.strip()]
    dateline = str((story.get("dateline") or {}).get("raw") or "")
    return [f"{dateline} {first}".strip(), *rest]


def _html(story: dict[str, Any]) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in _lead_and_rest(story))


def as_text(story: dict[str, Any]) -> bytes:
    return "\n\n".join([story["headline"], *_lead_and_rest(story)]).encode()


def as_ninjs(story: dict[str, Any]) -> bytes:
    item = {
        "guid": f"urn:bench:{story['id']}:ninjs",
        "type": "text",
        "language": "en",
        "headline": story["headline"],
        "versioncreated": "2024-05-14T09:42:10+0000",
        "body_html": _html(story),
    }
    return json.dumps(item).encode()


def as_nitf(story: dict[str, Any]) -> bytes:
    headline = escape(story["headline"])
    return (
        '<?xml version="1.0" encoding="UTF-8"?><nitf><head>'
        f'<title>{headline}</title><docdata><doc-id id-string="bench-{story["id"]}"/>'
        f"</docdata></head><body><body.head><hedline><hl1>{headline}</hl1></hedline>"
        f"</body.head><body.content>{_html(story)}</body.content></body></nitf>"
    ).encode()


def as_newsml_g2(story: dict[str, Any]) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" '
        f'guid="urn:bench:{story["id"]}:g2" version="1" standard="NewsML-G2" xml:lang="en">'
        '<itemMeta><itemClass qcode="icls:text"/><provider literal="bench"/>'
        "<versionCreated>2024-05-14T09:42:10Z</versionCreated></itemMeta>"
        f"<contentMeta><headline>{escape(story['headline'])}</headline></contentMeta>"
        '<contentSet><inlineXML contenttype="application/xhtml+xml">'
        f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{_html(story)}</body></html>'
        "</inlineXML></contentSet></newsItem>"
    ).encode()


def payloads() -> list[bytes]:
    """The benchmark's stories, as the wire sends them."""
    sys.path.insert(0, str(ROOT))
    from tests.entities.evaluation import EVAL_DIR, SHARED_DIR

    stories = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(EVAL_DIR.glob("*.json"))]
    long_stories = [
        s
        for s in stories
        if len(s.get("body", "").encode()) >= MIN_BODY_BYTES and s.get("headline")
    ]
    found = [
        render(s) for s in long_stories for render in (as_text, as_ninjs, as_nitf, as_newsml_g2)
    ]
    return found + [p.read_bytes() for p in sorted(SHARED_DIR.glob("seeds/*.txt"))]


def _median_us(data: list[Any], stage: Callable[[Any], Any], rounds: int) -> float:
    """Median over `rounds` of the CPU microseconds `stage` spends per item."""
    per_item = []
    for _ in range(rounds):
        start = time.process_time_ns()
        for item in data:
            stage(item)
        per_item.append((time.process_time_ns() - start) / 1000 / len(data))
    return statistics.median(per_item)


def measure(stories: list[bytes], rounds: int) -> dict[str, float]:
    """enrich_story's stories/s and each stage's µs per story, on the code importable now."""
    from pipeline.clean import clean_story
    from pipeline.dedup import fingerprint_article
    from pipeline.enrich import enrich_story
    from pipeline.entities import tag_article
    from pipeline.formats import parse_story

    for data in stories:  # warm-up: lexicons, gazetteer, regexes, caches
        enrich_story(data)
    # As the worker's enrich process does once warmed up (pipeline.stream.memory): a
    # full collection over the lexicons would otherwise land in whichever stage runs.
    gc.collect()
    gc.freeze()
    raws = [parse_story(s) for s in stories]
    cleaned = [clean_story(r) for r in raws]
    tagged = [tag_article(a.copy()) for a in cleaned]
    return {
        "enrich_story": 1e6 / _median_us(stories, enrich_story, rounds),
        "parse": _median_us(stories, parse_story, rounds),
        "clean": _median_us(raws, clean_story, rounds),
        "tag": _median_us(cleaned, lambda a: tag_article(a.copy()), rounds),
        "fingerprint": _median_us(tagged, fingerprint_article, rounds),
    }


def _print_figures(figures: dict[str, float]) -> None:
    print(f"enrich_story: {figures['enrich_story']:.0f} stories/s")
    for stage in STAGES:
        print(f"  {stage:<12}{figures[stage]:8.0f} µs/story")
    print(f"  {'sum':<12}{sum(figures[s] for s in STAGES):8.0f} µs/story")


def _profile(stories: list[bytes]) -> None:
    from pipeline.enrich import enrich_story

    profile = cProfile.Profile()
    profile.enable()
    for data in stories:
        enrich_story(data)
    profile.disable()
    stats = pstats.Stats(profile, stream=sys.stdout).strip_dirs()
    stats.sort_stats("cumulative").print_stats(30)
    stats.sort_stats("tottime").print_stats(30)


def compare(other: Path, stories: list[bytes], rounds: int, trials: int) -> None:
    from benchmarks.checkouts import alternate

    with tempfile.TemporaryDirectory() as folder:
        stories_file = Path(folder) / "stories.json"
        stories_file.write_text(json.dumps([base64.b64encode(s).decode() for s in stories]))
        arguments = [str(stories_file), "--rounds", str(rounds)]
        this, that = alternate((ROOT, other), __file__, arguments, trials)
    print(f"{'':16}{'other':>12}{'this':>12}{'speed-up':>10}   (other: {other})")
    print(
        f"{'enrich_story':16}{that['enrich_story']:>8.0f} /s {this['enrich_story']:>8.0f} /s"
        f"{this['enrich_story'] / that['enrich_story']:>9.2f}x"
    )
    for stage in STAGES:
        print(
            f"  {stage:<14}{that[stage]:>8.0f} µs {this[stage]:>8.0f} µs"
            f"{that[stage] / this[stage]:>9.2f}x"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one round")
    parser.add_argument("--against", type=Path, help="another checkout to compare with")
    parser.add_argument("--trials", type=int, default=5, help="trials of each, with --against")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    if args.child:
        stories = [base64.b64decode(s) for s in json.loads(args.child.read_text())]
        print(json.dumps(measure(stories, args.rounds)))
        return 0
    stories = payloads()
    size = sum(len(s) for s in stories) / len(stories) / 1024
    print(f"{len(stories)} stories, {size:.1f} KB average, one core, CPU time")
    if args.against:
        compare(args.against.resolve(), stories, args.rounds, args.trials)
        return 0
    _print_figures(measure(stories, args.rounds))
    if args.profile:
        _profile(stories)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
