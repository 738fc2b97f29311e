"""Dedup state: four string-keyed mappings of JSON values, and windowed access to them.

In `wirepipe enrich` they are dicts (MemoryDedupStore); in the worker they are
Faust tables, which serialise values and notice changes only on assignment, so
every value here is plain JSON (str, int, float, bool, None, list, dict) and is
always written back whole, never mutated in place.

* `stories`  doc id -> the latest version decided for it: sequence, content
  hash, kill flag, cluster fields, version chain. Partition-local in the worker:
  `wire.enriched` is keyed by doc id, so every version of a story meets its state.
* `hashes`   content hash -> {id, seen_at}: exact copies under another id. Global.
* `bands`    candidate key -> [[id, seen_at], ...], capped to the newest: one key
  per LSH band of each signature ("b07:..."), plus one per source and slug stem
  ("s:...") that finds the earlier versions an update or a kill advisory names
  by slug. Global.
* `sketches` doc id -> {minhash, shingle_count, cluster_id, source, guid,
  sequence, content_hash, updates_of, seen_at}: what a story on any partition
  needs to verify a candidate and join its cluster. Global. Only the partition
  of the doc id ever writes it.

Everything carries `seen_at` (decision time, epoch seconds) and is invisible once
older than the window; `expire` reclaims the space. No code here relies on
the order of a list read back from `bands`: a global table may merge the
entries several writers stored.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass, field
from typing import Protocol, TypedDict, TypeVar

from pipeline.model import SupersededVersion

_V = TypeVar("_V")


class StoryRecord(TypedDict):
    """`stories`: the latest version decided for a doc id."""

    sequence: int
    version: int | None
    versioncreated: str | None
    versioncreated_ms: int | None
    content_hash: str
    kill: bool
    embargo_ms: int | None
    cluster_id: str | None
    duplicate_of: str | None
    similarity: float | None
    updates_of: str | None
    supersedes: list[SupersededVersion]
    seen_at: float


class HashRecord(TypedDict):
    """`hashes`: the story that first had a text."""

    id: str
    seen_at: float


class SketchRecord(TypedDict):
    """`sketches`: what another partition needs to compare a story and join its cluster."""

    minhash: str | None
    shingle_count: int
    cluster_id: str | None
    source: str
    guid: str | None
    sequence: int
    content_hash: str
    updates_of: str | None
    seen_at: float


# One entry of `bands`: [doc id, seen_at], a list because that is what JSON gives back.
BandEntry = list[str | float]


class DedupStore(Protocol):
    # Read-only: the engine changes a table's entries, never the table, so a store may
    # declare its own mapping types (dicts, views over Faust tables).
    @property
    def stories(self) -> MutableMapping[str, StoryRecord]: ...
    @property
    def hashes(self) -> MutableMapping[str, HashRecord]: ...
    @property
    def bands(self) -> MutableMapping[str, list[BandEntry]]: ...
    @property
    def sketches(self) -> MutableMapping[str, SketchRecord]: ...


@dataclass(slots=True)
class MemoryDedupStore:
    """Dict-backed state for one process: `wirepipe enrich`, tests, the benchmark."""

    stories: dict[str, StoryRecord] = field(default_factory=dict)
    hashes: dict[str, HashRecord] = field(default_factory=dict)
    bands: dict[str, list[BandEntry]] = field(default_factory=dict)
    sketches: dict[str, SketchRecord] = field(default_factory=dict)


def _read_entry(entry: object) -> tuple[str, float] | None:
    """(doc id, seen_at) of a well-formed band entry, else None."""
    if (
        isinstance(entry, list)
        and len(entry) == 2
        and isinstance(entry[0], str)
        and isinstance(entry[1], int | float)
        and not isinstance(entry[1], bool)
    ):
        return entry[0], entry[1]
    return None


def _entries(pairs: list[tuple[str, float]]) -> list[BandEntry]:
    return [[doc_id, seen_at] for doc_id, seen_at in pairs]


@dataclass(frozen=True, slots=True)
class WindowedState:
    """The store seen through the time window; values of unknown shape read as absent."""

    store: DedupStore
    window_seconds: float
    band_cap: int

    def live(self, table: Mapping[str, _V], key: str, now: float) -> _V | None:
        value = table.get(key)
        return value if self._is_live(value, now) else None

    def _is_live(self, value: object, now: float) -> bool:
        return isinstance(value, dict) and self._fresh(value.get("seen_at"), now)

    def _fresh(self, seen_at: object, now: float) -> bool:
        return (
            isinstance(seen_at, int | float)
            and not isinstance(seen_at, bool)
            and seen_at >= now - self.window_seconds
        )

    def _live_entries(self, key: str, now: float) -> list[tuple[str, float]]:
        """A band's entries inside the window, as (doc id, seen_at), oldest first."""
        entries = self.store.bands.get(key)
        if not isinstance(entries, list):
            return []
        pairs = (_read_entry(e) for e in entries)
        return sorted(
            (p for p in pairs if p is not None and self._fresh(p[1], now)), key=lambda p: p[1]
        )

    def band_ids(self, key: str, now: float) -> list[str]:
        """Ids in a band inside the window, oldest first."""
        return [doc_id for doc_id, _ in self._live_entries(key, now)]

    def add_to_band(self, key: str, doc_id: str, now: float) -> None:
        kept = [e for e in self._live_entries(key, now) if e[0] != doc_id]
        kept.append((doc_id, now))
        self.store.bands[key] = _entries(kept[-self.band_cap :])

    def expire(self, now: float) -> int:
        """Drop everything older than the window; the number of entries removed."""
        removed = (
            self._expire_records(self.store.stories, now)
            + self._expire_records(self.store.hashes, now)
            + self._expire_records(self.store.sketches, now)
        )
        for key, entries in list(self.store.bands.items()):
            listed = len(entries) if isinstance(entries, list) else 1
            kept = self._live_entries(key, now)
            if not kept:
                del self.store.bands[key]
            elif len(kept) != listed:
                self.store.bands[key] = _entries(kept)
            removed += listed - len(kept)
        return removed

    def _expire_records(self, table: MutableMapping[str, _V], now: float) -> int:
        expired = [k for k, v in list(table.items()) if not self._is_live(v, now)]
        for key in expired:
            del table[key]
        return len(expired)
