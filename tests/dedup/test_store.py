"""The in-memory dedup index answers as a plain dict-of-lists model would, through growth,
flushes into sorted runs, merges, expiry and compaction."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dedup.bands import BandIndex
from pipeline.dedup.store import DedupStore, StoryRecord


def record(doc_id: str, seen_at: float, **fields: object) -> StoryRecord:
    base: StoryRecord = {
        "id": doc_id,
        "sequence": 1,
        "version": None,
        "versioncreated": None,
        "versioncreated_ms": None,
        "content_hash": f"hash-{doc_id}",
        "kill": False,
        "embargo_ms": None,
        "cluster_id": doc_id,
        "duplicate_of": None,
        "similarity": None,
        "updates_of": None,
        "supersedes": [],
        "minhash": None,
        "shingle_count": 40,
        "source": "agency",
        "guid": doc_id,
        "slug_key": None,
        "withdraws": [],
        "seen_at": seen_at,
    }
    base.update(fields)  # type: ignore[typeddict-item]
    return base


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(st.integers(0, 12), min_size=1, max_size=4), min_size=1, max_size=120),
    st.integers(1, 4),
    st.integers(1, 40),
)
def test_band_index_keeps_the_newest_slots_of_each_key(
    stories: list[list[int]], cap: int, flush: int
) -> None:
    index = BandIndex(flush_entries=flush)
    model: dict[int, list[int]] = {}
    for slot, keys in enumerate(stories):
        unique = sorted(set(keys))
        index.add(slot, np.array(unique, dtype=np.uint64))
        for key in unique:
            model.setdefault(key, []).append(slot)
    for key, slots in model.items():
        found = index.lookup(np.array([key], dtype=np.uint64), cap).tolist()
        # Each run and the recent entries keep their newest `cap`: at least the newest `cap`.
        assert set(slots[-cap:]) <= set(found) <= set(slots)
    renumber = np.array([s // 2 if s % 2 == 0 else -1 for s in range(len(stories))])
    index.compact(renumber)
    for key, slots in model.items():
        even = [s // 2 for s in slots if s % 2 == 0]
        found = index.lookup(np.array([key], dtype=np.uint64), len(stories)).tolist()
        assert sorted(found) == even


def test_expiry_forgets_stories_and_everything_listed_under_them() -> None:
    store = DedupStore()
    signature = np.arange(8, dtype=np.uint16)
    bands = np.array([1, 2, 3, 4], dtype=np.uint64)
    store.put(record("old", 100.0, slug_key="s:a:ferry"), signature, bands)
    store.put(record("new", 200.0, slug_key="s:a:ferry", cluster_id="old"), signature, bands)
    assert store.near(bands, 8, since=0, limit=10) == ["new", "old"]  # newest first on ties
    assert store.copies_of("old") == ["new"]
    assert store.expire(before=150.0) == 1
    assert store.near(bands, 8, since=0, limit=10) == ["new"]
    assert store.record("old", since=0) is None
    assert store.under_slug("s:a:ferry") == ["new"]
    assert store.with_hash("hash-old") == []
    assert store.record("new", since=250.0) is None  # outside the window asked for


def test_compaction_renumbers_without_changing_answers() -> None:
    store = DedupStore()
    rng = np.random.default_rng(7)
    signatures = {f"s{n}": rng.integers(0, 1 << 16, 8, dtype=np.uint16) for n in range(12_000)}
    for n, (doc_id, signature) in enumerate(signatures.items()):
        store.put(record(doc_id, float(n)), signature, signature[:4].astype(np.uint64))
    assert store.expire(before=6_000.0) == 6_000  # enough dead slots to compact
    assert len(store) == 6_000
    for n in (6_000, 9_999, 11_999):
        doc_id = f"s{n}"
        signature = signatures[doc_id]
        assert doc_id in store.near(signature[:4].astype(np.uint64), 48, since=0, limit=10)
        sketches = store.sketches([doc_id, "s1"], since=0)
        assert sketches.ids == [doc_id]
        assert (sketches.signatures[0] == signature).all()


def test_memory_estimate_follows_the_stories_held() -> None:
    store = DedupStore()
    empty = store.memory_bytes()
    signature = np.arange(128, dtype=np.uint16)
    for n in range(2_000):
        store.put(record(f"s{n}", float(n)), signature, np.arange(64, dtype=np.uint64) + n)
    held = store.memory_bytes()
    assert held - empty > 2_000 * (256 + 64 * 12)  # at least the signatures and band entries
    store.expire(before=1_000.0)
    assert store.memory_bytes() < held


def test_candidates_are_those_sharing_the_most_keys() -> None:
    store = DedupStore()
    signature = np.arange(8, dtype=np.uint16)
    common = np.array([1], dtype=np.uint64)  # a passage every story shares
    for n in range(100):
        store.put(record(f"s{n}", float(n)), signature, common)
    store.put(record("copy-source", 50.5), signature, np.array([1, 2, 3, 4], dtype=np.uint64))
    query = np.array([1, 2, 3, 4], dtype=np.uint64)
    found = store.near(query, 48, since=0, limit=3)
    assert found[0] == "copy-source"  # four keys shared, against one
    assert found[1:] == ["s99", "s98"]  # then the newest of the rest
