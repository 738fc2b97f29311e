"""The servers of the stack answer the clients the pipeline uses: one message, one document.

Runs against the servers of the `kafka_bootstrap` and `es_url` fixtures (conftest.py).
"""

from __future__ import annotations

import asyncio
import uuid

import pytest

pytestmark = pytest.mark.integration


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def test_kafka_python_creates_topic_produces_and_consumes_in_a_group(kafka_bootstrap: str) -> None:
    from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
    from kafka.admin import NewTopic

    topic = unique("stack-smoke-kp")
    admin = KafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    try:
        admin.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)])
        assert topic in admin.list_topics()
    finally:
        admin.close()

    producer = KafkaProducer(bootstrap_servers=kafka_bootstrap)
    producer.send(topic, key=b"guid-1", value=b"wire story").get(timeout=30)
    producer.close()

    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=kafka_bootstrap,
        group_id=unique("stack-smoke-group"),
        auto_offset_reset="earliest",
        consumer_timeout_ms=30_000,
    )
    try:
        message = next(iter(consumer))
        consumer.commit()
    finally:
        consumer.close()
    assert (message.key, message.value) == (b"guid-1", b"wire story")


def test_aiokafka_produces_and_consumes_in_a_group(kafka_bootstrap: str) -> None:
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

    topic = unique("stack-smoke-aio")

    async def round_trip() -> tuple[bytes | None, bytes | None]:
        producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
        await producer.start()
        try:
            await producer.send_and_wait(topic, b"wire story", key=b"guid-2")
        finally:
            await producer.stop()
        consumer = AIOKafkaConsumer(
            topic,
            bootstrap_servers=kafka_bootstrap,
            group_id=unique("stack-smoke-group"),
            auto_offset_reset="earliest",
        )
        await consumer.start()
        try:
            message = await asyncio.wait_for(consumer.getone(), timeout=30)
            await consumer.commit()
        finally:
            await consumer.stop()
        return message.key, message.value

    assert asyncio.run(round_trip()) == (b"guid-2", b"wire story")


def test_elasticsearch_indexes_and_finds_a_document(es_url: str) -> None:
    from elasticsearch import Elasticsearch

    index = unique("stack-smoke")
    with Elasticsearch(es_url, request_timeout=30) as es:
        assert es.cluster.health(wait_for_status="yellow", timeout="30s")["status"] in (
            "yellow",
            "green",
        )
        es.indices.create(index=index, settings={"number_of_replicas": 0})
        try:
            es.index(index=index, id="1", document={"headline": "Harbour strike ends"})
            es.indices.refresh(index=index)
            hits = es.search(index=index, query={"match": {"headline": "strike"}})["hits"]
        finally:
            es.indices.delete(index=index)
    assert [hit["_id"] for hit in hits["hits"]] == ["1"]


def test_async_elasticsearch_indexes_and_finds_a_document(es_url: str) -> None:
    from elasticsearch import AsyncElasticsearch

    index = unique("stack-smoke-async")

    async def index_and_search() -> list[str]:
        async with AsyncElasticsearch(es_url, request_timeout=30) as es:
            await es.indices.create(index=index, settings={"number_of_replicas": 0})
            try:
                await es.index(index=index, id="1", document={"headline": "Ferry resumes"})
                await es.indices.refresh(index=index)
                found = await es.search(index=index, query={"match": {"headline": "ferry"}})
            finally:
                await es.indices.delete(index=index)
        return [hit["_id"] for hit in found["hits"]["hits"]]

    assert asyncio.run(index_and_search()) == ["1"]


def test_english_analyzer_report_matches_the_node(es_url: str) -> None:
    from elasticsearch import BadRequestError, Elasticsearch

    from pipeline.stack import es_has_english_analyzer

    with Elasticsearch(es_url, request_timeout=30) as es:
        try:
            es.indices.analyze(analyzer="english", text="running")
            node_has_it = True
        except BadRequestError:
            node_has_it = False
    assert es_has_english_analyzer(es_url) is node_has_it
