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
from collections.abc import Iterable

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


def shingle_hashes(tokens: list[str], size: int, seed: int) -> set[int]:
    """64-bit hashes, keyed by `seed`, of every run of `size` consecutive words.

    A text shorter than one shingle is a single shingle of all its words, so a
    one-line flash still has a fingerprint. blake2b rather than `hash()`: the
    values must agree between processes, workers and restarts.
    """
    if not tokens:
        return set()
    key = seed.to_bytes(8, "little", signed=True)
    # One window at a time: a long story's windows, all kept, would outweigh its text.
    windows: Iterable[list[str]] = (
        [tokens]
        if len(tokens) <= size
        else (tokens[i : i + size] for i in range(len(tokens) - size + 1))
    )
    return {
        int.from_bytes(
            hashlib.blake2b(" ".join(w).encode(), digest_size=8, key=key).digest(), "little"
        )
        for w in windows
    }


def content_hash(headline: str, body: str) -> str:
    """Hash of the normalised headline and body: equal for the same text re-sent."""
    text = f"{normalise_text(headline)}\x1f{normalise_text(body)}"
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
