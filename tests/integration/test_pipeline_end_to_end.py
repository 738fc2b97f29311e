"""The pipeline end to end on real Kafka and Elasticsearch."""

from __future__ import annotations

import os

import pytest

from tests.integration.pipeline_run import PipelineRun, free_port
from tests.integration.stories import HARBOUR_STORY, SEED, generated_story


def hits_for(run: PipelineRun, text: str) -> list[dict]:
    from pipeline.index.search import newsroom_query

    return run.search(**newsroom_query(text))["hits"]["hits"]


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed story is absent")
def test_seed_story_becomes_one_searchable_document(pipeline_run: PipelineRun) -> None:
    pipeline_run.start_worker()
    pipeline_run.produce(SEED.read_bytes(), key=SEED.stem)
    pipeline_run.wait_for(lambda: len(hits_for(pipeline_run, "Lavrov")) == 1, what="seed indexed")
    doc = pipeline_run.search(query={"match_all": {}})["hits"]["hits"][0]["_source"]
    assert "Lavrov" in doc["body"]
    assert "sits next to" not in doc["body"]
    assert doc["captions"][0]["text"].startswith("U.S. State Secretary Antony Blinken")
    assert pipeline_run.count() == 1


def test_project_story_indexed_with_caption_split_out(pipeline_run: PipelineRun) -> None:
    pipeline_run.start_worker()
    pipeline_run.produce(HARBOUR_STORY.encode(), key="harbour-1")
    pipeline_run.wait_for(
        lambda: len(hits_for(pipeline_run, "Baltic cod")) == 1, what="story indexed"
    )
    doc = hits_for(pipeline_run, "Baltic cod")[0]["_source"]
    assert doc["body"].startswith("Fisheries Commissioner Ilse Varga said on Thursday")
    assert "harbour workers" not in doc["body"]


def test_same_message_twice_leaves_one_document(pipeline_run: PipelineRun) -> None:
    pipeline_run.start_worker()
    story = generated_story(1)
    pipeline_run.produce(story, key="twice-1")
    pipeline_run.produce(story, key="twice-1")
    marker = generated_story(2)
    pipeline_run.produce(marker, key="after-twice")  # once this is in, both copies were handled
    pipeline_run.wait_for(lambda: pipeline_run.count() >= 2, what="documents indexed")
    pipeline_run.wait_for(
        lambda: len(hits_for(pipeline_run, "Story 2 report")) >= 1, what="marker indexed"
    )
    assert pipeline_run.count({"term": {"guid": "twice-1"}}) == 1
    assert pipeline_run.count() == 2


def test_malformed_messages_go_to_the_dlq_and_the_stream_goes_on(
    pipeline_run: PipelineRun,
) -> None:
    web_port = free_port()
    pipeline_run.start_worker(web_port=web_port)
    garbage = os.urandom(5 * 1024 * 1024)
    bad = {
        "not-utf8": b"\xff\xfe\xfa not text \x80\x81" * 10,
        "broken-xml": b"<?xml version='1.0'?><nitf><head><title>Half</title></head><body><p>",
        "empty": b"",
        "garbage-5mb": garbage,
    }
    for key, value in bad.items():
        pipeline_run.produce(value, key=key)
    pipeline_run.produce(HARBOUR_STORY.encode(), key="good-after-bad")
    pipeline_run.wait_for(
        lambda: len(hits_for(pipeline_run, "Baltic cod")) == 1,
        what="good story indexed after bad ones",
    )
    pipeline_run.wait_for(lambda: len(pipeline_run.dead_letters()) >= len(bad), what="dead letters")
    letters = {letter.key.decode(): letter for letter in pipeline_run.dead_letters()}
    assert set(letters) == set(bad)
    for key, value in bad.items():
        letter = letters[key]
        assert letter.stage == "enrich"
        assert letter.reason
        assert letter.payload == value, f"{key}: original bytes not kept"
        assert letter.source_topic == pipeline_run.settings.topics.raw
    assert pipeline_run.count() == 1
    stages = pipeline_run.worker_stats(web_port)["stages"]
    assert stages["enrich"] == {"dead-letter": len(bad), "enriched": 1}
    assert stages["index"] == {"indexed": 1}


def test_worker_killed_mid_stream_loses_nothing(pipeline_run: PipelineRun) -> None:
    """SIGKILL while stories flow, more stories while it is down, then a restart.

    The kill comes as soon as one story is indexed, often before the worker's
    first offset commit: the restarted worker must re-read from the beginning
    what its predecessor fetched and never committed.
    """
    half = 300

    def produce_range(first: int) -> None:
        for number in range(first, first + half):
            pipeline_run.producer.send(
                pipeline_run.settings.topics.raw,
                key=f"kill-{number}".encode(),
                value=generated_story(number, seed=11),
            )
        pipeline_run.producer.flush()

    pipeline_run.start_worker()
    produce_range(0)
    pipeline_run.wait_for(lambda: pipeline_run.count() >= 1, what="a first story indexed")
    pipeline_run.kill_worker()
    produce_range(half)
    pipeline_run.start_worker()
    pipeline_run.wait_for(
        lambda: pipeline_run.count() >= 2 * half,
        timeout=300,
        what=f"all {2 * half} stories indexed",
    )
    guids = pipeline_run.search(size=0, aggs={"g": {"cardinality": {"field": "guid"}}})
    assert guids["aggregations"]["g"]["value"] == 2 * half
    assert pipeline_run.count() == 2 * half
    assert pipeline_run.dead_letters() == []
