"""Listing, counting and replaying the DLQ against an in-memory stand-in for Kafka."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.config import load_settings
from pipeline.errors import IndexingError
from pipeline.formats import StoryParseError
from pipeline.stream.dead_letter_topic import (
    Replay,
    list_dead_letters,
    replay_dead_letters,
    replay_group,
    tally,
)
from pipeline.stream.dead_letters import ATTEMPT_HEADER, DeadLetter, LetterFilter
from tests.stream.dlq_broker import Broker, fake_kafka, file_letters, letter

SETTINGS = load_settings({"WIREPIPE_TOPIC_PREFIX": "t.", "WIREPIPE_APP_ID": "app"})
TOPICS = SETTINGS.topics


@pytest.fixture
def broker(monkeypatch: pytest.MonkeyPatch) -> Broker:
    return fake_kafka(monkeypatch)


def sent_keys(broker: Broker) -> dict[bytes | None, tuple[str, bytes]]:
    return {key: (topic, dict(headers)[ATTEMPT_HEADER]) for topic, key, _, headers in broker.sent}


def test_replay_sends_each_letter_to_its_stage_input_as_its_next_attempt(broker: Broker) -> None:
    file_letters(broker, TOPICS)
    replays: list[Replay] = []
    summary = replay_dead_letters(SETTINGS, on_replay=replays.append)
    assert sent_keys(broker) == {
        b"a": (TOPICS.raw, b"2"),
        b"b": (TOPICS.enriched, b"2"),
        b"c": (TOPICS.articles, b"2"),
    }
    assert all(value == b"payload of " + key for _, key, value, _ in broker.sent)
    assert summary.sent == Counter({TOPICS.raw: 1, TOPICS.enriched: 1, TOPICS.articles: 1})
    assert summary.held == Counter({"permanent": 1, "exhausted": 1, "unknown-stage": 1})
    assert [(r.letter.key, r.topic, r.attempt) for r in replays] == [
        (b"a", TOPICS.raw, 2), (b"b", TOPICS.enriched, 2), (b"c", TOPICS.articles, 2),
    ]  # fmt: skip


def test_a_selection_sends_each_letter_once_and_a_forced_one_sends_the_held(
    broker: Broker,
) -> None:
    file_letters(broker, TOPICS)
    replay_dead_letters(SETTINGS)
    again = replay_dead_letters(SETTINGS)
    assert again.sent.total() == 0 and len(broker.sent) == 3
    forced = replay_dead_letters(SETTINGS, selection=LetterFilter(stage="index"), force=True)
    assert forced.sent == Counter({TOPICS.articles: 2})
    assert sent_keys(broker)[b"tired"] == (TOPICS.articles, b"6")
    everything = replay_dead_letters(SETTINGS, force=True)
    assert everything.held == Counter({"unknown-stage": 1})
    assert b"junk" not in sent_keys(broker)
    assert {topic for topic, *_ in broker.sent} <= {TOPICS.raw, TOPICS.enriched, TOPICS.articles}


def test_a_dry_run_sends_nothing_and_leaves_the_cursor(broker: Broker) -> None:
    file_letters(broker, TOPICS)
    replays: list[Replay] = []
    summary = replay_dead_letters(SETTINGS, dry_run=True, on_replay=replays.append)
    assert summary.sent.total() == 3 and len(replays) == 3
    assert broker.sent == [] and broker.committed == {}
    assert replay_dead_letters(SETTINGS).sent.total() == 3


def test_a_limit_stops_the_run_and_the_next_one_goes_on(broker: Broker) -> None:
    file_letters(broker, TOPICS)
    assert replay_dead_letters(SETTINGS, limit=1).sent.total() == 1
    assert replay_dead_letters(SETTINGS, limit=5).sent.total() == 2
    assert sorted(sent_keys(broker)) == [b"a", b"b", b"c"]


def test_letters_outside_the_selection_are_counted_not_sent(broker: Broker) -> None:
    file_letters(broker, TOPICS)
    summary = replay_dead_letters(SETTINGS, selection=LetterFilter(stage="dedup"))
    assert sent_keys(broker) == {b"b": (TOPICS.enriched, b"2")}
    assert summary.not_selected == 5
    by_reason = replay_dead_letters(SETTINGS, selection=LetterFilter(reason="xml-forbidden"))
    assert by_reason.held == Counter({"permanent": 1}) and by_reason.sent.total() == 0


def test_the_maximum_comes_from_the_settings(broker: Broker) -> None:
    file_letters(broker, TOPICS)
    strict = load_settings({"WIREPIPE_TOPIC_PREFIX": "t.", "WIREPIPE_DLQ_MAX_ATTEMPTS": "1"})
    summary = replay_dead_letters(strict)
    assert summary.sent.total() == 0
    assert summary.held["exhausted"] == 4


def test_listing_survives_garbage_headers_and_filters(broker: Broker) -> None:
    file_letters(broker, TOPICS)
    listed = list(list_dead_letters(SETTINGS, limit=None))
    assert len(listed) == 6
    junk = next(found for found in listed if found.key == b"junk")
    assert (junk.stage, junk.partition, junk.failed_at) == (
        "\ufffd",
        -1,
        "2026-01-01T09:00:00.000Z",
    )
    assert len(list(list_dead_letters(SETTINGS, limit=2))) == 2
    assert [found.key for found in list_dead_letters(SETTINGS, 10, LetterFilter(stage="index"))] == [
        b"tired", b"c",
    ]  # fmt: skip


def test_stats_count_stage_reason_attempts_and_verdicts() -> None:
    letters: list[DeadLetter] = [
        letter("enrich", "a"),
        letter("enrich", "b", attempt=2),
        letter("index", "c", IndexingError("bulk-rejected"), attempt=5),
        letter("enrich", "d", StoryParseError("empty")),
    ]
    stats = tally(letters, max_attempts=5)
    assert stats.letters == 4
    assert stats.attempts == {
        ("enrich", "connection reset"): Counter({1: 1, 2: 1}),
        ("index", "bulk-rejected"): Counter({5: 1}),
        ("enrich", "empty"): Counter({1: 1}),
    }
    assert stats.verdicts == Counter({"replay": 2, "exhausted": 1, "permanent": 1})


def test_each_selection_has_its_own_cursor() -> None:
    groups = {
        replay_group("app", LetterFilter(), force=False),
        replay_group("app", LetterFilter(stage="index"), force=False),
        replay_group("app", LetterFilter(reason="too-large"), force=False),
        replay_group("app", LetterFilter(), force=True),
        replay_group("app", LetterFilter(reason="'minhash'"), force=False),
    }
    assert len(groups) == 5
    assert replay_group("app", LetterFilter(), force=False) == "app-dlq-replay-all"
    assert replay_group("app", LetterFilter("enrich", "too-large"), force=True) == (
        "app-dlq-replay-enrich-reason-too-large-force"
    )
    assert all(group.isascii() and " " not in group for group in groups)
