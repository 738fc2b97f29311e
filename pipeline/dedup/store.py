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

from collections.abc import MutableMapping
from dataclasses import dataclass, field
from typing import Any, Protocol


class DedupStore(Protocol):
    stories: MutableMapping[str, Any]
    hashes: MutableMapping[str, Any]
    bands: MutableMapping[str, Any]
    sketches: MutableMapping[str, Any]


@dataclass(slots=True)
class MemoryDedupStore:
    """Dict-backed state for one process: `wirepipe enrich`, tests, the benchmark."""

    stories: dict[str, Any] = field(default_factory=dict)
    hashes: dict[str, Any] = field(default_factory=dict)
    bands: dict[str, Any] = field(default_factory=dict)
    sketches: dict[str, Any] = field(default_factory=dict)


def _is_entry(entry: Any) -> bool:
    return (
        isinstance(entry, list)
        and len(entry) == 2
        and isinstance(entry[0], str)
        and isinstance(entry[1], int | float)
        and not isinstance(entry[1], bool)
    )


@dataclass(frozen=True, slots=True)
class WindowedState:
    """The store seen through the time window; values of unknown shape read as absent."""

    store: DedupStore
    window_seconds: float
    band_cap: int

    def live(self, table: MutableMapping[str, Any], key: str, now: float) -> dict[str, Any] | None:
        value = table.get(key)
        return value if self._is_live(value, now) else None

    def _is_live(self, value: Any, now: float) -> bool:
        return isinstance(value, dict) and self._fresh(value.get("seen_at"), now)

    def _fresh(self, seen_at: Any, now: float) -> bool:
        return (
            isinstance(seen_at, int | float)
            and not isinstance(seen_at, bool)
            and seen_at >= now - self.window_seconds
        )

    def _live_entries(self, key: str, now: float) -> list[list[Any]]:
        """A band's entries inside the window, oldest first."""
        entries = self.store.bands.get(key)
        if not isinstance(entries, list):
            return []
        return sorted(
            (e for e in entries if _is_entry(e) and self._fresh(e[1], now)), key=lambda e: e[1]
        )

    def band_ids(self, key: str, now: float) -> list[str]:
        """Ids in a band inside the window, oldest first."""
        return [e[0] for e in self._live_entries(key, now)]

    def add_to_band(self, key: str, doc_id: str, now: float) -> None:
        kept = [e for e in self._live_entries(key, now) if e[0] != doc_id]
        kept.append([doc_id, now])
        self.store.bands[key] = kept[-self.band_cap :]

    def expire(self, now: float) -> int:
        """Drop everything older than the window; the number of entries removed."""
        removed = 0
        for table in (self.store.stories, self.store.hashes, self.store.sketches):
            for key in [k for k, v in list(table.items()) if not self._is_live(v, now)]:
                del table[key]
                removed += 1
        for key, entries in list(self.store.bands.items()):
            listed = entries if isinstance(entries, list) else [entries]
            kept = self._live_entries(key, now)
            if not kept:
                del self.store.bands[key]
            elif len(kept) != len(listed):
                self.store.bands[key] = kept
            removed += len(listed) - len(kept)
        return removed
