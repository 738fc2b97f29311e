"""Reading and re-sending the dead letters of `wire.dlq` (`wirepipe dlq list|replay`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kafka import KafkaConsumer, TopicPartition
from kafka.structs import OffsetAndMetadata

from pipeline.config import Settings
from pipeline.stream.clients import kafka_consumer, kafka_producer
from pipeline.stream.dead_letters import DeadLetter, read_dead_letter, replay_topic

REPLAY_GROUP_SUFFIX = "-dlq-replay"


def _drain(consumer: KafkaConsumer, topic: str) -> Iterator[tuple[DeadLetter, Any]]:
    """Every letter from the consumer's position up to the end offsets seen at the start."""
    partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
    if not partitions:
        return
    consumer.assign(partitions)
    ends = consumer.end_offsets(partitions)
    while any(consumer.position(p) < ends[p] for p in partitions):
        batches = consumer.poll(timeout_ms=1000)
        for messages in batches.values():
            for message in messages:
                letter = read_dead_letter(message.key, message.value, message.headers or [])
                yield letter, message


def list_dead_letters(settings: Settings, limit: int = 100) -> Iterator[DeadLetter]:
    consumer = kafka_consumer(settings, client_id="wirepipe-dlq", group_id=None)
    try:
        for number, (letter, _) in enumerate(_drain(consumer, settings.topics.dlq), start=1):
            yield letter
            if number >= limit:
                return
    finally:
        consumer.close()


def replay_dead_letters(settings: Settings, *, stage: str | None, limit: int | None) -> int:
    """Re-send letters once each.

    A replay group per stage filter remembers, in its committed offsets, what
    it already sent back; letters of other stages stay for their own replay.
    """
    group = f"{settings.app_id}{REPLAY_GROUP_SUFFIX}-{stage or 'all'}"
    consumer = kafka_consumer(settings, client_id="wirepipe-dlq", group_id=group)
    producer = kafka_producer(settings, client_id="wirepipe-dlq")
    replayed = 0
    try:
        for letter, message in _drain(consumer, settings.topics.dlq):
            if stage is None or letter.stage == stage:
                producer.send(
                    replay_topic(letter, settings.topics), key=letter.key, value=letter.payload
                )
                replayed += 1
            producer.flush()
            position = TopicPartition(message.topic, message.partition)
            consumer.commit({position: OffsetAndMetadata(message.offset + 1, None, -1)})
            if limit is not None and replayed >= limit:
                break
    finally:
        producer.close()
        consumer.close()
    return replayed
