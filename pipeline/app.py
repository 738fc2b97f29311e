"""The Faust app: topics, tables, the enrich and dedup agents, and the index stage.

    wire.raw ─[enrich]─► wire.enriched ─[dedup]─► wire.articles ─[index]─► Elasticsearch
         └──────────────────┴──────────────────────────┴──────────────► wire.dlq

Each stage is a thin shell around the pure functions: it decodes, calls the
stage, sends the result on, and turns any failure into a dead letter carrying
the original bytes, so one bad message never stops a stream. The agents run
with concurrency 1: with more, Faust can commit an offset past a message still
in flight and lose it on a crash. The app's Kafka transport (faust_kafka.py)
makes a restarted worker re-read partitions it never committed. The index
stage, which holds a batch across awaits, commits its own offsets after each
bulk response (see `index_stage`).
"""

from __future__ import annotations

import logging
import time
from typing import Any, Protocol

import orjson
from aiokafka import ConsumerRecord
from aiokafka.errors import CommitFailedError
from aiokafka.structs import OffsetAndMetadata
from elasticsearch import ApiError, AsyncElasticsearch
from faust.types import StreamT

from pipeline.clock import utc_iso
from pipeline.config import load_settings
from pipeline.dedup import Deduplicator, DedupSettings
from pipeline.dedup.settings import DAY_SECONDS
from pipeline.dedup_tables import FaustDedupStore
from pipeline.dlq import make_dead_letter
from pipeline.enrich import enrich_story
from pipeline.entities import load_lexicons
from pipeline.faust_kafka import App
from pipeline.index.bulk import BulkIndexer
from pipeline.index.consumer import articles_consumer
from pipeline.metrics import StageCounters

log = logging.getLogger("wirepipe")

settings = load_settings()
topics = settings.topics

app = App(
    settings.app_id,
    broker=";".join(f"kafka://{server}" for server in settings.kafka_servers),
    store="rocksdb://",
    datadir=str(settings.data_dir),
    topic_partitions=settings.partitions,
    topic_replication_factor=settings.replication_factor,
    key_serializer="raw",
    value_serializer="raw",
    consumer_auto_offset_reset="earliest",
    producer_max_request_size=settings.max_message_bytes,
    consumer_max_fetch_size=settings.max_message_bytes,
    broker_commit_interval=1.0,
    broker_session_timeout=settings.session_timeout,
    web_enabled=settings.web_port > 0,
    web_port=settings.web_port or 6066,
    web_bind=settings.web_bind,
)

raw_topic = app.topic(topics.raw, key_type=bytes, value_type=bytes)
enriched_topic = app.topic(topics.enriched, key_type=bytes, value_type=bytes)
articles_topic = app.topic(topics.articles, key_type=bytes, value_type=bytes)
dlq_topic = app.topic(topics.dlq, key_type=bytes, value_type=bytes)

# Loaded once before the first message, not inside the first story's deadline.
load_lexicons()

dedup_store = FaustDedupStore.create(app, partitions=settings.partitions)
deduplicator = Deduplicator(
    dedup_store, DedupSettings(window_seconds=settings.dedup_window_days * DAY_SECONDS)
)


counters = StageCounters()


@app.page("/wirepipe/stats/")
async def stats_page(web: Any, request: Any) -> Any:
    return web.json(counters.snapshot())


class SourceMessage(Protocol):
    """What a dead letter needs of a consumed message (Faust's and aiokafka's alike)."""

    topic: str
    partition: int
    offset: int
    key: Any
    value: Any


async def send_dead_letter(stage: str, error: BaseException, message: SourceMessage) -> None:
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
    await dlq_topic.send(key=letter.key, value=letter.payload, headers=letter.headers())
    counters.add(stage, "dead-letter")


@app.agent(raw_topic, concurrency=1)
async def enrich_agent(stream: StreamT[bytes]) -> None:
    async for event in stream.events():
        key = event.key.decode("utf-8", "replace") if isinstance(event.key, bytes) else None
        try:
            article = enrich_story(
                event.value, key=key, received_at=utc_iso(event.message.timestamp)
            )
            payload = orjson.dumps(article)
        except Exception as exc:  # every failure becomes a dead letter; the stream goes on
            await send_dead_letter("enrich", exc, event.message)
            continue
        await enriched_topic.send(key=article["id"].encode(), value=payload)
        counters.add("enrich", "enriched")


@app.agent(enriched_topic, concurrency=1)
async def dedup_agent(stream: StreamT[bytes]) -> None:
    async for event in stream.events():
        try:
            article = orjson.loads(event.value)
            dedup_store.bind_partition(event.message.partition)
            now = time.time()
            decision = deduplicator.decide(article, now=now)
            deduplicator.expire_due(now=now)
        except Exception as exc:
            await send_dead_letter("dedup", exc, event.message)
            continue
        counters.add("dedup", decision.reason)
        if decision.action == "skip":  # "replay" goes on: see DedupDecision
            log.info("dedup skip %s: %s", article.get("id"), decision.reason)
            continue
        # A kill also tombstones the story's earlier versions filed under other ids.
        for document in (decision.article, *decision.retractions):
            await articles_topic.send(key=document["id"].encode(), value=orjson.dumps(document))


@app.task
async def index_stage() -> None:
    """Bulk-index `wire.articles`, committing offsets only after Elasticsearch acknowledged.

    This stage runs its own Kafka consumer (group "<app id>-index") rather than
    a Faust agent: with its batch held across awaits, a Faust stream could see
    offsets committed for messages the batch had not yet indexed, and a crash
    then lost them. Here the commit follows the bulk response, explicitly.
    """
    es = AsyncElasticsearch(settings.es_url, request_timeout=60)
    indexer = BulkIndexer(es, settings.index_alias, max_retries=settings.bulk_max_retries)
    consumer = articles_consumer(settings)
    await consumer.start()
    try:
        while True:
            fetched = await consumer.getmany(
                timeout_ms=int(settings.bulk_interval * 1000), max_records=settings.bulk_size
            )
            records = [record for batch in fetched.values() for record in batch]
            if not records:
                continue
            await index_records(indexer, records)
            await app.producer.flush()  # dead letters are safe before the offsets move on
            try:
                await consumer.commit(
                    {
                        tp: OffsetAndMetadata(batch[-1].offset + 1, "")
                        for tp, batch in fetched.items()
                    }
                )
            except CommitFailedError as exc:  # rebalanced meanwhile: the new owner re-sends
                log.warning("index offsets not committed (%s); documents will be re-sent", exc)
    finally:
        await consumer.stop()
        await es.close()


async def index_records(indexer: BulkIndexer, records: list[ConsumerRecord]) -> None:
    batch: list[tuple[ConsumerRecord, dict[str, Any]]] = []
    for record in records:
        try:
            batch.append((record, orjson.loads(record.value)))
        except orjson.JSONDecodeError as exc:
            await send_dead_letter("index", exc, record)
    if not batch:
        return
    try:
        results = await indexer.index([article for _, article in batch])
    except ApiError as exc:  # the whole request was refused for a non-transient reason
        for record, _ in batch:
            await send_dead_letter("index", exc, record)
        return
    for (record, _), result in zip(batch, results, strict=True):
        counters.add("index", result.outcome)
        if result.outcome == "failed":
            await send_dead_letter("index", IndexingError(result.reason or "failed"), record)
        elif result.outcome == "stale":
            log.info("stale version of %s not indexed: %s", result.id, result.reason)


class IndexingError(RuntimeError):
    """Elasticsearch refused a document for good."""

    @property
    def reason(self) -> str:
        return str(self)
