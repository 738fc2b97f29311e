"""A name spelled out before its acronym in brackets: "Services industriels de Genève
(SIG)", "Bundesamt für Seeschifffahrt und Hydrographie (BSH)".

The words whose initials the acronym spells, small words ("de", "für", "and") passed
over, are one organisation's name, however they are capitalised: the acronym says where
the name starts. French and Spanish write such names with one capital, which no run
reads to its end.
"""

from __future__ import annotations

from bisect import bisect_left

from pipeline.entities.lexicons import is_acronym
from pipeline.entities.tokens import Token, fold

# Small words an acronym leaves out, in the languages the tagger reads.
_SMALL_WORDS = frozenset(
    """of for the and & on in at de du des d' l' la le les di del della dei degli delle dell' y e
    et und fur der die das van von en het voor pour do da dos das i og och""".split()
)
# Words an acronym's name may have beyond its letters: the small words between them.
_MAX_EXTRA_WORDS = 6


def spelled_out(tokens: list[Token], text: str) -> list[tuple[int, int]]:
    """(start, end) token spans of the names that a bracketed acronym after them spells in
    `text`, the text `tokens` were made of."""
    spans = []
    at = text.find("(")
    while at >= 0:
        # Brackets are few: each is found in the text, then its token by bisection.
        k = bisect_left(tokens, at, key=_start)
        if (
            0 < k < len(tokens) - 2
            and tokens[k].start == at
            and tokens[k + 2].text == ")"
            and is_acronym(tokens[k + 1].text)
        ):
            start = _start_of_name(tokens, k, tokens[k + 1].text)
            if start is not None:
                spans.append((start, k))
        at = text.find("(", at + 1)
    return spans


def acronym_of(acronym: str, name: str) -> bool:
    """Whether `acronym` may stand for `name`, written right before it in brackets: its
    letters in order in the name, the first one starting a word of it ("KHS" of
    "Kunsthalle Südstadt", "BWV" of "Bundesverband WasserVerkehr", "OCFR" of "Nordic
    Council Office for the Coordination of Fisheries Research")."""
    letters = [ch for ch in fold(acronym) if ch.isalpha()]
    if len(letters) < 2:
        return False
    folded = fold(name)
    words = folded.split()
    at = next((folded.find(w) for w in words if w.startswith(letters[0])), -1)
    if at < 0:
        return False
    at += 1
    for letter in letters[1:]:
        at = folded.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


def _start(token: Token) -> int:
    return token.start


def _start_of_name(tokens: list[Token], end: int, acronym: str) -> int | None:
    """Where the name that ends at tokens[end] and that `acronym` spells starts, if it does.

    A small word is passed over, or spelled when the acronym has its letter there
    ("Electricidade de Moçambique (EDM)"): the one reading that spells it all wins."""
    letters = [ch for ch in acronym if ch.isalpha()]
    if len(letters) < 2 or not all(ch.isupper() for ch in letters):
        return None
    lowest = max(0, end - len(letters) - _MAX_EXTRA_WORDS)
    return _spelled_from(tokens, end - 1, letters, lowest)


def _spelled_from(tokens: list[Token], k: int, letters: list[str], lowest: int) -> int | None:
    """Where the name ending at tokens[k] starts if it spells `letters`, read backwards; a
    small word is passed over first, and spelled only when that reading fails."""
    while letters and k >= lowest:
        token = tokens[k]
        if not token.is_word or (token.after_break and len(letters) > 1):
            return None  # names do not run across lines
        initial = token.text[0].upper()
        if token.key in _SMALL_WORDS:
            if initial == letters[-1]:
                passed_over = _spelled_from(tokens, k - 1, letters, lowest)
                if passed_over is not None:
                    return passed_over
                letters = letters[:-1]
        elif initial != letters[-1]:
            return None
        else:
            letters = letters[:-1]
        k -= 1
    start = k + 1
    if letters:
        return None
    if tokens[start].capitalised:
        return start
    # "Syndicat suisse des services publics (SSP)": the letter is the capitalised word's
    # before it, which starts the name, and the lower-case word with the same initial is
    # left out.
    before = tokens[start - 1] if start > 0 else None
    if (
        before is not None
        and before.capitalised
        and not tokens[start].after_break
        and before.text[0].upper() == tokens[start].text[0].upper()
    ):
        return start - 1
    return None
