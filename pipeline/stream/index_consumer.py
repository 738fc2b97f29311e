"""The index stage's own Kafka consumer: manual commits, sized for big stories.

Its group is "<app id>-index", apart from the Faust agents' group, because the
index stage commits each batch itself once Elasticsearch has acknowledged it
(see `index_stage`).
"""

from __future__ import annotations

from aiokafka import AIOKafkaConsumer

from pipeline.config import Settings
from pipeline.stream.fetching import fetch_options
from pipeline.stream.kafka_security import kafka_client_options


def index_group(settings: Settings) -> str:
    """The index stage's consumer group (and client id)."""
    return f"{settings.app_id}-index"


def articles_consumer(settings: Settings) -> AIOKafkaConsumer:
    return AIOKafkaConsumer(
        settings.topics.articles,
        bootstrap_servers=settings.kafka_servers,
        group_id=index_group(settings),
        client_id=index_group(settings),
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        max_partition_fetch_bytes=settings.max_message_bytes,
        fetch_max_bytes=settings.max_message_bytes * 2,
        max_poll_records=settings.bulk_size,
        session_timeout_ms=int(settings.session_timeout * 1000),
        **fetch_options(settings),
        **kafka_client_options(settings),
    )
