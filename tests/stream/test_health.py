"""Readiness: each check and its reason, and what the bulk sink tells about Elasticsearch."""

from __future__ import annotations

import asyncio
from typing import Any

from elastic_transport import ConnectionError as TransportConnectionError

from pipeline.index.bulk import BulkIndexer
from pipeline.stream.health import ElasticsearchContact, IndexStageState, WorkerHealth
from pipeline.stream.metrics import PipelineMetrics
from tests.index.test_bulk_retries import RecordedSleep, ScriptedClient, api_error, response
from tests.stream.test_metrics import value


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def healthy(clock: Clock, *, es_within: float = 30.0) -> WorkerHealth:
    contact = ElasticsearchContact(PipelineMetrics(), clock=clock)
    contact.answered()
    state = IndexStageState()
    state.started()
    return WorkerHealth(
        es_within, contact, state, assigned=lambda: {"wire.raw/0"}, rebalancing=lambda: False
    )


def test_a_worker_with_partitions_a_running_index_stage_and_elasticsearch_is_ready() -> None:
    readiness = healthy(Clock()).readiness()
    assert readiness.ready
    assert readiness.document() == {
        "ready": True,
        "reasons": [],
        "checks": {
            "partitions_assigned": True,
            "dedup_state_restored": True,
            "index_stage_running": True,
            "elasticsearch_reachable": True,
        },
    }


def test_each_failed_check_gives_its_reason() -> None:
    clock = Clock()
    health = healthy(clock)
    health.assigned = frozenset
    assert health.readiness().reasons == ("no partitions assigned to the agents",)
    health = healthy(clock)
    health.rebalancing = lambda: True
    assert health.readiness().reasons == ("rebalancing",)
    health = healthy(clock)
    health.index_stage.ended("failed: KafkaError()")
    health.index_stage.ended("stopped")  # the clean-up after the failure
    assert health.readiness().reasons == ("index stage not running: failed: KafkaError()",)


def test_elasticsearch_silent_for_longer_than_allowed_makes_the_worker_unready() -> None:
    clock = Clock()
    health = healthy(clock, es_within=30)
    health.elasticsearch.failed("probe unanswered: connection refused")
    clock.now += 30
    assert health.readiness().ready  # within the allowance
    clock.now += 1
    readiness = health.readiness()
    assert readiness.reasons == (
        "Elasticsearch has not answered for 31s: probe unanswered: connection refused",
    )
    assert readiness.checks["elasticsearch_reachable"] is False
    health.elasticsearch.answered()
    assert health.readiness().ready


def test_a_new_worker_is_not_ready_until_elasticsearch_answers() -> None:
    metrics = PipelineMetrics()
    health = WorkerHealth(30, ElasticsearchContact(metrics))
    reasons = health.readiness().reasons
    assert reasons == (
        "no partitions assigned to the agents",
        "index stage not running: not started yet",
        "Elasticsearch has not answered yet: not contacted yet",
    )
    assert value(metrics, "wirepipe_elasticsearch_up") == 0


def test_bulk_requests_tell_whether_elasticsearch_is_up_and_count_retries() -> None:
    metrics = PipelineMetrics()
    contact = ElasticsearchContact(metrics)
    refused = TransportConnectionError("refused", errors=(ConnectionRefusedError(111, "no"),))
    seen: list[float | None] = []

    class Watching(ScriptedClient):
        async def bulk(self, operations: list[dict[str, Any]]) -> dict[str, Any]:
            seen.append(value(metrics, "wirepipe_elasticsearch_up"))
            return await super().bulk(operations)

    client = Watching(refused, api_error(503, "unavailable_shards_exception"), response(201))
    indexer = BulkIndexer(client, "wire-articles", sleep=RecordedSleep(), observer=contact)
    asyncio.run(indexer.index([{"id": "a", "body": "text"}]))
    # Down before each request: not contacted yet, refused, answered 503; up once answered.
    assert seen == [0, 0, 0]
    assert contact.up and value(metrics, "wirepipe_elasticsearch_up") == 1
    assert value(metrics, "wirepipe_bulk_request_seconds_count") == 3
    assert value(metrics, "wirepipe_bulk_retries_total") == 2


def test_a_429_means_elasticsearch_answers() -> None:
    contact = ElasticsearchContact(PipelineMetrics())
    contact.request_finished(0.1, 429)
    assert contact.up
    contact.request_finished(0.1, 500)
    assert not contact.up and contact.problem == "bulk request answered HTTP 500"
    contact.request_finished(0.1, None)
    assert contact.problem == "bulk request unanswered"


def test_a_worker_still_restoring_dedup_state_is_not_ready() -> None:
    health = healthy(Clock())
    health.dedup_restored = lambda: False
    readiness = health.readiness()
    assert not readiness.ready
    assert readiness.reasons == ("dedup state not restored yet",)
    assert readiness.checks["dedup_state_restored"] is False
