"""Decisions of the dedup engine: re-deliveries, copies, versions, kills, embargoes, expiry."""

from __future__ import annotations

import orjson
import pytest

from pipeline.dedup import (
    Deduplicator,
    DedupSettings,
    DedupStore,
    Reason,
    dedup_stream,
    fingerprint_article,
)
from pipeline.entities import tag_article
from pipeline.model import document_id
from tests.dedup.stories import FERRY_STORY, MUSEUM_STORY, article

NOW = 1_709_546_400.0  # 2024-03-04T10:00:00Z, an hour after the stories were filed
DAY = 86_400.0


@pytest.fixture
def store() -> DedupStore:
    return DedupStore()


@pytest.fixture
def dedup(store: DedupStore) -> Deduplicator:
    return Deduplicator(store)


def redistribution() -> dict:
    """Another agency's copy: other headline, captions and credits, lightly edited, trimmed."""
    body = [p.replace("on Monday", "") for p in FERRY_STORY[:5]]
    return article(
        body,
        guid="ew-8812",
        source="eastwire",
        headline="Norwegian ferry hits rocks, 212 evacuated",
        captions=[{"text": "Passengers leave the ferry at Finnsnes.", "credit": None}],
        versioncreated="2024-03-04T09:40:00Z",
    )


def test_first_story_founds_its_own_cluster(dedup: Deduplicator) -> None:
    decision = dedup.decide(article(FERRY_STORY), NOW)
    assert (decision.action, decision.reason) == ("index", Reason.NEW_STORY)
    fields = decision.article["dedup"]
    assert fields["cluster_id"] == decision.article["id"]
    assert fields["duplicate_of"] is None and fields["similarity"] is None
    assert decision.article["pubstatus"] == "usable"
    assert decision.article["sequence"] == 1_709_542_800_000  # versioncreated in ms
    assert "minhash" not in fields and "shingle_count" not in fields


def test_redelivery_of_the_same_version_replays_the_first_decision(dedup: Deduplicator) -> None:
    story = article(FERRY_STORY)
    first = dedup.decide(story, NOW)
    again = dedup.decide(dict(story), NOW + 5)
    assert (again.action, again.reason) == ("replay", Reason.REDELIVERY)
    # The same external version: Elasticsearch refuses it when it has the first.
    assert again.article["sequence"] == first.article["sequence"]
    assert again.article["dedup"] == first.article["dedup"]


def test_same_text_under_another_guid_is_skipped(dedup: Deduplicator) -> None:
    first = dedup.decide(article(FERRY_STORY), NOW)
    resent = article(
        [f"  {p}  " for p in FERRY_STORY],  # whitespace differs, text does not
        guid="ferry-resend",
        headline="REFILE-Ferry runs aground off Norway, all passengers rescued",
    )
    decision = dedup.decide(resent, NOW + 60)
    assert (decision.action, decision.reason) == ("skip", Reason.DUPLICATE_CONTENT)
    assert decision.article["dedup"]["duplicate_of"] == first.article["id"]


def test_redistribution_joins_the_cluster_of_the_original(dedup: Deduplicator) -> None:
    original = dedup.decide(article(FERRY_STORY), NOW)
    copy = dedup.decide(redistribution(), NOW + 60)
    assert (copy.action, copy.reason) == ("index", Reason.NEAR_DUPLICATE)
    fields = copy.article["dedup"]
    assert fields["cluster_id"] == original.article["id"]
    assert fields["duplicate_of"] == original.article["id"]
    assert 0.6 <= fields["similarity"] <= 1.0
    assert fields["updates_of"] is None  # another source's copy is not a version


def test_captions_do_not_make_stories_similar(dedup: Deduplicator) -> None:
    caption = {"text": " ".join(FERRY_STORY), "credit": None}
    dedup.decide(article(FERRY_STORY, captions=[caption]), NOW)
    other = article(MUSEUM_STORY, guid="museum-1", captions=[caption], headline="Museum reopens")
    decision = dedup.decide(other, NOW + 60)
    assert decision.reason == Reason.NEW_STORY


