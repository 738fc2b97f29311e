"""Memory of the dedup state per story, in process and without servers.

    python benchmarks/bench_dedup_state.py [--stories 200000]
    python benchmarks/bench_dedup_state.py --against /path/to/other/checkout [--trials N]

Every worker holds the whole dedup window (README, "What each worker holds"),
so bytes per story decide how far a window scales. The records are the
synthetic ones of `wirepipe bench` (pipeline.bench.dedup_state: real records'
sizes, names and phrase statistics under fresh ids, hashes and signatures),
written once; a fresh interpreter then restores them into a `DedupStore` in
batches of 1,000, as a worker restores its state topic, with the allocator set
as that checkout's worker sets it, and prints the store's own estimate of its
bytes per story, the growth of the process's resident memory per story and the
records restored per second. `wirepipe bench` measures the same in a real
worker against a real broker; this one answers in a few minutes, on any machine.

`--against` measures another checkout on the same records in turn, in the
same run, and prints the medians of the trials side by side with their ratio.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BATCH = 1000
DAY = 86_400.0
WINDOW_DAYS = 7  # the default window (WIREPIPE_DEDUP_WINDOW_DAYS)
FIGURES = ("store_bytes_per_story", "rss_bytes_per_story", "restored_per_second")


def write(path: Path, stories: int, seed: int) -> None:
    from pipeline.bench.dedup_state import MODEL_STORIES, RecordModel, enriched, write_records
    from pipeline.bench.stories import StoryMix, generate_stories
    from pipeline.dedup import DedupSettings

    settings = DedupSettings(window_seconds=WINDOW_DAYS * DAY)
    originals = generate_stories(MODEL_STORIES, seed=seed, mix=StoryMix(0, 0))
    write_records(RecordModel.learn(enriched(originals), settings), stories, path, seed)


def measure(records: Path) -> dict[str, float]:
    """Restore `records` into a fresh store, in this interpreter."""
    import orjson

    from pipeline.bench.dedup_state import rss_bytes
    from pipeline.dedup import Deduplicator, DedupSettings, DedupStore

    if importlib.util.find_spec("pipeline.stream.memory") is not None:
        from pipeline.stream.memory import return_large_buffers

        return_large_buffers()
    deduplicator = Deduplicator(DedupStore(), DedupSettings(window_seconds=WINDOW_DAYS * DAY))
    gc.collect()
    before = rss_bytes()
    started = time.perf_counter()
    with records.open("rb") as lines:
        while batch := [orjson.loads(line) for line in islice(lines, BATCH)]:
            deduplicator.restore(batch)
    seconds = time.perf_counter() - started
    del batch
    gc.collect()
    after = rss_bytes()
    stored = len(deduplicator.store)
    return {
        "stories": stored,
        "store_bytes_per_story": deduplicator.store.memory_bytes() / stored,
        "rss_bytes_per_story": (after - before) / stored if before and after else float("nan"),
        "restored_per_second": stored / seconds,
    }


def _print(figures: dict[str, float]) -> None:
    print(f"{figures['stories']:.0f} stories restored")
    print(f"  store's estimate  {figures['store_bytes_per_story']:8.0f} bytes a story")
    print(f"  resident memory   {figures['rss_bytes_per_story']:8.0f} bytes a story")
    print(f"  restore           {figures['restored_per_second']:8.0f} stories/s")


def compare(other: Path, records: Path, trials: int) -> None:
    from benchmarks.checkouts import alternate

    this, that = alternate((ROOT, other), __file__, [str(records)], trials)
    print(f"{'':24}{'other':>10}{'this':>10}{'this/other':>12}   (other: {other})")
    for key in FIGURES:
        print(f"{key:24}{that[key]:>10.0f}{this[key]:>10.0f}{this[key] / that[key]:>11.2f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--against", type=Path, help="another checkout to compare with")
    parser.add_argument("--trials", type=int, default=3, help="trials of each, with --against")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:  # the checkout to measure is on PYTHONPATH
        print(json.dumps(measure(args.child)))
        return 0
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as folder:
        records = Path(folder) / "records.jsonl"
        print(f"writing {args.stories} synthetic records", file=sys.stderr)
        write(records, args.stories, args.seed)
        if args.against:
            compare(args.against.resolve(), records, args.trials)
        else:
            from benchmarks.checkouts import measure_in

            _print(measure_in(ROOT, __file__, [str(records)]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
