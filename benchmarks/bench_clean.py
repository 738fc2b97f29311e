"""Benchmark of the pure parse + clean stages, on one core.

    python -m benchmarks.bench_clean [--rounds N]

Runs parse_story + clean_story over the project's story fixtures and, when
present, the shared samples folder (WIREPIPE_SHARED), and
prints microseconds per story, microseconds per KB and stories per second.
The target is under 1 ms for a 5 KB story. Files that are not stories (schemas,
fragments) are skipped.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.clean import clean_story  # noqa: E402
from pipeline.config import load_settings  # noqa: E402
from pipeline.formats import StoryParseError, parse_story  # noqa: E402


def story_payloads() -> dict[str, list[bytes]]:
    shared = load_settings().shared_dir or ROOT / "no-shared-folder"
    sources = {
        "fixtures": sorted((ROOT / "tests" / "fixtures" / "stories").iterdir()),
        "shared corpus": sorted([*shared.glob("corpus/*/*"), *shared.glob("seeds/*")]),
    }
    payloads: dict[str, list[bytes]] = {}
    for name, paths in sources.items():
        stories = []
        for path in paths:
            data = path.read_bytes()
            try:
                clean_story(parse_story(data))
            except StoryParseError:
                continue
            stories.append(data)
        if stories:
            payloads[name] = stories
    return payloads


def time_set(stories: list[bytes], rounds: int) -> tuple[float, float]:
    """(median µs per story, median µs per KB) over `rounds` passes."""
    per_story, per_kb = [], []
    size_kb = sum(len(s) for s in stories) / 1024
    for _ in range(rounds):
        start = time.perf_counter_ns()
        for data in stories:
            clean_story(parse_story(data))
        elapsed_us = (time.perf_counter_ns() - start) / 1000
        per_story.append(elapsed_us / len(stories))
        per_kb.append(elapsed_us / size_kb)
    return statistics.median(per_story), statistics.median(per_kb)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    payloads = story_payloads()
    everything = [story for stories in payloads.values() for story in stories]
    time_set(everything, 3)  # warm caches (regexes, zoneinfo) before measuring
    print(f"{'set':16} {'stories':>8} {'avg KB':>7} {'µs/story':>9} {'µs/KB':>7} "
          f"{'stories/s':>10} {'µs per 5 KB':>12}")
    for name, stories in [*payloads.items(), ("all", everything)]:
        per_story, per_kb = time_set(stories, args.rounds)
        average_kb = sum(len(s) for s in stories) / len(stories) / 1024
        print(f"{name:16} {len(stories):8d} {average_kb:7.1f} {per_story:9.0f} {per_kb:7.0f} "
              f"{1e6 / per_story:10.0f} {per_kb * 5:12.0f}")


if __name__ == "__main__":
    main()