def test_different_story_is_not_a_duplicate(dedup: Deduplicator) -> None:
    dedup.decide(article(FERRY_STORY), NOW)
    decision = dedup.decide(article(MUSEUM_STORY, guid="museum-1"), NOW + 60)
    assert decision.reason == Reason.NEW_STORY


def test_update_under_a_new_guid_shares_the_cluster_and_names_its_predecessor(
    dedup: Deduplicator,
) -> None:
    original = dedup.decide(article(FERRY_STORY), NOW)
    update = article(
        [
            "Norwegian investigators said on Monday evening that a fuel line failure caused "
            "the ferry that ran aground off Senja to lose power.",
            *FERRY_STORY,
            "Engineers found a cracked fuel line in the starboard engine room, the board said.",
        ],
        guid="ferry-2",
        headline="UPDATE 1-Fuel line failure behind Norway ferry grounding",
        slugline="NORWAY-FERRY/ (UPDATE 1)",
        versioncreated="2024-03-04T15:00:00Z",
        signals=["update"],
    )
    decision = dedup.decide(update, NOW + 3600)
    fields = decision.article["dedup"]
    assert decision.reason == Reason.NEAR_DUPLICATE
    assert fields["cluster_id"] == original.article["id"]
    assert fields["updates_of"] == original.article["id"]


def test_newer_version_supersedes_and_keeps_the_chain(dedup: Deduplicator) -> None:
    v1 = dedup.decide(article(FERRY_STORY), NOW)
    v2_story = article(
        [*FERRY_STORY, "The ferry was towed to Finnsnes on Tuesday morning."],
        version=2,
        versioncreated="2024-03-05T07:00:00Z",
    )
    v2 = dedup.decide(v2_story, NOW + DAY)
    assert (v2.action, v2.reason) == ("index", Reason.NEW_VERSION)
    assert v2.article["id"] == v1.article["id"]
    assert v2.article["sequence"] > v1.article["sequence"]
    chain = v2.article["dedup"]["supersedes"]
    assert [entry["version"] for entry in chain] == [1]
    assert chain[0]["content_hash"] == v1.article["dedup"]["content_hash"]
    assert v2.article["dedup"]["cluster_id"] == v1.article["dedup"]["cluster_id"]
    v3_story = article(FERRY_STORY[:4], version=3, versioncreated="2024-03-05T08:00:00Z")
    v3 = dedup.decide(v3_story, NOW + DAY + 60)
    assert [entry["version"] for entry in v3.article["dedup"]["supersedes"]] == [1, 2]


def test_late_older_version_is_stale(dedup: Deduplicator) -> None:
    v2 = article(
        [*FERRY_STORY, "The ferry was towed to Finnsnes."],
        version=2,
        versioncreated="2024-03-04T12:00:00Z",
    )
    dedup.decide(v2, NOW)
    late = dedup.decide(article(FERRY_STORY), NOW + 10)
    assert (late.action, late.reason) == ("skip", Reason.STALE_VERSION)
    assert late.stale


def test_version_numbers_order_stories_without_times(dedup: Deduplicator) -> None:
    untimed = {"versioncreated": None, "firstcreated": None}
    dedup.decide(article(FERRY_STORY, version=3, **untimed), NOW)
    late = dedup.decide(article(FERRY_STORY[:3], version=2, **untimed), NOW + 10)
    assert late.stale


def test_edit_without_version_signal_wins_by_arrival(dedup: Deduplicator) -> None:
    first = dedup.decide(article(FERRY_STORY), NOW)
    edited = dedup.decide(article(FERRY_STORY[:5]), NOW + 10)  # same version and times
    assert edited.reason == Reason.NEW_VERSION
    assert edited.article["sequence"] == first.article["sequence"] + 1


