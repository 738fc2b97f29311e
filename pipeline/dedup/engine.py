"""The dedup decision for one article: index it (with which dedup fields, pubstatus
and sequence) or skip it, and why. Pure: the only side effect is on the store.

In order:

1. A known id (same source + guid) is compared with its stored version
   (versions.py): older, or the same text again, is skipped; a story once
   killed stays killed.
2. A kill (markers.py) is indexed as `canceled` on its own id, and retracts the
   earlier versions of the story filed under other ids (see `_kill_targets`).
   Kills are never matched as near-duplicates.
3. A newer version keeps the story's cluster and extends `dedup.supersedes`.
4. A new id whose exact text is already indexed under another id is skipped;
   otherwise its nearest earlier story (MinHash LSH, similarity.py) names its
   cluster, and an earlier match from the same source is what it `updates_of`.

One hit per story: `dedup.primary` is true on the document that founded its
cluster (its id is the cluster id) and false on every later copy, so a plain
filter on it folds a cluster to one document, as collapsing on
`dedup.cluster_id` does. Versions keep the flag (same id, same cluster). A
kill that retracts a cluster's founder withdraws the cluster: every copy it
knows of (a members band, "c:<cluster>") is tombstoned with it, so no copy of
a killed story is left visible without its representative, and the cluster is
marked withdrawn ("w:<cluster>"). A story that only resembles a withdrawn
cluster (a corrected re-file after a kill) founds a cluster of its own, and a
new version of a copy in a withdrawn cluster becomes its own representative.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

import numpy as np

from pipeline.dedup.evidence import Evidence, candidate_keys
from pipeline.dedup.incoming import Incoming, int_or_none, read_incoming, str_or_none
from pipeline.dedup.minhash import Keys, Signature, minhasher
from pipeline.dedup.settings import DedupSettings
from pipeline.dedup.similarity import (
    BRIEF_NAMES,
    another_statement,
    quotes_a_statement,
    story_similarity,
    verified_similarity,
)
from pipeline.dedup.store import DedupStore, StoryRecord
from pipeline.dedup.versions import MAX_SEQUENCE, VersionStamp
from pipeline.model import Article, DedupDoc, PubStatus, SupersededVersion


class Reason(StrEnum):
    NEW_STORY = "new-story"
    NEAR_DUPLICATE = "near-duplicate"
    NEW_VERSION = "new-version"
    KILL = "kill"
    REDELIVERY = "redelivery"
    DUPLICATE_CONTENT = "duplicate-content"
    UNCHANGED_CONTENT = "unchanged-content"
    STALE_VERSION = "stale-version"


_NO_BANDS = np.empty(0, dtype=np.uint64)
# Candidates asked for under pairs of figures and, by a brief, under a name with a term
# (evidence.query_keys), the newest few stories under each key: a rewrite whose names
# the tagger read otherwise arrives within hours, while every other story giving two
# common figures would be a candidate to read (in benchmarks/bench_dedup.py, decisions
# take a fifth more time with these limits, a third more with the names' 48 stories a
# key).
FIGURE_PAIRS = 2
FIGURE_PAIR_CAP = 8


@dataclass(frozen=True, slots=True)
class DedupDecision:
    """What to do with one article.

    `article` is a copy of the input with `id`, `pubstatus`, `sequence` (the ES
    external version) and the final public `dedup` fields. "replay" re-sends
    the decision already made for a re-delivered version, under the same
    sequence: the index refuses it if it has that version (so nothing changes)
    and takes it if the first send was lost in a crash after the state was
    written, which keeps the stage at-least-once. `retractions` are
    further documents to index: `canceled` tombstones, one per earlier version
    of a killed story that lives under another id. `record` is what the
    decision stored, if anything: the worker persists it (dedup_log).
    """

    action: Literal["index", "replay", "skip"]
    reason: str
    article: Article
    detail: str = ""
    retractions: tuple[Article, ...] = ()
    record: StoryRecord | None = None

    @property
    def stale(self) -> bool:
        """A late older version: ES would refuse it (409) anyway."""
        return self.reason == Reason.STALE_VERSION


@dataclass(frozen=True, slots=True)
class _Match:
    id: str
    cluster_id: str
    score: float
    seen_at: float
    same_source: bool


def _dedup_fields(
    doc_id: str,
    content_hash: str,
    cluster_id: str,
    *,
    duplicate_of: str | None = None,
    similarity: float | None = None,
    updates_of: str | None = None,
    supersedes: list[SupersededVersion] | None = None,
    retracts: list[str] | None = None,
    retracted_by: str | None = None,
) -> DedupDoc:
    """The public `dedup` object of document `doc_id`, always with the same keys."""
    return {
        "content_hash": content_hash,
        "cluster_id": cluster_id,
        "primary": cluster_id == doc_id,
        "duplicate_of": duplicate_of,
        "similarity": similarity,
        "updates_of": updates_of,
        "supersedes": supersedes or [],
        "retracts": retracts or [],
        "retracted_by": retracted_by,
    }


class Deduplicator:
    def __init__(self, store: DedupStore, settings: DedupSettings | None = None) -> None:
        self.settings = settings or DedupSettings()
        self.store = store
        self.hasher = minhasher(self.settings)
        self.rows = self.settings.rows_per_band
        self._next_expiry: float | None = None

    def decide(self, article: Article, now: float) -> DedupDecision:
        """Decide one article at time `now` (epoch seconds) and record it in the store."""
        story = read_incoming(article, self.settings)
        stored = self.store.record(story.id, self._since(now))
        if story.markers.kill:
            # A kill orders after the story it kills even without a time of its own.
            sequence = story.stamp.versioncreated_ms or story.received_ms or int(now * 1000)
        else:
            sequence = story.stamp.natural_sequence()
        if stored is not None:
            skip = self._skip_against_stored(story, stored, now)
            if skip is not None:
                return skip
            sequence = max(sequence, (int_or_none(stored.get("sequence")) or 0) + 1)
        sequence = min(max(sequence, 1), MAX_SEQUENCE)
        if story.markers.kill:
            return self._kill(story, stored, sequence, now)
        if stored is not None:
            return self._new_version(story, stored, sequence, now)
        return self._new_story(story, sequence, now)

    def restore(self, records: list[StoryRecord]) -> None:
        """Store records decided earlier (by this worker or another) as `decide` stored them."""
        signatures = [self.hasher.decode(record.get("minhash")) for record in records]
        signed = [(r, s) for r, s in zip(records, signatures, strict=True) if s is not None]
        keys: list[Keys] = []
        if signed:
            bands = self.hasher.band_hashes(np.stack([s for _, s in signed]), self.rows)
            keys = [self._candidate_keys(r, row) for (r, _), row in zip(signed, bands, strict=True)]
        self.store.put_many(records, signatures, keys)

    def expire(self, now: float) -> int:
        """Forget the stories decided before the window; returns how many."""
        return self.store.expire(self._since(now))

    def expire_due(self, now: float) -> int:
        """`expire` if the last run is `expire_interval_seconds` old; cheap to call per message."""
        if self._next_expiry is not None and now < self._next_expiry:
            return 0
        self._next_expiry = now + self.settings.expire_interval_seconds
        return self.expire(now)

    # -- outcomes --------------------------------------------------------------

    def _pubstatus(self, story: Incoming, now: float) -> PubStatus:
        if story.markers.kill:
            return "canceled"
        if story.embargo_ms is not None and story.embargo_ms > now * 1000:
            return "withheld"
        if story.article.get("pubstatus") == "withheld" and story.embargo_ms is None:
            # Held without a release time: only a later usable version releases it.
            return "withheld"
        return "usable"

    def _output(self, story: Incoming, dedup: DedupDoc, sequence: int, now: float) -> Article:
        article = story.article.copy()
        article["id"] = story.id
        article["pubstatus"] = self._pubstatus(story, now)
        article["sequence"] = sequence
        article["dedup"] = dedup
        return article

    def _skip(
        self,
        story: Incoming,
        reason: Reason,
        detail: str,
        now: float,
        *,
        cluster_id: str | None = None,
        duplicate_of: str | None = None,
    ) -> DedupDecision:
        dedup = _dedup_fields(
            story.id,
            story.content_hash,
            cluster_id or duplicate_of or story.id,
            duplicate_of=duplicate_of,
            similarity=1.0 if duplicate_of else None,
        )
        article = self._output(story, dedup, story.stamp.natural_sequence(), now)
        return DedupDecision("skip", reason, article, detail)

    def _skip_against_stored(
        self, story: Incoming, stored: StoryRecord, now: float
    ) -> DedupDecision | None:
        stored_kill = stored.get("kill") is True
        cluster_id = str_or_none(stored.get("cluster_id"))
        if stored_kill and not story.markers.kill:
            return self._skip(
                story, Reason.STALE_VERSION, "the story was killed", now, cluster_id=cluster_id
            )
        if story.markers.kill and not stored_kill:
            order = 1
        else:
            stored_stamp = VersionStamp(
                versioncreated_ms=int_or_none(stored.get("versioncreated_ms")),
                version=int_or_none(stored.get("version")),
                firstcreated_ms=None,
            )
            order = story.stamp.compare(stored_stamp)
        if order < 0:
            detail = f"older than the indexed version (sequence {stored.get('sequence')})"
            return self._skip(story, Reason.STALE_VERSION, detail, now, cluster_id=cluster_id)
        unchanged = (
            stored.get("content_hash") == story.content_hash
            and stored_kill == story.markers.kill
            and stored.get("embargo_ms") == story.embargo_ms
        )
        if not unchanged:
            return None
        if order == 0:
            return self._replay(story, stored, now)
        return self._skip(
            story,
            Reason.UNCHANGED_CONTENT,
            "same text as the indexed version",
            now,
            cluster_id=cluster_id,
        )

    def _replay(self, story: Incoming, stored: StoryRecord, now: float) -> DedupDecision:
        supersedes = stored.get("supersedes")
        dedup = _dedup_fields(
            story.id,
            story.content_hash,
            str_or_none(stored.get("cluster_id")) or story.id,
            duplicate_of=str_or_none(stored.get("duplicate_of")),
            similarity=stored.get("similarity"),
            updates_of=str_or_none(stored.get("updates_of")),
            supersedes=list(supersedes) if isinstance(supersedes, list) else None,
        )
        sequence = int_or_none(stored.get("sequence")) or story.stamp.natural_sequence()
        article = self._output(story, dedup, sequence, now)
        return DedupDecision("replay", Reason.REDELIVERY, article, "same version as decided")

    def _new_story(self, story: Incoming, sequence: int, now: float) -> DedupDecision:
        owner_id = next(iter(self._live(self.store.with_hash(story.content_hash), now)), None)
        if owner_id is not None and owner_id != story.id:
            owner_sketch = self._sketch(owner_id, now)
            return self._skip(
                story,
                Reason.DUPLICATE_CONTENT,
                f"same text as {owner_id}",
                now,
                cluster_id=str_or_none(owner_sketch.get("cluster_id")) if owner_sketch else None,
                duplicate_of=owner_id,
            )
        matches = [m for m in self._matches(story, now) if not self._withdrawn(m.cluster_id, now)]
        cluster_id, similarity, updates_of = story.id, None, None
        if matches:
            cluster_id, similarity = matches[0].cluster_id, round(matches[0].score, 4)
            same_source = [m for m in matches if m.same_source and m.cluster_id == cluster_id]
            if same_source:
                updates_of = max(same_source, key=lambda m: m.seen_at).id
        replaced_id = next(iter(story.replaces), None)
        if replaced_id is not None:
            # An explicit "replaces" reference outranks textual evidence.
            replaced = self._sketch(replaced_id, now)
            replaced_cluster = str_or_none(replaced.get("cluster_id")) if replaced else None
            cluster_id = replaced_cluster or replaced_id
            updates_of = replaced_id
            if self._withdrawn(cluster_id, now):
                cluster_id, similarity = story.id, None  # a re-file after a kill stands alone
        duplicate_of = cluster_id if cluster_id != story.id else None
        dedup = _dedup_fields(
            story.id,
            story.content_hash,
            cluster_id,
            duplicate_of=duplicate_of,
            similarity=similarity if duplicate_of else None,
            updates_of=updates_of,
        )
        record = self._remember(story, dedup, sequence, now)
        output = self._output(story, dedup, sequence, now)
        if duplicate_of is None:
            return DedupDecision("index", Reason.NEW_STORY, output, record=record)
        detail = f"cluster {cluster_id}" + (f", updates {updates_of}" if updates_of else "")
        return DedupDecision("index", Reason.NEAR_DUPLICATE, output, detail, record=record)

    def _new_version(
        self, story: Incoming, stored: StoryRecord, sequence: int, now: float
    ) -> DedupDecision:
        cluster_id = str_or_none(stored.get("cluster_id")) or story.id
        joined = cluster_id != story.id and not self._withdrawn(cluster_id, now)
        similarity = stored.get("similarity")
        dedup = _dedup_fields(
            story.id,
            story.content_hash,
            cluster_id if joined else story.id,
            duplicate_of=str_or_none(stored.get("duplicate_of")) if joined else None,
            similarity=similarity if joined and isinstance(similarity, float) else None,
            updates_of=str_or_none(stored.get("updates_of")),
            supersedes=self._chain(stored),
        )
        record = self._remember(story, dedup, sequence, now)
        detail = f"supersedes sequence {stored.get('sequence')}"
        output = self._output(story, dedup, sequence, now)
        return DedupDecision("index", Reason.NEW_VERSION, output, detail, record=record)

    def _kill(
        self, story: Incoming, stored: StoryRecord | None, sequence: int, now: float
    ) -> DedupDecision:
        targets = self._kill_targets(story, stored, now)
        # A target without a live sketch (expired, or never seen here) reads as empty.
        target_sketches: dict[str, Mapping[str, object]] = {
            t: self._sketch(t, now) or {} for t in targets
        }
        founders = [
            t for t in targets if (str_or_none(target_sketches[t].get("cluster_id")) or t) == t
        ]
        if stored is not None and str_or_none(stored.get("cluster_id")) in (None, story.id):
            founders.append(story.id)
        for copy in self._cluster_copies(founders, now):
            if copy != story.id and copy not in target_sketches:
                targets.append(copy)
                target_sketches[copy] = self._sketch(copy, now) or {}
        cluster_id = str_or_none(stored.get("cluster_id")) if stored else None
        if cluster_id is None and targets:
            cluster_id = str_or_none(target_sketches[targets[0]].get("cluster_id")) or targets[0]
        cluster_id = cluster_id or story.id
        dedup = _dedup_fields(
            story.id,
            story.content_hash,
            cluster_id,
            duplicate_of=cluster_id if cluster_id != story.id else None,
            updates_of=str_or_none(stored.get("updates_of")) if stored else None,
            supersedes=self._chain(stored) if stored else [],
            retracts=targets,
        )
        tombstones = []
        for target in targets:
            sketch = target_sketches[target]
            target_sequence = max(sequence, (int_or_none(sketch.get("sequence")) or 0) + 1)
            tombstone = self._output(
                story,
                _dedup_fields(
                    target,
                    story.content_hash,
                    str_or_none(sketch.get("cluster_id")) or target,
                    updates_of=str_or_none(sketch.get("updates_of")),
                    retracted_by=story.id,
                ),
                min(target_sequence, MAX_SEQUENCE),
                now,
            )
            tombstone["id"] = target
            tombstone["guid"] = str_or_none(sketch.get("guid")) or story.replaces.get(target)
            # A withdrawn cluster's copies may come from other agencies: each keeps its own.
            tombstone["source"] = str_or_none(sketch.get("source")) or tombstone.get("source")
            tombstones.append(tombstone)
        record = self._remember(story, dedup, sequence, now, withdraws=founders)
        detail = f"retracts {', '.join(targets)}" if targets else ""
        output = self._output(story, dedup, sequence, now)
        return DedupDecision("index", Reason.KILL, output, detail, tuple(tombstones), record)

    # -- helpers ---------------------------------------------------------------

    def _matches(self, story: Incoming, now: float) -> list[_Match]:
        """Earlier stories similar enough to this one, best first (earliest first on ties)."""
        if story.signature is None:
            return []
        since = self._since(now)
        cap, limit = self.settings.band_cap, self.settings.candidate_limit
        near = self.store.near(story.bands, cap, since, limit)
        # Other agencies' rewrites share names, figures and subject, not wording (evidence.py).
        evidence_limit = self.settings.evidence_candidate_limit
        by_evidence = set(self.store.near(story.evidence_keys, cap, since, evidence_limit))
        # A story the tagger read no name in (a script it reads through its lexicons
        # only) is found by its figures alone: it reads every story under its pairs of
        # them, its own language's among the other services' rewrites of the event.
        pairs_read = FIGURE_PAIRS if story.evidence.names else FIGURE_PAIR_CAP
        narrow = [(story.figure_pair_keys, pairs_read)]
        if len(story.evidence.names) <= BRIEF_NAMES:
            # A brief naming one or two things asks under a name and a term; a longer
            # story naming the place and the subject of another's brief is found by names.
            narrow.append((story.subject_keys, FIGURE_PAIRS))
        for keys, limit in narrow:
            if keys.size:
                by_evidence.update(self.store.near(keys, FIGURE_PAIR_CAP, since, limit))
        thresholds = dict.fromkeys([*near, *by_evidence], self.settings.threshold)
        declared: set[str] = set()
        if story.markers.revision and story.slug_key:
            # An update or correction filed under the slug of an earlier story of
            # the same source names its predecessor; less text needs to agree, and
            # its evidence a day later still does (similarity.verified_similarity).
            declared.update(self._under_slug(story.slug_key, now))
            for doc_id in declared:
                thresholds[doc_id] = self.settings.revision_threshold
        thresholds.pop(story.id, None)
        sketches = self.store.sketches(thresholds, since)
        if not sketches.ids:
            return []
        jaccards = self.hasher.estimate_jaccards(story.signature, sketches.signatures)
        read: list[tuple[str, float, StoryRecord, Evidence | None]] = []
        for candidate, jaccard, shingle_count in zip(
            sketches.ids, jaccards.tolist(), sketches.shingle_counts.tolist(), strict=True
        ):
            surface = story_similarity(
                jaccard, story.shingle_count, shingle_count, self.settings.min_containment_shingles
            )
            if surface < thresholds[candidate] and candidate not in by_evidence:
                # Only evidence could lift it, and a story whose names and figures agree
                # shares evidence keys: reading its record would change nothing.
                continue
            sketch = self._sketch(candidate, now)
            if sketch is not None:
                read.append((candidate, surface, sketch, Evidence.decode(sketch.get("evidence"))))
        spoken = self._other_statements(story, read)
        matches = []
        for candidate, surface, sketch, evidence in read:
            cluster_id = _cluster_of(candidate, sketch)
            same_source = sketch.get("source") == story.source
            # An update or correction of its own source's story quotes the voices it adds.
            revises = same_source and story.markers.revision
            score = verified_similarity(
                surface,
                story.evidence,
                evidence,
                (now - sketch["seen_at"]) / 3600,
                confirmed=self.settings.confirmed_similarity,
                by_names=revises or cluster_id not in spoken,
                declared=candidate in declared,
                revises=revises,
                same_source=same_source,
            )
            if score >= thresholds[candidate]:
                matches.append(
                    _Match(
                        id=candidate,
                        cluster_id=cluster_id,
                        score=score,
                        seen_at=sketch["seen_at"],
                        same_source=same_source,
                    )
                )
        matches.sort(key=lambda m: (-m.score, m.seen_at))
        return matches

    @staticmethod
    def _other_statements(
        story: Incoming, read: list[tuple[str, float, StoryRecord, Evidence | None]]
    ) -> set[str]:
        """Clusters where a story quotes another statement and none the same words as `story`.

        Such a cluster is not joined on names alone through another of its
        stories, a brief or a trimmed copy that dropped the quotes
        (similarity.another_statement). A story of the cluster quoting the
        same words outweighs it: a long story's sample of its quotes may miss
        the few runs a shorter one quotes of it.
        """
        other: set[str] = set()
        alike: set[str] = set()
        if not quotes_a_statement(story.evidence):
            return other
        quotes = set(story.evidence.quotes)
        for candidate, _, sketch, evidence in read:
            if evidence is None:
                continue
            if quotes & set(evidence.quotes):
                alike.add(_cluster_of(candidate, sketch))
            elif another_statement(story.evidence, evidence):
                other.add(_cluster_of(candidate, sketch))
        return other - alike

    def _kill_targets(self, story: Incoming, stored: StoryRecord | None, now: float) -> list[str]:
        """Other ids the kill retracts: earlier versions of the story filed under other guids.

        Starting points: ids the kill names in `replaces`; when the kill's own
        id is unknown (an advisory with its own guid), the latest story of the
        same source under the same slug stem; and the killed story's own
        `updates_of` link. From each, `updates_of` links are followed: those
        were verified as same-source near-duplicates when they were decided.
        """
        queue = list(story.replaces)
        if stored is None and story.slug_key:
            queue += self._under_slug(story.slug_key, now)[-1:]
        if stored is not None and (updates_of := str_or_none(stored.get("updates_of"))):
            queue.append(updates_of)
        targets: list[str] = []
        seen = {story.id}
        while queue and len(targets) < self.settings.kill_chain_depth:
            target = queue.pop(0)
            if target in seen:
                continue
            seen.add(target)
            targets.append(target)
            sketch = self._sketch(target, now)
            if sketch and (updated := str_or_none(sketch.get("updates_of"))):
                queue.append(updated)
        return targets

    def _withdrawn(self, cluster_id: str, now: float) -> bool:
        """A kill retracted the founder of `cluster_id` (see the module docstring)."""
        return bool(self._live(self.store.withdrawals_of(cluster_id), now))

    def _cluster_copies(self, founders: list[str], now: float) -> list[str]:
        """The later copies in the clusters that `founders` founded."""
        copies = (self.store.copies_of(founder) for founder in founders)
        return [copy for listed in copies for copy in self._live(listed, now)]

    def _chain(self, stored: StoryRecord) -> list[SupersededVersion]:
        """The stored version's `supersedes` plus the stored version itself, newest last."""
        earlier = stored.get("supersedes")
        chain = list(earlier) if isinstance(earlier, list) else []
        chain.append(
            {
                "version": stored.get("version"),
                "versioncreated": stored.get("versioncreated"),
                "content_hash": stored.get("content_hash"),
                "sequence": stored.get("sequence"),
            }
        )
        return chain[-self.settings.supersedes_cap :]

    def _since(self, now: float) -> float:
        """The oldest decision time still inside the window at `now`."""
        return now - self.settings.window_seconds

    def _live(self, ids: list[str], now: float) -> list[str]:
        """Those of `ids` with a record inside the window, in order."""
        since = self._since(now)
        return [doc_id for doc_id in ids if self.store.record(doc_id, since) is not None]

    def _under_slug(self, slug_key: str, now: float) -> list[str]:
        """Live ids under a source and slug stem, oldest first, at most `band_cap`."""
        return self._live(self.store.under_slug(slug_key), now)[-self.settings.band_cap :]

    def _sketch(self, doc_id: str, now: float) -> StoryRecord | None:
        """The live record of a story that can be matched or retracted (not a kill)."""
        record = self.store.record(doc_id, self._since(now))
        return record if record is not None and not record["kill"] else None

    def _remember(
        self,
        story: Incoming,
        dedup: DedupDoc,
        sequence: int,
        now: float,
        *,
        withdraws: list[str] | None = None,
    ) -> StoryRecord:
        kill = story.markers.kill
        record: StoryRecord = {
            "id": story.id,
            "sequence": sequence,
            "version": story.stamp.version,
            "versioncreated": story.versioncreated,
            "versioncreated_ms": story.stamp.versioncreated_ms,
            "content_hash": story.content_hash,
            "kill": kill,
            "embargo_ms": story.embargo_ms,
            "cluster_id": dedup["cluster_id"],
            "duplicate_of": dedup["duplicate_of"],
            "similarity": dedup["similarity"],
            "updates_of": dedup["updates_of"],
            "supersedes": dedup["supersedes"],
            # A kill is never matched: it keeps no signature.
            "minhash": None if kill else story.minhash,
            "shingle_count": story.shingle_count,
            "evidence": None if kill else story.evidence.encode(),
            "source": story.source,
            "guid": story.guid,
            "slug_key": story.slug_key,
            "withdraws": withdraws or [],
            "seen_at": now,
        }
        self._store(record, None if kill else story.signature)
        return record

    def _store(self, record: StoryRecord, signature: Signature | None) -> None:
        bands = (
            self._candidate_keys(record, self.hasher.band_hashes(signature, self.rows))
            if signature is not None
            else _NO_BANDS
        )
        self.store.put(record, signature, bands)

    def _candidate_keys(self, record: StoryRecord, lsh_bands: Keys) -> Keys:
        """The keys a later story finds this one under: its LSH bands and its evidence."""
        evidence = candidate_keys(Evidence.decode(record.get("evidence")))
        return np.concatenate((lsh_bands, evidence))


def _cluster_of(doc_id: str, record: StoryRecord) -> str:
    """The cluster a stored story belongs to (its own id if it founded one)."""
    return str_or_none(record.get("cluster_id")) or doc_id


def dedup_stream(
    articles: Iterable[Article],
    now_fn: Callable[[], float] = time.time,
    settings: DedupSettings | None = None,
) -> Iterator[DedupDecision]:
    """Decide articles in input order against in-memory state (`wirepipe enrich` with several)."""
    deduplicator = Deduplicator(DedupStore(), settings)
    for article in articles:
        yield deduplicator.decide(article, now_fn())
