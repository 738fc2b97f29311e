"""Consumer lag of the pipeline's groups: each partition's end offset less what its group committed.

Two groups consume the pipeline's topics: the Faust app's (named after the
app id: `wire.raw` for enrich, `wire.enriched` for dedup) and the index
stage's own (`<app id>-index`, see `index_consumer`: `wire.articles`). A
partition its group never committed on lags by everything it holds. The
worker measures this now and then for `/metrics` (`monitor`), and
`wirepipe status` once per screen, with the same `LagProbe`.
"""

from __future__ import annotations

from collections.abc import Mapping

from kafka import KafkaConsumer, TopicPartition
from kafka.admin import KafkaAdminClient

from pipeline.config import Settings
from pipeline.stream.clients import kafka_admin, kafka_consumer
from pipeline.stream.index_consumer import index_group
from pipeline.stream.metrics import LagKey


def pipeline_groups(settings: Settings) -> dict[str, tuple[str, ...]]:
    """Each consumer group of the pipeline and the topics it reads."""
    topics = settings.topics
    return {
        settings.app_id: (topics.raw, topics.enriched),
        index_group(settings): (topics.articles,),
    }


def partition_lag(
    partitions: list[TopicPartition],
    committed: Mapping[TopicPartition, int],
    starts: Mapping[TopicPartition, int],
    ends: Mapping[TopicPartition, int],
) -> dict[TopicPartition, int]:
    """Messages between each partition's committed offset (else its start) and its end."""
    lag = {}
    for partition in partitions:
        start, end = starts[partition], ends[partition]
        position = max(committed.get(partition, start), start)  # retention may pass a commit
        lag[partition] = max(0, end - position)
    return lag


class LagProbe:
    """Kafka clients kept open between measurements; one thread at a time may use it."""

    def __init__(self, settings: Settings, *, client_id: str) -> None:
        self.settings = settings
        self.client_id = client_id
        self._admin: KafkaAdminClient | None = None
        self._consumer: KafkaConsumer | None = None

    def measure(self) -> dict[LagKey, int]:
        if self._admin is None:
            self._admin = kafka_admin(self.settings, client_id=self.client_id)
        if self._consumer is None:
            self._consumer = kafka_consumer(self.settings, client_id=self.client_id, group_id=None)
        groups = pipeline_groups(self.settings)
        read_by = {
            group: [
                TopicPartition(topic, number)
                for topic in topics
                for number in sorted(self._consumer.partitions_for_topic(topic) or ())
            ]
            for group, topics in groups.items()
        }
        every = [partition for partitions in read_by.values() for partition in partitions]
        starts = self._consumer.beginning_offsets(every)
        ends = self._consumer.end_offsets(every)
        offsets = self._admin.list_group_offsets({group: None for group in groups})
        lags: dict[LagKey, int] = {}
        for group, partitions in read_by.items():
            committed = {
                partition: found.offset
                for partition, found in offsets.get(group, {}).items()
                if found.offset >= 0
            }
            for partition, lag in partition_lag(partitions, committed, starts, ends).items():
                lags[(group, partition.topic, partition.partition)] = lag
        return lags

    def close(self) -> None:
        if self._consumer is not None:
            self._consumer.close()
        if self._admin is not None:
            self._admin.close()
        self._admin = self._consumer = None