def test_kill_cancels_the_story_on_its_own_id_and_orders_after_it(dedup: Deduplicator) -> None:
    story = dedup.decide(article(FERRY_STORY), NOW)
    kill = article("", headline="KILL: Ferry runs aground", pubstatus="canceled", version=2)
    kill["versioncreated"] = None
    decision = dedup.decide(kill, NOW + 60)
    assert (decision.action, decision.reason) == ("index", Reason.KILL)
    assert decision.article["id"] == story.article["id"]
    assert decision.article["pubstatus"] == "canceled"
    assert decision.article["sequence"] > story.article["sequence"]
    assert decision.article["dedup"]["cluster_id"] == story.article["dedup"]["cluster_id"]
    assert dedup.decide(article(FERRY_STORY), NOW + 120).stale  # never resurrected


def test_kill_by_advisory_words_only(dedup: Deduplicator) -> None:
    dedup.decide(article(FERRY_STORY), NOW)
    advisory = article(
        FERRY_STORY,
        versioncreated="2024-03-04T11:00:00Z",
        ednote="Editors: this story has been withdrawn. Please do not use.",
    )
    assert dedup.decide(advisory, NOW + 60).article["pubstatus"] == "canceled"


def test_kill_is_never_a_near_duplicate(dedup: Deduplicator) -> None:
    dedup.decide(article(FERRY_STORY), NOW)
    other_kill = article(FERRY_STORY, guid="other", source="eastwire", pubstatus="canceled")
    decision = dedup.decide(other_kill, NOW + 60)
    assert decision.reason == Reason.KILL
    assert decision.article["dedup"]["duplicate_of"] is None
    assert decision.article["dedup"]["cluster_id"] == decision.article["id"]


def test_kill_advisory_with_its_own_guid_retracts_the_stories_under_its_slug(
    dedup: Deduplicator,
) -> None:
    lead = dedup.decide(article(FERRY_STORY, guid="anpa-1", slugline="BC-EU--Norway-Ferry"), NOW)
    writethru = dedup.decide(
        article(
            [*FERRY_STORY, "The ferry was towed to Finnsnes."],
            guid="anpa-2",
            slugline="BC-EU--Norway-Ferry, 1st Ld-Writethru",
            versioncreated="2024-03-04T11:00:00Z",
        ),
        NOW + 60,
    )
    assert writethru.article["dedup"]["updates_of"] == lead.article["id"]
    advisory = article(
        "The story has been withdrawn. A substitute will not be filed.",
        guid="anpa-kill",
        headline="KILL - Norway Ferry",
        slugline="BC-EU--Norway-Ferry, KILL",
        versioncreated=None,
        received_at="2024-03-04T12:00:00Z",
    )
    decision = dedup.decide(advisory, NOW + 120)
    assert decision.article["pubstatus"] == "canceled"
    retracted = {t["id"]: t for t in decision.retractions}
    assert set(retracted) == {writethru.article["id"], lead.article["id"]}
    for tombstone in retracted.values():
        assert tombstone["pubstatus"] == "canceled"
        assert tombstone["dedup"]["retracted_by"] == decision.article["id"]
    assert retracted[lead.article["id"]]["guid"] == "anpa-1"
    assert retracted[lead.article["id"]]["sequence"] > lead.article["sequence"]


def test_replaces_reference_names_the_predecessor(dedup: Deduplicator) -> None:
    first = dedup.decide(article(FERRY_STORY), NOW)
    rewrite = article(MUSEUM_STORY, guid="ferry-rewrite", replaces=["ferry-1"])
    fields = dedup.decide(rewrite, NOW + 60).article["dedup"]
    assert fields["updates_of"] == first.article["id"]
    assert fields["cluster_id"] == first.article["dedup"]["cluster_id"]


