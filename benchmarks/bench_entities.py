"""Entity tagging benchmark: accuracy on the evaluation set and speed on one core.

    python benchmarks/bench_entities.py                 # all stories
    python benchmarks/bench_entities.py --split held-out    # held-out stories only
    python benchmarks/bench_entities.py --split held-out-2  # the second held-out round
    python benchmarks/bench_entities.py --errors        # list misses and spurious entities
    python benchmarks/bench_entities.py --language de,fr,es,pl   # stories in these languages
    python benchmarks/bench_entities.py --tagger spacy:en_core_web_sm  # a model, not the rules

Accuracy: per-type precision, recall and F1 on canonical entities (same type,
same canonical name ignoring case and diacritics; see tests/entities/evaluation.py),
micro totals, and recall on gold names that no shipped lexicon knows.

Speed: the process is pinned to one core; after a warm-up (lexicons load once
per process), every story is tagged `--repeat` times. Reported as stories per
CPU second of that core (and per wall second, lower on a busy machine), for all
stories and for the long ones (bodies of 4 KB or more), and as the rate for 5 KB
of body text, the size the pipeline's target is stated for.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.model_tagger import Tagger, tagger_named
from pipeline.entities import tag_article
from tests.entities.evaluation import SPLITS, TYPES, article_of, evaluate, load_stories

LONG_STORY_BYTES = 4000


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned (no sched_setaffinity)"


def stories_per_second(
    stories: list[dict], repeat: int, tag: Tagger
) -> tuple[float, float, float]:
    """(stories per CPU second, stories per wall second, body bytes per CPU second).

    CPU time is what one core spends on the stories, whatever else runs on the
    machine; wall time is also shown, as it is what a busy machine delivers.
    """
    articles = [article_of(s) for s in stories for _ in range(repeat)]
    size = sum(len(a["body"].encode()) for a in articles)
    wall, cpu = time.perf_counter(), time.process_time()
    for article in articles:
        tag(article)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return len(articles) / cpu, len(articles) / wall, size / cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("all", *SPLITS), default="all")
    parser.add_argument("--repeat", type=int, default=20, help="passes over the stories for timing")
    parser.add_argument("--errors", action="store_true", help="print misses and spurious entities")
    parser.add_argument("--language", help="only stories in these languages (codes, with commas)")
    parser.add_argument(
        "--tagger",
        default="rules",
        help="rules (wirepipe's) or spacy:MODEL, an installed spaCy pipeline (model_tagger.py)",
    )
    args = parser.parse_args()
    tag = tag_article if args.tagger == "rules" else tagger_named(args.tagger)

    stories = load_stories(split=args.split)
    if args.language:
        stories = [s for s in stories if s.get("language") in args.language.split(",")]
    if not stories:
        print("no evaluation stories found", file=sys.stderr)
        return 1
    started = time.perf_counter()
    report = evaluate(stories, tag)
    first_pass = time.perf_counter() - started

    languages = f", language={args.language}" if args.language else ""
    print(f"evaluation: {report.stories} stories, split={args.split}{languages}, {args.tagger}")
    print(f"{'type':<8}{'gold':>6}{'found':>7}{'P':>8}{'R':>8}{'F1':>8}")
    for label, c in [*((t, report.by_type[t]) for t in TYPES), ("micro", report.micro)]:
        print(f"{label:<8}{c.tp + c.fn:>6}{c.tp + c.fp:>7}", end="")
        print(f"{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}")
    u = report.unlisted
    print(f"recall on names in no lexicon: {u.recall:.3f} ({u.tp}/{u.tp + u.fn})")

    if args.errors:
        for errors in report.errors:
            print(f"\n{errors.story_id}")
            for name, type_ in errors.missed:
                print(f"  missed   {type_:<7}{name}")
            for name, type_ in errors.spurious:
                print(f"  spurious {type_:<7}{name}")

    pinning = pin_to_one_core()
    long_stories = [s for s in stories if len(s["body"].encode()) >= LONG_STORY_BYTES]
    rate, wall_rate, byte_rate = stories_per_second(stories, args.repeat, tag)
    print(f"\nspeed ({pinning}; first pass incl. loading lexicons: {first_pass:.2f} s)")
    print(f"  all stories:  {rate:6.0f} stories/s CPU, {wall_rate:6.0f} wall", end="")
    print(f"  ({byte_rate / 1024:.0f} KB/s of body)")
    if long_stories:
        long_rate, long_wall, long_bytes = stories_per_second(long_stories, args.repeat, tag)
        count = len(long_stories)
        average = sum(len(s["body"].encode()) for s in long_stories) / count / 1024
        print(f"  long stories: {long_rate:6.0f} stories/s CPU, {long_wall:6.0f} wall", end="")
        print(f"  ({count} stories, {average:.1f} KB avg)")
        per_5kb = long_bytes / 5120
        print(f"  5 KB stories: {per_5kb:6.0f} stories/s CPU  (long-story throughput / 5 KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
