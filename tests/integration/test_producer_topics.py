"""The worker's producer keeps the metadata of every topic it writes to, against a real broker.

A producer that first learns of a topic from a cluster-wide metadata request
never tracks it; once it tracks another topic, its refreshes leave the first
one out, and a batch for it then waits forever for a leader. Plain aiokafka
shows the loss, so the test would fail without `TrackingAIOKafkaProducer`.
"""

from __future__ import annotations

import asyncio

from aiokafka import AIOKafkaProducer

from pipeline.stream.transport import TrackingAIOKafkaProducer
from tests.integration.test_transport_rewind import make_topic


async def first_topic_known_after_a_second(
    producer_type: type[AIOKafkaProducer], bootstrap: str
) -> bool:
    """Send to a topic known from the first metadata, then to a new one: is the first known?"""
    first = make_topic(bootstrap, 1)
    producer = producer_type(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        await producer.client.force_metadata_update()  # nothing tracked: every topic
        await producer.send_and_wait(first, b"story")
        second = make_topic(bootstrap, 1)
        await producer.send_and_wait(second, b"story")
        await producer.client.force_metadata_update()
        return producer.client.cluster.partitions_for_topic(first) is not None
    finally:
        await producer.stop()


def test_plain_aiokafka_forgets_a_topic_it_learned_of_untracked(kafka_bootstrap: str) -> None:
    assert not asyncio.run(first_topic_known_after_a_second(AIOKafkaProducer, kafka_bootstrap))


def test_the_worker_producer_keeps_every_topic_it_sends_to(kafka_bootstrap: str) -> None:
    assert asyncio.run(first_topic_known_after_a_second(TrackingAIOKafkaProducer, kafka_bootstrap))
