"""Dedup state in Faust tables, so a restarted worker recovers it from changelogs.

* `stories` (doc id -> latest known version) is an ordinary table,
  co-partitioned with `wire.enriched`, which is keyed by doc id: each worker
  holds the stories of the partitions it owns.
* `hashes`, `bands` and `sketches` (content hash -> story, LSH band ->
  stories, story -> signature) must answer for every partition, or a
  redistribution that lands on another partition than its original would go
  unseen. They are global tables: each worker keeps a full replica, fed from
  a one-partition changelog.

Two workers writing the same band at once would overwrite each other's
entries, so each source partition writes only its own keys ("<partition>|<key>")
and a read merges the entries of all partitions. Each key then has a single
writer, and a value is never lost to a concurrent update.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass
from typing import Any

import faust
from aiokafka.partitioner import murmur2


class PartitionScopedView(MutableMapping[str, Any]):
    """A global table seen through the partition the current event came from.

    Reads look in every partition's keys; writes, deletes and iteration touch
    only the current partition's keys. With `merge_lists`, values are lists
    and a read concatenates every partition's list (own entries first); a
    write stores only the entries no other partition already holds.
    """

    def __init__(self, table: MutableMapping[str, Any], partitions: int, *, merge_lists: bool):
        self.table = table
        self.partitions = partitions
        self.merge_lists = merge_lists
        self.current = 0

    def _scoped(self, key: str, partition: int) -> str:
        return f"{partition}|{key}"

    def _order(self) -> list[int]:
        return [self.current, *(p for p in range(self.partitions) if p != self.current)]

    def _others(self, key: str) -> list[Any]:
        entries: list[Any] = []
        for partition in self._order()[1:]:
            entries.extend(self.table.get(self._scoped(key, partition)) or [])
        return entries

    def __getitem__(self, key: str) -> Any:
        found = [
            value
            for partition in self._order()
            if (value := self.table.get(self._scoped(key, partition))) is not None
        ]
        if not found:
            raise KeyError(key)
        if not self.merge_lists:
            return found[0]
        return [entry for value in found for entry in value]

    def __setitem__(self, key: str, value: Any) -> None:
        if self.merge_lists:
            others = self._others(key)
            value = [entry for entry in value if entry not in others]
        self.table[self._scoped(key, self.current)] = value

    def __delitem__(self, key: str) -> None:
        scoped = self._scoped(key, self.current)
        if scoped not in self.table:
            raise KeyError(key)
        del self.table[scoped]

    def __iter__(self) -> Iterator[str]:
        prefix = f"{self.current}|"
        return (key.removeprefix(prefix) for key in list(self.table) if key.startswith(prefix))

    def __len__(self) -> int:
        return sum(1 for _ in self)


class OwnedStoriesView(MutableMapping[str, Any]):
    """The stories table, iterated only over the current partition's keys.

    A worker's table also holds the partitions it is standby for, and a delete
    goes to the changelog partition of the event being processed; expiring a
    key of another partition there would resurrect it on recovery. Keys are
    doc ids, placed as the producer placed `wire.enriched` messages (murmur2).
    """

    def __init__(self, table: MutableMapping[str, Any], partitions: int) -> None:
        self.table = table
        self.partitions = partitions
        self.current = 0

    def owns(self, key: str) -> bool:
        return (murmur2(key.encode()) & 0x7FFFFFFF) % self.partitions == self.current

    def __getitem__(self, key: str) -> Any:
        return self.table[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.table[key] = value

    def __delitem__(self, key: str) -> None:
        del self.table[key]

    def __iter__(self) -> Iterator[str]:
        return (key for key in list(self.table) if self.owns(key))

    def __len__(self) -> int:
        return sum(1 for _ in self)


@dataclass
class FaustDedupStore:
    """The dedup engine's store over Faust tables (see pipeline.dedup.store)."""

    stories: OwnedStoriesView
    hashes: PartitionScopedView
    bands: PartitionScopedView
    sketches: PartitionScopedView

    @classmethod
    def create(cls, app: faust.App, *, partitions: int) -> FaustDedupStore:
        # No key or value type: Faust then keeps both as JSON, which the store's values are.
        stories = app.Table("dedup-stories", partitions=partitions)
        # The global tables' changelogs have one partition and are written through
        # the partitioner: Faust's advice against endless recovery loops with
        # several instances (see faust.tables.globaltable).
        global_options: dict[str, Any] = {
            "partitions": 1,
            "recovery_buffer_size": 1,
            "use_partitioner": True,
        }
        hashes = app.GlobalTable("dedup-hashes", **global_options)
        bands = app.GlobalTable("dedup-bands", **global_options)
        sketches = app.GlobalTable("dedup-sketches", **global_options)
        return cls(
            stories=OwnedStoriesView(stories, partitions),
            hashes=PartitionScopedView(hashes, partitions, merge_lists=False),
            bands=PartitionScopedView(bands, partitions, merge_lists=True),
            sketches=PartitionScopedView(sketches, partitions, merge_lists=False),
        )

    def bind_partition(self, partition: int) -> None:
        """Scope the views to the partition of the event being processed."""
        for view in (self.stories, self.hashes, self.bands, self.sketches):
            view.current = partition
