"""Word tokens with offsets, the unit every tagging rule works on.

`tokenize` splits text into words and punctuation, keeping each token's
character offsets so a mention can point back into `body`. It does the few
things the rules rely on:

- abbreviations keep their period ("U.S.", "St.", "Gov.", "J.") so they neither
  end a sentence nor lose the dot that is part of the name;
- a possessive "'s" / "’s" (or the bare apostrophe of "Ministers’") is cut off
  the word and remembered as `possessive`, so "Russia's" is the place "Russia";
- `sentence_start` marks the first word of a sentence, of a quotation or of a
  paragraph: capitalisation there says nothing about being a name;
- `capitalised` tells whether a word can be part of a name: "Lavrov", "G20",
  "al-Burhan" and "Port-au-Prince" can, "Russian-backed" cannot.

`fold` is the lookup key of a name: lower case without diacritics, so
"Zürich", "Zurich" and "ZURICH" meet in the gazetteer.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# A word: letters/digits, with inner hyphens, apostrophes, periods, slashes,
# ampersands and plus signs that join letters ("O'Callaghan", "Amazon.com",
# "Scranton/Wilkes-Barre", "S&P"), an optional trailing "+" ("OPEC+").
_WORD = r"[^\W_]+(?:[-‐'’./&][^\W_]+)*\+?"
# Dotted abbreviations: "U.S.", "U.N.", "a.m.", "D.C."
_DOTTED = r"(?:[^\W\d_]\.){2,}"
_TOKEN_RE = re.compile(rf"(?P<dotted>{_DOTTED})|(?P<word>{_WORD})|(?P<punct>\S)")

# Words that keep a following period: titles, company forms, months, initials.
ABBREVIATIONS = frozenset(
    """st mt ft gov gen lt maj col adm capt sgt sen rep dr mr mrs ms prof rev jr sr
    co corp inc ltd bros no vs jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)

# U.S. state abbreviations of AP style ("Clearlake Oaks, Calif."): kept with their period
# only when capitalised, since several are words ("Mass.", "Wash.").
STATE_ABBREVIATIONS = frozenset(
    """Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont
    Neb Nev Okla Ore Pa Tenn Vt Va Wash Wis Wyo""".split()
)

# "King Charles III": numerals that end a name without being one of its words.
ROMAN_NUMERALS = frozenset("ii iii iv v vi vii viii ix x xi xii".split())

# After these a word starts a sentence-like unit (capitalisation is not evidence).
_OPENERS = frozenset("\"“‘'([{:;—–-•")
_ENDERS = frozenset(".!?")
# Lower-case particles that start a capitalised surname ("al-Burhan", "bin-Salman").
_NAME_PREFIXES = ("al-", "el-", "ad-", "ash-", "as-", "at-", "an-", "bin-", "ibn-", "abu-", "ul-")
_APOSTROPHES = "'’"
# Short words that end a hyphenated modifier rather than a name ("Kremlin-run").
_COMPOUND_TAILS = frozenset(
    "run era war day old led wide born made held only free like sized long".split()
)

_FOLD_EXTRA = str.maketrans(
    {
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "ł": "l",
        "đ": "d",
        "ı": "i",
        "þ": "th",
        "ð": "d",
        "’": "'",
        "‘": "'",
        "‐": "-",
        "–": "-",
    }
)


# Names and words are short; longer texts are folded without being kept in the cache.
_CACHED_FOLD_LENGTH = 64


def fold(text: str) -> str:
    """Lookup key of a name: lower case, no diacritics, ASCII apostrophes."""
    return _cached_fold(text) if len(text) <= _CACHED_FOLD_LENGTH else _fold(text)


