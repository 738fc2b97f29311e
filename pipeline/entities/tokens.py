"""Word tokens with offsets, the unit every tagging rule works on.

`tokenize` splits text into words and punctuation, keeping each token's
character offsets so a mention can point back into `body`. It does the few
things the rules rely on:

- abbreviations keep their period ("U.S.", "St.", "Gov.", "J.") so they neither
  end a sentence nor lose the dot that is part of the name;
- a possessive "'s" / "’s" (or the bare apostrophe of "Ministers’") is cut off
  the word and remembered as `possessive`, so "Russia's" is the place "Russia";
  so is the case suffix Turkish sets off a name with ("Aydemir'in", "Aselsan'dan"),
  in copy that writes one (`case_suffixes`);
- `sentence_start` marks the first word of a sentence, of a quotation or of a
  paragraph: capitalisation there says nothing about being a name;
- `capitalised` tells whether a word can be part of a name: "Lavrov", "G20",
  "al-Burhan" and "Port-au-Prince" can, "Russian-backed" cannot.

`fold` is the lookup key of a name: lower case without diacritics, so
"Zürich", "Zurich" and "ZURICH" meet in the gazetteer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.diacritics import without_accents

# A word: letters/digits, with inner hyphens, apostrophes, periods, slashes,
# ampersands and plus signs that join letters ("O'Callaghan", "Amazon.com",
# "Scranton/Wilkes-Barre", "S&P"), an optional trailing "+" ("OPEC+").
_WORD = r"[^\W_]+(?:[-‐'’./&][^\W_]+)*\+?"
# Dotted abbreviations: "U.S.", "U.N.", "a.m.", "D.C."
_DOTTED = r"(?:[^\W\d_]\.){2,}"
# Each match is the white space before a token, then the token: a dotted abbreviation,
# a word or one other character. Taking the space in the match means the pattern never
# fails between tokens, and `findall` hands back plain strings, with no match objects.
# The dotted form is tried only where a period follows the first character: tried
# everywhere, it would cost more than the rest of the pattern.
_TOKEN_RE = re.compile(rf"(\s*)(?:(?=.\.)({_DOTTED})|({_WORD})|(\S))")

# Words that keep a following period: titles, company forms, months, initials.
ABBREVIATIONS = frozenset(
    """st mt ft gov gen lt maj col adm capt sgt sen rep dr mr mrs ms prof rev jr sr
    co corp inc ltd lda ltda soc coop agr bros sp spol no vs kft zrt nyrt hf ehf ste
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)

# U.S. state abbreviations of AP style ("Clearlake Oaks, Calif.") and Canadian provinces' of
# CP style ("Sudbury, Ont."; not "Alta." or "Que.", words of other languages): kept with
# their period only when capitalised, since several are words ("Mass.", "Wash.").
STATE_ABBREVIATIONS = frozenset(
    """Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont
    Neb Nev Okla Ore Pa Tenn Vt Va Wash Wis Wyo Ont Sask Nfld""".split()
)

# "King Charles III", "Pope Leo XIV": numerals that end a name without being one of its words.
ROMAN_NUMERALS = frozenset(
    "ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx xxi xxii xxiii".split()
)

# After these a word starts a sentence-like unit (capitalisation is not evidence).
_OPENERS = frozenset("\"“‘'([{:;—–-•")
_ENDERS = frozenset(".!?")
# Lower-case particles that start a capitalised surname ("al-Burhan", "bin-Salman").
NAME_PREFIXES = ("al-", "el-", "ad-", "ash-", "as-", "at-", "an-", "bin-", "ibn-", "abu-", "ul-")
_APOSTROPHES = "'’"
# What French and Italian elide before a vowel: l', d', qu', and the pronouns of "c'est", "n'a";
# and Italian's articles joined to a preposition: "dell'Economia", "all'Aquila", "un'Italia".
_ELIDING = frozenset("l d qu j n s c m t un all dell dall nell sull".split())
_LONGEST_ELISION = 5
# The one common hyphenated word that ends organisations' names: "Co-operative", "Co-op".
_CO_OPERATIVE = ("co-op", "co‐op")
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
    return without_accents(lowered)


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
        if word.lower().startswith(_CO_OPERATIVE):
            # "Wye Valley Growers Co-operative", "Co-op Bank": a word, not a modifier
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
        lower.startswith(NAME_PREFIXES) and len(word) > 4 and word[lower.index("-") + 1].isupper()
    )


# What may follow a word and join it (bit flags): a plural possessive's apostrophe
# ("Ministers’"), the period of an abbreviation ("Gov.", "Calif.", "J.", "Ms.").
_JOINS_APOSTROPHE, _JOINS_PERIOD = 1, 2
_Shape = tuple[str, str, bool, bool, int]


# Shapes of the words seen, kept across stories: most words of a story ("the", "said",
# "Reuters") were in the one before. A dotted abbreviation ends in a period and no other
# word does, so the word as matched is key enough. Emptied when full.
_SHAPES: dict[str, _Shape] = {}
_MAX_SHAPES = 65536


