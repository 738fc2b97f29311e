"""The pure rate: the worker's pure stages on the benchmark's stories, in this one process.

`enrich_story` runs exactly as the worker's sandbox runs it; for the run, the
stage functions it calls are wrapped with timers (`timed_stages`), so each
stage's cost comes from the code path the worker takes, and what is left of
`enrich_story`'s time (identity, timestamps, the raw copy) is reported as
"assemble". The dedup decision then runs over the enriched stories in order,
against in-memory state (`dedup_stream`, as `wirepipe enrich` does). The
lexicons load before timing starts, on warm-up stories, and are then kept out of
the cyclic collector's passes, as in the worker's enrich process.

The documents the dedup stage would send on (an indexed story and any
tombstones it retracts) are kept: the bulk ceiling indexes those.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from pipeline import enrich
from pipeline.bench.stories import Story
from pipeline.dedup import dedup_stream
from pipeline.model import Article
from pipeline.stream.memory import freeze_long_lived

# Stage name -> the function `pipeline.enrich` calls for it.
STAGES = {
    "parse": "parse_story",
    "clean": "clean_story",
    "tag": "tag_article",
    "fingerprint": "fingerprint_article",
}


@contextmanager
def timed_stages(seconds: dict[str, float]) -> Iterator[None]:
    """Within the block, every call of a stage by `enrich_story` adds its duration to
    `seconds[stage]`."""
    originals = {stage: getattr(enrich, name) for stage, name in STAGES.items()}

    def timed(stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - started

        return run

    for stage, function in originals.items():
        setattr(enrich, STAGES[stage], timed(stage, function))
    try:
        yield
    finally:
        for stage, function in originals.items():
            setattr(enrich, STAGES[stage], function)


@dataclass
class PureRun:
    stories: int
    enrich_seconds: float
    enrich_cpu_seconds: float
    dedup_seconds: float
    dedup_cpu_seconds: float
    stage_seconds: dict[str, float]
    decisions: dict[str, int]
    documents: list[Article] = field(repr=False)

    @property
    def seconds(self) -> float:
        return self.enrich_seconds + self.dedup_seconds

    def report(self) -> dict[str, Any]:
        n = self.stories
        stage_us = {stage: 1e6 * self.stage_seconds.get(stage, 0.0) / n for stage in STAGES}
        stage_us["assemble"] = 1e6 * self.enrich_seconds / n - sum(stage_us.values())
        stage_us["dedup"] = 1e6 * self.dedup_seconds / n
        return {
            "stories": n,
            "seconds": round(self.seconds, 3),
            "per_second": round(n / self.seconds, 1),
            "per_cpu_second": round(n / (self.enrich_cpu_seconds + self.dedup_cpu_seconds), 1),
            "enrich_per_second": round(n / self.enrich_seconds, 1),
            "dedup_per_second": round(n / self.dedup_seconds, 1),
            "stage_us_per_story": {stage: round(us, 1) for stage, us in stage_us.items()},
            "decisions": dict(sorted(self.decisions.items())),
            "documents": len(self.documents),
        }


def run_pure(stories: Sequence[Story], *, warmup: Sequence[Story]) -> PureRun:
    for story in warmup:
        enrich.enrich_story(story.payload, key=story.key)
    freeze_long_lived()  # as the worker's enrich process does once warmed up
    stage_seconds: dict[str, float] = {}
    wall, cpu = time.perf_counter(), time.process_time()
    with timed_stages(stage_seconds):
        articles = [enrich.enrich_story(story.payload, key=story.key) for story in stories]
    enrich_wall, enrich_cpu = time.perf_counter() - wall, time.process_time() - cpu

    decisions: dict[str, int] = {}
    documents: list[Article] = []
    wall, cpu = time.perf_counter(), time.process_time()
    for decision in dedup_stream(articles):
        decisions[str(decision.reason)] = decisions.get(str(decision.reason), 0) + 1
        if decision.action != "skip":
            documents += [decision.article, *decision.retractions]
    dedup_wall, dedup_cpu = time.perf_counter() - wall, time.process_time() - cpu
    return PureRun(
        stories=len(stories),
        enrich_seconds=enrich_wall,
        enrich_cpu_seconds=enrich_cpu,
        dedup_seconds=dedup_wall,
        dedup_cpu_seconds=dedup_cpu,
        stage_seconds=stage_seconds,
        decisions=decisions,
        documents=documents,
    )
