"""MinHash signatures by one-permutation hashing, and their LSH band keys.

One hash per shingle (already computed by shingles.py) is split into a bin
number and a value; each bin keeps its minimum. Empty bins, frequent for short
stories, borrow the minimum of another bin chosen by a fixed pseudo-random probe
order ("optimal densification", Shrivastava 2017), so signatures of all stories
stay aligned bin by bin and the fraction of equal bins estimates their Jaccard
resemblance, as with independent permutations, at 1/num_perm of the cost.

Only the low `value_bits` bits of each minimum are kept (b-bit minwise hashing)
and signatures travel as base64 of little-endian unsigned ints: they ride in
every Kafka message and in the dedup state, so size matters. The text is
prefixed with the scheme (shingle size, bins, bits, seed, and "p" for shingles
hashed as polynomials of word hashes) so a signature made under other settings
or by another version is recognised and never compared bin by bin.
"""

from __future__ import annotations

import base64
import random
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt

from pipeline.dedup.settings import DedupSettings
from pipeline.dedup.shingles import Shingles

_EMPTY = np.uint64(2**64 - 1)  # above any value: those are hashes divided by the bin count
_FNV_PRIME = np.uint64(0x100000001B3)
_LOW_56 = np.uint64((1 << 56) - 1)

Signature = npt.NDArray[np.unsignedinteger]
Keys = npt.NDArray[np.uint64]


@dataclass(frozen=True, slots=True)
class MinHasher:
    scheme: str
    num_perm: int
    value_bits: int
    # probes[i]: the bins an empty bin i borrows from, first non-empty wins.
    probes: tuple[tuple[int, ...], ...]

    @property
    def dtype(self) -> np.dtype[np.unsignedinteger]:
        # Little-endian whatever the machine: the encoded form is.
        return np.dtype("<u2" if self.value_bits <= 16 else "<u4")

    def signature(self, shingles: Shingles) -> str | None:
        """The encoded signature of a set of distinct shingle hashes, None for an empty set."""
        if not len(shingles):
            return None
        k = np.uint64(self.num_perm)
        mins = np.full(self.num_perm, _EMPTY, dtype=np.uint64)
        np.minimum.at(mins, (shingles % k).astype(np.intp), shingles // k)
        # The set is non-empty, so some bin holds a value and each probe order reaches it.
        for slot in np.flatnonzero(mins == _EMPTY).tolist():
            mins[slot] = next(mins[j] for j in self.probes[slot] if mins[j] != _EMPTY)
        mask = np.uint64((1 << self.value_bits) - 1)
        return self._encode((mins & mask).astype(self.dtype))

    def _encode(self, values: Signature) -> str:
        return f"{self.scheme}:{base64.b64encode(values.tobytes()).decode('ascii')}"

    def _payload(self, encoded: object) -> bytes | None:
        if not isinstance(encoded, str):
            return None
        scheme, _, text = encoded.partition(":")
        if scheme != self.scheme:
            return None
        try:
            return base64.b64decode(text, validate=True)
        except ValueError:
            return None

    def decode(self, encoded: object) -> Signature | None:
        """The values of an encoded signature (read-only), None if of another scheme or damaged."""
        payload = self._payload(encoded)
        if payload is None or len(payload) != self.num_perm * self.dtype.itemsize:
            return None
        return np.frombuffer(payload, dtype=self.dtype)

    def band_hashes(self, values: Signature, rows: int) -> Keys:
        """One 64-bit LSH key per band of `rows` consecutive bins, its number in the top byte.

        `values` is one signature, or one per row (then one row of keys each).
        Two bins of 16 bits fit the low 32 bits exactly; wider bands are folded
        by FNV-1a, whose collisions at 56 bits are negligible next to LSH's own.
        """
        bands = values.reshape(*values.shape[:-1], -1, rows).astype(np.uint64)
        folded = np.zeros(bands.shape[:-1], dtype=np.uint64)
        if rows * self.value_bits <= 56:
            shift = np.uint64(self.value_bits)
            for row in range(rows):
                folded = (folded << shift) | bands[..., row]
        else:
            with np.errstate(over="ignore"):
                for row in range(rows):
                    folded = (folded ^ bands[..., row]) * _FNV_PRIME
        number = np.arange(bands.shape[-2], dtype=np.uint64) << np.uint64(56)
        keys: Keys = (folded & _LOW_56) | number
        return keys

    def estimate_jaccards(self, query: Signature, signatures: Signature) -> npt.NDArray[np.float64]:
        """Estimated Jaccard resemblance of `query` with each row of `signatures`.

        Truncated minima of different shingles still agree by chance with
        probability 2^-value_bits; the estimate removes that share.
        """
        agree: npt.NDArray[np.float64] = (signatures == query).sum(axis=1) / self.num_perm
        chance = 2.0**-self.value_bits
        estimate: npt.NDArray[np.float64] = np.maximum(0.0, (agree - chance) / (1.0 - chance))
        return estimate


@cache
def minhasher(settings: DedupSettings) -> MinHasher:
    """The hasher for these settings; built once, its probe table is immutable."""
    k = settings.num_perm
    probes = []
    for slot in range(k):
        order = list(range(k))
        random.Random(f"{settings.seed}:{slot}").shuffle(order)
        probes.append(tuple(order))
    scheme = f"{settings.shingle_words}w{k}x{settings.value_bits}b{settings.seed}p"
    return MinHasher(
        scheme=scheme, num_perm=k, value_bits=settings.value_bits, probes=tuple(probes)
    )
