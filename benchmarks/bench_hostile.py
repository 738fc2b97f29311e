"""Hostile-input benchmark: time and peak memory of `enrich_story` per hostile class and size.

    python -m benchmarks.bench_hostile                       # every class, 1 KB to 1 MB
    python -m benchmarks.bench_hostile --only large-story --sizes 100000,1000000
    python -m benchmarks.bench_hostile --pipeline /tmp/old   # another checkout's pipeline/

The payloads are those of tests/hostile/inputs.py. Each measurement runs in a
forked child under a hard time limit (`--timeout`), so a class that never
finishes costs the limit and not the session: it is reported as "> Ns", and its
larger sizes are skipped. Time is measured in one run, peak memory (tracemalloc,
which slows Python down) in a second one. The outcome column says whether the
story came out ("ok") or was refused with the reason of its StoryParseError.
`--pipeline` imports `pipeline` from another folder, to compare a version
before a change with the one after it.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
import tracemalloc
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SIZES = (1_000, 10_000, 100_000, 1_000_000)


def _enrich(data: bytes, *, traced: bool) -> tuple[float, int, str]:
    from pipeline.enrich import enrich_story
    from pipeline.errors import ParseError

    if traced:
        tracemalloc.start()
    start = time.perf_counter()
    try:
        enrich_story(data)
        outcome = "ok"
    except ParseError as error:
        outcome = error.reason
    except Exception as error:  # a crash is a result here, reported by its class
        outcome = f"crash: {type(error).__name__}"
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] if traced else 0
    if traced:
        tracemalloc.stop()
    return elapsed, peak, outcome


def _child(connection: Connection, data: bytes, traced: bool) -> None:
    connection.send(_enrich(data, traced=traced))
    connection.close()


def measure(data: bytes, *, traced: bool, timeout: float) -> tuple[float, int, str] | None:
    """(seconds, peak bytes, outcome) of one run in a forked child; None past `timeout`."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sender, data, traced))
    child.start()
    sender.close()
    result: Any = receiver.recv() if receiver.poll(timeout) else None
    if result is None:
        child.kill()
    child.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)),
                        help="payload sizes in bytes, comma-separated")
    parser.add_argument("--only", nargs="*", default=None, help="class names to run")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per run")
    parser.add_argument("--pipeline", type=Path, default=ROOT,
                        help="folder holding the pipeline package to measure")
    args = parser.parse_args()
    sys.path.insert(0, str(args.pipeline.resolve()))
    if args.pipeline.resolve() != ROOT:
        sys.path.insert(1, str(ROOT))  # tests.hostile from this checkout
    import pipeline
    from pipeline.entities import load_lexicons
    from tests.hostile.inputs import HOSTILE

    load_lexicons()  # once, before forking: every child starts with them loaded
    sizes = [int(size) for size in args.sizes.split(",")]
    chosen = [h for h in HOSTILE if args.only is None or h.name in args.only]
    print(f"pipeline from {Path(pipeline.__file__).parent}")
    print(f"{'class':26} {'size':>9} {'bytes':>9} {'seconds':>9} {'peak MB':>8}  outcome")
    for hostile in chosen:
        for size in sizes:
            data = hostile.build(size)
            timed = measure(data, traced=False, timeout=args.timeout)
            if timed is None:
                print(f"{hostile.name:26} {size:9d} {len(data):9d} "
                      f"{'> ' + str(int(args.timeout)) + 's':>9} {'':>8}  "
                      "did not finish; larger sizes skipped", flush=True)
                break
            traced = measure(data, traced=True, timeout=args.timeout * 4)
            peak = f"{traced[1] / 1e6:8.1f}" if traced else f"{'> limit':>8}"
            print(f"{hostile.name:26} {size:9d} {len(data):9d} {timed[0]:9.3f} {peak}  "
                  f"{timed[2]}", flush=True)


if __name__ == "__main__":
    main()
