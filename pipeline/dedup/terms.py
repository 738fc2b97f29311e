"""The words a story is about, beside its names: what tells two stories of one cast apart.

A minister's resignation and the same minister's budget speech the same day
name the same people and places and may carry no figure and no quote; so
do two agencies' reports of that resignation. What differs is what they are
about: "resigned", "investigation", "border", "surveillance", "tender" against
"budget", "spending", "schools". A rewrite words its sentences its own way
but keeps the words of the event, most of all in its headline and lede.

So a story's terms are the first distinct content words of its headline and
body, cut to their first letters so that "resigns", "resigned" and
"resignation" agree: words of at least five letters (shorter ones are mostly
grammar), without function words, reporting verbs, days and months, the
titles and offices every political story has, and the words of the story's
own names in any form ("Estonian" of "Estonia": those are compared as
names). Kept as 16-bit hashes, headline first, at most `MAX_TERMS`.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterable
from functools import lru_cache

from pipeline.diacritics import without_accents

MAX_TERMS = 16
# Letters kept of a word: enough to tell "survey" from "surveillance", few
# enough that inflections and derivations of one stem agree.
STEM_LETTERS = 6
MIN_LETTERS = 5

_WORD = re.compile(r"[^\W\d_]+")
# Words of five letters or more that say nothing of the event: grammar (English,
# German, French, Spanish), reporting, time, and the offices of any political story.
_NOT_TERMS = frozenset(
    """
    about above after again against along among around because before behind being below
    beside between beyond could during every first former further however including itself
    later latest least might never other others otherwise since still their there these
    those though through today tomorrow until under while which would yesterday where whose
    whether within should shall cannot early earlier another become became already although
    thing things based
    said says saying told telling added adding according announced statement reporters
    speaking spoke stated quoted report reported reports news agency
    monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december morning evening night afternoon
    minister ministers ministry president government officials official people country
    countries prime spokesman spokeswoman spokesperson director chief leader leaders
    ueber nicht einer einem einen seine ihre ihren dieser diese dieses sagte sowie durch
    gegen unter zwischen bereits wurde wurden werden hatte haben
    avait avaient selon apres avant aussi cette entre depuis ainsi leurs notre votre
    etait etaient encore toujours
    sobre desde hasta segun tambien estos estas habia donde cuando porque durante
    """.split()
)


# Letters that are not a letter and an accent, written as English copy writes them:
# "Støren" is "Storen", "Kjærgaard" "Kjaergaard", "Łódź" "Lodz".
_PLAIN_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "þ": "th"})


def fold(text: str) -> str:
    """Lower case without accents: "Krško" and "Krsko" are one place, "Støren" and "Storen" too."""
    if text.isascii():
        return text.lower()
    return without_accents(text.casefold()).translate(_PLAIN_LETTERS)


# Korean writes a syllable a character and ends a word with its particles and endings
# ("기준금리를", "동결했다"): a word's first two syllables are what the first six
# letters are to a word of an alphabet, and a word of two syllables is a term.
HANGUL_STEM = 2


@lru_cache(maxsize=1 << 15)
def _term(word: str) -> tuple[str, int] | None:
    """A word's stem and its hash, None for a word that is no term (cached: words recur)."""
    if "\uac00" <= word[0] <= "\ud7a3":  # a Hangul syllable
        stem = word[:HANGUL_STEM]
        if len(stem) < HANGUL_STEM:
            return None
    else:
        folded = fold(word)
        if len(folded) < MIN_LETTERS or folded in _NOT_TERMS:
            return None
        stem = folded[:STEM_LETTERS]
    return stem, zlib.crc32(f"t:{stem}".encode()) & 0xFFFF


def topic_terms(text: str, names: Iterable[str]) -> tuple[int, ...]:
    """Hashes of the first `MAX_TERMS` distinct stems of `text`, folded.

    `names` are the story's own name words, folded, left out. Words are folded
    one by one as they are read: the scan stops at the last term it keeps.
    """
    # "Estonian" of "Estonia", "Georgian" of "Georgia": a name's words in another form.
    name_stems = {_name_stem(name) for name in names}
    kept: dict[int, None] = {}
    for match in _WORD.finditer(text):
        term = _term(match.group())
        if term is None or term[0] in name_stems:
            continue
        kept[term[1]] = None
        if len(kept) == MAX_TERMS:
            break
    return tuple(kept)


def _name_stem(name: str) -> str:
    """The stem a folded name word's other forms share, as `_term` cuts a word."""
    if "\u1100" <= name[:1] <= "\u11ff":  # Korean, folded into its syllables' letters
        return unicodedata.normalize("NFC", name)[:HANGUL_STEM]
    return name[:STEM_LETTERS]
