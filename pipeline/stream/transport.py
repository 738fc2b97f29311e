"""Faust's Kafka transport, repaired where a worker could skip records, stall or crash.

On every assignment a Faust worker pauses its stream partitions, recovers its
tables, and then "seeks stream partitions to committed offsets": whatever its
fetcher pulled from Kafka in the meantime is dropped, and the seek makes the
consumer read it again. aiokafka's `seek_to_committed` leaves a partition alone
when its committed offset is missing or 0, so on a partition the group has
never committed (a new deployment, or a worker killed before its first
commit) the dropped records would never be read again: the restarted worker
skips them, and its next commit moves past them.

`rewind_to_committed` seeks such partitions to their beginning, which is what
`consumer_auto_offset_reset="earliest"` promises. Changelog partitions are left
alone: table recovery positions those itself.

Faust's live-lock detector, every few seconds, reads each assigned partition's
position, which aiokafka asserts is known. Between a seek and the offset reset
that follows it there is none, and the assertion crashed the whole worker just
after a rebalance; the consumer here checks only partitions with a position.

aiokafka's producer asks the brokers for the metadata of the topics it tracks,
and starts tracking a topic only if it knows nothing of it at its first send.
A worker's producer learns every topic from its first, cluster-wide metadata
request, so `wire.enriched` went untracked; once the state topic was tracked,
each refresh dropped `wire.enriched`, its batches lost their leader and waited
for one forever, and the enrich agent with them. `TrackingAIOKafkaProducer`
tracks every topic it sends to.

Faust builds its consumer with aiokafka's one-byte `fetch_min_bytes` and a
fixed wait, and passes neither setting through; the consumer here takes the
worker's fetch policy (`fetching`) from the app.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, cast

import faust
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP


async def rewind_to_committed(
    consumer: AIOKafkaConsumer, *, keep_topics: Collection[str] = ()
) -> dict[TopicPartition, int | None]:
    """Seek every assigned partition to its committed offset, or to its beginning if none.

    Partitions of `keep_topics` only get aiokafka's own treatment. Returns the
    committed offsets (None where nothing was committed), as aiokafka's
    `seek_to_committed` does.
    """
    committed: dict[TopicPartition, int | None] = await consumer.seek_to_committed()
    never_committed = [
        tp for tp, offset in committed.items() if not offset and tp.topic not in keep_topics
    ]
    if never_committed:
        await consumer.seek_to_beginning(*never_committed)
    return committed


def has_position(consumer: AIOKafkaConsumer, tp: TP) -> bool:
    """Whether aiokafka knows where it reads `tp`: not while a seek awaits its reset."""
    subscription = consumer._subscription.subscription
    assignment = subscription.assignment if subscription is not None else None
    if assignment is None:
        return False
    state = assignment.state_value(TopicPartition(tp.topic, tp.partition))
    return state is not None and state.has_valid_position


class RewindingConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport: Any) -> AIOKafkaConsumer:
        consumer = super()._create_worker_consumer(transport)
        fetch = cast(RewindingApp, self.app).fetch
        # Read by the fetcher that `start` builds; Faust's constructor call cannot be changed.
        consumer._fetch_min_bytes = fetch["fetch_min_bytes"]
        consumer._fetch_max_wait_ms = fetch["fetch_max_wait_ms"]
        return consumer

    async def seek_to_committed(self) -> Mapping[TP, int]:
        return await self.call_thread(
            rewind_to_committed,
            self._ensure_consumer(),
            keep_topics=self.app.tables.changelog_topics,
        )

    def verify_event_path(self, now: float, tp: TP) -> None:
        # A partition being repositioned is checked at the detector's next round.
        if has_position(self._ensure_consumer(), tp):
            super().verify_event_path(now, tp)


class TrackingAIOKafkaProducer(AIOKafkaProducer):
    """An aiokafka producer whose metadata requests cover every topic it has sent to."""

    async def send(self, topic: str, *args: Any, **kwargs: Any) -> Any:
        self.client.add_topic(topic)  # once tracked, a set look-up and no request
        return await super().send(topic, *args, **kwargs)


class TrackingProducer(faust_aiokafka.Producer):
    """Faust's producer on `TrackingAIOKafkaProducer`."""

    @property
    def _producer_type(self) -> type[AIOKafkaProducer]:
        return TrackingAIOKafkaProducer


class RewindingConsumer(faust_aiokafka.Consumer):
    def _new_consumer_thread(self) -> RewindingConsumerThread:
        return RewindingConsumerThread(self, loop=self.loop, beacon=self.beacon)


class RewindingTransport(faust_aiokafka.Transport):
    Consumer = RewindingConsumer
    Producer = TrackingProducer


class RewindingApp(faust.App):
    """A Faust app on `RewindingTransport`, its consumer fetching by `fetch` (`fetching`)."""

    def __init__(self, id: str, *, fetch: Mapping[str, int], **options: Any) -> None:
        self.fetch = dict(fetch)
        super().__init__(id, **options)

    def _new_transport(self) -> Any:
        return RewindingTransport(self.conf.broker_consumer, self)
