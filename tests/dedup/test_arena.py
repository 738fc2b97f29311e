"""The record arena answers as a dict of slot -> bytes would, through growth, drops and compaction."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dedup.arena import RecordArena

# (slot, bytes) puts, a None payload dropping the slot instead.
operations = st.lists(
    st.tuples(st.integers(0, 3000), st.none() | st.binary(min_size=1, max_size=40)),
    max_size=80,
)


@settings(max_examples=80, deadline=None)
@given(operations, st.integers(0, 2**32 - 1))
def test_the_arena_is_a_dict_of_slots(steps: list[tuple[int, bytes | None]], seed: int) -> None:
    arena, model = RecordArena(), dict[int, bytes]()
    for slot, data in steps:
        if data is None:
            arena.drop(slot)
            model.pop(slot, None)
        else:
            arena.put(slot, data)
            model[slot] = data
    for slot in {slot for slot, _ in steps} | {0, 5000}:
        assert arena.get(slot) == model.get(slot)
    # Compaction keeps the slots marked alive, renumbered in their order.
    used = max(model, default=0) + 1
    alive = np.random.default_rng(seed).random(used) < 0.5
    alive &= np.isin(np.arange(used), list(model))
    kept = [model[slot] for slot in np.flatnonzero(alive).tolist()]
    arena.compact(alive)
    assert [arena.get(slot) for slot in range(len(kept))] == kept
    assert arena.get(len(kept)) is None
    assert arena.nbytes >= sum(map(len, kept))
    arena.put(len(kept), b"after")  # slots go on from the survivors
    assert arena.get(len(kept)) == b"after"


def test_a_dropped_record_is_reclaimed_by_compaction() -> None:
    arena = RecordArena()
    for slot in range(100):
        arena.put(slot, b"x" * 100)
    for slot in range(0, 100, 2):
        arena.drop(slot)
    before = arena.nbytes
    arena.compact(np.arange(100) % 2 == 1)
    assert arena.nbytes <= before - 50 * 100
    assert arena.get(0) == b"x" * 100