@pytest.mark.parametrize(
    ("declared", "embargo", "expected"),
    [
        ("withheld", "2024-03-04T12:00:00Z", "withheld"),  # embargo still ahead
        ("usable", "2024-03-04T12:00:00Z", "withheld"),  # an embargo holds whatever is declared
        ("withheld", "2024-03-04T09:30:00Z", "usable"),  # embargo already lifted
        ("withheld", None, "withheld"),  # held with no release time
        ("usable", None, "usable"),
    ],
)
def test_embargo_decides_visibility(
    dedup: Deduplicator, declared: str, embargo: str | None, expected: str
) -> None:
    story = article(FERRY_STORY, pubstatus=declared, embargo=embargo)
    assert dedup.decide(story, NOW).article["pubstatus"] == expected


def test_lifting_an_embargo_early_is_a_new_version(dedup: Deduplicator) -> None:
    dedup.decide(article(FERRY_STORY, pubstatus="withheld", embargo="2024-03-04T12:00:00Z"), NOW)
    released = dedup.decide(article(FERRY_STORY), NOW + 60)
    assert (released.reason, released.article["pubstatus"]) == (Reason.NEW_VERSION, "usable")


def test_state_beyond_the_window_expires(store: DedupStore) -> None:
    dedup = Deduplicator(store, DedupSettings(window_seconds=2 * DAY))
    dedup.decide(article(FERRY_STORY), NOW)
    assert dedup.expire(NOW + DAY) == 0
    assert dedup.expire(NOW + 3 * DAY) == 1
    assert len(store) == 0
    assert not store.with_hash(article(FERRY_STORY)["dedup"]["content_hash"])


def test_expired_original_is_no_longer_matched(dedup: Deduplicator) -> None:
    dedup.decide(article(FERRY_STORY), NOW)
    late_copy = dedup.decide(redistribution(), NOW + 8 * DAY)  # default window: 7 days
    assert late_copy.reason == Reason.NEW_STORY


def test_expire_due_runs_at_most_once_per_interval(store: DedupStore) -> None:
    settings = DedupSettings(window_seconds=DAY, expire_interval_seconds=3 * DAY)
    dedup = Deduplicator(store, settings)
    dedup.decide(article(FERRY_STORY), NOW)
    assert dedup.expire_due(NOW) == 0  # runs; nothing is old yet
    assert dedup.expire_due(NOW + 2 * DAY) == 0  # old state, but not due
    assert len(store) == 1
    assert dedup.expire_due(NOW + 3 * DAY) == 1
    assert len(store) == 0


def test_bands_answer_with_only_the_newest_entries(store: DedupStore) -> None:
    dedup = Deduplicator(store, DedupSettings(band_cap=3))
    for number in range(6):
        copy = article(FERRY_STORY, guid=f"copy-{number}", source=f"agency{number}")
        copy["dedup"]["content_hash"] = f"distinct-{number}"  # defeat the exact-copy check
        dedup.decide(copy, NOW + number)
    hasher = dedup.hasher
    signature = hasher.decode(article(FERRY_STORY)["dedup"]["minhash"])
    assert signature is not None
    bands = hasher.band_hashes(signature, dedup.settings.rows_per_band)
    newest = {document_id(f"agency{n}", f"copy-{n}") for n in (3, 4, 5)}
    assert set(store.near(bands, 3, since=0, limit=10)) == newest


def test_stored_records_restore_the_same_decisions(store: DedupStore) -> None:
    """A worker rebuilds its state from the records decisions stored, as JSON (dedup_log)."""
    dedup = Deduplicator(store)
    decisions = [
        dedup.decide(article(FERRY_STORY), NOW),
        dedup.decide(redistribution(), NOW + 60),
        dedup.decide(article([*FERRY_STORY, "Towed."], version=2, versioncreated=None), NOW + 90),
        dedup.decide(article(MUSEUM_STORY, guid="m", slugline="MUSEUM/"), NOW + 100),
        dedup.decide(article("", guid="k", pubstatus="canceled", slugline="MUSEUM/"), NOW + 120),
    ]
    restored = Deduplicator(DedupStore())
    for decision in decisions:
        assert decision.record is not None
        restored.restore([orjson.loads(orjson.dumps(decision.record))])
    assert len(restored.store) == len(store) == 4
    later = [
        redistribution(),
        article(FERRY_STORY, guid="ferry-3", source="third"),
        article([*MUSEUM_STORY, "Reopened."], guid="m2", slugline="MUSEUM/"),
    ]
    for story in later:
        assert restored.decide(story, NOW + 200) == dedup.decide(story, NOW + 200)


