"""Where the CPU went during a burst: the machine's busy share, the workers' and the rest's.

A rate alone does not say why it is what it is. On a machine whose cores
were all busy, a second worker has nothing to run on, and the servers'
share (Kafka, Elasticsearch, on the same machine here) is what the workers
could not have. So each burst reports the machine's busy share from
/proc/stat, and per story the CPU seconds of the workers (each worker
process and what it started: its enrich children, its other processes), of
each server of the local stack (Kafka, Elasticsearch) and of everything else
(the bench's own producer and searches, anything else the machine runs).
Workers and servers are named by their pids, not as "whatever the bench
started": when the bench starts the local stack, its servers are the bench's
children too. Servers elsewhere are not measured. Linux only; elsewhere the
figures are absent.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.stream.sandbox import process_stat

PROC = Path("/proc")
TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def machine_seconds() -> tuple[float, float] | None:
    """(busy, total) CPU seconds of all cores since boot; idle and I/O wait are not busy."""
    try:
        fields = [int(value) for value in (PROC / "stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    total = sum(fields[:8])  # user nice system idle iowait irq softirq steal (guests are in user)
    return (total - fields[3] - fields[4]) / TICKS, total / TICKS


def _processes() -> dict[int, tuple[int, float]]:
    """pid -> (parent pid, CPU seconds used) of every process that can be read."""
    table: dict[int, tuple[int, float]] = {}
    for entry in PROC.iterdir():
        if entry.name.isdigit() and (stat := process_stat(int(entry.name))) is not None:
            table[int(entry.name)] = stat  # a process that ended meanwhile is left out
    return table


def tree_seconds(roots: Sequence[int]) -> float:
    """CPU seconds of the live processes `roots` and of every live process below them."""
    table = _processes()
    children: dict[int, list[int]] = {}
    for pid, (parent, _) in table.items():
        children.setdefault(parent, []).append(pid)
    seconds, stack = 0.0, list(roots)
    while stack:
        pid = stack.pop()
        if pid in table:
            seconds += table[pid][1]
            stack += children.get(pid, [])
    return seconds


@dataclass(frozen=True)
class CpuMeter:
    """Started before a burst; `report` after it tells where the CPU went meanwhile."""

    machine: tuple[float, float] | None
    roots: tuple[int, ...]
    workers: float
    servers: Mapping[str, tuple[int, float]]  # name -> (pid, CPU seconds at the start)

    @classmethod
    def start(cls, workers: Sequence[int], servers: Mapping[str, int] | None = None) -> CpuMeter:
        """Start measuring; `workers` are the pids of the worker processes, `servers` those of
        the local servers by name."""
        started = {name: (pid, tree_seconds([pid])) for name, pid in (servers or {}).items()}
        return cls(machine_seconds(), tuple(workers), tree_seconds(workers), started)

    def report(self, stories: int) -> dict[str, Any]:
        end = machine_seconds()
        if self.machine is None or end is None or stories <= 0:
            return {}
        busy, total = end[0] - self.machine[0], end[1] - self.machine[1]
        # Workers that ended during the burst take their seconds with them: a floor.
        workers = max(0.0, tree_seconds(self.roots) - self.workers)
        servers = {
            name: max(0.0, tree_seconds([pid]) - before)
            for name, (pid, before) in self.servers.items()
        }
        report: dict[str, Any] = {
            "cores": os.cpu_count(),
            "machine_busy_share": round(busy / total, 3) if total > 0 else None,
            "worker_ms_per_story": round(1000 * workers / stories, 2),
        }
        if servers:
            report["servers_ms_per_story"] = {
                name: round(1000 * seconds / stories, 2) for name, seconds in servers.items()
            }
        rest = busy - workers - sum(servers.values())
        report["other_ms_per_story"] = round(1000 * max(0.0, rest) / stories, 2)
        return report
