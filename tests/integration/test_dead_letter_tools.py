"""`wirepipe dlq list|stats|replay` against a real DLQ topic: where letters go, and where not."""

from __future__ import annotations

import os
from typing import Any

import orjson
import pytest
from kafka import TopicPartition

from pipeline.cli.main import main
from pipeline.config import Settings
from pipeline.stream.clients import kafka_consumer
from tests.integration.pipeline_run import PipelineRun

FORBIDDEN = "__consumer_offsets"


def headers(stage: str, reason: str, attempt: int, source: str) -> list[tuple[str, bytes]]:
    fields = {"stage": stage, "reason": reason, "error": "Error", "source-topic": source,
              "partition": "0", "offset": "7", "failed-at": "2026-01-01T09:00:00.000Z",
              "attempt": str(attempt)}  # fmt: skip
    return [(f"wirepipe-{name}", value.encode()) for name, value in fields.items()]


def letters(settings: Settings) -> dict[str, list[tuple[str, bytes]]]:
    """The letters filed on the run's DLQ, by key (each payload is b"payload of " + key)."""
    topics = settings.topics
    return {
        "to-raw": headers("enrich", "connection reset", 1, topics.raw),
        "to-enriched": headers("dedup", "KeyError", 3, topics.enriched),
        "to-articles": headers("index", "index-rejected", 1, topics.articles),
        "names-offsets": headers("enrich", "connection reset", 1, FORBIDDEN),
        "unknown-stage-names-offsets": headers("compaction", "connection reset", 1, FORBIDDEN),
        "garbage": [
            ("wirepipe-stage", b"\xff\xfe"),
            ("wirepipe-partition", b"zero"),
            ("wirepipe-offset", b"-"),
            ("wirepipe-attempt", b"many"),
            ("wirepipe-failed-at", b"\x00\x01"),
            ("wirepipe-source-topic", FORBIDDEN.encode()),
            ("x-n\u00e4me-not-ours", b"\x80"),
        ],
        "permanent": headers("enrich", "xml-forbidden", 1, topics.raw),
        "exhausted": headers("index", "bulk-rejected", 5, topics.articles),
    }


def read_topic(settings: Settings, topic: str, start: dict[int, int] | None = None) -> list[Any]:
    """Every record of `topic` from `start` (default: the beginning) to its current end."""
    consumer = kafka_consumer(settings, client_id="dlq-test", group_id=None)
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic)]
        consumer.assign(partitions)
        for tp in partitions:
            consumer.seek(tp, (start or {}).get(tp.partition, 0))
        ends = consumer.end_offsets(partitions)
        found: list[Any] = []
        while any(consumer.position(tp) < ends[tp] for tp in partitions):
            for batch in consumer.poll(timeout_ms=1000).values():
                found.extend(batch)
        return found
    finally:
        consumer.close()


def end_offsets(settings: Settings, topic: str) -> dict[int, int]:
    consumer = kafka_consumer(settings, client_id="dlq-test", group_id=None)
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic)]
        return {tp.partition: end for tp, end in consumer.end_offsets(partitions).items()}
    finally:
        consumer.close()


def arrived(settings: Settings) -> dict[str, list[tuple[str, int]]]:
    """What replays put on the input topics: key -> [(topic, attempt), ...]."""
    topics = settings.topics
    found: dict[str, list[tuple[str, int]]] = {}
    for topic in (topics.raw, topics.enriched, topics.articles):
        for record in read_topic(settings, topic):
            key = record.key.decode()
            assert record.value == b"payload of " + record.key
            attempt = int(dict(record.headers)["wirepipe-attempt"])
            found.setdefault(key, []).append((topic, attempt))
    return found


def dlq(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[str, str]:
    assert main(["dlq", *args]) == 0
    return capsys.readouterr()


def test_dead_letter_tools_on_a_real_topic(
    pipeline_run: PipelineRun,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in pipeline_run.env.items():
        if os.environ.get(name) != value:
            monkeypatch.setenv(name, value)
    monkeypatch.delenv("WIREPIPE_DLQ_MAX_ATTEMPTS", raising=False)
    settings = pipeline_run.settings
    topics = settings.topics
    filed = letters(settings)
    for key, letter_headers in filed.items():
        pipeline_run.producer.send(
            topics.dlq, key=key.encode(), value=b"payload of " + key.encode(),
            headers=letter_headers,
        )  # fmt: skip
    pipeline_run.producer.flush()
    offsets_before = end_offsets(settings, FORBIDDEN)

    out, _ = dlq(capsys, "list", "--limit", "100")
    listed = {entry["key"]: entry for entry in map(orjson.loads, out.splitlines())}
    assert set(listed) == set(filed)
    garbage = listed["garbage"]
    assert (garbage["partition"], garbage["offset"], garbage["attempt"]) == (-1, -1, 1)
    assert garbage["stage"] == "\ufffd\ufffd" and garbage["failed_at"].endswith("Z")
    out, _ = dlq(capsys, "list", "--stage", "index", "--since", "2025-12-31")
    assert {orjson.loads(line)["key"] for line in out.splitlines()} == {"to-articles", "exhausted"}

    out, _ = dlq(capsys, "stats", "--json")
    stats = orjson.loads(out)
    assert stats["letters"] == 8 and stats["replayable"] == 4
    assert stats["held"] == {"permanent": 1, "exhausted": 1, "unknown-stage": 2}
    assert stats["by_stage"]["enrich"] == 3 and stats["by_attempt"] == {"1": 6, "3": 1, "5": 1}
    out, _ = dlq(capsys, "stats")
    assert out.splitlines()[-1].startswith("8 letters: 4 replayable")

    out, err = dlq(capsys, "replay", "--dry-run")
    assert len(out.splitlines()) == 4 and err.startswith("would replay 4 dead letters")
    assert arrived(settings) == {}

    _, err = dlq(capsys, "replay")
    assert err.startswith("replayed 4 dead letters")
    assert arrived(settings) == {
        "to-raw": [(topics.raw, 2)],
        "to-enriched": [(topics.enriched, 4)],
        "to-articles": [(topics.articles, 2)],
        "names-offsets": [(topics.raw, 2)],
    }
    _, err = dlq(capsys, "replay")
    assert err.startswith("replayed 0 dead letters")

    dlq(capsys, "replay", "--force", "--reason", "xml-forbidden")
    dlq(capsys, "replay", "--force", "--reason", "bulk-rejected")
    _, err = dlq(capsys, "replay", "--force", "--stage", "enrich", "--reason", "connection reset")
    assert err.startswith("replayed 2 dead letters")  # its own cursor: sent again, as forced
    after = arrived(settings)
    assert after["permanent"] == [(topics.raw, 2)]
    assert after["exhausted"] == [(topics.articles, 6)]
    assert "garbage" not in after and "unknown-stage-names-offsets" not in after

    payloads = {b"payload of " + key.encode() for key in filed}
    landed = read_topic(settings, FORBIDDEN, start=offsets_before)
    assert landed, "the replay cursors' commits are there: the topic was read"
    assert not [record for record in landed if record.value in payloads]
    assert len(pipeline_run.dead_letters()) == 8  # a replay never takes letters off the DLQ
