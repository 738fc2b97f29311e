"""Text normalisation, word shingles and the exact content hash of a story.

Similarity looks at the body only: headlines, captions and credits differ
between an agency's copy and its redistribution, the narrative does not.
Normalisation folds what redistribution and re-keying change without changing
the story: Unicode forms, case, typographic quotes and dashes, whitespace.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

import numpy as np
import numpy.typing as npt

Shingles = npt.NDArray[np.uint64]

# Odd, so the polynomial of a window's word hashes loses no information to overflow.
_POLYNOMIAL = np.uint64(0x100000001B3)
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)


def normalise_text(text: str) -> str:
    """Fold case, Unicode compatibility forms, typography and runs of whitespace."""
    folded = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHY).casefold()
    return _SPACE.sub(" ", folded).strip()


def words(text: str) -> list[str]:
    """The word tokens of a text, punctuation dropped, after normalisation."""
    return _WORD.findall(normalise_text(text))


def shingle_hashes(tokens: list[str], size: int, seed: int) -> Shingles:
    """Distinct 64-bit hashes, keyed by `seed`, of every run of `size` consecutive words.

    A text shorter than one shingle is a single shingle of all its words, so a
    one-line flash still has a fingerprint. Each distinct word is hashed once
    with blake2b (not `hash()`: the values must agree between processes,
    workers and restarts); a window's hash is a polynomial of its words'
    hashes, computed for all windows at once and mixed (splitmix64) so that its
    low bits, which pick a MinHash bin, are as random as its high ones.
    """
    if not tokens:
        return np.empty(0, dtype=np.uint64)
    hashed = np.fromiter((_word_hash(t, seed) for t in tokens), np.uint64, count=len(tokens))
    width = min(size, len(hashed))
    count = len(hashed) - width + 1
    windows = np.zeros(count, dtype=np.uint64)
    for offset in range(width):
        windows = windows * _POLYNOMIAL + hashed[offset : offset + count]
    return np.unique(_mix(windows))


@lru_cache(maxsize=1 << 17)
def _word_hash(word: str, seed: int) -> int:
    key = seed.to_bytes(8, "little", signed=True)
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8, key=key).digest(), "little")


def _mix(values: Shingles) -> Shingles:
    """splitmix64's finaliser: every output bit depends on every input bit."""
    values = values ^ (values >> np.uint64(30))
    values = values * np.uint64(0xBF58476D1CE4E5B9)
    values = values ^ (values >> np.uint64(27))
    values = values * np.uint64(0x94D049BB133111EB)
    return values ^ (values >> np.uint64(31))


def content_hash(headline: str, body: str) -> str:
    """Hash of the normalised headline and body: equal for the same text re-sent."""
    text = f"{normalise_text(headline)}\x1f{normalise_text(body)}"
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
