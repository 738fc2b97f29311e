"""Tunable parameters of the dedup stage, with defaults that meet the evaluation targets.

Changing `num_perm`, `rows_per_band`, `value_bits`, `shingle_words` or `seed`
changes every signature: stored state computed under other values stops matching
(it is not wrong, just blind) until it expires, so treat them as a schema change.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields

DAY_SECONDS = 86_400.0


@dataclass(frozen=True, slots=True)
class DedupSettings:
    # Similarity: a later story is a near-duplicate of an earlier one when the
    # estimated resemblance (see similarity.py) reaches `threshold`.
    threshold: float = 0.5
    # Words per shingle: 5 keeps template sentences that differ by one name or
    # figure apart while a few edited sentences still leave most shingles intact.
    shingle_words: int = 5
    # MinHash bins (one-permutation hashing) and LSH banding over them.
    num_perm: int = 128
    rows_per_band: int = 4
    # Bits kept of each minimum: 16 make a chance collision 1 in 65,536 per bin,
    # negligible next to the sampling error of 128 bins, at an eighth of the size.
    value_bits: int = 16
    seed: int = 1
    # Stories shorter than this many shingles compare by resemblance only:
    # containment of a few words in a long story says nothing.
    min_containment_shingles: int = 12
    # Near-duplicate and version state older than the window is forgotten.
    window_seconds: float = 7 * DAY_SECONDS
    # Most ids kept per candidate bucket; the oldest go first. Bounds the cost of
    # very common passages (boilerplate, templates) that land in one bucket.
    bucket_cap: int = 48
    # Most earlier versions carried in `dedup.supersedes`.
    supersedes_cap: int = 32
    # How many `updates_of` links a kill follows to reach earlier versions of
    # the story that were filed under other guids.
    kill_chain_depth: int = 16

    def __post_init__(self) -> None:
        if self.num_perm <= 0 or self.rows_per_band <= 0 or self.num_perm % self.rows_per_band:
            raise ValueError("num_perm must be a positive multiple of rows_per_band")
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError("threshold must be in (0, 1]")
        if not 8 <= self.value_bits <= 32:
            raise ValueError("value_bits must be between 8 and 32")
        if self.shingle_words <= 0 or self.window_seconds <= 0 or self.bucket_cap <= 0:
            raise ValueError("shingle_words, window_seconds and bucket_cap must be positive")

    @property
    def bands(self) -> int:
        return self.num_perm // self.rows_per_band

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> DedupSettings:
        """Settings from `DEDUP_<FIELD>` variables, e.g. DEDUP_THRESHOLD=0.6, DEDUP_WINDOW_DAYS=3."""
        env = os.environ if environ is None else environ
        values: dict[str, float | int] = {}
        for spec in fields(cls):
            raw = env.get(f"DEDUP_{spec.name.upper()}")
            if raw is not None:
                values[spec.name] = float(raw) if spec.type == "float" else int(raw)
        days = env.get("DEDUP_WINDOW_DAYS")
        if days is not None:
            values["window_seconds"] = float(days) * DAY_SECONDS
        return cls(**values)  # type: ignore[arg-type]
