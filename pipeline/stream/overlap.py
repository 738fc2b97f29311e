"""Start the next story's work while the last one's result is sent on, finishing in order.

The enrich agent hands each story to its sandboxed child and waits for the
answer. Done one story at a time, the child sits idle while the worker sends
the answer to Kafka and takes the next story from the stream, and the event
loop's other work (dedup, bulk indexing) stretches that pause. `overlapped`
starts story N+1 as soon as it arrives, so the child goes from N to N+1
without waiting, while N's result is sent on.

Results are finished in the order the stories came in, and at most `depth`
are under way at once. Offsets stay safe as long as the caller acks a story
only in `finish`, after its output was sent: Faust acks an event when the
agent asks for the next one, which here can come before the last one's output
has left, so the agent reads its stream without acks (`Stream.noack`).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterable, Awaitable, Callable
from typing import Any, TypeVar

Item = TypeVar("Item")
Job = TypeVar("Job")


async def overlapped(
    items: AsyncIterable[Item],
    start: Callable[[Item], Job],
    finish: Callable[[Item, Job], Awaitable[None]],
    *,
    depth: int = 2,
) -> None:
    """`start(item)` for each item as it comes, `finish(item, job)` for each in order.

    Returns once `items` is exhausted and every item finished; an exception of
    `finish` stops the iteration and is raised here.
    """
    if depth < 1:
        raise ValueError(f"depth must be at least 1, not {depth}")
    slots = asyncio.Semaphore(depth)
    started: asyncio.Queue[tuple[Item, Job]] = asyncio.Queue()

    async def finish_in_order() -> None:
        while True:
            item, job = await started.get()
            try:
                await finish(item, job)
            finally:
                slots.release()

    finisher = asyncio.ensure_future(finish_in_order())
    try:
        async for item in items:
            await _unless_failed(slots.acquire(), finisher)
            started.put_nowait((item, start(item)))
        for _ in range(depth):  # the last ones finish
            await _unless_failed(slots.acquire(), finisher)
    finally:
        finisher.cancel()
        await asyncio.gather(finisher, return_exceptions=True)


async def _unless_failed(waiting: Awaitable[Any], finisher: asyncio.Future[None]) -> None:
    """Await `waiting`, or raise the finisher's exception if it fails first."""
    task: asyncio.Future[Any] = asyncio.ensure_future(waiting)
    await asyncio.wait({task, finisher}, return_when=asyncio.FIRST_COMPLETED)
    if finisher.done():
        task.cancel()
        finisher.result()  # raises what stopped it
        raise RuntimeError("the finishing task stopped")
    await task
