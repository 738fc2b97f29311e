"""Stored records end to end in one buffer: no object per record, no heap left in holes.

A worker holds one record per story of its window, hundreds of thousands of
them. Kept as separate bytes objects, each costs its object header and, more,
a share of the allocator's pools: a restore interleaves them with the short-
lived objects of each fetched batch, and a pool that keeps one record cannot
be given back. Here the records are appended to one `bytearray` and found by
slot through two columns (start, length); a dropped record's bytes are
reclaimed when the store renumbers its slots (`compact`).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt


class RecordArena:
    """slot -> bytes, for slots numbered from 0 in arrival order."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._starts = np.zeros(0, dtype=np.int64)
        self._lengths = np.zeros(0, dtype=np.int32)  # 0: no record in that slot
        self._held = 0

    @property
    def nbytes(self) -> int:
        """The buffer (reclaimable bytes included) and its columns."""
        return len(self._buffer) + self._starts.nbytes + self._lengths.nbytes

    def put(self, slot: int, data: bytes) -> None:
        if slot >= len(self._lengths):
            self._reserve(max(1024, 2 * slot))
        if self._lengths[slot]:
            self.drop(slot)
        self._starts[slot] = len(self._buffer)
        self._lengths[slot] = len(data)
        self._buffer += data
        self._held += len(data)

    def get(self, slot: int) -> bytes | None:
        if slot >= len(self._lengths) or not (length := int(self._lengths[slot])):
            return None
        start = int(self._starts[slot])
        return bytes(self._buffer[start : start + length])

    def drop(self, slot: int) -> None:
        if slot < len(self._lengths):
            self._held -= int(self._lengths[slot])
            self._lengths[slot] = 0

    def compact(self, alive: npt.NDArray[np.bool_]) -> None:
        """Keep the records of the `alive` slots, renumbered 0..n-1 in their order."""
        used = len(alive)
        self._reserve(used)
        starts, lengths = self._starts[:used][alive], self._lengths[:used][alive]
        self._held = int(lengths.sum())
        buffer = bytearray(self._held)
        view = memoryview(self._buffer)
        position = 0
        for start, length in zip(starts.tolist(), lengths.tolist(), strict=True):
            buffer[position : position + length] = view[start : start + length]
            position += length
        view.release()
        self._buffer = buffer
        self._lengths = lengths.copy()
        self._starts = np.cumsum(lengths, dtype=np.int64) - lengths

    def _reserve(self, size: int) -> None:
        """Columns for at least `size` slots, the new ones empty."""
        if size > len(self._lengths):
            self._starts = np.resize(self._starts, size)
            grown = np.zeros(size - len(self._lengths), dtype=np.int32)
            self._lengths = np.concatenate((self._lengths, grown))
