"""Dedup on real Kafka and Elasticsearch with two workers sharing the partitions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
import pytest
from aiokafka.partitioner import murmur2

from pipeline.enrich import enrich_story
from pipeline.index.search import newsroom_query, shown_document
from pipeline.model import document_id
from tests.integration.pipeline_run import PipelineRun

PARTITIONS = 4

ORIGINAL = """Ministers from the Nordic Council agreed on Tuesday to build a shared electricity
interconnector under the Gulf of Bothnia, a project worth 4 billion euros that would link the
grids of Finland and Sweden by 2031.

Energy Minister Aino Lahtinen said the cable would let Finland import hydropower in dry winters
and export wind power in storms, smoothing prices on both sides of the border.

Construction is due to begin in 2027, after an environmental review of the seabed route, the
ministers said in a joint statement after their meeting in Umea.

Industry groups welcomed the decision but warned that grid fees for households could rise in
the first years of operation while the cable is paid for.
"""

CAPTION_A = """Energy Minister Aino Lahtinen speaks to the press in Umea, Sweden, 12 March 2024.
EPA/JONAS EKSTROM / POOL

"""
CAPTION_B = """Finnish Energy Minister Aino Lahtinen arrives for the meeting in Umea on March 12, 2024.
AFP PHOTO / MIKKO LAHTI / TASS

