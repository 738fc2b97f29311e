"""The index stage's batches: filled for `linger` seconds after their first record, at most
`max_records`, each partition's records in order.

The consumer here is a scripted stand-in that answers `getmany` from a timeline of arrivals
(the stage's real consumer is exercised against Kafka by the integration suite).
"""

from __future__ import annotations

import asyncio
from collections import deque
from dataclasses import dataclass, field

from aiokafka import ConsumerRecord, TopicPartition

from pipeline.stream.index_stage import IDLE_POLL_MS, fill_batch

A, B = TopicPartition("wire.articles", 0), TopicPartition("wire.articles", 1)


def record(tp: TopicPartition, offset: int) -> ConsumerRecord[bytes, bytes]:
    return ConsumerRecord(tp.topic, tp.partition, offset, 0, 0, None, b"{}", None, 0, 2, ())


@dataclass
class Arrivals:
    """Records that become available at given times (seconds after the start)."""

    timeline: deque[tuple[float, TopicPartition, int]]
    calls: list[tuple[int, int]] = field(default_factory=list)  # (timeout_ms, max_records)
    buffered: list[tuple[TopicPartition, int]] = field(default_factory=list)
    origin: float = 0.0  # the loop's time at the start

    async def getmany(
        self, *, timeout_ms: int, max_records: int
    ) -> dict[TopicPartition, list[ConsumerRecord]]:
        self.calls.append((timeout_ms, max_records))
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_ms / 1000
        while True:
            while self.timeline and self.timeline[0][0] <= loop.time() - self.origin:
                _, tp, offset = self.timeline.popleft()
                self.buffered.append((tp, offset))
            if self.buffered or loop.time() >= deadline:
                break
            await asyncio.sleep(min(0.005, max(0.0, deadline - loop.time())))
        taken, self.buffered = self.buffered[:max_records], self.buffered[max_records:]
        out: dict[TopicPartition, list[ConsumerRecord]] = {}
        for tp, offset in taken:
            out.setdefault(tp, []).append(record(tp, offset))
        return out


def run(arrivals: Arrivals, *, max_records: int, linger: float) -> dict[TopicPartition, list[int]]:
    async def main() -> dict[TopicPartition, list[int]]:
        arrivals.origin = asyncio.get_running_loop().time()
        batch = await fill_batch(arrivals, max_records=max_records, linger=linger)  # type: ignore[arg-type]
        return {tp: [r.offset for r in records] for tp, records in batch.items()}

    return asyncio.run(main())


def test_a_batch_takes_what_arrives_within_the_linger_of_its_first_record() -> None:
    arrivals = Arrivals(deque([(0.0, A, 0), (0.05, B, 0), (0.1, A, 1), (0.6, A, 2)]))
    assert run(arrivals, max_records=100, linger=0.3) == {A: [0, 1], B: [0]}
    assert [offset for _, tp, offset in arrivals.timeline] == [2]  # left for the next batch


def test_a_full_batch_is_sent_without_waiting_out_the_linger() -> None:
    arrivals = Arrivals(deque([(0.0, A, n) for n in range(5)] + [(0.05, B, 0)]))
    assert run(arrivals, max_records=3, linger=30.0) == {A: [0, 1, 2]}


def test_later_fetches_ask_only_for_the_room_left() -> None:
    arrivals = Arrivals(deque([(0.0, A, 0), (0.0, A, 1), (0.02, A, 2), (0.04, B, 0)]))
    assert run(arrivals, max_records=4, linger=1.0) == {A: [0, 1, 2], B: [0]}
    assert [limit for _, limit in arrivals.calls] == [4, 2, 1]


def test_an_idle_poll_returns_an_empty_batch_at_once() -> None:
    arrivals = Arrivals(deque())
    assert run(arrivals, max_records=10, linger=0.2) == {}
    assert arrivals.calls == [(IDLE_POLL_MS, 10)]
