"""MinHash signatures by one-permutation hashing, and their LSH band keys.

One hash per shingle (already computed by shingles.py) is split into a bin
number and a value; each bin keeps its minimum. Empty bins, frequent for short
stories, borrow the minimum of another bin chosen by a fixed pseudo-random probe
order ("optimal densification", Shrivastava 2017), so signatures of all stories
stay aligned bin by bin and the fraction of equal bins estimates their Jaccard
resemblance, as with independent permutations, at 1/num_perm of the cost.

Only the low `value_bits` bits of each minimum are kept (b-bit minwise hashing)
and signatures travel as base64 of little-endian unsigned ints: they ride in
every Kafka message and in a replicated table, so size matters. The text is
prefixed with the scheme (shingle size, bins, bits, seed) so a signature made
under other settings is recognised and never compared bin by bin.
"""

from __future__ import annotations

import base64
import random
import sys
from array import array
from dataclasses import dataclass
from functools import cache

from pipeline.dedup.settings import DedupSettings

_EMPTY = 1 << 64


@dataclass(frozen=True, slots=True)
class MinHasher:
    scheme: str
    num_perm: int
    value_bits: int
    # probes[i]: the bins an empty bin i borrows from, first non-empty wins.
    probes: tuple[tuple[int, ...], ...]

    @property
    def typecode(self) -> str:
        return "H" if self.value_bits <= 16 else "I"

    def signature(self, shingles: set[int]) -> str | None:
        """The encoded signature of a shingle set, None for an empty set."""
        if not shingles:
            return None
        k = self.num_perm
        mins = [_EMPTY] * k
        for h in shingles:
            value, slot = divmod(h, k)
            if value < mins[slot]:
                mins[slot] = value
        mask = (1 << self.value_bits) - 1
        filled = [self._borrow(mins, i) if m == _EMPTY else m for i, m in enumerate(mins)]
        return self._encode(array(self.typecode, [m & mask for m in filled]))

    def _borrow(self, mins: list[int], slot: int) -> int:
        # The set is non-empty, so some bin holds a value and a probe reaches it.
        return next(mins[j] for j in self.probes[slot] if mins[j] != _EMPTY)

    def _encode(self, values: array[int]) -> str:
        if sys.byteorder == "big":
            values.byteswap()
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

    def decode(self, encoded: object) -> array[int] | None:
        """The values of an encoded signature, None if made under another scheme or damaged."""
        payload = self._payload(encoded)
        if payload is None or len(payload) % array(self.typecode).itemsize:
            return None
        values = array(self.typecode, payload)
        if len(values) != self.num_perm:
            return None
        if sys.byteorder == "big":
            values.byteswap()
        return values

    def band_keys(self, encoded: str | None, rows: int) -> list[str]:
        """One LSH key per band of `rows` consecutive bins (none for a foreign signature)."""
        raw = self._payload(encoded) or b""
        width = rows * array(self.typecode).itemsize
        return [f"b{i // width:02x}:{raw[i : i + width].hex()}" for i in range(0, len(raw), width)]

    def estimate_jaccard(self, a: array[int], b: array[int]) -> float:
        """Estimated Jaccard resemblance from two decoded signatures of this hasher.

        Truncated minima of different shingles still agree by chance with
        probability 2^-value_bits; the estimate removes that share.
        """
        agree = sum(1 for x, y in zip(a, b, strict=True) if x == y) / self.num_perm
        chance = 2.0**-self.value_bits
        return max(0.0, (agree - chance) / (1.0 - chance))


@cache
def minhasher(settings: DedupSettings) -> MinHasher:
    """The hasher for these settings; built once, its probe table is immutable."""
    k = settings.num_perm
    probes = []
    for slot in range(k):
        order = list(range(k))
        random.Random(f"{settings.seed}:{slot}").shuffle(order)
        probes.append(tuple(order))
    scheme = f"{settings.shingle_words}w{k}x{settings.value_bits}b{settings.seed}"
    return MinHasher(
        scheme=scheme, num_perm=k, value_bits=settings.value_bits, probes=tuple(probes)
    )
