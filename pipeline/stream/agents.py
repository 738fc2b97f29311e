"""The enrich and dedup agents: decode, run the pure stage, send on, or dead-letter.

Each agent is built by a factory that receives what it needs (topics,
dead-letter sender, counters, dedup engine) instead of reaching for
module globals, so `create_app` can build as many apps as it is asked to.
They run with concurrency 1: with more, Faust can commit an offset past a
message still in flight and lose it on a crash.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

import orjson
from faust.types import StreamT, TopicT

from pipeline.clock import utc_iso
from pipeline.dedup import Deduplicator
from pipeline.enrich import enrich_story
from pipeline.stream.dead_letters import make_dead_letter
from pipeline.stream.metrics import StageCounters
from pipeline.stream.tables import FaustDedupStore

log = logging.getLogger("wirepipe")

Agent = Callable[[StreamT[bytes]], Awaitable[None]]


class SourceMessage(Protocol):
    """What a dead letter needs of a consumed message (Faust's and aiokafka's alike)."""

    topic: str
    partition: int
    offset: int
    key: Any
    value: Any


@dataclass
class DeadLetterSender:
    """Files a message that a stage gave up on in `wire.dlq`, with the stage and reason."""

    topic: TopicT
    counters: StageCounters

    async def send(self, stage: str, error: BaseException, message: SourceMessage) -> None:
        letter = make_dead_letter(
            stage=stage,
            error=error,
            source_topic=message.topic,
            partition=message.partition,
            offset=message.offset,
            key=message.key if isinstance(message.key, bytes) else None,
            payload=message.value if isinstance(message.value, bytes) else b"",
        )
        log.warning(
            "dead letter from %s at %s[%d]@%d: %s",
            stage,
            message.topic,
            message.partition,
            message.offset,
            letter.reason[:200],
        )
        await self.topic.send(key=letter.key, value=letter.payload, headers=letter.headers())
        self.counters.add(stage, "dead-letter")


def enrich_agent(
    enriched: TopicT,
    dead_letters: DeadLetterSender,
    counters: StageCounters,
    *,
    max_story_bytes: int,
) -> Agent:
    """wire.raw -> wire.enriched: parse, clean, tag and fingerprint each story."""

    async def enrich(stream: StreamT[bytes]) -> None:
        async for event in stream.events():
            key = event.key.decode("utf-8", "replace") if isinstance(event.key, bytes) else None
            try:
                article = enrich_story(
                    event.value,
                    key=key,
                    received_at=utc_iso(event.message.timestamp),
                    max_story_bytes=max_story_bytes,
                )
                payload = orjson.dumps(article)
            except Exception as exc:  # every failure becomes a dead letter; the stream goes on
                await dead_letters.send("enrich", exc, event.message)
                continue
            await enriched.send(key=article["id"].encode(), value=payload)
            counters.add("enrich", "enriched")

    return enrich


def dedup_agent(
    articles: TopicT,
    store: FaustDedupStore,
    deduplicator: Deduplicator,
    dead_letters: DeadLetterSender,
    counters: StageCounters,
) -> Agent:
    """wire.enriched -> wire.articles: new, re-delivery, version, near-duplicate or kill."""

    async def dedup(stream: StreamT[bytes]) -> None:
        async for event in stream.events():
            try:
                article = orjson.loads(event.value)
                store.bind_partition(event.message.partition)
                now = time.time()
                decision = deduplicator.decide(article, now=now)
                deduplicator.expire_due(now=now)
            except Exception as exc:
                await dead_letters.send("dedup", exc, event.message)
                continue
            counters.add("dedup", decision.reason)
            if decision.action == "skip":  # "replay" goes on: see DedupDecision
                log.info("dedup skip %s: %s", article.get("id"), decision.reason)
                continue
            # A kill also tombstones the story's earlier versions filed under other ids.
            for document in (decision.article, *decision.retractions):
                await articles.send(key=document["id"].encode(), value=orjson.dumps(document))

    return dedup
