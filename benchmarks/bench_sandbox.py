"""What the enrich sandbox costs: the pure path in-process against the same path in its child.

    python benchmarks/bench_sandbox.py [--rounds 20]

The worker runs `enrich_story` in a child process under a per-story budget
(pipeline/stream/sandbox.py): each story crosses a socket both ways and the
parent polls the child's CPU time. This runs the project's fixture stories
(tests/fixtures/stories, every format) `--rounds` times both ways, in one run,
and prints stories per second and the ratio.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import contextlib

from pipeline.enrich import enrich_story
from pipeline.entities import load_lexicons
from pipeline.errors import WirepipeError
from pipeline.stream.sandbox import Budget, EnrichSandbox

STORIES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "stories"
RECEIVED = "2026-01-01T00:00:00.000Z"
MAX_STORY_BYTES = 5 * 1024 * 1024


def in_process(payloads: list[bytes]) -> None:
    for data in payloads:
        with contextlib.suppress(WirepipeError):
            enrich_story(data, received_at=RECEIVED, max_story_bytes=MAX_STORY_BYTES)


def sandboxed(sandbox: EnrichSandbox, payloads: list[bytes]) -> None:
    for data in payloads:
        with contextlib.suppress(WirepipeError):
            sandbox.enrich(data, key=None, received_at=RECEIVED, max_story_bytes=MAX_STORY_BYTES)


def rate(run: Callable[[], None], count: int) -> float:
    started = time.perf_counter()
    run()
    return count / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    payloads = [p.read_bytes() for p in sorted(STORIES.iterdir())] * args.rounds
    size = sum(map(len, payloads)) / len(payloads)
    load_lexicons()
    in_process(payloads[:28])  # warm caches as the sandbox's child does before it is ready
    sandbox = EnrichSandbox(Budget(2.0, 512 * 1024 * 1024, 16 * 1024 * 1024))
    sandbox.start()
    try:
        direct = rate(lambda: in_process(payloads), len(payloads))
        isolated = rate(lambda: sandboxed(sandbox, payloads), len(payloads))
    finally:
        sandbox.close()
    print(f"{len(payloads)} stories, {size / 1024:.1f} KB on average")
    print(f"in-process  {direct:8.1f} stories/s")
    print(f"sandboxed   {isolated:8.1f} stories/s")
    print(f"ratio       {isolated / direct:8.2f}")


if __name__ == "__main__":
    main()
