"""Batches of what has arrived: order kept, size bounded, no wait for a batch to fill."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.stream.batches import batches


async def trickle(
    items: list[int], *, pause: float = 0.0, fail: bool = False
) -> AsyncIterator[int]:
    for item in items:
        if pause:
            await asyncio.sleep(pause)
        yield item
    if fail:
        raise ValueError("broker went away")


async def collect(source: AsyncIterator[int], size: int) -> list[list[int]]:
    return [batch async for batch in batches(source, size)]


@given(st.lists(st.integers(), max_size=60), st.integers(min_value=1, max_value=9))
def test_every_item_comes_once_in_order_in_batches_no_larger_than_asked(
    items: list[int], size: int
) -> None:
    got = asyncio.run(collect(trickle(items), size))
    assert [item for batch in got for item in batch] == items
    assert all(0 < len(batch) <= size for batch in got)


def test_a_lone_item_is_not_held_back_to_fill_a_batch() -> None:
    async def first_batch() -> tuple[list[int], float]:
        loop = asyncio.get_running_loop()
        started = loop.time()
        async for batch in batches(trickle([1, 2], pause=0.5), 10):
            return batch, loop.time() - started
        raise AssertionError("no batch")

    batch, waited = asyncio.run(first_batch())
    assert batch == [1]
    assert waited < 0.9  # the first item's pause, not the second's


def test_items_queued_while_a_batch_is_worked_on_make_the_next_batch() -> None:
    async def run() -> list[list[int]]:
        got = []
        async for batch in batches(trickle(list(range(7))), 3):
            got.append(batch)
            await asyncio.sleep(0.05)  # the reader fills the queue meanwhile
        return got

    got = asyncio.run(run())
    assert [item for batch in got for item in batch] == list(range(7))
    assert [len(batch) for batch in got] == [3, 3, 1]


def test_the_stream_error_reaches_the_consumer_after_the_items_before_it() -> None:
    async def run() -> list[int]:
        seen: list[int] = []
        with pytest.raises(ValueError, match="broker went away"):
            async for batch in batches(trickle([1, 2, 3], fail=True), 2):
                seen.extend(batch)
        return seen

    assert asyncio.run(run()) == [1, 2, 3]