"""


def ninjs(guid: str, version: int, minutes: int, body: str, **extra: object) -> bytes:
    created = datetime(2025, 3, 12, 9, 0, tzinfo=UTC) + timedelta(minutes=minutes)
    item = {
        "guid": guid, "uri": guid, "version": str(version), "type": "text", "language": "en",
        "pubstatus": "usable", "headline": f"Nordic grid link agreed ({guid} v{version})",
        "versioncreated": created.isoformat().replace("+00:00", "Z"),
        "firstcreated": "2025-03-12T09:00:00Z", "body_text": body,
    } | extra  # fmt: skip
    return orjson.dumps(item)


def partition_of(doc_id: str) -> int:
    return (murmur2(doc_id.encode()) & 0x7FFFFFFF) % PARTITIONS


def key_on_other_partition(story: bytes, than_id: str) -> str:
    """A key under which `story` lands on another dedup partition than document `than_id`."""
    source = enrich_story(story, key="probe")["source"]
    for number in range(1000):
        key = f"copy-{number}"
        if partition_of(document_id(source, key)) != partition_of(than_id):
            return key
    raise AssertionError("no key found")


@pytest.fixture
def two_workers(pipeline_run: PipelineRun) -> Iterator[PipelineRun]:
    pipeline_run.start_worker("a")
    pipeline_run.start_worker("b")
    yield pipeline_run


def visible(run: PipelineRun, text: str) -> list[dict]:
    return [shown_document(h) for h in run.search(**newsroom_query(text))["hits"]["hits"]]


def docs(run: PipelineRun) -> dict[str, dict]:
    hits = run.search(query={"match_all": {}}, size=100)["hits"]["hits"]
    return {hit["_id"]: hit["_source"] for hit in hits}


def test_redistribution_on_another_partition_joins_the_original_cluster(
    two_workers: PipelineRun,
) -> None:
    run = two_workers
    run.produce((CAPTION_A + ORIGINAL).encode(), key="grid-original")
    run.wait_for(lambda: run.count() == 1, what="original indexed")
    original_id = next(iter(docs(run)))
    copy_story = (CAPTION_B + ORIGINAL.replace("Tuesday", "Tuesday evening")).encode()
    copy_key = key_on_other_partition(copy_story, original_id)
    run.produce(copy_story, key=copy_key)
    run.wait_for(lambda: run.count() == 2, what="copy indexed")
    copy = next(doc for doc in docs(run).values() if doc["guid"] == copy_key)
    assert copy["source"] != docs(run)[original_id]["source"]  # another agency's redistribution
    assert copy["dedup"]["cluster_id"] == original_id
    assert copy["dedup"]["duplicate_of"] == original_id
    assert copy["dedup"]["similarity"] > 0.6
    assert len(visible(run, "Bothnia interconnector")) == 1  # one hit per cluster


def test_update_supersedes_and_a_late_older_version_does_not_win(two_workers: PipelineRun) -> None:
    run = two_workers
    first = ORIGINAL
    third = ORIGINAL + "\nThe Swedish parliament is expected to approve the funding in May.\n"
    second = ORIGINAL.replace("4 billion", "4.2 billion")
    run.produce(ninjs("urn:test:grid", 1, 0, first), key="urn:test:grid")
    run.wait_for(lambda: run.count() == 1, what="version 1 indexed")
    run.produce(ninjs("urn:test:grid", 3, 30, third), key="urn:test:grid")
    run.wait_for(
        lambda: "parliament" in next(iter(docs(run).values()))["body"], what="version 3 indexed"
    )
    run.produce(ninjs("urn:test:grid", 2, 15, second), key="urn:test:grid")  # arrives late
    marker = ninjs("urn:test:marker", 1, 0, "A separate short item about ferry timetables.")
    run.produce(marker, key="urn:test:marker")
    run.wait_for(lambda: run.count() == 2, what="marker indexed after the late version")
    story = [d for d in docs(run).values() if d["guid"] == "urn:test:grid"]
    assert len(story) == 1
    assert story[0]["version"] == 3
    assert "parliament" in story[0]["body"] and "4.2 billion" not in story[0]["body"]
    assert [link["version"] for link in story[0]["dedup"]["supersedes"]] == [1]


def test_kill_removes_the_story_from_search_and_keeps_it_for_audit(
    two_workers: PipelineRun,
) -> None:
    run = two_workers
    run.produce(ninjs("urn:test:kill", 1, 0, ORIGINAL), key="urn:test:kill")
    run.wait_for(lambda: len(visible(run, "Bothnia")) == 1, what="story visible")
    run.produce(ninjs("urn:test:kill", 2, 20, "", pubstatus="canceled"), key="urn:test:kill")
    run.wait_for(
        lambda: (
            len(visible(run, "Bothnia")) == 0
            and run.count({"term": {"pubstatus": "canceled"}}) == 1
        ),
        timeout=30,
        what="kill applied",
    )
    assert run.count() == 1


def test_embargoed_story_appears_when_the_embargo_lifts(two_workers: PipelineRun) -> None:
    run = two_workers
    lifts = datetime.now(UTC) + timedelta(seconds=20)
    item = ninjs(
        "urn:test:embargo",
        1,
        0,
        ORIGINAL,
        embargoed=lifts.isoformat(timespec="seconds").replace("+00:00", "Z"),
    )
    run.produce(item, key="urn:test:embargo")
    run.wait_for(
        lambda: run.count({"term": {"pubstatus": "withheld"}}) == 1, what="withheld story indexed"
    )
    assert visible(run, "Bothnia") == []
    run.wait_for(
        lambda: len(visible(run, "Bothnia")) == 1,
        timeout=60,
        what="story visible after the embargo",
    )


def test_redelivery_is_recognised_after_a_worker_restart(
    pipeline_run: PipelineRun, tmp_path: Path
) -> None:
    run = pipeline_run
    run.start_worker("a")
    story = (CAPTION_A + ORIGINAL).encode()
    run.produce(story, key="grid-restart")
    run.wait_for(lambda: run.count() == 1, what="story indexed")
    before = next(iter(docs(run).values()))
    run.kill_worker("a")
    run.start_worker("a")
    run.produce(story, key="grid-restart")  # Kafka re-delivery: same key, same bytes
    run.produce(story, key="grid-resent-under-new-guid")  # same content, another guid
    run.produce(
        ninjs("urn:test:marker", 1, 0, "A separate short item about ferry timetables."),
        key="urn:test:marker",
    )
    run.wait_for(lambda: run.count() == 2, what="marker indexed")
    after = next(d for d in docs(run).values() if d["id"] == before["id"])
    assert after["indexed_at"] == before["indexed_at"], "the re-delivery rewrote the document"
    assert run.count({"term": {"guid": "grid-resent-under-new-guid"}}) == 0
