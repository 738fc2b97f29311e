"""`dedup.primary`: one representative per cluster, kept right as versions, copies and kills arrive.

A plain filter on `dedup.primary` (Kibana) must fold a cluster to the one
document that collapsing on `dedup.cluster_id` (`wirepipe search`) folds it to:
for that, no cluster may keep visible copies once its representative is gone.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.dedup import Deduplicator, DedupStore, Reason
from tests.dedup.stories import FERRY_STORY, article

NOW = 1_709_546_400.0  # 2024-03-04T10:00:00Z


@pytest.fixture
def dedup() -> Deduplicator:
    return Deduplicator(DedupStore())


def copy(**fields: Any) -> dict[str, Any]:
    """Another agency's redistribution of the ferry story."""
    body = [p.replace("on Monday", "") for p in FERRY_STORY[:5]]
    defaults: dict[str, Any] = {
        "guid": "ew-8812",
        "source": "eastwire",
        "headline": "Norwegian ferry hits rocks, 212 evacuated",
        "versioncreated": "2024-03-04T09:40:00Z",
    }
    return article(body, **(defaults | fields))


def kill(**fields: Any) -> dict[str, Any]:
    """A kill of the story with the same guid and source (the original's, by default)."""
    defaults: dict[str, Any] = {"pubstatus": "canceled", "version": 2, "versioncreated": None}
    return article("", headline="KILL: Ferry runs aground", **(defaults | fields))


def test_the_first_story_of_a_cluster_is_its_representative(dedup: Deduplicator) -> None:
    original = dedup.decide(article(FERRY_STORY), NOW)
    redistributed = dedup.decide(copy(), NOW + 60)
    assert original.article["dedup"]["primary"] is True
    assert redistributed.reason == Reason.NEAR_DUPLICATE
    assert redistributed.article["dedup"]["primary"] is False


def test_versions_keep_the_flag_of_their_story(dedup: Deduplicator) -> None:
    dedup.decide(article(FERRY_STORY), NOW)
    dedup.decide(copy(), NOW + 60)
    later = "2024-03-04T11:00:00Z"
    v2 = dedup.decide(
        article(
            [*FERRY_STORY, "The ferry was towed to Finnsnes."], version=2, versioncreated=later
        ),
        NOW + 120,
    )
    copy_v2 = dedup.decide(
        copy(version=2, versioncreated=later, headline="Ferry hits rocks off Senja"), NOW + 180
    )
    assert (v2.reason, v2.article["dedup"]["primary"]) == (Reason.NEW_VERSION, True)
    assert (copy_v2.reason, copy_v2.article["dedup"]["primary"]) == (Reason.NEW_VERSION, False)


def test_a_kill_of_a_copy_leaves_the_representative_alone(dedup: Deduplicator) -> None:
    original = dedup.decide(article(FERRY_STORY), NOW)
    redistributed = dedup.decide(copy(), NOW + 60)
    decision = dedup.decide(kill(guid="ew-8812", source="eastwire"), NOW + 120)
    assert decision.article["id"] == redistributed.article["id"]
    assert decision.article["pubstatus"] == "canceled"
    assert decision.retractions == ()
    third = dedup.decide(
        copy(guid="sw-1", source="southwire", headline="Ferry aground near Finnsnes"), NOW + 180
    )
    assert third.reason == Reason.NEAR_DUPLICATE
    assert third.article["dedup"]["cluster_id"] == original.article["id"]
    assert third.article["dedup"]["primary"] is False


def test_a_kill_of_the_representative_withdraws_every_copy(dedup: Deduplicator) -> None:
    original = dedup.decide(article(FERRY_STORY), NOW)
    redistributed = dedup.decide(copy(), NOW + 60)
    decision = dedup.decide(kill(), NOW + 120)
    assert decision.article["id"] == original.article["id"]
    assert decision.article["dedup"]["primary"] is True  # hidden by its status, not its flag
    tombstones = {t["id"]: t for t in decision.retractions}
    assert set(tombstones) == {redistributed.article["id"]}
    tombstone = tombstones[redistributed.article["id"]]
    assert tombstone["pubstatus"] == "canceled"
    assert tombstone["source"] == "eastwire"  # the copy's agency, not the killing one
    assert tombstone["guid"] == "ew-8812"
    assert tombstone["dedup"]["retracted_by"] == original.article["id"]
    assert tombstone["dedup"]["primary"] is False
    assert tombstone["sequence"] > redistributed.article["sequence"]


def test_a_refile_after_the_kill_founds_a_cluster_of_its_own(dedup: Deduplicator) -> None:
    dedup.decide(article(FERRY_STORY), NOW)
    dedup.decide(kill(), NOW + 60)
    refile = dedup.decide(
        article(
            [*FERRY_STORY[:5], "Corrects number of passengers in paragraph one."],
            guid="ferry-refile",
            versioncreated="2024-03-04T12:00:00Z",
        ),
        NOW + 120,
    )
    assert refile.reason == Reason.NEW_STORY
    assert refile.article["dedup"]["primary"] is True
    assert refile.article["pubstatus"] == "usable"


def test_a_new_version_of_a_withdrawn_copy_represents_itself(dedup: Deduplicator) -> None:
    dedup.decide(article(FERRY_STORY), NOW)
    redistributed = dedup.decide(copy(), NOW + 60)
    dedup.decide(kill(), NOW + 120)
    again = dedup.decide(
        copy(version=2, versioncreated="2024-03-04T12:00:00Z", headline="Ferry evacuated"),
        NOW + 180,
    )
    assert again.article["id"] == redistributed.article["id"]
    assert again.reason == Reason.NEW_VERSION
    assert again.article["dedup"]["cluster_id"] == again.article["id"]
    assert again.article["dedup"]["primary"] is True
    assert again.article["dedup"]["duplicate_of"] is None
