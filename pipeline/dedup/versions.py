"""Which of two versions of one story is newer, and the sequence number ES orders them by.

Every document is written with Elasticsearch external versioning, version =
`sequence`, so a write that is not strictly newer than the indexed one is
refused (409) whatever order Kafka delivers versions in. The rule:

* `versioncreated` known: its epoch milliseconds;
* else `firstcreated` known: its epoch milliseconds plus the numeric version,
  so versions sharing a first-creation time still order by number;
* else the numeric version (at least 1).

Comparing two versions of one story uses the fields both carry (versioncreated,
then the numeric version); a version that cannot be ordered by them counts as
newer when its content differs (the feed edits without versioning: the later
arrival wins). A newer version's sequence is also at least the stored one
plus one, so the order decided here is the order ES enforces, even when a feed
gives times to some versions and not others.

A kill always counts as newer than the story it kills; without a
versioncreated of its own it takes its `received_at` (else the decision time),
which in any case is raised above the stored sequence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from pipeline.model import Article

# ES external versions are signed 64-bit; garbage inputs must not overflow them.
MAX_SEQUENCE = (1 << 62) - 1


@dataclass(frozen=True, slots=True)
class VersionStamp:
    versioncreated_ms: int | None
    version: int | None
    firstcreated_ms: int | None

    def natural_sequence(self) -> int:
        if self.versioncreated_ms is not None:
            base = self.versioncreated_ms
        elif self.firstcreated_ms is not None:
            base = self.firstcreated_ms + (self.version or 0)
        else:
            base = self.version or 1
        return min(max(base, 1), MAX_SEQUENCE)

    def compare(self, other: VersionStamp) -> int:
        """1 if this version is newer than `other`, -1 if older, 0 if the fields cannot tell."""
        mine, theirs = self.versioncreated_ms, other.versioncreated_ms
        if mine is not None and theirs is not None and mine != theirs:
            return 1 if mine > theirs else -1
        if self.version is not None and other.version is not None and self.version != other.version:
            return 1 if self.version > other.version else -1
        return 0


def parse_time_ms(value: object) -> int | None:
    """Epoch milliseconds of an ISO 8601 time (naive means UTC); None if absent or unreadable."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return int(moment.timestamp() * 1000)
    except (OverflowError, OSError, ValueError):
        return None


def numeric_version(value: object) -> int | None:
    """The story's version number: an int, or a string of digits (NewsML, ninjs)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 0 <= value <= MAX_SEQUENCE else None
    text = value.strip() if isinstance(value, str) else ""
    if text.isascii() and text.isdecimal():
        number = int(text)
        return number if number <= MAX_SEQUENCE else None
    return None


def stamp_of(article: Article) -> VersionStamp:
    return VersionStamp(
        versioncreated_ms=parse_time_ms(article.get("versioncreated")),
        version=numeric_version(article.get("version")),
        firstcreated_ms=parse_time_ms(article.get("firstcreated")),
    )
