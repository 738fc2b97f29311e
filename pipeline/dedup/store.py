"""Dedup state: one record per story, and in-memory indexes derived from the records alone.

The engine keeps one `StoryRecord` per story it decided (the latest version,
or the kill), and asks the state a handful of questions: the record of an id,
the stories sharing an LSH band, a text, a slug, a cluster, the kills that
withdrew a cluster. Every index that answers them is derived from the
records alone, so replaying the latest record of each story (the worker's
compacted Kafka topic, pipeline.stream.dedup_log) rebuilds exactly the state
that was written, and a worker holds one record per story, not one per index.

Each answer costs O(1) however many stories the window holds:

* records: doc id -> its slot, and per slot the latest record as a JSON array
  of its values (~400 bytes; field names would add ~230, and a dict of the
  same fields costs ~2 KB), all in one buffer (arena.py);
* one slot per stored record, in arrival order, with numpy columns for what
  candidate scoring reads in bulk: signature, shingle count, `seen_at`;
* LSH bands -> slots (bands.py);
* content hash -> ids that had that text (a superseded version's text still
  names its story); source + slug stem -> ids; cluster founder -> its later
  copies; cluster founder -> the kills that withdrew it.

`seen_at` is the decision time (epoch seconds): a query passes `since`, the
oldest time still inside the window, and sees nothing older. `expire` finds
the old slots with one array comparison and drops them; the band runs and
columns are renumbered when a quarter of the slots are dead.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NotRequired, TypedDict, cast

import numpy as np
import numpy.typing as npt
import orjson

from pipeline.dedup.arena import RecordArena
from pipeline.dedup.bands import BandIndex
from pipeline.dedup.minhash import Keys, Signature
from pipeline.model import SupersededVersion

# Most ids one hash, slug or cluster lists; the oldest go first.
MAX_LISTED = 1024
# Compaction waits for this many dead slots, and for a quarter of them to be dead.
MIN_DEAD_TO_COMPACT = 4096
# A 24-character doc id as a Python string.
_ID_BYTES = sys.getsizeof("0" * 24)


class StoryRecord(TypedDict):
    """The latest decided version of one story: what every later decision needs of it."""

    id: str
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
    # Its signature (None for a kill or an empty text) and shingle count.
    minhash: str | None
    shingle_count: int
    # Its names and figures (pipeline.dedup.evidence); absent in records written before them.
    evidence: NotRequired[str | None]
    source: str
    guid: str | None
    slug_key: str | None
    # A kill: the founders of the clusters it withdrew.
    withdraws: list[str]
    seen_at: float


# A stored record's values, in this order: not its id (what it is found by) nor its
# signature (kept in a column). A record written before `evidence` existed stores None.
_STORED_FIELDS = tuple(
    name for name in StoryRecord.__annotations__ if name not in {"id", "minhash"}
)


@dataclass(frozen=True, slots=True)
class Sketches:
    """Live stories with a signature, one row each, for scoring in bulk."""

    ids: list[str]
    signatures: Signature
    shingle_counts: npt.NDArray[np.int64]


class _Listing:
    """key -> ids in the order they were listed, at most MAX_LISTED each.

    Most keys list one id, kept as a bare string: a dict of strings is one
    object to the garbage collector, a dict of lists is one per key, and
    every full collection in the worker would walk them all.
    """

    def __init__(self) -> None:
        self._ids: dict[str, str | list[str]] = {}

    def get(self, key: str) -> list[str]:
        ids = self._ids.get(key)
        if ids is None:
            return []
        return [ids] if isinstance(ids, str) else list(ids)

    def add(self, key: str, doc_id: str) -> None:
        ids = self._ids.get(key)
        if ids is None:
            self._ids[key] = doc_id
        elif isinstance(ids, str):
            if ids != doc_id:
                self._ids[key] = [ids, doc_id]
        elif doc_id not in ids:
            ids.append(doc_id)
            del ids[:-MAX_LISTED]

    def remove(self, key: str, doc_id: str) -> None:
        ids = self._ids.get(key)
        if ids == doc_id:
            del self._ids[key]
        elif isinstance(ids, list) and doc_id in ids:
            ids.remove(doc_id)
            if len(ids) == 1:
                self._ids[key] = ids[0]

    def __len__(self) -> int:
        return len(self._ids)


class DedupStore:
    def __init__(self) -> None:
        self._slot_of: dict[str, int] = {}
        self._ids: list[str | None] = []  # slot -> id; None once dead
        self._records = RecordArena()
        self._seen = np.empty(0, dtype=np.float64)
        self._shingles = np.empty(0, dtype=np.int64)
        self._signed = np.empty(0, dtype=bool)
        self._signatures: Signature | None = None  # rows of the first signature's width
        self._bands = BandIndex()
        self._dead = 0
        self._hashes = _Listing()
        self._slugs = _Listing()
        self._copies = _Listing()
        self._withdrawals = _Listing()

    # -- questions ---------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._slot_of)

    def memory_bytes(self) -> int:
        """Approximate bytes held: columns, band runs, records and the containers' own tables."""
        columns = [self._seen, self._shingles, self._signed]
        if self._signatures is not None:
            columns.append(self._signatures)
        containers = (self._slot_of, self._ids)
        return (
            sum(column.nbytes for column in columns)
            + self._bands.memory_bytes()
            + self._records.nbytes
            + sum(sys.getsizeof(container) for container in containers)
            # The id strings, each referenced from three places but stored once.
            + len(self._slot_of) * _ID_BYTES
        )

    def record(self, doc_id: str, since: float) -> StoryRecord | None:
        """The latest record of `doc_id`, if decided since `since`."""
        record = self._load(doc_id)
        return record if record is not None and record["seen_at"] >= since else None

    def near(self, bands: Keys, cap: int, since: float, limit: int) -> list[str]:
        """The `limit` ids sharing most of `bands`, newest first on ties, seen since `since`.

        A key answers with its newest `cap` stories. Passages common to many
        stories fill their keys as the window fills, so without `limit` the
        candidates, and the cost of a decision, would grow with the window.
        """
        slots, shared = np.unique(self._bands.lookup(bands, cap), return_counts=True)
        live = self._seen[slots] >= since
        slots, shared = slots[live], shared[live]
        best = np.lexsort((-slots, -shared))[:limit]
        return [doc_id for slot in slots[best].tolist() if (doc_id := self._ids[slot]) is not None]

    def sketches(self, ids: Iterable[str], since: float) -> Sketches:
        """The signatures and shingle counts of those of `ids` seen since `since` that have one."""
        slots = np.fromiter(
            (slot for doc_id in ids if (slot := self._slot_of.get(doc_id)) is not None),
            dtype=np.int64,
        )
        slots = slots[self._signed[slots] & (self._seen[slots] >= since)]
        signatures = self._signatures
        return Sketches(
            ids=[cast(str, self._ids[slot]) for slot in slots.tolist()],
            signatures=signatures[slots] if signatures is not None else np.empty((0, 0), "u2"),
            shingle_counts=self._shingles[slots],
        )

    def with_hash(self, content_hash: str) -> list[str]:
        """Ids whose text (now or in a superseded version) had this hash, first listed first."""
        return self._hashes.get(content_hash)

    def under_slug(self, slug_key: str) -> list[str]:
        """Ids filed under this source and slug stem, oldest first."""
        return self._slugs.get(slug_key)

    def copies_of(self, founder: str) -> list[str]:
        """Later copies in the cluster `founder` founded."""
        return self._copies.get(founder)

    def withdrawals_of(self, founder: str) -> list[str]:
        """Kills that withdrew the cluster `founder` founded."""
        return self._withdrawals.get(founder)

    # -- changes -----------------------------------------------------------------

    def put(self, record: StoryRecord, signature: Signature | None, bands: Keys) -> None:
        """Store `record` as the latest of its story, replacing what it knew of it."""
        slot = self._put_record(record, signature)
        if signature is not None:
            self._bands.add(slot, bands)

    def put_many(
        self, records: list[StoryRecord], signatures: list[Signature | None], bands: list[Keys]
    ) -> None:
        """`put` each record in order; `bands` holds the keys of each record with a signature.

        A worker restoring its state puts thousands at once: their band keys
        then go to the index as one sorted batch rather than key by key.
        """
        signed = []
        for record, signature in zip(records, signatures, strict=True):
            slot = self._put_record(record, signature)
            if signature is not None:
                signed.append(slot)
        self._bands.add_many(np.array(signed, dtype=np.int64), bands)

    def _put_record(self, record: StoryRecord, signature: Signature | None) -> int:
        doc_id = record["id"]
        self._forget(doc_id)
        slot = self._new_slot(record, signature)
        self._slot_of[doc_id] = slot
        stored = list(map(record.get, _STORED_FIELDS))
        self._records.put(slot, orjson.dumps(stored))
        for listing, key in self._listed_under(record):
            listing.add(key, doc_id)
        return slot

    def expire(self, before: float) -> int:
        """Drop every story last decided before `before`; the number dropped."""
        used = len(self._ids)
        old = np.flatnonzero(self._seen[:used] < before).tolist()
        dropped = 0
        for slot in old:
            doc_id = self._ids[slot]
            if doc_id is not None and self._slot_of.get(doc_id) == slot:
                self._forget(doc_id)
                dropped += 1
        if self._dead >= MIN_DEAD_TO_COMPACT and self._dead * 4 >= len(self._ids):
            self._compact()
        return dropped

    # -- internals ---------------------------------------------------------------

    def _load(self, doc_id: str) -> StoryRecord | None:
        slot = self._slot_of.get(doc_id)
        data = None if slot is None else self._records.get(slot)
        if data is None:
            return None
        record = dict(zip(_STORED_FIELDS, orjson.loads(data), strict=True))
        record["id"] = doc_id
        record["minhash"] = None  # the signature lives in its column
        return cast(StoryRecord, record)

    def _listed_under(self, record: StoryRecord) -> Iterator[tuple[_Listing, str]]:
        # A kill is found only as a withdrawal: its text, slug and cluster name the killed story.
        for founder in record["withdraws"]:
            yield self._withdrawals, founder
        if record["kill"]:
            return
        yield self._hashes, record["content_hash"]
        for version in record["supersedes"]:
            if isinstance(earlier := version.get("content_hash"), str):
                yield self._hashes, earlier
        if record["slug_key"]:
            yield self._slugs, record["slug_key"]
        cluster_id = record["cluster_id"]
        if cluster_id and cluster_id != record["id"]:
            yield self._copies, cluster_id

    def _forget(self, doc_id: str) -> None:
        slot = self._slot_of.get(doc_id)
        if slot is None:
            return
        record = self._load(doc_id)
        del self._slot_of[doc_id]
        self._records.drop(slot)
        if record is not None:
            for listing, key in self._listed_under(record):
                listing.remove(key, doc_id)
        self._ids[slot] = None
        self._seen[slot] = -np.inf
        self._signed[slot] = False
        self._dead += 1

    def _new_slot(self, record: StoryRecord, signature: Signature | None) -> int:
        slot = len(self._ids)
        if slot == len(self._seen):
            self._grow(max(1024, 2 * slot))
        if signature is not None and self._signatures is None:
            self._signatures = np.zeros((len(self._seen), len(signature)), dtype=signature.dtype)
        signed = (
            signature is not None
            and self._signatures is not None
            and signature.shape == self._signatures.shape[1:]
        )
        self._ids.append(record["id"])
        self._seen[slot] = record["seen_at"]
        self._shingles[slot] = record["shingle_count"]
        self._signed[slot] = signed
        if signed and self._signatures is not None and signature is not None:
            self._signatures[slot] = signature
        return slot

    def _grow(self, size: int) -> None:
        self._seen = _resized(self._seen, size, -np.inf)
        self._shingles = _resized(self._shingles, size, 0)
        self._signed = _resized(self._signed, size, False)
        if self._signatures is not None:
            self._signatures = _resized(self._signatures, size, 0)

    def _compact(self) -> None:
        """Renumber the live slots 0..n-1 in their order, dropping the dead."""
        used = len(self._ids)
        alive = np.fromiter((doc_id is not None for doc_id in self._ids), dtype=bool, count=used)
        renumber = np.where(alive, np.cumsum(alive) - 1, -1).astype(np.int64)
        self._bands.compact(renumber)
        self._records.compact(alive)
        self._ids = [doc_id for doc_id in self._ids if doc_id is not None]
        self._slot_of = {doc_id: slot for slot, doc_id in enumerate(self._ids) if doc_id}
        size = max(1024, 2 * len(self._ids))
        self._seen = _resized(self._seen[:used][alive], size, -np.inf)
        self._shingles = _resized(self._shingles[:used][alive], size, 0)
        self._signed = _resized(self._signed[:used][alive], size, False)
        if self._signatures is not None:
            self._signatures = _resized(self._signatures[:used][alive], size, 0)
        self._dead = 0


def _resized(column: npt.NDArray[Any], size: int, fill: object) -> npt.NDArray[Any]:
    """`column` with `size` rows: its rows first, then `fill`."""
    grown = np.full((size, *column.shape[1:]), fill, dtype=column.dtype)
    kept = min(size, len(column))
    grown[:kept] = column[:kept]
    return grown
