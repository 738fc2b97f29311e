"""Everything the tagger knows before it reads a story, loaded once per process.

- `Known`: what a known phrase names: a news agency or institution (ORG), a
  nationality or group (NORP), or candidate places (PLACE, from the gazetteer).
- `PhraseIndex`: longest-match lookup of known phrases over tokens.
- `Lexicons`: the phrase index plus the word lists the rules use (titles, role
  nouns, name heads, given names, common and never-entity words).

Acronyms ("WHO", "AP", "US") match only in capitals, so "Who" and "us" don't.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from pipeline.entities.gazetteer import Place, load_gazetteer
from pipeline.entities.lexicon_files import data_rows, data_words, split_aliases
from pipeline.entities.tokens import Token, fold

EntityType = Literal["PERSON", "ORG", "PLACE", "NORP", "EVENT"]
HeadType = Literal["ORG", "PLACE", "EVENT"]
TitleKind = Literal["head", "modifier", "courtesy", "regnal"]


@dataclass(slots=True)
class Known:
    """What a known phrase names. Places keep every candidate: context picks one."""

    type: EntityType
    canonical: str
    places: list[Place] = field(default_factory=list)
    country_code: str | None = None
    agency: bool = False


def phrase_keys(phrase: str) -> tuple[str, ...]:
    """The token keys a phrase has in running text ("St. Peter's Square" -> st., peter, square)."""
    keys = []
    for word in fold(phrase).split():
        word = word.strip(",;:")
        if word.endswith("'s") and len(word) > 2:
            word = word[:-2]
        elif word.endswith("s'"):
            word = word[:-1]
        if word:
            keys.append(word)
    return tuple(keys)


def _is_acronym(phrase: str) -> bool:
    letters = phrase.replace(".", "").replace("+", "").replace("&", "")
    return 1 < len(letters) <= 6 and letters.isalnum() and letters.upper() == letters


@dataclass(slots=True)
class _Entry:
    keys: tuple[str, ...]
    surface: str | None  # set for acronyms: the exact capitals that must appear
    known: list[Known]


class PhraseIndex:
    """Known phrases by their first token key, longest first."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[_Entry]] = {}

    def add(self, phrase: str, known: Known) -> None:
        keys = phrase_keys(phrase)
        if not keys:
            return
        surface = phrase if _is_acronym(phrase) else None
        bucket = self._by_first.setdefault(keys[0], [])
        for entry in bucket:
            if entry.keys == keys and entry.surface == surface:
                if known not in entry.known:
                    entry.known.append(known)
                return
        bucket.append(_Entry(keys, surface, [known]))
        bucket.sort(key=lambda e: -len(e.keys))

    def match(self, tokens: Sequence[Token], i: int) -> tuple[int, list[Known]]:
        """Longest known phrase starting at tokens[i]: (token count, what it names) or (0, [])."""
        bucket = self._by_first.get(tokens[i].key)
        if not bucket:
            return 0, []
        found_length, found = 0, []
        for entry in bucket:
            n = len(entry.keys)
            if n < found_length:
                break  # longest first: every longer or equal entry has been tried
            if i + n > len(tokens) or not self._matches(entry, tokens, i):
                continue
            found_length = n
            found = found + [k for k in entry.known if k not in found]
        return found_length, found

    @staticmethod
    def _matches(entry: _Entry, tokens: Sequence[Token], i: int) -> bool:
        n = len(entry.keys)
        if entry.surface is not None:
            written = tokens[i].text if n == 1 else " ".join(t.text for t in tokens[i : i + n])
            if written != entry.surface:
                return False
        return all(
            tokens[i + k].key == entry.keys[k] and not tokens[i + k].after_break for k in range(1, n)
        )


@dataclass(slots=True)
class Lexicons:
    phrases: PhraseIndex
    title_words: dict[str, TitleKind]
    title_phrases: dict[tuple[str, ...], TitleKind]
    role_nouns: frozenset[str]
    last_heads: dict[str, HeadType]
    first_heads: dict[str, HeadType]
    given_names: frozenset[str]
    common_words: frozenset[str]
    non_entities: frozenset[str]
    agencies: dict[str, str] = field(default_factory=dict)  # folded alias -> canonical


def _add_places(index: PhraseIndex) -> None:
    gazetteer = load_gazetteer()
    for name in gazetteer.written_names():
        index.add(name, Known("PLACE", name, places=gazetteer.candidates(name)))


def _add_named(index: PhraseIndex, file: str, type_: EntityType, agencies: dict[str, str]) -> None:
    for canonical, other_names in data_rows(file, 2):
        known = Known(type_, canonical, agency=file == "agencies.tsv")
        for name in [canonical, *split_aliases(other_names)]:
            index.add(name, known)
            if known.agency:
                agencies[fold(name)] = canonical


def _add_demonyms(index: PhraseIndex) -> None:
    for canonical, iso, other_forms in data_rows("demonyms.tsv", 3):
        known = Known("NORP", canonical, country_code=iso or None)
        for name in [canonical, *split_aliases(other_forms)]:
            index.add(name, known)


def _titles() -> tuple[dict[str, TitleKind], dict[tuple[str, ...], TitleKind]]:
    words: dict[str, TitleKind] = {}
    phrases: dict[tuple[str, ...], TitleKind] = {}
    for word, kind in data_rows("titles.tsv", 2):
        keys = phrase_keys(word)
        title_kind: TitleKind = kind  # type: ignore[assignment]
        if len(keys) == 1:
            # A word listed as both head and modifier ("Chief") is a head: it can end a title.
            if words.get(keys[0]) != "head":
                words[keys[0]] = title_kind
        else:
            phrases[keys] = title_kind
    return words, phrases


def _heads() -> tuple[dict[str, HeadType], dict[str, HeadType]]:
    last: dict[str, HeadType] = {}
    first: dict[str, HeadType] = {}
    for word, type_, position in data_rows("heads.tsv", 3):
        target = first if position == "first" else last
        target.setdefault(fold(word), type_)  # type: ignore[arg-type]
    return last, first


@cache
def load_lexicons() -> Lexicons:
    """All lexicons, built once per process."""
    index = PhraseIndex()
    agencies: dict[str, str] = {}
    _add_places(index)
    _add_demonyms(index)
    _add_named(index, "organizations.tsv", "ORG", agencies)
    _add_named(index, "agencies.tsv", "ORG", agencies)
    title_words, title_phrases = _titles()
    last_heads, first_heads = _heads()
    return Lexicons(
        phrases=index,
        title_words=title_words,
        title_phrases=title_phrases,
        role_nouns=frozenset(data_words("role_nouns.txt")),
        last_heads=last_heads,
        first_heads=first_heads,
        given_names=frozenset(fold(w) for w in data_words("given_names.txt")),
        common_words=frozenset(data_words("common_words.txt")),
        non_entities=frozenset(fold(w) for w in data_words("non_entities.txt")),
        agencies=agencies,
    )
