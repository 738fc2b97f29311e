"""The pipeline's state for the on-call, gathered from where it lives (`wirepipe status`).

* each worker (WIREPIPE_STATUS_WORKERS): its `/ready` answer and its stage
  counters from `/metrics`, read twice to turn counts into rates;
* Kafka: the consumer lag of the pipeline's groups (`lag`) and the dead
  letters by stage and reason (`dead_letter_topic.dead_letter_stats`);
* Elasticsearch: the cluster's health and the index's documents and size.

Whatever cannot be reached is reported as a problem, not raised: the screen
shows what it could gather, and `Status.problems` says what is unhealthy. A
backlog or dead letters are not problems by themselves: they are the
numbers the on-call reads.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import orjson
from prometheus_client.parser import text_string_to_metric_families

from pipeline.config import Settings
from pipeline.index.client import es_client
from pipeline.stream.dead_letter_topic import LetterStats, dead_letter_stats
from pipeline.stream.lag import LagProbe
from pipeline.stream.metrics import LagKey

T = TypeVar("T")
REQUEST_TIMEOUT = 5.0
STAGE_MESSAGES = "wirepipe_stage_messages_total"
LAST_MESSAGE = "wirepipe_last_message_timestamp_seconds"


@dataclass(frozen=True, slots=True)
class WorkerStatus:
    address: str
    taken_at: float  # time.monotonic() when its counters were read
    ready: bool = False
    reasons: tuple[str, ...] = ()
    counts: dict[tuple[str, str], float] = field(default_factory=dict)  # (stage, outcome)
    last_message: dict[str, float] = field(default_factory=dict)  # stage -> Unix time

    @property
    def processed(self) -> dict[str, float]:
        by_stage: dict[str, float] = {}
        for (stage, _), count in self.counts.items():
            by_stage[stage] = by_stage.get(stage, 0.0) + count
        return by_stage


@dataclass(frozen=True, slots=True)
class ElasticsearchStatus:
    cluster: str  # green, yellow, red; "unreachable" when it did not answer
    documents: int | None = None
    size_bytes: int | None = None


@dataclass(frozen=True, slots=True)
class Status:
    workers: list[WorkerStatus]
    rates: dict[str, float]  # stage -> messages per second, over every worker
    lag: dict[LagKey, int] | None
    dead_letters: LetterStats | None
    elasticsearch: ElasticsearchStatus
    problems: list[str]

    @property
    def healthy(self) -> bool:
        return not self.problems


def _get(url: str) -> tuple[int, bytes]:
    """Status and body of a GET, an HTTP error status included."""
    try:
        with urllib.request.urlopen(url, timeout=REQUEST_TIMEOUT) as response:
            return int(response.status), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def parse_counters(text: str) -> tuple[dict[tuple[str, str], float], dict[str, float]]:
    """Stage counts by (stage, outcome) and last-message times by stage, from `/metrics`."""
    counts: dict[tuple[str, str], float] = {}
    last: dict[str, float] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == STAGE_MESSAGES:
                counts[(sample.labels["stage"], sample.labels["outcome"])] = sample.value
            elif sample.name == LAST_MESSAGE:
                last[sample.labels["stage"]] = sample.value
    return counts, last


def worker_status(address: str) -> WorkerStatus:
    base = f"http://{address}"
    try:
        code, body = _get(f"{base}/ready")
        answer = orjson.loads(body)
        taken_at = time.monotonic()
        _, metrics = _get(f"{base}/metrics")
        counts, last = parse_counters(metrics.decode("utf-8"))
    except urllib.error.URLError as exc:
        return WorkerStatus(address, time.monotonic(), reasons=(f"unreachable: {exc.reason}",))
    except (OSError, ValueError) as exc:  # a timeout, or an answer that is not a worker's
        return WorkerStatus(address, time.monotonic(), reasons=(f"unreachable: {exc}",))
    reasons = tuple(str(reason) for reason in answer.get("reasons", ()))
    return WorkerStatus(address, taken_at, code == 200, reasons, counts, last)


def stage_rates(before: Sequence[WorkerStatus], after: Sequence[WorkerStatus]) -> dict[str, float]:
    """Messages per second by stage between two readings of the same workers.

    A count lower than before means the worker restarted: it counted from 0.
    """
    rates: dict[str, float] = {}
    earlier = {worker.address: worker for worker in before}
    for worker in after:
        previous = earlier.get(worker.address)
        if previous is None or worker.taken_at <= previous.taken_at:
            continue
        seconds = worker.taken_at - previous.taken_at
        old = previous.processed
        for stage, count in worker.processed.items():
            done = count - old.get(stage, 0.0) if count >= old.get(stage, 0.0) else count
            rates[stage] = rates.get(stage, 0.0) + done / seconds
    return rates


def elasticsearch_status(settings: Settings) -> ElasticsearchStatus:
    es = es_client(settings, request_timeout=REQUEST_TIMEOUT)
    try:
        health = es.cluster.health()
        documents = es.count(index=settings.index_alias)["count"]
        stats = es.indices.stats(index=settings.index_alias, metric="store")
        size = stats["_all"]["total"]["store"]["size_in_bytes"]
        return ElasticsearchStatus(str(health["status"]), int(documents), int(size))
    finally:
        es.close()


def _attempt(what: str, problems: list[str], action: Callable[[], T]) -> T | None:
    try:
        return action()
    except Exception as exc:  # shown on the screen; the rest is still gathered
        problems.append(f"{what}: {exc}")
        return None


def gather_status(
    settings: Settings,
    *,
    previous: Sequence[WorkerStatus] | None = None,
    window: float = 1.0,
) -> Status:
    """The pipeline's state now; rates since `previous`, else over at least `window` seconds."""
    problems: list[str] = []
    first = list(previous) if previous else [worker_status(a) for a in settings.status_workers]

    def lag() -> dict[LagKey, int]:
        probe = LagProbe(settings, client_id=f"{settings.app_id}-status")
        try:
            return probe.measure()
        finally:
            probe.close()

    lags = _attempt("Kafka (consumer lag)", problems, lag)
    letters = _attempt("Kafka (dead letters)", problems, lambda: dead_letter_stats(settings))
    found = _attempt("Elasticsearch", problems, lambda: elasticsearch_status(settings))
    elasticsearch = found or ElasticsearchStatus("unreachable")
    if elasticsearch.cluster == "red":
        problems.append("Elasticsearch: cluster health is red")
    if not previous:
        now = time.monotonic()
        waited = now - min((worker.taken_at for worker in first), default=now)
        time.sleep(max(0.0, window - waited))
    workers = [worker_status(address) for address in settings.status_workers]
    for worker in workers:
        if not worker.ready:
            problems.append(f"worker {worker.address} not ready: {'; '.join(worker.reasons)}")
    return Status(workers, stage_rates(first, workers), lags, letters, elasticsearch, problems)
