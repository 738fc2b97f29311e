"""The worker's periodic measurements: the Elasticsearch probe, table sizes, lag arithmetic."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest
from elastic_transport import ConnectionError as TransportConnectionError
from kafka import TopicPartition

from pipeline.config import load_settings
from pipeline.stream.health import ElasticsearchContact
from pipeline.stream.lag import partition_lag, pipeline_groups
from pipeline.stream.metrics import PipelineMetrics
from pipeline.stream.monitor import every, probe_elasticsearch
from tests.index.test_bulk_retries import api_error


class Cluster:
    def __init__(self, outcome: Exception | None) -> None:
        self.outcome = outcome

    async def health(self) -> dict[str, Any]:
        if self.outcome is not None:
            raise self.outcome
        return {"status": "yellow"}


def probed(outcome: Exception | None) -> ElasticsearchContact:
    contact = ElasticsearchContact(PipelineMetrics())
    asyncio.run(probe_elasticsearch(SimpleNamespace(cluster=Cluster(outcome)), contact))
    return contact


def test_the_probe_sees_an_answer_a_refusal_and_silence() -> None:
    assert probed(None).up
    assert probed(api_error(503)).problem == "probe answered HTTP 503"
    assert probed(api_error(401)).problem == "probe refused with HTTP 401"
    silent = probed(TransportConnectionError("refused"))
    assert not silent.up and silent.problem.startswith("probe unanswered")


def test_a_failed_measurement_is_tried_again() -> None:
    attempts: list[int] = []

    async def measure() -> None:
        attempts.append(len(attempts))
        if len(attempts) == 1:
            raise RuntimeError("Kafka is away")

    async def run_for_a_while() -> None:
        task = asyncio.ensure_future(every(0.01, "something", measure))
        while len(attempts) < 3:
            await asyncio.sleep(0.01)
        task.cancel()

    asyncio.run(asyncio.wait_for(run_for_a_while(), timeout=5))
    assert attempts[:3] == [0, 1, 2]


@pytest.mark.parametrize(
    ("committed", "start", "end", "lag"),
    [
        (7, 0, 10, 3),  # committed up to 7
        (None, 0, 10, 10),  # never committed: everything is behind
        (None, 4, 10, 6),  # ... from the first offset retention kept
        (2, 5, 10, 5),  # retention deleted past the commit
        (10, 0, 10, 0),  # drained
    ],
)
def test_lag_is_what_lies_between_the_commit_and_the_end(
    committed: int | None, start: int, end: int, lag: int
) -> None:
    partition = TopicPartition("wire.raw", 0)
    done = {} if committed is None else {partition: committed}
    assert partition_lag([partition], done, {partition: start}, {partition: end}) == {
        partition: lag
    }


def test_the_pipeline_has_two_consumer_groups() -> None:
    settings = load_settings({"WIREPIPE_APP_ID": "desk", "WIREPIPE_TOPIC_PREFIX": "t."})
    assert pipeline_groups(settings) == {
        "desk": ("t.wire.raw", "t.wire.enriched"),
        "desk-index": ("t.wire.articles",),
    }
