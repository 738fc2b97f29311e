"""An in-memory stand-in for the Kafka clients of `dead_letter_topic`, with sample letters."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest
from kafka import TopicPartition

from pipeline.config import Topics
from pipeline.formats import StoryParseError
from pipeline.stream import dead_letter_topic
from pipeline.stream.dead_letters import ATTEMPT_HEADER, make_dead_letter

RECORD_TIME_MS = 1_767_258_000_000  # 2026-01-01T09:00:00Z


@dataclass
class Broker:
    """Partitions of records by topic, the groups' committed offsets, what producers sent."""

    records: dict[str, list[list[Any]]] = field(default_factory=dict)
    committed: dict[str, dict[TopicPartition, int]] = field(default_factory=dict)
    sent: list[tuple[str, bytes | None, bytes, list[tuple[str, bytes]]]] = field(
        default_factory=list
    )

    def append(self, topic: str, partition: int, key, value, headers) -> None:
        log = self.records.setdefault(topic, [[], []])[partition]
        log.append(
            SimpleNamespace(
                topic=topic, partition=partition, offset=len(log), key=key, value=value,
                headers=headers, timestamp=RECORD_TIME_MS,
            )
        )  # fmt: skip


class FakeConsumer:
    def __init__(self, broker: Broker, group_id: str | None) -> None:
        self.broker, self.group = broker, group_id
        self.positions: dict[TopicPartition, int] = {}

    def partitions_for_topic(self, topic: str) -> set[int]:
        return set(range(len(self.broker.records.get(topic, []))))

    def assign(self, partitions: list[TopicPartition]) -> None:
        committed = self.broker.committed.get(self.group or "", {})
        self.positions = {tp: committed.get(tp, 0) for tp in partitions}

    def end_offsets(self, partitions: list[TopicPartition]) -> dict[TopicPartition, int]:
        return {tp: len(self.broker.records[tp.topic][tp.partition]) for tp in partitions}

    def position(self, tp: TopicPartition) -> int:
        return self.positions[tp]

    def poll(self, timeout_ms: int) -> dict[TopicPartition, list[Any]]:
        batch = {}
        for tp, position in self.positions.items():
            records = self.broker.records[tp.topic][tp.partition][position : position + 2]
            if records:
                batch[tp] = records
                self.positions[tp] = position + len(records)
        return batch

    def commit(self, offsets: dict[TopicPartition, Any]) -> None:
        assert self.group is not None
        stored = self.broker.committed.setdefault(self.group, {})
        stored.update({tp: meta.offset for tp, meta in offsets.items()})

    def close(self) -> None:
        pass


class FakeProducer:
    def __init__(self, broker: Broker) -> None:
        self.broker = broker

    def send(self, topic: str, *, key, value, headers) -> Any:
        self.broker.sent.append((topic, key, value, headers))
        return SimpleNamespace(get=lambda timeout: None)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


def fake_kafka(monkeypatch: pytest.MonkeyPatch) -> Broker:
    """Point `dead_letter_topic` at a fresh in-memory broker."""
    broker = Broker()
    monkeypatch.setattr(
        dead_letter_topic,
        "kafka_consumer",
        lambda settings, client_id, group_id: FakeConsumer(broker, group_id),
    )
    monkeypatch.setattr(
        dead_letter_topic, "kafka_producer", lambda settings, client_id: FakeProducer(broker)
    )
    return broker


def letter(stage: str, key: str, error: BaseException | None = None, attempt: int = 1):
    return make_dead_letter(
        stage=stage,
        error=error or RuntimeError("connection reset"),
        source_topic="__consumer_offsets",
        partition=0,
        offset=0,
        key=key.encode(),
        payload=f"payload of {key}".encode(),
        headers=[(ATTEMPT_HEADER, str(attempt).encode())],
    )


def file_letters(broker: Broker, topics: Topics) -> None:
    """Two partitions of letters: three to replay, three to hold back."""
    for partition, filed in enumerate(
        [
            [letter("enrich", "a"), letter("enrich", "held", StoryParseError("xml-forbidden"))],
            [letter("dedup", "b"), letter("index", "tired", attempt=5), letter("index", "c")],
        ]
    ):
        for filed_letter in filed:
            broker.append(topics.dlq, partition, filed_letter.key, filed_letter.payload,
                          filed_letter.headers())  # fmt: skip
    garbage = [("wirepipe-stage", b"\xff"), ("wirepipe-source-topic", b"__consumer_offsets"),
               ("wirepipe-partition", b"zero")]  # fmt: skip
    broker.append(topics.dlq, 1, b"junk", b"junk", garbage)
