"""The index stage: `wire.articles` bulk-indexed, offsets committed after Elasticsearch acks.

It runs its own Kafka consumer (group "<app id>-index") as a Faust task
rather than as an agent: with its batch held across awaits, a Faust stream
could see offsets committed for messages the batch had not yet indexed, and
a crash then lost them. Here the commit follows the bulk response,
explicitly, in `commit_indexed`; a document Elasticsearch refuses for good is
dead-lettered before its offset moves on.

A batch waits up to `bulk_interval` after its first record to fill (`fill_batch`):
Elasticsearch's CPU per document falls several times from requests of one or
two documents, which is what a stage that sends whatever has arrived sends
while it keeps up, to requests of a few dozen; and each batch is one offset
commit less for the brokers.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.errors import CommitFailedError, IllegalStateError
from aiokafka.structs import OffsetAndMetadata

from pipeline.config import Settings
from pipeline.errors import IndexingError, RecordError, UnexpectedError
from pipeline.index.bulk import BulkIndexer
from pipeline.index.client import async_es_client
from pipeline.model import Article
from pipeline.stream.agents import DeadLetterSender
from pipeline.stream.health import ElasticsearchContact, IndexStageState
from pipeline.stream.index_consumer import articles_consumer
from pipeline.stream.logs import log_fields
from pipeline.stream.metrics import PipelineMetrics
from pipeline.stream.records import decode_article

log = logging.getLogger("wirepipe")


def index_stage(
    settings: Settings,
    dead_letters: DeadLetterSender,
    metrics: PipelineMetrics,
    flush_producer: Callable[[], Awaitable[Any]],
    *,
    contact: ElasticsearchContact,
    state: IndexStageState,
) -> Callable[[], Awaitable[None]]:
    """The stage as a Faust task; `flush_producer` makes sent dead letters durable.

    `contact` hears of every bulk request; `state` tells `/ready` whether the stage runs.
    """

    async def index() -> None:
        es = async_es_client(settings, request_timeout=60)
        indexer = BulkIndexer(
            es, settings.index_alias, max_retries=settings.bulk_max_retries, observer=contact
        )
        consumer = articles_consumer(settings)
        await consumer.start()
        state.started()
        try:
            while True:
                fetched = await fill_batch(
                    consumer, max_records=settings.bulk_size, linger=settings.bulk_interval
                )
                records = [record for batch in fetched.values() for record in batch]
                if not records:
                    continue
                with metrics.timed("index", messages=len(records)):
                    await index_records(indexer, records, dead_letters, metrics)
                    await flush_producer()  # dead letters are safe before the offsets move on
                    await commit_indexed(consumer, fetched)
        except Exception as exc:
            state.ended(f"failed: {exc!r}")
            raise
        finally:
            state.ended("stopped")
            await consumer.stop()
            await es.close()

    return index


# How long an idle stage waits for a record before it asks again.
IDLE_POLL_MS = 1000

Fetched = dict[TopicPartition, list[ConsumerRecord]]


async def fill_batch(consumer: AIOKafkaConsumer, *, max_records: int, linger: float) -> Fetched:
    """The next batch: the records that arrive within `linger` seconds of the first one,
    at most `max_records`, each partition's in order; empty after an idle poll."""
    fetched: Fetched = {
        tp: list(batch)
        for tp, batch in (
            await consumer.getmany(timeout_ms=IDLE_POLL_MS, max_records=max_records)
        ).items()
    }
    count = sum(map(len, fetched.values()))
    loop = asyncio.get_running_loop()
    deadline = loop.time() + linger
    while count and count < max_records and (left := deadline - loop.time()) > 0:
        more = await consumer.getmany(
            timeout_ms=max(1, int(left * 1000)), max_records=max_records - count
        )
        for tp, batch in more.items():
            fetched.setdefault(tp, []).extend(batch)
            count += len(batch)
    return fetched


async def index_records(
    indexer: BulkIndexer,
    records: Sequence[ConsumerRecord],
    dead_letters: DeadLetterSender,
    metrics: PipelineMetrics,
) -> None:
    """Index one fetched batch; what cannot be indexed goes to the dead-letter topic.

    A batch that fails in a way nobody foresaw is indexed again one record
    at a time, so the one record at fault is dead-lettered and the others
    are indexed: the stage never crash-loops on a message.
    """
    batch: list[tuple[ConsumerRecord, Article]] = []
    for record in records:
        try:
            batch.append((record, decode_article(record.value)))
        except RecordError as exc:
            await dead_letters.send("index", exc, record)
    if not batch:
        return
    try:
        results = await indexer.index([article for _, article in batch])
    except IndexingError as exc:  # the whole request was refused for a non-transient reason
        metrics.bulk_documents.labels("failed").inc(len(batch))
        for record, _ in batch:
            await dead_letters.send("index", exc, record)
        return
    except Exception as exc:
        if len(batch) == 1:
            await dead_letters.send("index", UnexpectedError.wrapping(exc), batch[0][0])
            return
        log.warning(
            "bulk of %d failed (%r); indexing them one by one",
            len(batch),
            exc,
            extra=log_fields(stage="index"),
        )
        for record, _ in batch:
            await index_records(indexer, [record], dead_letters, metrics)
        return
    for (record, article), result in zip(batch, results, strict=True):
        metrics.bulk_result(result.outcome, article.get("received_at"))
        if result.outcome == "failed":
            reason = result.reason or "failed"
            tag = "too-large" if reason.startswith("too-large") else "index-rejected"
            await dead_letters.send("index", IndexingError(tag, reason), record)
        elif result.outcome == "stale":
            log.info("stale version of %s not indexed: %s", result.id, result.reason)


async def commit_indexed(
    consumer: AIOKafkaConsumer, fetched: Mapping[TopicPartition, Sequence[ConsumerRecord]]
) -> None:
    """Commit past the batch; every record in it is indexed, stale or dead-lettered.

    A partition taken away by a rebalance while the batch was indexed is not committed
    (aiokafka refuses it with IllegalStateError): its new owner re-sends those records,
    which Elasticsearch's external versions make harmless.
    """
    assigned = consumer.assignment()
    offsets = {
        tp: OffsetAndMetadata(batch[-1].offset + 1, "")
        for tp, batch in fetched.items()
        if tp in assigned
    }
    if not offsets:
        return
    try:
        await consumer.commit(offsets)
    # Rebalanced meanwhile: the new owner re-sends.
    except (CommitFailedError, IllegalStateError) as exc:
        log.warning(
            "index offsets not committed (%s); documents will be re-sent",
            exc,
            extra=log_fields(stage="index"),
        )
