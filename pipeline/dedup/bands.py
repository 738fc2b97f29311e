"""LSH band key -> stories, in memory, at a cost that does not grow with the window.

A story brings one 64-bit key per band of its signature (minhash.band_hashes)
and each key is looked up once per story, so the index must answer 64
look-ups in microseconds with 200k stories held, and hold them in a few
hundred bytes each. A dict of lists would cost ~100 bytes per entry, 6 KB a
story; instead entries live log-structured, as in an LSM tree:

* new entries go to a small dict (`_recent`);
* when it holds `flush_entries`, it becomes a sorted run: a numpy array of
  keys and one of slots, 12 bytes an entry;
* runs of similar size are merged, so there are O(log n) of them and each
  entry is merged O(log n) times; a look-up is one `searchsorted` per run.

Stories are named by slot numbers, given in arrival order: within one key,
a larger slot is a newer story, which is how `lookup` keeps the newest `cap`.
Dropped slots stay in the runs until `compact` renumbers the survivors.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from pipeline.dedup.minhash import Keys

Slots = npt.NDArray[np.int64]


class BandIndex:
    def __init__(self, flush_entries: int = 1 << 16) -> None:
        self.flush_entries = flush_entries
        self._recent: dict[int, list[int]] = {}
        self._recent_entries = 0
        self._runs: list[tuple[Keys, Slots]] = []

    def __len__(self) -> int:
        return self._recent_entries + sum(len(keys) for keys, _ in self._runs)

    def memory_bytes(self) -> int:
        """Approximate bytes held: the runs' arrays, and ~100 bytes a recent entry."""
        runs = sum(keys.nbytes + slots.nbytes for keys, slots in self._runs)
        return runs + 100 * self._recent_entries

    def add(self, slot: int, keys: Keys) -> None:
        for key in keys.tolist():
            self._recent.setdefault(key, []).append(slot)
        self._recent_entries += len(keys)
        if self._recent_entries >= self.flush_entries:
            self._flush()

    def lookup(self, keys: Keys, cap: int) -> Slots:
        """Slots filed under any of `keys`, at most the newest `cap` per key and per run."""
        found: list[Slots] = []
        for keys_run, slots_run in self._runs:
            lows = np.searchsorted(keys_run, keys, side="left")
            highs = np.searchsorted(keys_run, keys, side="right")
            for hit in np.flatnonzero(highs > lows).tolist():
                found.append(slots_run[max(lows[hit], highs[hit] - cap) : highs[hit]])
        for key in keys.tolist():
            if slots := self._recent.get(key):
                found.append(np.asarray(slots[-cap:], dtype=np.int64))
        if not found:
            return np.empty(0, dtype=np.int64)
        return np.unique(np.concatenate(found))

    def compact(self, renumber: Slots) -> None:
        """Renumber every slot s to renumber[s], dropping those mapped to -1, into one run."""
        keys, slots = self._all_entries()
        slots = renumber[slots]
        kept = slots >= 0
        self._recent, self._recent_entries = {}, 0
        self._runs = [(keys[kept], slots[kept])] if kept.any() else []

    def _all_entries(self) -> tuple[Keys, Slots]:
        self._flush()
        if not self._runs:
            return np.empty(0, dtype=np.uint64), np.empty(0, dtype=np.int64)
        while len(self._runs) > 1:
            self._merge_last_two()
        return self._runs[0]

    def _flush(self) -> None:
        if not self._recent:
            return
        keys = np.fromiter(
            (key for key, slots in self._recent.items() for _ in slots),
            dtype=np.uint64,
            count=self._recent_entries,
        )
        slots = np.fromiter(
            (slot for entries in self._recent.values() for slot in entries),
            dtype=np.int64,
            count=self._recent_entries,
        )
        order = np.argsort(keys, kind="stable")  # slots of one key stay oldest first
        self._runs.append((keys[order], slots[order]))
        self._recent, self._recent_entries = {}, 0
        while len(self._runs) > 1 and len(self._runs[-2][0]) <= 2 * len(self._runs[-1][0]):
            self._merge_last_two()

    def _merge_last_two(self) -> None:
        (older_keys, older_slots), (newer_keys, newer_slots) = self._runs[-2:]
        keys = np.concatenate((older_keys, newer_keys))
        slots = np.concatenate((older_slots, newer_slots))
        order = np.argsort(keys, kind="stable")  # the older run's entries first within a key
        self._runs[-2:] = [(keys[order], slots[order])]