def _shape(matched: str, dotted: bool) -> _Shape:
    """(word, key, capitalised, possessive, what may join it) of a word as matched."""
    word, possessive, joins = matched, False, 0
    if dotted:
        pass  # "U.S." is whole as it stands
    elif len(matched) > 2 and matched[-1] in "sS" and matched[-2] in _APOSTROPHES:
        word, possessive = matched[:-2], True
    else:
        if matched[-1] in "sS":
            joins |= _JOINS_APOSTROPHE
        if (
            matched.lower() in ABBREVIATIONS
            or matched in STATE_ABBREVIATIONS
            or (len(matched) == 1 and matched.isupper())
        ):
            joins |= _JOINS_PERIOD
    key = word.lower() if word.isascii() else fold(word)
    capitalised = is_name_word(word) if "-" in word or "‐" in word else word[0].isupper()
    return word, key, capitalised, possessive, joins


def elided(word: str) -> int:
    """Length of an elided article or pronoun that starts `word` ("l'AFP", "d'Airbus",
    "qu'il", "dell'Ovo"): 2 to 5, or 0 when there is none."""
    if "'" not in word and "’" not in word:
        return 0  # most words: no apostrophe to look for
    for size in range(2, _LONGEST_ELISION + 1):
        if (
            len(word) > size
            and word[size - 1] in _APOSTROPHES
            and word[: size - 1].lower() in _ELIDING
            and word[size].isalpha()
        ):
            return size
    return 0


# A case suffix after a name's apostrophe: a few lower-case letters ("'in", "'dan", "'ndaki").
_LONGEST_CASE_SUFFIX = 6


def case_suffix_start(word: str) -> int:
    """Where the case suffix Turkish writes after a name's apostrophe starts ("Aydemir'in"
    -> 7), or 0: none, or no name before it ("O'Neill", "rock'n'roll")."""
    if not word[0].isupper() or ("'" not in word and "’" not in word):
        return 0
    cut = max(word.rfind("'"), word.rfind("’"))
    suffix = word[cut + 1 :]
    if cut < 2 or not 0 < len(suffix) <= _LONGEST_CASE_SUFFIX or not suffix.isalpha():
        return 0
    return cut if suffix.islower() else 0


def tokenize(text: str, elisions: bool = False, case_suffixes: bool = False) -> list[Token]:
    """Split `text` into tokens with offsets; see the module docstring for what is marked.

    `elisions`: the text elides articles onto words, as French does ("l'AFP" is "l'" and
    "AFP"); the article is a word of its own, and what follows it is not a sentence start.
    `case_suffixes`: the text sets case suffixes off names with an apostrophe, as Turkish
    does ("Aydemir'in" is "Aydemir", marked `possessive`: the suffix ends the name).

    Every story passes through here word by word, so the loop does the least it can
    per token: what a word as matched gives is worked out once (`_SHAPES`), and a
    line break is seen in the space before a token.
    """
    tokens: list[Token] = []
    append = tokens.append
    size = len(text)
    shapes = _SHAPES
    at_start = True
    previous_period_word = False
    previous_end = position = 0
    # Trailing white space starts no token; left in, each of its characters would be
    # tried as the start of one, in time quadratic in its length.
    for space, dotted, word_text, punct in _TOKEN_RE.findall(text, 0, len(text.rstrip())):
        start = position + len(space)
        position = end = start + len(dotted or word_text or punct)
        if start < previous_end:
            continue  # the period or apostrophe a word already took
        # Tokens hold no line break: one before this token is in the space before it.
        after_break = "\n" in space
        if after_break:
            at_start = True
        if punct:
            append(Token(punct, start, punct, False, False, False, False, after_break))
            previous_end = end
            if punct in _ENDERS or punct in _OPENERS:
                at_start = True
            previous_period_word = False
            continue
        matched = dotted or word_text
        if elisions and not dotted and (size_of_article := elided(matched)):
            article = matched[:size_of_article]
            append(Token(article, start, fold(article), True, False, at_start, False, after_break))
            start += size_of_article
            matched = matched[size_of_article:]
            at_start = after_break = False
        suffixed = case_suffixes and not dotted and (cut := case_suffix_start(matched)) > 0
        if suffixed:
            matched = matched[:cut]
        shape = shapes.get(matched)
        if shape is None:
            if len(shapes) >= _MAX_SHAPES:
                shapes.clear()
            shape = shapes[matched] = _shape(matched, bool(dotted))
        word, key, capitalised, possessive, joins = shape
        if suffixed:
            possessive, joins = True, 0
        if joins and end < size:
            following = text[end]
            if (
                joins & _JOINS_APOSTROPHE
                and following in _APOSTROPHES
                and (end + 1 == size or not text[end + 1].isalnum())
            ):
                possessive = True  # the apostrophe belongs to the word, not to the punctuation
                end += 1
            elif joins & _JOINS_PERIOD and following == ".":
                word += "."
                key += "."
                end += 1
        previous_end = end
        # After "U.S." or "Inc." a common word may start the next sentence;
        # the caller checks the word itself, here it is only flagged.
        sentence_start = at_start or (previous_period_word and word[0].isupper())
        append(Token(word, start, key, True, capitalised, sentence_start, possessive, after_break))
        previous_period_word = word[-1] == "."
        at_start = False
    return tokens
