"""The enrich and dedup agents: decode, run the pure stage, send on, or dead-letter.

Each agent is built by a factory that receives what it needs (topics,
dead-letter sender, metrics, dedup engine) instead of reaching for
module globals, so `create_app` can build as many apps as it is asked to.
They run with concurrency 1: with more, Faust can commit an offset past a
message still in flight and lose it on a crash. Enrich overlaps one story's
sandboxed work with the sending of the one before (`overlap`), and acks each
story itself, in order, once its output has been sent.

Every message ends sent on or dead-lettered: enrich runs the pure stages
in a sandboxed child process under a per-story budget (`sandbox`), and both
agents refuse records that are not articles and outputs over the message
size limit (`records`) before they send anything.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any, Protocol, cast

from faust import Stream
from faust.types import EventT, StreamT, TopicT

from pipeline.clock import utc_iso
from pipeline.dedup import Deduplicator
from pipeline.stream.dead_letters import make_dead_letter
from pipeline.stream.dedup_log import DedupLog
from pipeline.stream.logs import log_fields
from pipeline.stream.metrics import PipelineMetrics
from pipeline.stream.overlap import overlapped
from pipeline.stream.records import decode_article, encode_article
from pipeline.stream.sandbox import Enriched, EnrichSandbox

log = logging.getLogger("wirepipe")

Agent = Callable[[StreamT[bytes]], Awaitable[None]]


class SourceMessage(Protocol):
    """What a dead letter needs of a consumed message (Faust's and aiokafka's alike)."""

    topic: str
    partition: int
    offset: int
    key: Any
    value: Any
    headers: Any


@dataclass
class DeadLetterSender:
    """Files a message that a stage gave up on in `wire.dlq`, with the stage and reason."""

    topic: TopicT
    metrics: PipelineMetrics

    async def send(self, stage: str, error: BaseException, message: SourceMessage) -> None:
        letter = make_dead_letter(
            stage=stage,
            error=error,
            source_topic=message.topic,
            partition=message.partition,
            offset=message.offset,
            key=message.key if isinstance(message.key, bytes) else None,
            payload=message.value if isinstance(message.value, bytes) else b"",
            headers=message.headers,
        )
        log.warning(
            "dead letter from %s at %s[%d]@%d: %s",
            stage,
            message.topic,
            message.partition,
            message.offset,
            letter.reason[:200],
            extra=log_fields(
                stage=stage,
                story_id=letter.key.decode("utf-8", "replace") if letter.key else None,
                reason=letter.reason[:200],
            ),
        )
        await self.topic.send(key=letter.key, value=letter.payload, headers=letter.headers())
        self.metrics.dead_letter(stage, error)


def enrich_agent(
    enriched: TopicT,
    dead_letters: DeadLetterSender,
    metrics: PipelineMetrics,
    sandbox: EnrichSandbox,
    *,
    max_story_bytes: int,
) -> Agent:
    """wire.raw -> wire.enriched: parse, clean, tag and fingerprint each story, in the sandbox.

    The child starts on the next story while the last one is sent on (`overlapped`);
    each story is acked only once its output or dead letter has been sent.
    """

    async def enrich(stream: StreamT[bytes]) -> None:
        loop = asyncio.get_running_loop()
        manual = cast(Stream[bytes], stream).noack()  # acked in `finish`, not by the loop
        # One thread waits on the sandbox, so the event loop (and the other stages) go on.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="wirepipe-enrich") as waiter:

            def start(event: EventT[bytes]) -> tuple[float, asyncio.Future[Enriched]]:
                run = partial(
                    sandbox.enrich,
                    event.value,
                    key=event.key.decode("utf-8", "replace") if event.key else None,
                    received_at=utc_iso(event.message.timestamp),
                    max_story_bytes=max_story_bytes,
                )
                return time.perf_counter(), loop.run_in_executor(waiter, run)

            async def finish(
                event: EventT[bytes], job: tuple[float, asyncio.Future[Enriched]]
            ) -> None:
                started, enriching = job
                try:
                    result = await enriching
                except Exception as exc:  # a dead letter; the stream goes on
                    await dead_letters.send("enrich", exc, event.message)
                else:
                    await enriched.send(key=result.id.encode(), value=result.payload)
                    metrics.finished("enrich", "enriched")
                metrics.stage_took("enrich", time.perf_counter() - started)
                await manual.ack(event)

            await loop.run_in_executor(waiter, sandbox.start)
            try:
                await overlapped(manual.events(), start, finish)
            finally:
                await loop.run_in_executor(waiter, sandbox.close)

    return enrich


def dedup_agent(
    articles: TopicT,
    state: DedupLog,
    deduplicator: Deduplicator,
    dead_letters: DeadLetterSender,
    metrics: PipelineMetrics,
    *,
    max_message_bytes: int,
) -> Agent:
    """wire.enriched -> wire.articles: new, re-delivery, version, near-duplicate or kill.

    Each decision's record goes to the state topic (`state`) before its output,
    and no story is decided before the state its partition had is restored.
    """

    async def dedup(stream: StreamT[bytes]) -> None:
        async for event in stream.events():
            partition = event.message.partition
            await state.wait_caught_up(partition)
            with metrics.timed("dedup"):
                try:
                    article = decode_article(event.value)
                    now = time.time()
                    decision = deduplicator.decide(article, now=now)
                    deduplicator.expire_due(now=now)
                    # A kill also tombstones the story's earlier versions filed under other ids.
                    outputs = [
                        (
                            document["id"].encode(),
                            encode_article(document, max_bytes=max_message_bytes),
                        )
                        for document in (decision.article, *decision.retractions)
                    ]
                except Exception as exc:
                    await dead_letters.send("dedup", exc, event.message)
                    continue
                metrics.finished("dedup", decision.reason)
                if decision.action == "skip":  # "replay" goes on: see DedupDecision
                    log.info("dedup skip %s: %s", article.get("id"), decision.reason)
                    continue
                if decision.record is not None:
                    await state.publish(partition, decision.record)
                for key, value in outputs:
                    await articles.send(key=key, value=value)

    return dedup
