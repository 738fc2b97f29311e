"""LSH band key -> stories, in memory, at a cost that does not grow with the window.

A story brings one 64-bit key per band of its signature (minhash.band_hashes)
and each key is looked up once per story, so the index must answer 64
look-ups in microseconds with 200k stories held (12.8M entries), and hold
them in a few hundred bytes a story. A dict of lists would cost ~100 bytes an
entry, 6 KB a story; a binary search of a sorted array of that size costs a
cache miss per level. Instead:

* keys are multiplied by an odd constant (a bijection: equal keys stay equal)
  so their top bits are uniform whatever the signature scheme, and only the
  top 32 bits are kept, so an entry costs 8 bytes (key and slot) rather than 16.
  Two keys then meet by chance once in 2^32: at 200k stories (12.8M entries) one
  look-up in five gains a spurious shared band, harmless since candidates are
  ranked by the bands they share and verified on their signatures;
* new entries go to a dict of ints (`_recent`);
* when it holds `flush_entries`, they are sorted and merged into a middle
  run, and the middle run into the main run once it reaches an eighth of it.
  A run is a sorted array of keys, one of slots, and a directory giving where
  each value of the top bits starts: a look-up reads one directory cell and
  a bucket of a few entries, about two cache misses whatever the size.

Stories are named by slot numbers, given in arrival order: within one key,
a larger slot is a newer story, which is how `lookup` keeps the newest `cap`.
Dropped slots stay in the runs until `compact` renumbers the survivors.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from pipeline.dedup.minhash import Keys

Slots = npt.NDArray[np.int64]
# What the runs hold: the top 32 bits of each mixed key, and slots (fewer than 2^32).
Prefixes = npt.NDArray[np.uint32]
_RunSlots = npt.NDArray[np.uint32]

_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd: multiplying by it is a bijection on 64 bits
_EMPTY = np.empty(0, dtype=np.int64)


def _prefixes(keys: Keys) -> Prefixes:
    """The top 32 bits of each key once mixed: what the index files and compares."""
    return ((keys * _MIX) >> np.uint64(32)).astype(np.uint32)


@dataclass(frozen=True, slots=True)
class _Run:
    keys: Prefixes  # sorted; slots ascending within a key
    slots: _RunSlots
    # directory[b]: where the keys whose top `bits` bits are b start
    directory: npt.NDArray[np.signedinteger[Any]]
    bits: int

    @classmethod
    def sorted(cls, keys: Prefixes, slots: _RunSlots) -> _Run:
        bits = min(32, max(8, len(keys).bit_length() - 2))  # ~4 entries a bucket
        buckets = (keys >> np.uint32(32 - bits)).astype(np.int64)
        directory = np.zeros((1 << bits) + 1, dtype=np.int64)
        np.cumsum(np.bincount(buckets, minlength=1 << bits), out=directory[1:])
        # Positions fit 32 bits below 2^31 entries (33 million stories).
        compact = directory.astype(np.int32) if len(keys) < 1 << 31 else directory
        return cls(keys, slots, compact, bits)

    @property
    def nbytes(self) -> int:
        return self.keys.nbytes + self.slots.nbytes + self.directory.nbytes

    def lookup(self, keys: Prefixes, cap: int) -> Slots:
        """The newest `cap` slots of each of `keys`, gathered without a Python loop."""
        buckets = (keys >> np.uint32(32 - self.bits)).astype(np.int64)
        starts = self.directory[buckets].astype(np.int64)
        ends = self.directory[buckets + 1].astype(np.int64)
        lengths = ends - starts
        total = int(lengths.sum())
        if not total:
            return _EMPTY
        # Every position of every bucket, and which query key it is for.
        query = np.repeat(np.arange(len(keys)), lengths)
        positions = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(total)
        hit = self.keys[positions] == keys[query]
        positions, query = positions[hit], query[hit]
        # Entries of one key are contiguous and oldest first: keep the last `cap` of each.
        group_ends = np.searchsorted(query, query, side="right")
        newest = group_ends - np.arange(len(query)) <= cap
        found: Slots = self.slots[positions[newest]].astype(np.int64)
        return found


class BandIndex:
    def __init__(self, flush_entries: int = 1 << 18) -> None:
        self.flush_entries = flush_entries
        # Recent entries: mixed key -> its first slot, and the later slots of the few
        # keys that repeat; ints in dicts, so the garbage collector has nothing to walk.
        self._recent: dict[int, int] = {}
        self._repeats: dict[int, list[int]] = {}
        self._recent_entries = 0
        self._runs: list[_Run] = []  # the main run, then the middle run

    def __len__(self) -> int:
        return self._recent_entries + sum(len(run.keys) for run in self._runs)

    def memory_bytes(self) -> int:
        """Approximate bytes held: the runs' arrays, and ~100 bytes a recent entry."""
        return sum(run.nbytes for run in self._runs) + 100 * self._recent_entries

    def add(self, slot: int, keys: Keys) -> None:
        recent = self._recent
        for key in _prefixes(keys).tolist():
            if key in recent:
                self._repeats.setdefault(key, []).append(slot)
            else:
                recent[key] = slot
        self._recent_entries += len(keys)
        if self._recent_entries >= self.flush_entries:
            self._flush()

    def add_many(self, slots: Slots, keys: list[Keys]) -> None:
        """`add` slots[i] under keys[i] for every i, as one sorted batch."""
        if not len(slots):
            return
        self._flush()  # the batch's slots are newer than any recent one
        lengths = [len(k) for k in keys]
        self._push(_prefixes(np.concatenate(keys)), np.repeat(slots, lengths).astype(np.uint32))

    def lookup(self, keys: Keys, cap: int) -> Slots:
        """Slots filed under `keys`, once per key they share: at most the newest `cap` a key."""
        prefixes = _prefixes(keys)
        found = [run.lookup(prefixes, cap) for run in self._runs]
        recent: list[int] = []
        for key in prefixes.tolist():
            if (first := self._recent.get(key)) is not None:
                recent.extend([first, *self._repeats.get(key, [])][-cap:])
        found.append(np.array(recent, dtype=np.int64))
        return np.concatenate(found)

    def compact(self, renumber: Slots) -> None:
        """Renumber every slot s to renumber[s], dropping those mapped to -1, into one run."""
        self._flush()
        while len(self._runs) > 1:
            self._merge_last_two()
        if self._runs:
            run = self._runs[0]
            slots = renumber[run.slots]
            kept = slots >= 0
            if kept.any():
                self._runs = [_Run.sorted(run.keys[kept], slots[kept].astype(np.uint32))]
            else:
                self._runs = []

    def _flush(self) -> None:
        if not self._recent:
            return
        keys = np.fromiter(self._recent.keys(), dtype=np.uint32, count=len(self._recent))
        slots = np.fromiter(self._recent.values(), dtype=np.uint32, count=len(self._recent))
        if self._repeats:
            later = [(key, slot) for key, repeats in self._repeats.items() for slot in repeats]
            keys = np.concatenate((keys, np.array([k for k, _ in later], dtype=np.uint32)))
            slots = np.concatenate((slots, np.array([s for _, s in later], dtype=np.uint32)))
        self._recent, self._repeats, self._recent_entries = {}, {}, 0
        self._push(keys, slots)

    def _push(self, keys: Prefixes, slots: _RunSlots) -> None:
        """A new run of entries, all newer than those held, then the merges due."""
        order = np.lexsort((slots, keys))  # by key, then oldest first
        self._runs.append(_Run.sorted(keys[order], slots[order]))
        if len(self._runs) == 3:  # main, middle, new: the new joins the middle
            self._merge_last_two()
        if len(self._runs) == 2 and 8 * len(self._runs[1].keys) >= len(self._runs[0].keys):
            self._merge_last_two()

    def _merge_last_two(self) -> None:
        """Merge the last run into the one before it, whose slots are all older."""
        older, newer = self._runs[-2:]
        # Each newer entry goes after the older entries of its key.
        places = np.searchsorted(older.keys, newer.keys, side="right") + np.arange(len(newer.keys))
        size = len(older.keys) + len(newer.keys)
        keys = np.empty(size, dtype=np.uint32)
        slots = np.empty(size, dtype=np.uint32)
        kept = np.ones(size, dtype=bool)
        kept[places] = False
        keys[places], slots[places] = newer.keys, newer.slots
        keys[kept], slots[kept] = older.keys, older.slots
        self._runs[-2:] = [_Run.sorted(keys, slots)]
