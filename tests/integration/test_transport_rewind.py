"""`rewind_to_committed` against a real broker: what a worker re-reads after table recovery.

Faust drops what its fetcher pulled while stream partitions were paused for
recovery, then seeks to the committed offsets. These tests read every record
first, as that fetcher would have, and check where each partition stands after
the seek.
"""

from __future__ import annotations

import asyncio

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.structs import OffsetAndMetadata
from faust.types import TP
from kafka import KafkaAdminClient
from kafka.admin import NewTopic

from pipeline.stream.transport import has_position, rewind_to_committed
from tests.integration.test_stack_smoke import unique

RECORDS_PER_PARTITION = 5


def make_topic(bootstrap: str, partitions: int) -> str:
    topic = unique("rewind")
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        admin.create_topics([NewTopic(topic, num_partitions=partitions, replication_factor=1)])
    finally:
        admin.close()
    return topic


async def fill(bootstrap: str, topic: str, partitions: int) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        for partition in range(partitions):
            for number in range(RECORDS_PER_PARTITION):
                await producer.send(topic, f"story {number}".encode(), partition=partition)
        await producer.flush()
    finally:
        await producer.stop()


async def positions_after_rewind(
    bootstrap: str, topic: str, commits: dict[int, int], keep_topics: set[str]
) -> tuple[dict[int, int | None], dict[int, int]]:
    """Commit `commits`, read everything, rewind; the committed offsets and new positions."""
    partitions = [TopicPartition(topic, p) for p in range(3)]
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=unique("rewind-group"),
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    try:
        consumer.assign(partitions)
        if commits:
            await consumer.commit(
                {TopicPartition(topic, p): OffsetAndMetadata(o, "") for p, o in commits.items()}
            )
        # Read to the end of every partition, from the committed offsets where there are some.
        while [tp for tp in partitions if await consumer.position(tp) < RECORDS_PER_PARTITION]:
            await consumer.getmany(timeout_ms=1000)
        committed = await rewind_to_committed(consumer, keep_topics=keep_topics)
        positions = {tp.partition: await consumer.position(tp) for tp in partitions}
    finally:
        await consumer.stop()
    return {tp.partition: offset for tp, offset in committed.items()}, positions


def test_partitions_never_committed_are_read_again_from_the_beginning(
    kafka_bootstrap: str,
) -> None:
    topic = make_topic(kafka_bootstrap, 3)
    asyncio.run(fill(kafka_bootstrap, topic, 3))
    committed, positions = asyncio.run(
        positions_after_rewind(kafka_bootstrap, topic, {0: 3, 1: 0}, keep_topics=set())
    )
    assert committed == {0: 3, 1: 0, 2: None}
    # Committed 3: aiokafka's own seek. Committed 0 or nothing: the rewind.
    assert positions == {0: 3, 1: 0, 2: 0}


def test_kept_topics_are_only_sought_to_what_was_committed(kafka_bootstrap: str) -> None:
    topic = make_topic(kafka_bootstrap, 3)
    asyncio.run(fill(kafka_bootstrap, topic, 3))
    _, positions = asyncio.run(
        positions_after_rewind(kafka_bootstrap, topic, {0: 3}, keep_topics={topic})
    )
    assert positions == {0: 3, 1: RECORDS_PER_PARTITION, 2: RECORDS_PER_PARTITION}


async def positions_known_around_a_seek(bootstrap: str, topic: str) -> list[bool]:
    """Whether partition 0's position is known: after a read, during a seek, after it."""
    tp = TopicPartition(topic, 0)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, auto_offset_reset="earliest")
    await consumer.start()
    try:
        consumer.assign([tp])
        await consumer.getmany(tp, timeout_ms=1000)
        known = [has_position(consumer, TP(topic, 0))]
        seek = asyncio.ensure_future(consumer.seek_to_beginning(tp))
        await asyncio.sleep(0)  # the seek has asked for its reset and awaits the broker
        known.append(has_position(consumer, TP(topic, 0)))
        await seek
        known.append(has_position(consumer, TP(topic, 0)))
    finally:
        await consumer.stop()
    return known


def test_a_partition_being_sought_has_no_position_to_check(kafka_bootstrap: str) -> None:
    # What the live-lock detector is spared: aiokafka asserts on a position it does not know.
    topic = make_topic(kafka_bootstrap, 1)
    asyncio.run(fill(kafka_bootstrap, topic, 1))
    assert asyncio.run(positions_known_around_a_seek(kafka_bootstrap, topic)) == [
        True,
        False,
        True,
    ]
