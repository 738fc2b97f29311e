"""Dead letters: a message a stage could not process, kept byte for byte.

The DLQ record's value is the original message value, untouched, and its key
the original key; the stage, reason and provenance travel as Kafka headers.
The reason is the error's machine-readable tag when the stage gave up on
purpose (a `WirepipeError`: "xml-syntax", "too-large" ...), else the
unforeseen exception's message; `error` names the exception class either way.
That keeps the evidence exact and makes `wirepipe dlq replay` a plain re-send
to the stage's input topic.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.clock import utc_iso
from pipeline.config import Topics
from pipeline.errors import WirepipeError

HEADER_PREFIX = "wirepipe-"
STAGES = ("enrich", "dedup", "index")
REASON_LIMIT = 2000  # headers ride in every fetch: keep tracebacks out of them


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
) -> DeadLetter:
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
    )


def read_dead_letter(
    key: bytes | None, value: bytes | None, headers: Iterable[tuple[str, bytes]]
) -> DeadLetter:
    found = {
        name.removeprefix(HEADER_PREFIX): raw.decode("utf-8", "replace")
        for name, raw in headers
        if name.startswith(HEADER_PREFIX)
    }
    return DeadLetter(
        stage=found.get("stage", "unknown"),
        reason=found.get("reason", ""),
        detail=found.get("detail", ""),
        error=found.get("error", ""),
        source_topic=found.get("source-topic", ""),
        partition=int(found.get("partition", "-1") or -1),
        offset=int(found.get("offset", "-1") or -1),
        key=key,
        payload=value or b"",
        failed_at=found.get("failed-at", ""),
    )


def replay_topic(letter: DeadLetter, topics: Topics) -> str:
    """Where a dead letter goes back to: the input topic of the stage that failed."""
    by_stage = {"enrich": topics.raw, "dedup": topics.enriched, "index": topics.articles}
    return by_stage.get(letter.stage) or letter.source_topic or topics.raw
