"""The dedup state topic: every decision's record, kept for the window, read by every worker.

The dedup agent decides against an in-memory `DedupStore` (pipeline.dedup.store)
and publishes each record it stores to "<app id>-dedup-state", keyed by doc
id, on the partition of `wire.enriched` the story came from. The topic is
compacted (a story's latest record is all its state) and deletes what is older
than the window, so it holds one record of ~1 KB per story of the window.

Every worker reads every partition of it: a story's original may have been
decided on any partition, so each worker holds the whole window in memory.
That costs memory on each worker (see the README) and buys O(1) look-ups
with no request to Kafka or a disk per story:

* at start-up the worker reads the topic to its end before its dedup agent
  decides anything (`wait_caught_up` blocks until then), so a replacement
  worker decides as the worker it replaces would have;
* after a rebalance, a partition new to this worker is decided only once the
  records its previous owner wrote have been read;
* while running, other workers' records arrive within a fetch wait, so a
  redistribution that lands on another partition finds its original.

Records are sent as the agent's other output is, through Faust's producer,
before the source offset commits: a crash between the two re-decides the
story, which then finds its own record and replays (see DedupDecision).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from faust.types import TopicT

from pipeline.config import Settings
from pipeline.dedup import Deduplicator, StoryRecord
from pipeline.stream.fetching import fetch_options
from pipeline.stream.kafka_security import kafka_client_options
from pipeline.stream.memory import freeze_long_lived, trim_free_memory

log = logging.getLogger("wirepipe")

# A record's fields and the types a restorable record has in them.
_REQUIRED: dict[str, type | tuple[type, ...]] = {
    "id": str,
    "sequence": int,
    "content_hash": str,
    "kill": bool,
    "supersedes": list,
    "shingle_count": int,
    "source": str,
    "withdraws": list,
    "seen_at": (int, float),
}


def state_topic(settings: Settings) -> str:
    return f"{settings.app_id}-dedup-state"


def read_record(payload: bytes | None) -> StoryRecord | None:
    """The record in a message of the state topic, None if it is not one this version can use."""
    try:
        record = orjson.loads(payload or b"")
    except orjson.JSONDecodeError:
        return None
    if not isinstance(record, dict):
        return None
    for name, kind in _REQUIRED.items():
        value = record.get(name)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            return None
    return record  # type: ignore[return-value]


def state_consumer(settings: Settings) -> AIOKafkaConsumer:
    """The state topic's reader: no group, every partition, from the beginning."""
    return AIOKafkaConsumer(
        bootstrap_servers=settings.kafka_servers,
        client_id=state_topic(settings),
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest",  # without a group nothing is committed: from the start
        max_partition_fetch_bytes=settings.max_message_bytes,
        **fetch_options(settings),
        **kafka_client_options(settings),
    )


class DedupLog:
    """Publishes this worker's records and keeps its store up to date with everyone's."""

    def __init__(
        self,
        settings: Settings,
        deduplicator: Deduplicator,
        channel: TopicT,
    ) -> None:
        self.settings = settings
        self.deduplicator = deduplicator
        self.channel = channel
        self.restored = False
        self._consumer: AIOKafkaConsumer | None = None
        # The topic's partition count; the same as `wire.enriched`'s unless changed since.
        self._partition_count = settings.partitions
        self._read_to: dict[int, int] = {}  # partition -> next offset to read
        self._caught_up: set[int] = set()
        self._progress = asyncio.Condition()

    async def publish(self, partition: int, record: StoryRecord) -> None:
        """Send `record`, decided on `partition` of `wire.enriched`, to every worker."""
        await self.channel.send(
            key=record["id"].encode(),
            value=orjson.dumps(record),
            partition=partition % self._partition_count,
        )

    def partitions_changed(self) -> None:
        """After a rebalance: read each partition to its end again before deciding on it."""
        self._caught_up.clear()

    async def wait_caught_up(self, partition: int) -> None:
        """Return once every record on `partition` written before the call has been read."""
        if partition in self._caught_up:
            return
        async with self._progress:
            await self._progress.wait_for(lambda: self._consumer is not None and self.restored)
        assert self._consumer is not None
        tp = TopicPartition(state_topic(self.settings), partition % self._partition_count)
        end = (await self._consumer.end_offsets([tp]))[tp]
        async with self._progress:
            await self._progress.wait_for(lambda: self._read_to.get(tp.partition, 0) >= end)
        self._caught_up.add(partition)

    async def run(self) -> None:
        """The reader, as a Faust task: restore the topic, then follow it."""
        await self.channel.maybe_declare()
        consumer = state_consumer(self.settings)
        await consumer.start()
        try:
            partitions = await self._partitions(consumer)
            self._partition_count = len(partitions)
            ends = await consumer.end_offsets(partitions)
            started = time.monotonic()
            self._consumer = consumer
            while True:
                batches = await consumer.getmany(timeout_ms=500, max_records=10_000)
                self._apply([m for messages in batches.values() for m in messages])
                async with self._progress:
                    for tp in partitions:
                        self._read_to[tp.partition] = await consumer.position(tp)
                    if not self.restored and all(
                        self._read_to[tp.partition] >= end for tp, end in ends.items()
                    ):
                        self.restored = True
                        # What start-up and the restore built lives as long as the worker:
                        # out of the collector's sight, full collections stay short.
                        freeze_long_lived()
                        trim_free_memory()
                        log.info(
                            "dedup state restored: %d stories in %.1fs",
                            len(self.deduplicator.store),
                            time.monotonic() - started,
                        )
                    self._progress.notify_all()
        finally:
            self._consumer = None
            await consumer.stop()

    async def _partitions(self, consumer: AIOKafkaConsumer) -> list[TopicPartition]:
        """Every partition of the topic: without a group, a subscription assigns them all."""
        consumer.subscribe([state_topic(self.settings)])
        while not (assigned := consumer.assignment()):
            # On a cluster, the broker asked just after the topic was made may not know it yet:
            # ask again rather than wait for the next refresh (metadata_max_age_ms, 5 minutes).
            await consumer._client.force_metadata_update()
            await asyncio.sleep(0.1)
        return sorted(assigned)

    def _apply(self, messages: list[ConsumerRecord[Any, Any]]) -> None:
        since = time.time() - self.deduplicator.settings.window_seconds
        store = self.deduplicator.store
        fresh: list[StoryRecord] = []
        for message in messages:
            record = read_record(message.value)
            if record is None:
                log.warning(
                    "dedup state: unreadable record at %s[%d]@%d skipped",
                    message.topic,
                    message.partition,
                    message.offset,
                )
                continue
            if record["seen_at"] < since:
                continue
            known = store.record(record["id"], since)
            if known is not None and known["seen_at"] >= record["seen_at"]:
                continue  # this worker's own record coming back, or an older one
            fresh.append(record)
        if fresh:
            self.deduplicator.restore(fresh)