@lru_cache(maxsize=65536)
def _cached_fold(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    lowered = text.lower().translate(_FOLD_EXTRA)
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(slots=True)
class Token:
    text: str
    start: int
    key: str
    is_word: bool
    capitalised: bool
    sentence_start: bool = False
    possessive: bool = False
    # A line break before the token: names never run across lines.
    after_break: bool = False

    @property
    def end(self) -> int:
        # Worked out, not stored: a long story has hundreds of thousands of tokens.
        return self.start + len(self.text)


def is_name_word(word: str) -> bool:
    """True for words that can belong to a name: "Lavrov", "G20", "al-Burhan", "Port-au-Prince"."""
    first = word[0]
    hyphenated = "-" in word or "‐" in word
    if not hyphenated:
        return first.isupper()
    if first.isupper():
        # A hyphenated compound is a name when it ends capitalised ("Jean-Baptiste") or
        # in a short syllable ("Kim Jong-un", "Shin Won-sik"), not in a word of its
        # own ("Russian-backed", "Tokyo-based", "Hamas-run").
        last_part = re.split(r"[-‐]", word)[-1]
        if not last_part or not last_part[0].islower() or word.isupper():
            return True
        return (
            len(last_part) <= 4
            and not last_part.endswith("ed")
            and last_part not in _COMPOUND_TAILS
        )
    if first.isdigit():
        # "4x200m" is not a name; "2024" alone is not either (handled by callers).
        return False
    lower = word.lower()
    return (
        lower.startswith(_NAME_PREFIXES) and len(word) > 4 and word[lower.index("-") + 1].isupper()
    )


def tokenize(text: str) -> list[Token]:
    """Split `text` into tokens with offsets; see the module docstring for what is marked."""
    tokens: list[Token] = []
    append = tokens.append
    size = len(text)
    at_start = True
    previous_period_word = False
    previous_end = 0
    # What a word as written gives: one shared copy of it, its key and whether it can be
    # part of a name. Stories repeat their words, so each is worked out and stored once.
    seen: dict[str, tuple[str, str, bool]] = {}
    for match in _TOKEN_RE.finditer(text):
        start, end = match.span()
        if start < previous_end:
            continue  # the period an abbreviation already took
        after_break = start > previous_end and text.find("\n", previous_end, start) >= 0
        previous_end = end
        if after_break:
            at_start = True
        kind = match.lastgroup
        if kind == "punct":
            ch = text[start]
            append(Token(ch, start, ch, False, False, False, False, after_break))
            if ch in _ENDERS or ch in _OPENERS:
                at_start = True
            previous_period_word = False
            continue
        word = text[start:end]
        possessive = False
        if kind == "word" and end < size:
            following = text[end]
            if len(word) > 2 and word[-2] in _APOSTROPHES and word[-1] in "sS":
                word, possessive = word[:-2], True
            elif (
                following in _APOSTROPHES
                and word[-1] in "sS"
                and (end + 1 == size or not text[end + 1].isalnum())
            ):
                possessive = True  # plural possessive: "Ministers’ Meeting"
                end += 1  # the apostrophe belongs to the word, not to the punctuation
            elif following == "." and (
                word.lower() in ABBREVIATIONS
                or word in STATE_ABBREVIATIONS
                or (len(word) == 1 and word.isupper())
            ):
                word += "."
                end += 1
        elif kind == "word" and len(word) > 2 and word[-2] in _APOSTROPHES and word[-1] in "sS":
            word, possessive = word[:-2], True
        previous_end = max(previous_end, end)
        known = seen.get(word)
        if known is None:
            hyphenated = "-" in word or "‐" in word
            key = word.lower() if word.isascii() else fold(word)
            name_word = is_name_word(word) if hyphenated else word[0].isupper()
            known = seen[word] = (word, key, name_word)
        word, key, capitalised = known
        # After "U.S." or "Inc." a common word may start the next sentence;
        # the caller checks the word itself, here it is only flagged.
        sentence_start = at_start or (previous_period_word and word[0].isupper())
        append(
            Token(
                word,
                start,
                key,
                True,
                capitalised,
                sentence_start,
                possessive,
                after_break,
            )
        )
        previous_period_word = word[-1] == "."
        at_start = False
    return tokens
