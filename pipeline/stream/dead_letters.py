"""Dead letters: a message a stage could not process, kept byte for byte, and what may be re-sent.

The DLQ record's value is the original message value, untouched, and its key
the original key; the stage, reason and provenance travel as Kafka headers.
The reason is the error's machine-readable tag when the stage gave up on
purpose (a `WirepipeError`: "xml-syntax", "too-large" ...), else the
unforeseen exception's message; `error` names the exception class either way.
That keeps the evidence exact and makes `wirepipe dlq replay` a plain re-send
to the stage's input topic.

Headers are read as untrusted text: anyone who can write to the topic can put
anything in them, so a value that is not what it should be reads as a default
and never stops a listing or a replay. Nothing in a header chooses where a
replay goes: the stage picks one of the pipeline's own input topics.

`wirepipe-attempt` counts how many times a message has been processed: a
replayed message carries its letter's attempt plus one, and the stage that
fails on it again passes the message's headers to `make_dead_letter`, so the
new letter records that number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from pipeline.clock import utc_iso
from pipeline.config import Topics
from pipeline.errors import WirepipeError

HEADER_PREFIX = "wirepipe-"
ATTEMPT_HEADER = HEADER_PREFIX + "attempt"
STAGES = ("enrich", "dedup", "index")
UNKNOWN_STAGE = "unknown"
REASON_LIMIT = 2000  # headers ride in every fetch: keep tracebacks out of them
# What a machine-readable reason looks like ("xml-syntax", "too-large"): an unforeseen
# error's reason is free text, which labels and group names must not carry.
REASON_TAG = re.compile(r"[a-z0-9][a-z0-9-]{0,39}")
_WHOLE_NUMBER = re.compile(r"[0-9]{1,18}")  # ASCII digits only, and short enough to be an offset

# Reasons that describe the bytes themselves: sent again unchanged, they fail the same way.
PERMANENT_REASONS = frozenset(
    {
        # StoryParseError tags, listed in pipeline/formats/errors.py and raised by the parsers
        # (pipeline/formats/__init__.py, detect.py, decoding.py, safe_xml.py, one per format).
        "empty",
        # also the tag of a story over its memory budget or a document over a size limit
        # (OverBudget in pipeline/errors.py, index stage): raise the limit, then `--force`
        "too-large",
        "undecodable",
        "xml-syntax",
        "xml-forbidden",
        "json-syntax",
        "not-a-story",  # also ParseError's default reason (pipeline/errors.py)
        "unknown-format",
        "bad-structure",
        # RecordError (pipeline/errors.py), raised by pipeline/stream/records.py: a message on
        # wire.enriched or wire.articles that is not an article document.
        "bad-record",
    }
)

Headers = Iterable[tuple[str, bytes | None]] | Mapping[str, bytes | None]
Verdict = Literal["replay", "unknown-stage", "permanent", "exhausted"]


@dataclass(frozen=True, slots=True)
class DeadLetter:
    stage: str
    reason: str
    detail: str
    error: str
    source_topic: str
    partition: int
    offset: int
    key: bytes | None
    payload: bytes
    failed_at: str
    attempt: int

    def headers(self) -> list[tuple[str, bytes]]:
        fields = {
            "stage": self.stage,
            "reason": self.reason[:REASON_LIMIT],
            "detail": self.detail[:REASON_LIMIT],
            "error": self.error,
            "source-topic": self.source_topic,
            "partition": str(self.partition),
            "offset": str(self.offset),
            "failed-at": self.failed_at,
            "attempt": str(self.attempt),
        }
        return [(HEADER_PREFIX + name, value.encode()) for name, value in fields.items()]

    def summary(self) -> dict[str, object]:
        return {
            "stage": self.stage,
            "error": self.error,
            "reason": self.reason,
            "detail": self.detail,
            "source_topic": self.source_topic,
            "partition": self.partition,
            "offset": self.offset,
            "key": self.key.decode("utf-8", "replace") if self.key is not None else None,
            "bytes": len(self.payload),
            "failed_at": self.failed_at,
            "attempt": self.attempt,
        }


def make_dead_letter(
    *,
    stage: str,
    error: BaseException,
    source_topic: str,
    partition: int,
    offset: int,
    key: bytes | None,
    payload: bytes,
    headers: Headers | None = None,
) -> DeadLetter:
    """The letter for a message `stage` gave up on; `headers` are the message's own."""
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}")
    reason = error.reason if isinstance(error, WirepipeError) else str(error)
    return DeadLetter(
        stage=stage,
        reason=reason or type(error).__name__,
        detail=str(error)[:REASON_LIMIT],
        error=type(error).__name__,
        source_topic=source_topic,
        partition=partition,
        offset=offset,
        key=key,
        payload=payload,
        failed_at=utc_iso(),
        attempt=_attempt(_wirepipe_headers(headers).get("attempt")),
    )


