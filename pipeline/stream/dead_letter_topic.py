"""Reading, counting and re-sending the dead letters of `wire.dlq` (`wirepipe dlq ...`).

A replay sends a letter only to its stage's input topic, and holds back the
letters it must not send: an unknown stage always, a permanent reason or a
letter whose attempts are used up unless forced. Each selection (stage,
reason, forced or not) has its own consumer group, whose committed offsets
are its cursor: every letter is looked at once per selection, and the ones a
run passes over (held back, filed before `--since`) stay passed for it.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from kafka import KafkaConsumer, TopicPartition
from kafka.structs import OffsetAndMetadata

from pipeline.config import Settings
from pipeline.stream.clients import kafka_consumer, kafka_producer
from pipeline.stream.dead_letters import (
    REASON_TAG,
    DeadLetter,
    LetterFilter,
    Verdict,
    attempt_headers,
    read_dead_letter,
    replay_targets,
    replay_verdict,
)

REPLAY_GROUP_SUFFIX = "-dlq-replay"
CLIENT_ID = "wirepipe-dlq"
SETTLE_EVERY = 500  # letters sent between two flush-and-commit rounds
SEND_TIMEOUT = 60.0


def _records(consumer: KafkaConsumer, topic: str) -> Iterator[Any]:
    """Every record from the consumer's position up to the end offsets seen at the start."""
    partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
    if not partitions:
        return
    consumer.assign(partitions)
    ends = consumer.end_offsets(partitions)
    while any(consumer.position(p) < ends[p] for p in partitions):
        for records in consumer.poll(timeout_ms=1000).values():
            yield from records


def _letter(record: Any) -> DeadLetter:
    return read_dead_letter(
        record.key, record.value, record.headers or (), timestamp_ms=record.timestamp
    )


def read_letters(settings: Settings, selection: LetterFilter | None = None) -> Iterator[DeadLetter]:
    """The selected letters of the whole topic, oldest first in each partition."""
    selection = selection or LetterFilter()
    consumer = kafka_consumer(settings, client_id=CLIENT_ID, group_id=None)
    try:
        for record in _records(consumer, settings.topics.dlq):
            letter = _letter(record)
            if selection.matches(letter):
                yield letter
    finally:
        consumer.close()


def list_dead_letters(
    settings: Settings, limit: int | None = 100, selection: LetterFilter | None = None
) -> Iterator[DeadLetter]:
    return islice(read_letters(settings, selection), limit)


@dataclass(slots=True)
class LetterStats:
    """Letters counted by stage and reason, with their attempts and what a replay would do."""

    attempts: dict[tuple[str, str], Counter[int]] = field(default_factory=dict)
    verdicts: Counter[Verdict] = field(default_factory=Counter)

    @property
    def letters(self) -> int:
        return self.verdicts.total()


def tally(letters: Iterable[DeadLetter], *, max_attempts: int) -> LetterStats:
    stats = LetterStats()
    for letter in letters:
        stats.attempts.setdefault((letter.stage, letter.reason), Counter())[letter.attempt] += 1
        stats.verdicts[replay_verdict(letter, max_attempts=max_attempts)] += 1
    return stats


def dead_letter_stats(settings: Settings, selection: LetterFilter | None = None) -> LetterStats:
    return tally(read_letters(settings, selection), max_attempts=settings.dlq_max_attempts)


@dataclass(frozen=True, slots=True)
class Replay:
    """One letter sent back (or, in a dry run, that would be)."""

    letter: DeadLetter
    topic: str
    attempt: int


@dataclass(slots=True)
class ReplaySummary:
    sent: Counter[str] = field(default_factory=Counter)  # by topic
    held: Counter[Verdict] = field(default_factory=Counter)
    not_selected: int = 0


def replay_group(app_id: str, selection: LetterFilter, *, force: bool) -> str:
    """The consumer group whose offsets are this selection's cursor."""
    parts = [selection.stage or "all"]
    if selection.reason is not None:
        reason = selection.reason
        if not REASON_TAG.fullmatch(reason):
            reason = hashlib.sha256(reason.encode()).hexdigest()[:16]
        parts.append(f"reason-{reason}")
    if force:
        parts.append("force")
    return f"{app_id}{REPLAY_GROUP_SUFFIX}-{'-'.join(parts)}"


def replay_dead_letters(
    settings: Settings,
    selection: LetterFilter | None = None,
    *,
    limit: int | None = None,
    force: bool = False,
    dry_run: bool = False,
    on_replay: Callable[[Replay], None] | None = None,
) -> ReplaySummary:
    """Send the selected letters past the selection's cursor back to their stage's input.

    At most `limit` letters are sent. A dry run sends nothing and leaves the
    cursor where it is; otherwise the cursor moves past a letter only once
    what was sent before it is acknowledged by Kafka.
    """
    selection = selection or LetterFilter()
    targets = replay_targets(settings.topics)
    group = replay_group(settings.app_id, selection, force=force)
    consumer = kafka_consumer(settings, client_id=CLIENT_ID, group_id=group)
    producer = None if dry_run else kafka_producer(settings, client_id=CLIENT_ID)
    summary = ReplaySummary()
    looked_at: dict[TopicPartition, OffsetAndMetadata] = {}
    in_flight: list[Any] = []

    def settle() -> None:
        if producer is None:
            return
        producer.flush()
        for sent in in_flight:
            sent.get(timeout=SEND_TIMEOUT)  # raises if Kafka refused it: the cursor stays
        in_flight.clear()
        if looked_at:
            consumer.commit(dict(looked_at))

    try:
        for record in _records(consumer, settings.topics.dlq):
            if limit is not None and summary.sent.total() >= limit:
                break
            letter = _letter(record)
            looked_at[TopicPartition(record.topic, record.partition)] = OffsetAndMetadata(
                record.offset + 1, None, -1
            )
            if not selection.matches(letter):
                summary.not_selected += 1
                continue
            verdict = replay_verdict(letter, max_attempts=settings.dlq_max_attempts, force=force)
            if verdict != "replay":
                summary.held[verdict] += 1
                continue
            replay = Replay(letter, targets[letter.stage], letter.attempt + 1)
            if producer is not None:
                in_flight.append(
                    producer.send(
                        replay.topic,
                        key=letter.key,
                        value=letter.payload,
                        headers=attempt_headers(replay.attempt),
                    )
                )
            summary.sent[replay.topic] += 1
            if on_replay is not None:
                on_replay(replay)
            if len(in_flight) >= SETTLE_EVERY:
                settle()
        settle()
    finally:
        if producer is not None:
            producer.close()
        consumer.close()
    return summary