def test_decisions_need_no_fingerprint_from_enrich(dedup: Deduplicator) -> None:
    story = article(FERRY_STORY)
    del story["dedup"]
    assert dedup.decide(story, NOW).article["dedup"]["content_hash"]
    foreign = article(FERRY_STORY, guid="other-scheme", source="eastwire")
    foreign["dedup"]["minhash"] = "9w64x8b3:AAAA"  # made under other settings
    assert dedup.decide(foreign, NOW + 1).reason == Reason.DUPLICATE_CONTENT


def test_dedup_stream_decides_in_input_order() -> None:
    stories = [article(FERRY_STORY), redistribution(), article(FERRY_STORY)]
    reasons = [d.reason for d in dedup_stream(stories, now_fn=lambda: NOW)]
    assert reasons == [Reason.NEW_STORY, Reason.NEAR_DUPLICATE, Reason.REDELIVERY]


def _tagged(story: dict) -> dict:
    tag_article(story)  # type: ignore[arg-type]
    story["dedup"] = fingerprint_article(story)
    return story


@pytest.mark.parametrize(
    ("note", "joins"), [("Eds: UPDATES with cause. Write-thru.", True), ("", False)]
)
def test_a_write_thru_under_the_slug_the_next_morning_names_its_story(
    dedup: Deduplicator, note: str, joins: bool
) -> None:
    # The write-thru retells the story in new words; its names and figures are the
    # story's. A day later that alone would be a follow-up, but the agency's note
    # says it is the story itself.
    original = dedup.decide(_tagged(article(FERRY_STORY, slugline="Norway-Ferry")), NOW)
    write_thru = [
        "Investigators examined the Nordlys Sjo ferry on Tuesday, a day after it ran aground "
        "off Senja with 212 passengers, who were all brought ashore.",
        "The ship hit rocks 400 metres from the harbour of Finnsnes after its engine failed, "
        "coastguard spokesman Arne Lyngstad said. The route to Tromso stays closed.",
    ]
    later = article(
        [note, *write_thru] if note else write_thru,
        guid="ferry-wt",
        headline="Investigators examine ferry that ran aground off Senja",
        slugline="Norway-Ferry",
    )
    decision = dedup.decide(_tagged(later), NOW + 20 * 3600)
    assert (decision.article["dedup"]["cluster_id"] == original.article["id"]) is joins


@pytest.mark.parametrize(
    ("note", "joins"), [("Updated at 14:05 GMT with passengers' accounts.", True), ("", False)]
)
def test_a_write_thru_of_its_own_story_quotes_the_voices_it_adds(
    dedup: Deduplicator, note: str, joins: bool
) -> None:
    # Without a slug to name its story, the update's note still says what it is: the
    # passenger it quotes is a voice it adds, not another statement on another matter.
    original = dedup.decide(_tagged(article(FERRY_STORY, slugline=None)), NOW)
    write_thru = [
        "All 212 passengers of the Nordlys Sjo ferry that ran aground off Senja were back on "
        "the mainland by Monday evening, where doctors checked 45 of them for hypothermia.",
        "The ship struck rocks just off the harbour of Finnsnes, coastguard spokesman "
        "Arne Lyngstad said, and the route to Tromso stays closed for the week.",
        '"We sat in the lounge for hours in the dark, and nobody shouted or cried," said one '
        "passenger, a teacher from Tromso.",
    ]
    later = article(
        [note, *write_thru] if note else write_thru,
        guid="ferry-wt",
        headline="Ferry passengers back on the mainland after grounding off Senja",
        slugline=None,
    )
    decision = dedup.decide(_tagged(later), NOW + 3 * 3600)
    assert (decision.article["dedup"]["cluster_id"] == original.article["id"]) is joins
