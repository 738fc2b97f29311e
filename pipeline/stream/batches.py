"""Batches from an async stream without waiting: whatever has arrived, up to a size.

A stage that works on several messages at once (the enrich stage spreads a
batch over its child processes) should not hold a lone message back to
fill a batch: under a trickle each batch is one message and goes at once,
under a burst batches fill while the previous one is worked on. A task
reads the stream into a bounded queue ahead of the consumer, so reading
stops (and Kafka's back-pressure applies) once a batch is waiting.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterable, AsyncIterator
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class _Ended:
    """The stream stopped, with the error it stopped on if any."""

    error: BaseException | None = None


@dataclass(frozen=True, slots=True)
class _Item(Generic[T]):
    value: T


async def batches(items: AsyncIterable[T], size: int) -> AsyncIterator[list[T]]:
    """Lists of at most `size` items: the next one to arrive and all that are queued behind it."""
    queue: asyncio.Queue[_Item[T] | _Ended] = asyncio.Queue(maxsize=size)

    async def read() -> None:
        try:
            async for item in items:
                await queue.put(_Item(item))
        except asyncio.CancelledError:
            raise
        except Exception as error:  # handed to the consumer, which raises it
            await queue.put(_Ended(error))
        else:
            await queue.put(_Ended())

    reader = asyncio.ensure_future(read())
    try:
        while True:
            entry = await queue.get()
            batch: list[T] = []
            while isinstance(entry, _Item):
                batch.append(entry.value)
                if len(batch) == size or queue.empty():
                    break
                entry = queue.get_nowait()
            if batch:
                yield batch
            if isinstance(entry, _Ended):
                if entry.error is not None:
                    raise entry.error
                return
    finally:
        reader.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await reader
