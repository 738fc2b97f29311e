"""Titles and roles: what is said about a person, kept apart from the name.

Two shapes occur in wire copy:

- a capitalised title inside the run, before the name:
  "U.S. Secretary of State Antony Blinken", "Chief Cabinet Secretary Yoshimasa
  Hayashi", "Kremlin Spokesman Dmitry Peskov". `split_title` finds the title
  block (title words and the "of"/"and" between them); what precedes it is the
  affiliation ("U.S.", "Kremlin"), what follows is the name;
- a lower-case description right before the name: "EU foreign policy chief
  Josep Borrell", "his German counterpart Annalena Baerbock". `role_before`
  reads it backwards from a role noun ("chief", "counterpart").

Forms of address ("Mr", "Dr") are dropped; a regnal title stays in a one-word
name ("Pope Francis", "King Charles III"), as that is how such people are named.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.entities.lexicons import Lexicons, TitleKind
from pipeline.entities.tokens import ROMAN_NUMERALS, Token

_JOINING = frozenset(("of", "and", "&", "for", "the"))
_ROLE_STOP = frozenset(
    """the a an his her its their our my your this that these those and or but with by to of
    as at in on for from into said says told say who which whose was is were are be been
    after before while when where than then also including according like said""".split()
)
_MAX_ROLE_WORDS = 6
# Small words that link a body's name to the people it is of.
_NAME_LINKS = frozenset("of the der des de du des".split())


@dataclass(slots=True)
class TitleSplit:
    """Token indexes (into the run's tokens) of the title block; the name follows it."""

    title_start: int
    title_end: int
    kinds: frozenset[TitleKind]


def _title_kind_at(tokens: list[Token], k: int, lexicons: Lexicons) -> tuple[int, TitleKind | None]:
    """(length, kind) of a title word or phrase at tokens[k]."""
    if k + 1 < len(tokens):
        for keys, kind in lexicons.title_phrases.get((tokens[k].key, tokens[k + 1].key), ()):
            n = len(keys)
            if tuple(t.key for t in tokens[k : k + n]) == keys:
                return n, kind
    token = tokens[k]
    word_kind = lexicons.title_words.get(token.key)
    endings = lexicons.language.title_endings
    if word_kind is None and endings and token.capitalised and token.key.endswith(endings):
        return 1, "head"  # "Betriebsratschef", "Finanzministerin", "Verdi-Verhandlungsführerin"
    if word_kind is None and _role_before_given_name(tokens, k, lexicons):
        return 1, "head"  # "Actor Priya Raman said", "a bench of Justices Meera Khandala"
    return 1, word_kind


def _role_before_given_name(tokens: list[Token], k: int, lexicons: Lexicons) -> bool:
    """Before a given name, the plural of a title ("Justices", "Senators") or a role noun
    capitalised only by the sentence it opens ("Conservationist Jane Doe said"): the role
    of the people named, as it would be in lower case. Such a role opening a run of three
    words is one before a name of two, whatever the given name ("Bestuurder Jannes Smit")."""
    if k + 1 >= len(tokens):
        return False
    token = tokens[k]
    key = token.key
    if tokens[k + 1].key not in lexicons.given_names:
        return (
            token.sentence_start
            and key in lexicons.role_nouns
            and len(tokens) == k + 3
            and all(t.capitalised and t.is_word for t in tokens[k + 1 :])
        )
    singular = key[:-1] if key.endswith("s") else None
    if singular and lexicons.title_words.get(singular) == "head":
        return True
    return token.sentence_start and (
        key in lexicons.role_nouns or (singular is not None and singular in lexicons.role_nouns)
    )


def _joining_words(tokens: list[Token], k: int) -> int:
    """How many words join title words at tokens[k]: "of", "for the", "and"."""
    joined = 0
    while k + joined < len(tokens) and joined < 2 and tokens[k + joined].key in _JOINING:
        joined += 1
    return joined if k + joined < len(tokens) else 0


def split_title(tokens: list[Token], lexicons: Lexicons) -> TitleSplit | None:
    """The last title block of a run that has a name after it, or None.

    `tokens` are the run's tokens (connectors included). The block must hold a
    head, a form of address or a regnal title; modifiers alone ("Foreign") are
    not a title.
    """
    best: TitleSplit | None = None
    k = 0
    n = len(tokens)
    if n < 2:
        return None  # a title needs a name after it
    while k < n:
        length, kind = _title_kind_at(tokens, k, lexicons)
        if kind is None:
            k += 1
            continue
        start, kinds = k, set()
        while k < n:
            length, kind = _title_kind_at(tokens, k, lexicons)
            if kind is not None:
                kinds.add(kind)
                k += length
            elif (joined := _joining_words(tokens, k)) and _title_kind_at(
                tokens, k + joined, lexicons
            )[1]:
                k += joined  # "Minister for the Economy"
            else:
                break
        has_name_after = k < n and tokens[k].capitalised
        if kinds - {"modifier"} and has_name_after:
            best = TitleSplit(start, k, frozenset(kinds))
    return best


def trailing_title(tokens: list[Token], lexicons: Lexicons) -> int:
    """Where a title block that ends the run starts ("RBI Deputy Governor" -> 1), if the
    run ends in a title with no name after it and has words before the title; else 0."""
    k = len(tokens)
    kinds: set[TitleKind] = set()
    while k > 1:
        kind = _title_kind_at(tokens, k - 1, lexicons)[1]
        if kind is None:
            break
        kinds.add(kind)
        k -= 1
    if tokens[k - 1].key in _NAME_LINKS:
        return 0  # "Gewerkschaft der Lokomotivführer": the holders name the body
    return k if k < len(tokens) and "head" in kinds else 0


def keeps_title_in_name(split: TitleSplit, name_tokens: list[Token]) -> bool:
    """A regnal title before a one-word name: "Pope Francis", "King Charles III"."""
    words = [t for t in name_tokens if t.key not in ROMAN_NUMERALS]
    return split.kinds == frozenset({"regnal"}) and len(words) == 1


def is_address_only(split: TitleSplit) -> bool:
    """A form of address ("Mr", "Dr"), not a role worth keeping."""
    return split.kinds == frozenset({"courtesy"})


def role_before(tokens: list[Token], start: int, text: str, lexicons: Lexicons) -> str | None:
    """The lower-case role right before tokens[start] ("EU foreign policy chief"), or None."""
    k = start - 1
    if k >= 1 and tokens[k].text == ",":
        k -= 1  # "its chief executive, Joaquim Albuquerque Teles"
    if k < 0 or not tokens[k].is_word or tokens[k].key not in lexicons.role_nouns:
        return None
    first = k
    while first - 1 >= 0 and start - (first - 1) <= _MAX_ROLE_WORDS:
        previous = tokens[first - 1]
        if not previous.is_word or previous.key in _ROLE_STOP or tokens[first].after_break:
            break
        first -= 1
        if previous.possessive or previous.sentence_start:
            break
    if tokens[first].key in _ROLE_STOP:
        first += 1
    # A role that starts inside a name starts with the name ("European Union's ... chief").
    while (
        first > 0
        and tokens[first].capitalised
        and tokens[first - 1].capitalised
        and tokens[first - 1].key not in _ROLE_STOP
        and not (tokens[first].after_break or tokens[first - 1].possessive)
    ):
        first -= 1
    return text[tokens[first].start : tokens[k].end]
