"""Whether a worker can do its job right now: what its `/ready` page answers.

A worker is ready when it holds partitions of the agents' consumer group and
no rebalance is under way, it has restored the dedup state (dedup_log), its
index stage is running, and Elasticsearch has
answered it within `Settings.ready_es_within` seconds. Each check that fails
gives one reason, so a 503 says what is wrong. The answers come from what the
worker already knows (its assignment, the index stage's state, the last bulk
request or probe), never from a request made while the page is asked for.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Set
from dataclasses import dataclass, field
from typing import Any

from pipeline.stream.metrics import PipelineMetrics

Clock = Callable[[], float]

# 5xx: Elasticsearch answers but cannot index (no master, shards unavailable ...).
SERVER_ERROR = 500


@dataclass
class ElasticsearchContact:
    """What the worker last heard from Elasticsearch, from bulk requests and probes.

    It is the index stage's `BulkObserver`: every bulk request, answered or
    not, updates `wirepipe_elasticsearch_up`, and so does the periodic probe
    (`monitor`), which is what notices an outage while no stories come in.
    """

    metrics: PipelineMetrics
    clock: Clock = time.monotonic
    up: bool = False
    last_answer: float | None = None
    problem: str = "not contacted yet"

    def answered(self) -> None:
        self.up = True
        self.last_answer = self.clock()
        self.problem = ""
        self.metrics.elasticsearch_up.set(1)

    def failed(self, problem: str) -> None:
        self.up = False
        self.problem = problem
        self.metrics.elasticsearch_up.set(0)

    def request_finished(self, seconds: float, status: int | None) -> None:
        self.metrics.bulk_request_seconds.observe(seconds)
        if status is None:
            self.failed("bulk request unanswered")
        elif status >= SERVER_ERROR:
            self.failed(f"bulk request answered HTTP {status}")
        else:
            self.answered()

    def retrying(self) -> None:
        self.metrics.bulk_retries.inc()


@dataclass
class IndexStageState:
    """Set by the index stage: running once its consumer started, and why it stopped."""

    running: bool = False
    stopped: str = "not started yet"

    def started(self) -> None:
        self.running, self.stopped = True, ""

    def ended(self, why: str) -> None:
        """The first reason given stays: a failure, not the clean-up that follows it."""
        if self.running:
            self.running, self.stopped = False, why


@dataclass(frozen=True, slots=True)
class Readiness:
    reasons: tuple[str, ...]
    checks: dict[str, bool]

    @property
    def ready(self) -> bool:
        return not self.reasons

    def document(self) -> dict[str, Any]:
        return {"ready": self.ready, "reasons": list(self.reasons), "checks": self.checks}


@dataclass
class WorkerHealth:
    """The readiness checks of one worker, over what its app and stages report."""

    es_within: float
    elasticsearch: ElasticsearchContact
    index_stage: IndexStageState = field(default_factory=IndexStageState)
    assigned: Callable[[], Set[object]] = frozenset
    rebalancing: Callable[[], bool] = lambda: False
    dedup_restored: Callable[[], bool] = lambda: True

    def readiness(self) -> Readiness:
        reasons: list[str] = []
        partitions = bool(self.assigned()) and not self.rebalancing()
        if not partitions:
            reasons.append(
                "rebalancing" if self.rebalancing() else "no partitions assigned to the agents"
            )
        restored = self.dedup_restored()
        if not restored:
            reasons.append("dedup state not restored yet")
        if not self.index_stage.running:
            reasons.append(f"index stage not running: {self.index_stage.stopped}")
        contact = self.elasticsearch
        silent = None if contact.last_answer is None else contact.clock() - contact.last_answer
        reachable = silent is not None and silent <= self.es_within
        if not reachable:
            since = "yet" if silent is None else f"for {silent:.0f}s"
            reasons.append(
                f"Elasticsearch has not answered {since}: {contact.problem or 'not asked since'}"
            )
        checks = {
            "partitions_assigned": partitions,
            "dedup_state_restored": restored,
            "index_stage_running": self.index_stage.running,
            "elasticsearch_reachable": reachable,
        }
        return Readiness(tuple(reasons), checks)
