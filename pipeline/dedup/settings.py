"""Tunable parameters of the dedup stage, with defaults that meet the evaluation targets.

Changing `num_perm`, `rows_per_band`, `value_bits`, `shingle_words` or `seed`
changes every signature: stored state computed under other values stops matching
(it is not wrong, just blind) until it expires, so treat them as a schema change.
"""

from __future__ import annotations

from dataclasses import dataclass

DAY_SECONDS = 86_400.0


@dataclass(frozen=True, slots=True)
class DedupSettings:
    # Similarity: a later story is a near-duplicate of an earlier one when the
    # estimated score (see similarity.py) reaches `threshold`. On the labelled set
    # every value from 0.45 to 0.65 scores perfectly over ten hash seeds; 0.6
    # leans to precision.
    threshold: float = 0.6
    # The same, for an update or correction under the slug of an earlier story
    # of the same source: the slug already names the predecessor, and an update
    # of a market report may rewrite three paragraphs in four. Yesterday's report
    # under the same slug scores under 0.1.
    revision_threshold: float = 0.2
    # The score of a story that evidence alone confirms (the same names and
    # figures, or names and quotes; similarity.py): it shares next to no wording
    # with its match, and this is what it reports as `dedup.similarity` and ranks
    # by. Confirmation counts at any `threshold`: the score used is the higher of
    # the two (`confirmed_similarity`). 0.75 ranks it under near-verbatim copies (0.8+).
    evidence_similarity: float = 0.75
    # Words per shingle: 5 keeps template sentences that differ by one name or
    # figure apart while a few edited sentences still leave most shingles intact.
    shingle_words: int = 5
    # MinHash bins (one-permutation hashing) and LSH banding over them. Bands of
    # two bins make a story a candidate of another with probability 1-(1-J^2)^64:
    # 93% at a resemblance J of 0.2, which a redistribution cut to a fifth of the
    # original has. Four-bin bands would halve the state but find it 5% of the time.
    num_perm: int = 128
    rows_per_band: int = 2
    # Bits kept of each minimum: 16 make a chance collision 1 in 65,536 per bin,
    # negligible next to the sampling error of 128 bins, at a quarter of the size.
    value_bits: int = 16
    # Keys the shingle hash and the densification order: another seed is another
    # independent draw of hash functions (the benchmark's spread uses that).
    seed: int = 1
    # Stories shorter than this many shingles compare by resemblance only:
    # containment of a few words in a long story says nothing.
    min_containment_shingles: int = 12
    # Near-duplicate and version state older than the window is forgotten.
    window_seconds: float = 7 * DAY_SECONDS
    # `expire_due` scans the state at most this often.
    expire_interval_seconds: float = 3600.0
    # Most ids kept per band key; the oldest go first. Bounds the cost of very
    # common passages (boilerplate, templates) that land in one band.
    band_cap: int = 48
    # Most candidates verified per story, from the LSH bands and from the evidence
    # keys each: those sharing the most keys. Keeps a decision's cost flat as the
    # window fills; a copy shares ~64*J^2 of its original's 64 bands (10 at J=0.4).
    candidate_limit: int = 64
    # Most candidates verified per story from the evidence keys alone, those sharing
    # the most keys: a rewrite shares several of its name pairs (ten among five names),
    # a story that merely names the same two newsmakers one, and a week of copy holds
    # hundreds of those. Each costs a record read, so this bounds a decision's cost.
    evidence_candidate_limit: int = 16
    # Most earlier versions carried in `dedup.supersedes`.
    supersedes_cap: int = 32
    # How many `updates_of` links a kill follows to reach earlier versions of
    # the story that were filed under other guids.
    kill_chain_depth: int = 16

    def __post_init__(self) -> None:
        if self.num_perm <= 0 or self.rows_per_band <= 0 or self.num_perm % self.rows_per_band:
            raise ValueError("num_perm must be a positive multiple of rows_per_band")
        if not (0.0 < self.threshold <= 1.0 and 0.0 < self.revision_threshold <= 1.0):
            raise ValueError("thresholds must be in (0, 1]")
        if not 0.0 < self.evidence_similarity <= 1.0:
            raise ValueError("evidence_similarity must be in (0, 1]")
        if not 8 <= self.value_bits <= 32:
            raise ValueError("value_bits must be between 8 and 32")
        if self.shingle_words <= 0 or self.window_seconds <= 0 or self.band_cap <= 0:
            raise ValueError("shingle_words, window_seconds and band_cap must be positive")

    @property
    def confirmed_similarity(self) -> float:
        """The score of a candidate confirmed by evidence alone: it always reaches `threshold`."""
        return max(self.threshold, self.evidence_similarity)
