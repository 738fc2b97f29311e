"""`wirepipe bench` in one run: every measurement on one set of generated stories, one report.

Sections, in order (each can be skipped):

* `pure`     the pure stages in this process: stories/s and microseconds per stage;
* `bulk`     the same documents straight into a scratch index with `_bulk`;
* `e2e`      two successive bursts through one `wirepipe worker`, timed until searchable;
* `latency`  produce -> searchable at a steady rate, through that same worker;
* `workers`  with `--workers N` (N > 1), the first burst again through
             `wirepipe worker --processes N`, in a fresh deployment like the first;
* `dedup`    the dedup decision's cost at 10k, 50k and 200k stories of state, memory per
             stored story, and a fresh worker's restore of 200k stories (`dedup_state`).

The bursts are the first `2 * burst` stories of the stream, the steady run
the stories after them; `--stories` sets how many the pure run (and so the
bulk ceiling) takes from the start. Every server-side section runs in its
own scratch deployment (`scratch`), removed at the end of the section.
Progress goes to the `say` callable (stderr in the command); the report is
a JSON-ready dict.
"""

from __future__ import annotations

import dataclasses
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from typing import Any

from pipeline.bench.ceiling import bulk_ceiling
from pipeline.bench.dedup_state import (
    MODEL_STORIES,
    QUERY_STORIES,
    SIZES,
    RecordModel,
    decide_cost,
    enriched,
    restore_time,
    write_records,
)
from pipeline.bench.end_to_end import Feed
from pipeline.bench.options import BenchOptions
from pipeline.bench.pure import run_pure
from pipeline.bench.scratch import Scratch
from pipeline.bench.speed_probe import probe_ms, speed_scaled_ratio
from pipeline.bench.stories import Story, StoryMix, generate_stories
from pipeline.clock import utc_iso
from pipeline.config import Settings
from pipeline.dedup import DedupSettings
from pipeline.dedup.settings import DAY_SECONDS

WARMUP_STORIES = 20
# Warm-up stories come from another seed, so they are none of the measured stories.
WARMUP_SEED_OFFSET = 1_000_003
DEDUP_SEED_OFFSET = 2_000_003

Say = Callable[[str], None]


class Progress:
    """Timestamped progress lines on stderr."""

    def __init__(self) -> None:
        self.started = time.monotonic()

    def __call__(self, message: str) -> None:
        print(f"[{time.monotonic() - self.started:7.1f}s] {message}", file=sys.stderr, flush=True)


def describe_stories(stories: Sequence[Story]) -> dict[str, Any]:
    sizes = [len(story.payload) for story in stories]
    return {
        "count": len(stories),
        "kinds": dict(Counter(story.kind for story in stories).most_common()),
        "formats": dict(Counter(story.format for story in stories).most_common()),
        "bytes": {
            "median": int(statistics.median(sizes)),
            "mean": round(statistics.fmean(sizes)),
            "min": min(sizes),
            "max": max(sizes),
        }
        if sizes
        else {},
    }


def machine() -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "load_average": [round(load, 2) for load in os.getloadavg()],
        "python": platform.python_version(),
        "platform": platform.platform(),
        "wirepipe": metadata.version("wirepipe"),
        "speed_probe_ms": probe_ms(),
    }


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    return round(numerator / denominator, 3) if numerator and denominator else None


@contextmanager
def scratch(
    base: Settings, folder: Path, name: str, say: Say, servers: Mapping[str, int] | None = None
) -> Iterator[Scratch]:
    deployment = Scratch(base, folder, name, servers)
    try:
        yield deployment
    finally:
        deployment.remove(say)


