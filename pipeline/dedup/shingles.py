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
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Shingles = npt.NDArray[np.uint64]

# Odd, so the polynomial of a window's word hashes loses no information to overflow.
_POLYNOMIAL = np.uint64(0x100000001B3)
_WORD = re.compile(r"\w+")
# Typographic variants and what they fold to. Replaced one by one, and only those
# present: `str.translate` with a mapping costs a dictionary look-up per character,
# a millisecond on a 4 KB story, and most bodies hold none of them.
_TYPOGRAPHY = {
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
# Word hashes by seed, kept across stories (most words recur); a full table is
# replaced, not cleared, so a reader holding the old one is never disturbed.
_MAX_KNOWN_WORDS = 1 << 17
_known_words: dict[int, dict[str, int]] = {}


def normalise_text(text: str) -> str:
    """Fold case, Unicode compatibility forms, typography and runs of whitespace."""
    folded = unicodedata.normalize("NFKC", text)
    if not folded.isascii():
        for variant, plain in _TYPOGRAPHY.items():
            if variant in folded:
                folded = folded.replace(variant, plain)
    # split() breaks at exactly the characters that `\s` matches, and strips.
    return " ".join(folded.casefold().split())


def words(text: str) -> list[str]:
    """The word tokens of a text, punctuation dropped, after normalisation."""
    return _WORD.findall(normalise_text(text))


@dataclass(frozen=True, slots=True)
class StoryText:
    """A story's headline and body, normalised once for both the hash and the shingles."""

    headline: str
    body: str

    @staticmethod
    def of(headline: str, body: str) -> StoryText:
        return StoryText(normalise_text(headline), normalise_text(body))

    @property
    def content_hash(self) -> str:
        """Hash of the normalised headline and body: equal for the same text re-sent."""
        text = f"{self.headline}\x1f{self.body}"
        return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()

    def words(self) -> list[str]:
        """The body's words; a flash or a kill may have no body: then the headline's."""
        return _WORD.findall(self.body) or _WORD.findall(self.headline)


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
    hashed = _word_hashes(tokens, seed)
    width = min(size, len(hashed))
    count = len(hashed) - width + 1
    windows = np.zeros(count, dtype=np.uint64)
    for offset in range(width):
        windows = windows * _POLYNOMIAL + hashed[offset : offset + count]
    return np.unique(_mix(windows))


def _word_hashes(tokens: list[str], seed: int) -> Shingles:
    """The keyed blake2b hash of each token, computed once per distinct word."""
    known = _known_words.get(seed)
    missing = set(tokens).difference(known) if known is not None else set(tokens)
    if known is None or len(known) + len(missing) > _MAX_KNOWN_WORDS:
        known = _known_words[seed] = {}
        missing = set(tokens)
    key = seed.to_bytes(8, "little", signed=True)
    for word in missing:
        digest = hashlib.blake2b(word.encode(), digest_size=8, key=key).digest()
        known[word] = int.from_bytes(digest, "little")
    return np.fromiter(map(known.__getitem__, tokens), np.uint64, count=len(tokens))


def _mix(values: Shingles) -> Shingles:
    """splitmix64's finaliser: every output bit depends on every input bit."""
    values = values ^ (values >> np.uint64(30))
    values = values * np.uint64(0xBF58476D1CE4E5B9)
    values = values ^ (values >> np.uint64(27))
    values = values * np.uint64(0x94D049BB133111EB)
    return values ^ (values >> np.uint64(31))


def content_hash(headline: str, body: str) -> str:
    """Hash of the normalised headline and body: equal for the same text re-sent."""
    return StoryText.of(headline, body).content_hash
