"""What a worker measures, served in the Prometheus text format on its `/metrics` page.

Every app has its own `CollectorRegistry`, so several apps in one process
(tests) never add to each other's counts. The families' names and labels are
an interface: dashboards and alert rules (`deploy/`) use them, and the
README's "Operations" section lists them. Label values stay few: the three
stages, the outcomes each stage counts, and a dead letter's reason tag, where
an unforeseen error (whose letter carries its message as the reason) counts
as `unexpected`. The series of every known outcome exist from the start, at
0, so that a rate or an alert sees the first message rather than nothing.

Faust's own Prometheus sensor is not used: its families are named after the
app id (one name per deployment) and its latencies in milliseconds, which
`promtool check metrics` refuses.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from typing import TypeVar, get_args

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    ProcessCollector,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from pipeline.dedup import Reason
from pipeline.errors import UnexpectedError, WirepipeError
from pipeline.index.bulk import Outcome
from pipeline.stream.dead_letters import REASON_TAG, STAGES

UNEXPECTED_REASON = "unexpected"
DEAD_LETTER = "dead-letter"
BULK_OUTCOMES: tuple[str, ...] = get_args(Outcome)
STAGE_OUTCOMES = {
    "enrich": ("enriched", DEAD_LETTER),
    "dedup": (*(reason.value for reason in Reason), DEAD_LETTER),
    "index": ("indexed", "stale", DEAD_LETTER),  # a failed document is dead-lettered
}

# Seconds: a story through one stage, one bulk request, a story from Kafka into the index.
STAGE_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
BULK_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
INGEST_BUCKETS = (0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600)

LagKey = tuple[str, str, int]  # consumer group, topic, partition
Key = TypeVar("Key", bound=tuple[object, ...])


def reason_label(error: BaseException) -> str:
    """The `reason` label of a dead letter: the error's tag, or `unexpected`."""
    if isinstance(error, UnexpectedError) or not isinstance(error, WirepipeError):
        return UNEXPECTED_REASON
    return error.reason if REASON_TAG.fullmatch(error.reason) else UNEXPECTED_REASON


def epoch_seconds(moment: object) -> float | None:
    """An article's ISO 8601 time (`received_at`) as Unix seconds; None if it is not one."""
    if not isinstance(moment, str):
        return None
    try:
        parsed = datetime.fromisoformat(moment)
    except ValueError:
        return None
    return parsed.timestamp() if parsed.tzinfo is not None else None


class SnapshotGauge(Collector):
    """A gauge family whose series are replaced whole by each measurement.

    Consumer lag and state size are measured now and then, not counted as
    messages pass; a partition or table that is gone from the latest
    measurement must be gone from the page too.
    """

    def __init__(self, name: str, documentation: str, labels: Iterable[str]) -> None:
        self.name = name
        self.documentation = documentation
        self.labels = list(labels)
        self.values: dict[tuple[str, ...], float] = {}

    def replace(self, values: Mapping[Key, float]) -> None:
        self.values = {tuple(str(part) for part in key): value for key, value in values.items()}

    def collect(self) -> Iterator[Metric]:
        family = GaugeMetricFamily(self.name, self.documentation, labels=self.labels)
        for key, value in sorted(self.values.items()):
            family.add_metric(list(key), value)
        yield family

    def describe(self) -> Iterator[Metric]:
        yield GaugeMetricFamily(self.name, self.documentation, labels=self.labels)


