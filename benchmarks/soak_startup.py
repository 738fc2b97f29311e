"""Start-up soak on the local cluster: fresh deployments, each given a burst at once.

    python -m benchmarks.soak_startup                 # 40 rounds, one or two workers
    python -m benchmarks.soak_startup --rounds 10 --burst 200

Each round deploys the pipeline under a new topic prefix (new topics, new
consumer groups, a new state topic), starts one worker (two on odd rounds, so
a rebalance lands in the burst), sends `--burst` stories as soon as the
workers are ready, and waits up to `--within` seconds for all of them in
Elasticsearch. A round that misses the deadline is a stall: the report names
its folder, whose worker logs are kept, and the soak stops there unless
`--keep-going`. The cluster is started if it is not running (`wirepipe stack
up --cluster`) and left as it is.

The rounds are short, so a fault of start-up that only some interleavings show
(a producer losing track of a topic's metadata stalled about one round in ten
on this machine) shows up in minutes rather than once per CI run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from pipeline import stack
from tests.cluster.faults import Cluster
from tests.integration.pipeline_run import free_port
from tests.integration.stories import generated_story


def soak_round(
    cluster: Cluster, number: int, workers: int, burst: int, within: float, folder: Path
) -> float | None:
    """Seconds until the round's burst was indexed, None if it was not within `within`."""
    with cluster.deployment(folder) as run:
        for worker in range(workers):
            run.start_worker(f"w{worker}", web_port=free_port())
        started = time.monotonic()
        for story in range(burst):
            key = f"soak-{number}-{story}".encode()
            run.producer.send(run.settings.topics.raw, key=key, value=generated_story(story))
        run.producer.flush()
        while time.monotonic() - started < within:
            if run.count() >= burst:
                return time.monotonic() - started
            time.sleep(0.5)
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--burst", type=int, default=50, help="stories sent at once each round")
    parser.add_argument("--within", type=float, default=90.0, help="seconds a burst may take")
    parser.add_argument("--keep-going", action="store_true", help="go on after a stall")
    args = parser.parse_args(argv)

    cluster = Cluster(stack.cluster_up())
    stalls: list[Path] = []
    took: list[float] = []
    for number in range(args.rounds):
        folder = Path(tempfile.mkdtemp(prefix=f"wirepipe-soak-{number}-"))
        workers = 2 if number % 2 else 1  # a second worker brings a rebalance into the burst
        seconds = soak_round(cluster, number, workers, args.burst, args.within, folder)
        if seconds is None:
            stalls.append(folder)
            print(f"round {number}: {workers} worker(s), STALLED (logs in {folder})", flush=True)
            if not args.keep_going:
                break
        else:
            took.append(seconds)
            print(f"round {number}: {workers} worker(s), {args.burst} indexed in {seconds:.1f}s")
    rounds = len(took) + len(stalls)
    slowest = f", slowest {max(took):.1f}s" if took else ""
    print(f"{rounds} rounds, {len(stalls)} stalled{slowest}")
    return 1 if stalls else 0


if __name__ == "__main__":
    sys.exit(main())
