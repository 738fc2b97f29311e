"""kafka-python clients for the command line (feeding, setup, dead-letter tools).

One place builds them from the settings, so every client of the pipeline
connects the same way, with the same security (`kafka_security`), and
accepts the same message sizes. The workers use aiokafka under Faust (see
`app` and `index_consumer`).
"""

from __future__ import annotations

from kafka import KafkaConsumer, KafkaProducer
from kafka.admin import KafkaAdminClient

from pipeline.config import Settings
from pipeline.stream.kafka_security import kafka_client_options


def kafka_producer(settings: Settings, *, client_id: str) -> KafkaProducer:
    return KafkaProducer(
        bootstrap_servers=settings.kafka_servers,
        # Acknowledged once every in-sync replica (at least WIREPIPE_MIN_INSYNC_REPLICAS) has
        # it; a send that meets a leader election is retried until delivery_timeout_ms, and
        # idempotence keeps a retried batch from being written twice or out of order.
        acks="all",
        enable_idempotence=True,
        linger_ms=20,
        max_request_size=settings.max_message_bytes,
        client_id=client_id,
        **kafka_client_options(settings),
    )


def kafka_consumer(settings: Settings, *, client_id: str, group_id: str | None) -> KafkaConsumer:
    """A consumer that commits only when told to and starts at the beginning."""
    return KafkaConsumer(
        bootstrap_servers=settings.kafka_servers,
        group_id=group_id,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        fetch_max_bytes=settings.max_message_bytes * 2,
        max_partition_fetch_bytes=settings.max_message_bytes,
        client_id=client_id,
        **kafka_client_options(settings),
    )


def kafka_admin(settings: Settings, *, client_id: str) -> KafkaAdminClient:
    return KafkaAdminClient(
        bootstrap_servers=settings.kafka_servers,
        client_id=client_id,
        **kafka_client_options(settings),
    )
