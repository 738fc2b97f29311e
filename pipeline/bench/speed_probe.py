"""How fast this machine runs Python right now: a fixed workload's CPU time.

The reference machine is a shared virtual machine whose speed changes from
day to day (the pure stages ran at 301 stories/s one day and at 45 the next,
parsing alone five times slower), so a rate alone cannot be compared with one
from another run. The report therefore times the same small workload at the
start and at the end of every run: string, dict and arithmetic work of the
kind the pure stages do. Rates of two runs compare once each is scaled by its
probe; figures within one run compare directly, unless the probe moved during
the run: each end-to-end burst is therefore probed just before and just after
it, and two bursts compare at equal speed too (`speed_scaled_ratio`). The
workload's checksum is returned too, so the work cannot be skipped and a test
can see it is always the same work.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from statistics import fmean

ROUNDS = 3
WORDS = 200_000


def workload() -> int:
    """The fixed work: a checksum over words built, counted and hashed in plain Python."""
    counts: dict[str, int] = {}
    checksum = 0
    for number in range(WORDS):
        word = f"w{number % 997}-{number % 13}"
        counts[word] = counts.get(word, 0) + 1
        checksum = (checksum * 31 + len(word.upper()) + number) % 1_000_000_007
    return (checksum + sum(counts.values()) + len(counts)) % 1_000_000_007


def probe_ms() -> float:
    """The fewest CPU milliseconds the workload took in `ROUNDS` runs (the least disturbed)."""
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.process_time()
        workload()
        best = min(best, time.process_time() - started)
    return round(1000 * best, 1)


def speed_scaled_ratio(
    later_rate: float, later_probes: Sequence[float], rate: float, probes: Sequence[float]
) -> float:
    """`later_rate / rate` as if the machine had run both at one speed: a CPU-bound rate
    measured while the probe took twice as long is half what the same code reaches on
    the faster machine, so each rate is weighted by its mean probe."""
    return round(later_rate * fmean(later_probes) / (rate * fmean(probes)), 3)
