"""Where someone works, written right before the name: "the mayor of Napoli Gaetano Manfredi",
"prezydent Katowic Marcin Krupa", "il ministro dell'Economia Giancarlo Giorgetti",
"American Molly Lansing".

Without a title word between them, the affiliation and the name make one capitalised run.
A given name inside the run, after words that are no given name, is where the person
starts, when the words before it are known to be a place or a people, or a lower-case role
comes before the run with "of" between or, in Polish, a genitive, or the run opens with a
title and "of" ("Formand for Dansk Fåreavl Karl-Erik Holmgaard"; then they are
the role's place or body and are kept only when a lexicon knows them). A run that opens with a given
name ("Anna Maria Rossi") or whose given name follows a title ("Mayor Jane Doe", read by
titles.py) is left alone.
"""

from __future__ import annotations

from pipeline.entities.lexicons import CYRILLIC_AND_GREEK, Lexicons
from pipeline.entities.runs import NAME_PARTICLES, Unit, head_of
from pipeline.entities.titles import role_before
from pipeline.entities.tokens import Token

# "of" between a role and its body: "chairman of", "formand for", "ordförande för" (folded),
# "gouverneur van".
_ROLE_LINKS = frozenset(("of", "for", "van", "von", "на"))
# Languages other than Polish whose affiliation follows a role in the genitive, by their
# lexicons.Language.place_cases: "ο δήμαρχος Νάουσας Θανάσης ...", "мэр Томска Иван ...".
_GENITIVES = frozenset(("cyr", "el"))
# Longest name after an affiliation: given name, middle name, particles and surname.
_MAX_NAME_WORDS = 4


def person_start(
    tokens: list[Token], text: str, units: list[Unit], lexicons: Lexicons
) -> int | None:
    """The token index where the person of a run starts, after its affiliation; None when
    the run is not an affiliation and a name."""
    given_names = lexicons.given_names
    start, end = units[0].start, units[-1].end
    if tokens[start].key in given_names and not _place_named_as_given_name(tokens, units, lexicons):
        return None
    for index in range(1, len(units)):
        unit = units[index]
        if unit.known or tokens[unit.start].key not in given_names:
            continue  # most runs: no given name after their first word
        if not 1 < end - unit.start <= _MAX_NAME_WORDS or not _is_name(
            tokens, unit.start, end, lexicons
        ):
            return None
        before = units[:index]
        if lexicons.title_words.get(tokens[unit.start - 1].key) is not None:
            return None  # "Mayor Jane Doe": a title, read as one
        if (
            all(_place_or_people(u) for u in before)
            or _role_before_run(tokens, start, text, lexicons)
            or _title_of_run(tokens, start, lexicons)
        ):
            return unit.start
        return None
    return None


def _is_name(tokens: list[Token], start: int, end: int, lexicons: Lexicons) -> bool:
    """Capitalised words and particles, none of them a word that heads a body or a place."""
    return all(
        (t.capitalised or t.key in NAME_PARTICLES)
        and head_of(t, lexicons) is None
        and t.key not in lexicons.first_heads
        for t in tokens[start:end]
    )


def _place_named_as_given_name(tokens: list[Token], units: list[Unit], lexicons: Lexicons) -> bool:
    """A known place spelled like a given name before a given name and a surname, in copy
    in Cyrillic or Greek letters: "кметът на София Васил Терзиев" (Sofia, the city)."""
    return (
        lexicons.language.code in CYRILLIC_AND_GREEK
        and len(units) == 3
        and _place_or_people(units[0])
        and tokens[units[1].start].key in lexicons.given_names
    )


def _place_or_people(unit: Unit) -> bool:
    return bool(unit.known) and all(k.type in ("PLACE", "NORP") for k in unit.known)


def _title_of_run(tokens: list[Token], start: int, lexicons: Lexicons) -> bool:
    """A title and "of" opening the run: "Formand for Dansk Fåreavl Karl-Erik
    Holmgaard", "Chairman of Veltrana Logistics Jane Doe", "Gouverneur van Limburg Emile
    Roemer"."""
    return (
        start + 1 < len(tokens)
        and lexicons.title_words.get(tokens[start].key) == "head"
        and tokens[start + 1].key in _ROLE_LINKS
    )


def _role_before_run(tokens: list[Token], start: int, text: str, lexicons: Lexicons) -> bool:
    """A lower-case role before the run, with "of" between ("sindaco di", "ministro dell'",
    "formand for"),
    or, in a language that declines names, right before it (the genitive: "prezydent
    Katowic"). English puts the body before the role, and a name right after a role is all
    name ("spokesman Tek Bahadur Thapaliya")."""
    if start > 0 and (
        tokens[start - 1].key in NAME_PARTICLES or tokens[start - 1].key in _ROLE_LINKS
    ):
        start -= 1
    elif not (lexicons.language.declines_names or lexicons.language.place_cases in _GENITIVES):
        return False
    return (
        start > 0
        and not tokens[start - 1].capitalised
        and role_before(tokens, start, text, lexicons) is not None
    )
