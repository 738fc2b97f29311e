"""Capitalised runs: the stretches of text where names can be.

A run is a maximal sequence of capitalised words, with the small words that
join names kept inside when the words around them say so:

- name particles between capitalised words ("Ursula von der Leyen",
  "Lula da Silva", "Abdulaziz bin Salman");
- "of"/"for" (and "the" after them) behind a word that heads an organisation,
  place or title ("Bank of England", "Bay of Bengal", "Secretary of State",
  "Council of the EU", "Office for National Statistics");
- "and"/"&" and a bare number when the name they continue ends in such a head
  ("Food and Drug Administration", "Paris 2024 Olympic Games");
- a possessive when the name goes on to such a head ("People's Party",
  "Foreign Ministers' Meeting"), but not after a known name ("Russia's",
  "Modi's Bharatiya Janata Party").

Known phrases (gazetteer, lexicons) are matched while building a run, so a
known name with small words inside ("Bosnia and Herzegovina", "Rio de
Janeiro") stays whole. A common word that only has a capital because it
starts a sentence ("The", "Speaking") never starts a run.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from pipeline.entities.lexicons import Known, Lexicons
from pipeline.entities.tokens import ROMAN_NUMERALS, Token

NAME_PARTICLES = frozenset(
    """von van der den de da do dos das du del della di la le bin ibn bint al el y ter ten zu
    af""".split()
)
_OF_WORDS = frozenset(("of", "for"))
_AND_WORDS = frozenset(("and", "&"))


class PhraseMatcher:
    """Known-phrase matches of one tokenised text, each looked up once."""

    def __init__(self, tokens: list[Token], lexicons: Lexicons) -> None:
        self.tokens = tokens
        self._phrases = lexicons.phrases
        self._cache: list[tuple[int, list[Known]] | None] = [None] * len(tokens)

    def __call__(self, i: int) -> tuple[int, list[Known]]:
        found = self._cache[i]
        if found is None:
            found = self._cache[i] = self._phrases.match(self.tokens, i)
        return found


@dataclass(slots=True)
class Unit:
    """A known phrase or one capitalised word inside a run (token indexes, end exclusive)."""

    start: int
    end: int
    known: list[Known] = field(default_factory=list)


@dataclass(slots=True)
class Run:
    start: int
    end: int
    units: list[Unit]


def head_of(token: Token, lexicons: Lexicons) -> str | None:
    """The entity type a word gives the name it ends ("Bank" -> ORG), if any."""
    return lexicons.last_heads.get(token.key) or lexicons.last_heads.get(token.key.rstrip("."))


def _can_precede_of(token: Token, lexicons: Lexicons) -> bool:
    key = token.key
    return (
        key in lexicons.last_heads
        or key in lexicons.first_heads
        or lexicons.title_words.get(key) in ("head", "modifier")
    )


def _capitalised_stretch(tokens: list[Token], j: int) -> list[Token]:
    """The capitalised words from tokens[j] up to the first word that is not."""
    stretch = []
    while (
        j < len(tokens)
        and tokens[j].is_word
        and tokens[j].capitalised
        and not tokens[j].after_break
    ):
        stretch.append(tokens[j])
        if tokens[j].possessive:
            break
        j += 1
    return stretch


def _stretch_ends_in_head(tokens: list[Token], j: int, lexicons: Lexicons) -> bool:
    stretch = _capitalised_stretch(tokens, j)
    while stretch and stretch[-1].key in ROMAN_NUMERALS:
        stretch.pop()
    return bool(stretch) and head_of(stretch[-1], lexicons) is not None


def _next_is_capitalised(tokens: list[Token], j: int) -> bool:
    return (
        j < len(tokens)
        and tokens[j].is_word
        and tokens[j].capitalised
        and not tokens[j].after_break
    )


def _joins(tokens: list[Token], j: int, lexicons: Lexicons, match: PhraseMatcher) -> bool:
    """Whether the small word tokens[j] sits inside the run that ends at tokens[j - 1]."""
    token, before = tokens[j], tokens[j - 1]
    if token.after_break or before.possessive:
        return False
    key = token.key
    if key in NAME_PARTICLES:
        after = j + 1
        while after < len(tokens) and tokens[after].key in NAME_PARTICLES:
            after += 1
        return _next_is_capitalised(tokens, after)
    if key in _OF_WORDS:
        if not _can_precede_of(before, lexicons):
            return False
        after = j + 2 if j + 1 < len(tokens) and tokens[j + 1].key == "the" else j + 1
        return _next_is_capitalised(tokens, after)
    if key == "the":
        return before.key in _OF_WORDS and _next_is_capitalised(tokens, j + 1)
    if key in _AND_WORDS:
        if not _next_is_capitalised(tokens, j + 1) or match(j + 1)[0]:
            return False
        if _stretch_ends_in_head(tokens, j + 1, lexicons):
            return True
        # "Minister of Foreign Affairs and Trade"
        return lexicons.title_words.get(before.key) == "modifier" and (
            lexicons.title_words.get(tokens[j + 1].key) == "modifier"
        )
    if token.is_word and token.text.isdigit():
        return _next_is_capitalised(tokens, j + 1) and _stretch_ends_in_head(
            tokens, j + 1, lexicons
        )
    return False


def _continues_after_possessive(
    tokens: list[Token], j: int, unit: Unit, lexicons: Lexicons, match: PhraseMatcher
) -> bool:
    if unit.known or not _next_is_capitalised(tokens, j):
        return False
    length, known = match(j)
    if length > 1 or any(k.type != "PLACE" for k in known):
        return False  # a known name follows: "Modi's Bharatiya Janata Party"
    return _stretch_ends_in_head(tokens, j, lexicons)


def _is_sentence_word(token: Token, lexicons: Lexicons) -> bool:
    """A common word capitalised only because it starts a sentence or quotation
    (but a title word may start a name: "Foreign Minister Sergei Lavrov")."""
    return (
        token.sentence_start
        and token.text.lower() in lexicons.common_words
        and token.key not in lexicons.title_words
    )


def build_runs(tokens: list[Token], lexicons: Lexicons, match: PhraseMatcher) -> Iterator[Run]:
    """All capitalised runs of a tokenised text, in order, one at a time."""
    n = len(tokens)
    i = 0
    while i < n:
        token = tokens[i]
        if token.is_word and not token.capitalised and token.key in lexicons.lower_case_names:
            length, known = match(i)
            if length:  # "told dpa"
                yield Run(i, i + length, [Unit(i, i + length, known)])
                i += length
                continue
        if not (token.is_word and token.capitalised):
            i += 1
            continue
        if not match(i)[0] and _is_sentence_word(token, lexicons):
            i += 1
            continue
        units: list[Unit] = []
        j = i
        while j < n:
            current = tokens[j]
            if units and current.after_break:
                break
            if current.is_word and current.capitalised:
                length, known = match(j)
                unit = Unit(j, j + length, known) if length else Unit(j, j + 1)
                units.append(unit)
                j = unit.end
                if tokens[j - 1].possessive and not _continues_after_possessive(
                    tokens, j, unit, lexicons, match
                ):
                    break
                continue
            after_known_name = units and units[-1].known and current.key in _AND_WORDS
            if units and not after_known_name and _joins(tokens, j, lexicons, match):
                j += 1
                continue
            break
        yield Run(i, units[-1].end, units)
        i = units[-1].end