def read_dead_letter(
    key: bytes | None,
    value: bytes | None,
    headers: Headers | None,
    *,
    timestamp_ms: int | None = None,
) -> DeadLetter:
    """The letter of a DLQ record; `timestamp_ms` (the record's) stands in for a bad failed-at."""
    found = _wirepipe_headers(headers)
    return DeadLetter(
        stage=found.get("stage") or UNKNOWN_STAGE,
        reason=found.get("reason", ""),
        detail=found.get("detail", ""),
        error=found.get("error", ""),
        source_topic=found.get("source-topic", ""),
        partition=_whole_number(found.get("partition"), -1),
        offset=_whole_number(found.get("offset"), -1),
        key=key if isinstance(key, bytes) else None,
        payload=value if isinstance(value, bytes) else b"",
        failed_at=_failed_at(found.get("failed-at"), timestamp_ms),
        attempt=_attempt(found.get("attempt")),
    )


def _wirepipe_headers(headers: Headers | None) -> dict[str, str]:
    """Our headers by name without the prefix, as text; anything malformed is left out."""
    items: Iterable[object] = ()
    if isinstance(headers, Mapping):
        items = headers.items()
    elif headers is not None:
        items = headers
    found: dict[str, str] = {}
    for item in items:
        if not isinstance(item, tuple) or len(item) != 2:
            continue
        name, raw = _text(item[0]), _text(item[1])
        if name is not None and raw is not None and name.startswith(HEADER_PREFIX):
            found[name.removeprefix(HEADER_PREFIX)] = raw
    return found


def _text(raw: object) -> str | None:
    if isinstance(raw, str):
        return raw
    if isinstance(raw, bytes | bytearray | memoryview):
        return bytes(raw).decode("utf-8", "replace")
    return None


def _whole_number(text: str | None, default: int) -> int:
    if text is None or not _WHOLE_NUMBER.fullmatch(text.strip()):
        return default
    return int(text.strip())


def _attempt(text: str | None) -> int:
    """A message without a usable count is on its first attempt."""
    return max(_whole_number(text, 1), 1)


def _failed_at(text: str | None, timestamp_ms: int | None) -> str:
    if text is not None and moment(text) is not None:
        return text
    if timestamp_ms is not None and timestamp_ms >= 0:
        try:
            return utc_iso(timestamp_ms / 1000)
        except (OverflowError, OSError, ValueError):
            return ""
    return ""


def moment(text: str) -> datetime | None:
    """An ISO 8601 date or time as an aware UTC datetime (no zone means UTC), else None."""
    try:
        parsed = datetime.fromisoformat(text.strip())
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


# ---- what may be sent back, and where


def replay_targets(topics: Topics) -> dict[str, str]:
    """The allow-list: each stage's input topic, the only topics a replay writes to."""
    return {"enrich": topics.raw, "dedup": topics.enriched, "index": topics.articles}


def is_permanent(letter: DeadLetter) -> bool:
    return letter.reason in PERMANENT_REASONS


def replay_verdict(letter: DeadLetter, *, max_attempts: int, force: bool = False) -> Verdict:
    """Whether a replay sends `letter`; `force` overrides all but an unknown stage."""
    if letter.stage not in STAGES:
        return "unknown-stage"
    if not force and is_permanent(letter):
        return "permanent"
    if not force and letter.attempt >= max_attempts:
        return "exhausted"
    return "replay"


def attempt_headers(attempt: int) -> list[tuple[str, bytes]]:
    """The headers of a message on its `attempt`-th processing, as a replay sends it."""
    return [(ATTEMPT_HEADER, str(attempt).encode())]


@dataclass(frozen=True, slots=True)
class LetterFilter:
    """Which letters a command looks at: stage, exact reason tag, filed at or after `since`."""

    stage: str | None = None
    reason: str | None = None
    since: datetime | None = None

    def matches(self, letter: DeadLetter) -> bool:
        if self.stage is not None and letter.stage != self.stage:
            return False
        if self.reason is not None and letter.reason != self.reason:
            return False
        if self.since is not None:  # a letter of unknown time is not known to be recent
            failed = moment(letter.failed_at)
            return failed is not None and failed >= self.since
        return True
