"""Language identification with py3langid's model, and the check of a stated language.

py3langid (a maintained fork of langid.py) ships its own model of 140
languages, loaded from the package on first use: nothing is downloaded.
On the cleaning evaluation's held-out stories and short samples in
Polish, Czech, Turkish, Indonesian, Hungarian, Romanian and Ukrainian it
named every language right, where the stop-word detector it replaced
named half (benchmarks/bench_language.py has the figures).

Only the first 120 characters of a text are read: enough for the model,
and the cost of a story does not grow with its length. The model's table
is held in 32-bit floats: it ships in 16-bit ones, which numpy multiplies
without BLAS, three times slower, and the copy costs about 30 MB more. A
text with too few letters to tell gives None (a short headline is not
evidence), and so does a guess the model is not sure of. Codes are ISO
639-1 where the model splits one: Norwegian (nb, nn) is "no", Chinese
(zh, yue, wuu) "zh" and Arabic (ar, arz, ary) "ar", their probabilities
added up; "zxx" (no language) is None.

A format's stated language is kept unless the text is plainly in another
one: the model is sure of it on a text long enough to tell. Feeds do
mislabel copy (a Spanish story sent as "en", Danish copy labelled
Norwegian by the feed that relayed it), and a label is no evidence about
the words.
"""

from __future__ import annotations

import functools

import numpy as np
from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

_READ = 120
# Fewer letters than this say nothing about a language.
_MIN_LETTERS = 12
# Probabilities (the model's, normalised over its languages) for a guess to stand,
# and for the text to overrule the language a format states, on a text of at least
# _OVERRULE_LETTERS letters.
_LIKELY = 0.3
_SURE = 0.95
_OVERRULE_LETTERS = 60
_FOLDED = {"nb": "no", "nn": "no", "yue": "zh", "wuu": "zh", "arz": "ar", "ary": "ar"}
_NO_LANGUAGE = "zxx"


@functools.cache
def _identifier() -> LanguageIdentifier:
    shipped = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return LanguageIdentifier(
        shipped.nb_ptc.astype(np.float32),
        shipped.nb_pc,
        shipped.nb_classes,
        shipped.tk_nextmove,
        shipped.tk_output,
        norm_probs=True,
        tk_row=shipped.tk_row,
    )


def _identify(text: str) -> tuple[str, float, int] | None:
    """(language, probability, letters read), or None for a text with too few letters."""
    sample = text[:_READ]
    letters = sum(map(str.isalpha, sample))
    if letters < _MIN_LETTERS:
        return None
    identifier = _identifier()
    code, probability = identifier.classify(sample)
    if code == _NO_LANGUAGE:
        return None
    folded = _FOLDED.get(code)
    if folded is None:
        return code, probability, letters
    # The model splits the language between codes: their probabilities add up.
    probability = sum(p for c, p in identifier.rank(sample) if _FOLDED.get(c, c) == folded)
    return folded, probability, letters


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text cannot tell."""
    found = _identify(text)
    return found[0] if found and found[1] >= _LIKELY else None


def checked_language(stated: str | None, text: str) -> str | None:
    """The stated language unless the text is plainly in another; detected when none is stated."""
    if stated is None:
        return detect_language(text)
    found = _identify(text)
    if found and found[0] != stated and found[1] >= _SURE and found[2] >= _OVERRULE_LETTERS:
        return found[0]
    return stated
