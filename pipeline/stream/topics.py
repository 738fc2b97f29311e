"""Creates the pipeline's Kafka topics with the configured partitions and limits."""

from __future__ import annotations

import logging

from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError

from pipeline.config import Settings
from pipeline.stream.clients import kafka_admin

log = logging.getLogger(__name__)


def ensure_topics(settings: Settings) -> list[str]:
    """Create missing pipeline topics; returns the names created."""
    admin = kafka_admin(settings, client_id="wirepipe-setup")
    try:
        existing = set(admin.list_topics())
        config = {
            "max.message.bytes": str(settings.max_message_bytes),
            "min.insync.replicas": str(settings.min_insync_replicas),
        }
        wanted = [
            NewTopic(
                name=name,
                num_partitions=settings.partitions,
                replication_factor=settings.replication_factor,
                topic_configs=config,
            )
            for name in settings.topics.all()
            if name not in existing
        ]
        if not wanted:
            return []
        try:
            admin.create_topics(wanted)
        except TopicAlreadyExistsError:
            log.info("topics created concurrently by another process")
        return [t.name for t in wanted]
    finally:
        admin.close()