def run_bench(
    options: BenchOptions, settings: Settings, say: Say, servers: Mapping[str, int] | None = None
) -> dict[str, Any]:
    """The report of the sections `options` runs; `servers` are the pids of the local stack's
    servers by name, whose CPU each burst reports apart."""
    report: dict[str, Any] = {
        "started_at": utc_iso(),
        "options": dataclasses.asdict(options) | {"skip": sorted(options.skip)},
        "machine": machine(),
    }
    say(f"generating {options.stream_length()} stories (seed {options.seed})")
    stream = generate_stories(options.stream_length(), seed=options.seed, mix=options.mix())
    warmup = generate_stories(
        WARMUP_STORIES, seed=options.seed + WARMUP_SEED_OFFSET, mix=StoryMix(0, 0)
    )
    report["stories"] = describe_stories(stream)

    documents = []
    if options.runs("pure") or options.runs("bulk"):
        say(f"pure: enriching and deciding {options.stories} stories in this process")
        pure = run_pure(stream[: options.stories], warmup=warmup)
        documents = pure.documents
        report["pure"] = pure.report()
        say(f"pure: {report['pure']['per_second']} stories/s")

    folder = Path(tempfile.mkdtemp(prefix="wirepipe-bench-"))
    if options.runs("bulk"):
        with scratch(settings, folder, "bulk", say, servers) as target:
            target.set_up(topics=False)
            report["bulk"] = bulk_ceiling(target.settings, documents, say)
        say(f"bulk: {report['bulk']['per_second']} documents/s")

    first_burst = stream[: options.burst]
    if options.runs("e2e") or options.runs("latency"):
        with scratch(settings, folder, "e2e", say, servers) as target:
            target.set_up()
            ready = target.start_workers(1)
            say(f"e2e: worker ready in {ready:.1f}s")
            with target.feed() as feed:
                target.warm_up(feed, warmup, say)
                report |= _one_worker(feed, stream, options, say)
        if "e2e" in report and "pure" in report:
            report["e2e"]["over_pure"] = ratio(
                report["e2e"]["per_second"], report["pure"]["per_second"]
            )

    if options.runs("workers"):
        with scratch(settings, folder, "workers", say, servers) as target:
            target.set_up()
            ready = target.start_workers(1, processes=options.workers)
            say(f"workers: {options.workers} ready in {ready:.1f}s")
            with target.feed() as feed:
                target.warm_up(feed, warmup, say)
                burst = feed.burst(first_burst, say, f"{options.workers} workers")
        one = report["e2e"]["bursts"][0]["per_second"] if "e2e" in report else None
        report["workers"] = {
            "workers": options.workers,
            "how": f"wirepipe worker --processes {options.workers}",
            "burst": burst,
            "over_one": ratio(burst["per_second"], one),
        }

    if options.runs("dedup"):
        report["dedup"] = _dedup_state(settings, folder, options, warmup, say)

    shutil.rmtree(folder, ignore_errors=True)
    report["finished_at"] = utc_iso()
    report["machine"]["load_average_at_end"] = [round(load, 2) for load in os.getloadavg()]
    report["machine"]["speed_probe_ms_at_end"] = probe_ms()
    return report


def _one_worker(
    feed: Feed, stream: Sequence[Story], options: BenchOptions, say: Say
) -> dict[str, Any]:
    """Two bursts (when `e2e` runs), then the steady run (when `latency` runs) on their state."""
    burst = options.burst
    report: dict[str, Any] = {}
    if options.runs("e2e"):
        bursts = [
            feed.burst(stream[:burst], say, "e2e burst 1"),
            feed.burst(stream[burst : 2 * burst], say, "e2e burst 2"),
        ]
        report["e2e"] = {
            "workers": 1,
            "bursts": bursts,
            "per_second": round(
                sum(b["stories"] for b in bursts) / sum(b["seconds"] for b in bursts), 1
            ),
            "second_over_first": ratio(bursts[1]["per_second"], bursts[0]["per_second"]),
            # The same, had the machine kept one speed: state growth apart from its drift.
            "second_over_first_at_equal_speed": speed_scaled_ratio(
                bursts[1]["per_second"],
                bursts[1]["speed_probe_ms"],
                bursts[0]["per_second"],
                bursts[0]["speed_probe_ms"],
            ),
        }
        say(f"e2e: {bursts[0]['per_second']} then {bursts[1]['per_second']} stories/s")
    if options.runs("latency"):
        steady = stream[2 * burst : 2 * burst + options.steady_stories()]
        say(f"latency: {len(steady)} stories at {options.steady_rate}/s")
        report["latency"] = feed.steady(steady, options.steady_rate, say)
        say(
            f"latency: p50 {report['latency'].get('p50_seconds')}s, "
            f"p99 {report['latency'].get('p99_seconds')}s"
        )
    return report


def _dedup_state(
    settings: Settings, folder: Path, options: BenchOptions, probe: Sequence[Story], say: Say
) -> dict[str, Any]:
    window = DedupSettings(window_seconds=settings.dedup_window_days * DAY_SECONDS)
    seed = options.seed + DEDUP_SEED_OFFSET
    say(f"dedup: learning records from {MODEL_STORIES} stories")
    model_stories = generate_stories(MODEL_STORIES, seed=seed, mix=StoryMix(0, 0))
    model = RecordModel.learn(enriched(model_stories), window)
    queries = enriched(generate_stories(QUERY_STORIES, seed=seed + 1, mix=options.mix()))
    records = folder / "dedup-records.jsonl"
    say(f"dedup: writing {SIZES[-1]} synthetic records")
    write_records(model, SIZES[-1], records, seed)
    report = decide_cost(window, records, queries, say)
    with scratch(settings, folder, "dedup", say) as target:
        report["restore"] = restore_time(target, records, probe, say)
    report["restore_seconds"] = report["restore"].get("restore_seconds")
    say(f"dedup: a fresh worker restored {SIZES[-1]} stories in {report['restore_seconds']}s")
    return report
