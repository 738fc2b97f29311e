"""`overlapped`: the next item starts while the last one finishes, in order, never more than `depth`."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stream.overlap import overlapped


async def _items(values: Iterable[int]) -> AsyncIterator[int]:
    for value in values:
        await asyncio.sleep(0)
        yield value


class Recorder:
    """Jobs that take `delays[item]` seconds; records starts, finishes and the most in flight."""

    def __init__(self, delays: list[float]) -> None:
        self.delays = delays
        self.events: list[tuple[str, int]] = []
        self.in_flight = 0
        self.most_in_flight = 0

    def start(self, item: int) -> asyncio.Future[int]:
        self.events.append(("start", item))
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        return asyncio.ensure_future(self._work(item))

    async def _work(self, item: int) -> int:
        await asyncio.sleep(self.delays[item])
        return item * 10

    async def finish(self, item: int, job: asyncio.Future[int]) -> None:
        assert await job == item * 10
        self.events.append(("finish", item))
        self.in_flight -= 1

    def finished(self) -> list[int]:
        return [item for what, item in self.events if what == "finish"]


@settings(max_examples=40, deadline=None)
@given(
    delays=st.lists(st.sampled_from([0.0, 0.001, 0.003]), max_size=12),
    depth=st.integers(min_value=1, max_value=4),
)
def test_every_item_finishes_once_in_order_with_at_most_depth_under_way(
    delays: list[float], depth: int
) -> None:
    recorder = Recorder(delays)
    asyncio.run(
        overlapped(_items(range(len(delays))), recorder.start, recorder.finish, depth=depth)
    )
    assert recorder.finished() == list(range(len(delays)))
    assert recorder.most_in_flight <= depth


def test_the_next_item_starts_before_the_last_one_finishes() -> None:
    recorder = Recorder([0.01, 0.01, 0.01])
    asyncio.run(overlapped(_items(range(3)), recorder.start, recorder.finish, depth=2))
    assert recorder.events.index(("start", 1)) < recorder.events.index(("finish", 0))
    assert recorder.most_in_flight == 2


def test_the_last_item_finishes_while_the_stream_waits_for_more() -> None:
    # A quiet feed: story 0's output must go out without waiting for story 1 to arrive.
    async def scenario() -> list[int]:
        recorder = Recorder([0.0])
        more = asyncio.Event()

        async def quiet_after_one() -> AsyncIterator[int]:
            yield 0
            await more.wait()

        running = asyncio.ensure_future(
            overlapped(quiet_after_one(), recorder.start, recorder.finish)
        )
        await asyncio.sleep(0.05)
        finished = recorder.finished()
        running.cancel()
        await asyncio.gather(running, return_exceptions=True)
        return finished

    assert asyncio.run(scenario()) == [0]


def test_a_failure_to_finish_stops_the_stream_and_is_raised() -> None:
    started: list[int] = []

    def start(item: int) -> int:
        started.append(item)
        return item

    async def finish(item: int, job: int) -> None:
        if item == 1:
            raise ConnectionError("broker gone")

    with pytest.raises(ConnectionError, match="broker gone"):
        asyncio.run(overlapped(_items(range(100)), start, finish, depth=2))
    assert len(started) <= 4  # stopped soon after, not at the end of the stream


def test_depth_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        asyncio.run(overlapped(_items([]), lambda item: item, _never, depth=0))


async def _never(item: int, job: int) -> None:
    raise AssertionError("nothing to finish")