class PipelineMetrics:
    """The families of one app, in a registry of its own."""

    def __init__(self) -> None:
        # A `_created` series per counter doubles the page with nothing Prometheus 2 reads;
        # the client offers only this process-wide switch.
        disable_created_metrics()
        self.registry = CollectorRegistry()
        registry = self.registry
        self.stage_messages = Counter(
            "wirepipe_stage_messages",
            "Messages each stage finished, by outcome (dead-letter included)",
            ["stage", "outcome"],
            registry=registry,
        )
        self.dead_letters = Counter(
            "wirepipe_dead_letters",
            "Messages filed in the dead-letter topic, by stage and reason tag",
            ["stage", "reason"],
            registry=registry,
        )
        self.stage_seconds = Histogram(
            "wirepipe_stage_seconds",
            "Seconds a stage spent on one message (index: a batch's time shared by its messages)",
            ["stage"],
            buckets=STAGE_BUCKETS,
            registry=registry,
        )
        self.last_message = Gauge(
            "wirepipe_last_message_timestamp_seconds",
            "Unix time at which a stage last finished a message",
            ["stage"],
            registry=registry,
        )
        self.bulk_request_seconds = Histogram(
            "wirepipe_bulk_request_seconds",
            "Seconds of one Elasticsearch bulk request, answered or not",
            buckets=BULK_BUCKETS,
            registry=registry,
        )
        self.bulk_documents = Counter(
            "wirepipe_bulk_documents",
            "Documents the bulk sink sent, by final outcome (indexed, stale, failed)",
            ["outcome"],
            registry=registry,
        )
        self.bulk_retries = Counter(
            "wirepipe_bulk_retries",
            "Bulk requests sent again after a transient failure (whole request or documents)",
            registry=registry,
        )
        self.elasticsearch_up = Gauge(
            "wirepipe_elasticsearch_up",
            "1 when Elasticsearch answered the worker's last bulk request or probe, else 0",
            registry=registry,
        )
        self.worker_ready = Gauge(
            "wirepipe_worker_ready",
            "1 when the worker's /ready would answer 200, else 0 (asked at each scrape)",
            registry=registry,
        )
        self.ingest_to_indexed_seconds = Histogram(
            "wirepipe_ingest_to_indexed_seconds",
            "Seconds from a story's arrival in Kafka (received_at) to the bulk acknowledgement",
            buckets=INGEST_BUCKETS,
            registry=registry,
        )
        self.consumer_lag = SnapshotGauge(
            "wirepipe_consumer_lag",
            "Messages not yet committed by the pipeline's consumer groups, per partition",
            ["group", "topic", "partition"],
        )
        self.dedup_state_entries = SnapshotGauge(
            "wirepipe_dedup_state_entries",
            "Stories held in this worker's dedup state",
            ["table"],
        )
        self.dedup_state_bytes = SnapshotGauge(
            "wirepipe_dedup_state_bytes",
            "Approximate bytes of memory held by this worker's dedup state",
            ["table"],
        )
        for collector in (self.consumer_lag, self.dedup_state_entries, self.dedup_state_bytes):
            registry.register(collector)
        ProcessCollector(registry=registry)
        for stage in STAGES:
            self.stage_seconds.labels(stage)
            self.dead_letters.labels(stage, UNEXPECTED_REASON)
            for outcome in STAGE_OUTCOMES[stage]:
                self.stage_messages.labels(stage, outcome)
        for outcome in BULK_OUTCOMES:
            self.bulk_documents.labels(outcome)

    def finished(self, stage: str, outcome: str, *, count: int = 1) -> None:
        """`count` messages of `stage` are done, with `outcome`."""
        self.stage_messages.labels(stage, outcome).inc(count)
        self.last_message.labels(stage).set_to_current_time()

    def dead_letter(self, stage: str, error: BaseException) -> None:
        self.dead_letters.labels(stage, reason_label(error)).inc()
        self.finished(stage, DEAD_LETTER)

    @contextmanager
    def timed(self, stage: str, *, messages: int = 1) -> Iterator[None]:
        """Time the block; its seconds are shared by the `messages` it handled."""
        started = time.perf_counter()
        try:
            yield
        finally:
            self.stage_took(stage, time.perf_counter() - started, messages=messages)

    def stage_took(self, stage: str, seconds: float, *, messages: int = 1) -> None:
        """`seconds` of the stage's time, shared by the `messages` it handled."""
        if messages > 0:
            histogram = self.stage_seconds.labels(stage)
            for _ in range(messages):
                histogram.observe(seconds / messages)

    def bulk_result(self, outcome: str, received_at: object, *, now: float | None = None) -> None:
        """One document's outcome in the bulk sink, acknowledged `now`.

        A `failed` document is counted as the stage's dead letter when it is filed.
        """
        self.bulk_documents.labels(outcome).inc()
        if outcome == "failed":
            return
        self.finished("index", outcome)
        arrived = epoch_seconds(received_at)
        if outcome == "indexed" and arrived is not None:
            moment = time.time() if now is None else now
            self.ingest_to_indexed_seconds.observe(max(0.0, moment - arrived))

    def record_lag(self, lags: Mapping[LagKey, int]) -> None:
        self.consumer_lag.replace(lags)

    def record_state(self, sizes: Mapping[str, tuple[int, int]]) -> None:
        """Entries and approximate bytes of each table, by table name."""
        self.dedup_state_entries.replace({(table,): n for table, (n, _) in sizes.items()})
        self.dedup_state_bytes.replace({(table,): b for table, (_, b) in sizes.items()})

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
