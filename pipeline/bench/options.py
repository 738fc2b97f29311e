"""What one `wirepipe bench` run measures, and on how many stories (no server client
imported: the command line reads the defaults when it builds its parser)."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.bench.stories import StoryMix

# In the order they run; see pipeline.bench.runner.
SECTIONS = ("pure", "bulk", "e2e", "latency", "workers", "dedup")
SERVER_SECTIONS = frozenset(SECTIONS) - {"pure"}


@dataclass(frozen=True)
class BenchOptions:
    stories: int = 2000
    burst: int = 3000
    steady_rate: float = 50.0
    steady_seconds: float = 30.0
    duplicates: float = 0.10
    versions: float = 0.05
    workers: int = 1
    seed: int = 1
    skip: frozenset[str] = frozenset()

    def runs(self, section: str) -> bool:
        return section not in self.skip and (section != "workers" or self.workers > 1)

    def needs_servers(self) -> bool:
        return any(self.runs(section) for section in SERVER_SECTIONS)

    def mix(self) -> StoryMix:
        return StoryMix(duplicates=self.duplicates, versions=self.versions)

    def steady_stories(self) -> int:
        return round(self.steady_rate * self.steady_seconds)

    def stream_length(self) -> int:
        lengths = [0]
        if self.runs("pure") or self.runs("bulk"):
            lengths.append(self.stories)
        if self.runs("e2e") or self.runs("latency"):
            lengths.append(2 * self.burst + (self.steady_stories() if self.runs("latency") else 0))
        if self.runs("workers"):
            lengths.append(self.burst)
        return max(lengths)
