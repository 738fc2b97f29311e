"""Declined names in the copy: which place, organisation or person a declined word is.

Polish declines every name ("w Płocku", "na Dolnym Śląsku", "Prezes Orlenu", "premiera
Donalda Tuska") and German puts a genitive "-s" on places ("Sachsens Ministerpräsident").
inflection.py proposes the nominative forms of a word; these functions keep a form only
where the gazetteer or a lexicon knows it, so a wrong guess costs nothing.
"""

from __future__ import annotations

from itertools import product

from pipeline.entities.gazetteer import Place, load_gazetteer, most_likely
from pipeline.entities.inflection import (
    cyrillic_person_nominative,
    cyrillic_place_forms,
    genitive_s_stem,
    place_forms,
    polish_man_name,
    polish_place_forms,
)
from pipeline.entities.lexicons import Known, Lexicons, family_name_first
from pipeline.entities.mention_writer import MentionWriter
from pipeline.entities.tokens import Token, fold

# Forms tried per word of a name of several words: their product grows fast.
_DECLINED_FORMS = 4
# Languages other than Polish whose names of several words decline each word, adjective and
# noun ("Новог Сада" -> "Нови Сад", "Нижнем Новгороде" -> "Нижний Новгород").
_DECLINED_NAMES_OF_WORDS = {"cyr": cyrillic_place_forms}
# Words of a declined affiliation between a title and a name ("Prezes Śląskich Zakładów ...").
_MAX_AFFILIATION_WORDS = 3


def _case_forms(lex: Lexicons, token: Token) -> list[str] | None:
    """The nominatives a word in a case may have, in a language whose names take cases;
    None in any other."""
    language = lex.language
    if language.declines_names:
        return polish_place_forms(token.text)
    if language.case_suffixes:
        # The tokenizer cut the suffix ("Samsun'da" is "Samsun", marked possessive).
        return [token.text] if token.possessive else []
    if language.place_cases:
        return place_forms(token.text, language.place_cases)
    return None


def declined_place(lex: Lexicons, token: Token, minor: bool = False) -> Place | None:
    """The place a declined word names ("Płocku", "Sachsens"), if it is a known one
    and no mere town: a wrong guess would otherwise make a place of a word. A small
    town counts too (`minor`) where a preposition says a place follows ("w Niepołomicach")."""
    if lex.language.genitive_s:
        stem = genitive_s_stem(token.text)
        forms = [stem] if stem else []
    elif (case_forms := _case_forms(lex, token)) is not None:
        forms = case_forms
    else:
        return None
    gazetteer = load_gazetteer()
    for form in forms:
        places = [p for p in gazetteer.candidates(form) if minor or not p.minor]
        if places:
            return most_likely(places)
    return None


def declined_place_name(lex: Lexicons, tokens: list[Token]) -> Place | None:
    """A declined name of two or three words the gazetteer knows ("Dolnym Śląsku")."""
    words = [t.text for t in tokens]
    language = lex.language
    if language.declines_names:
        word_forms = polish_place_forms
    elif language.place_cases in _DECLINED_NAMES_OF_WORDS:
        word_forms = _DECLINED_NAMES_OF_WORDS[language.place_cases]
    else:
        return None
    if not 1 < len(words) <= 3:
        return None
    gazetteer = load_gazetteer()
    # A few forms of each word: declension changes the ending, and the product of
    # every form of three words would cost more than the story.
    forms = ([word, *word_forms(word)[:_DECLINED_FORMS]] for word in words)
    for name in product(*forms):
        places = gazetteer.candidates(" ".join(name))
        if places:
            return most_likely(places)
    return None


def given_name_first(lex: Lexicons, words: list[Token]) -> bool:
    """Whether a name starts with a given name, declined or not ("Donalda Tuska"), or, in a
    language that writes the family name first, ends with one ("Papp László")."""
    return (
        words[0].key in lex.given_names
        or family_name_first(lex, words)
        or (
            lex.language.declines_names
            and polish_man_name([t.text for t in words], lex.given_names) is not None
        )
        or (
            lex.language.place_cases == "cyr"
            and cyrillic_person_nominative([t.text for t in words], lex.given_names) is not None
        )
    )


def declined_affiliation_length(lex: Lexicons, name_tokens: list[Token]) -> int:
    """How many words of what follows a title are a declined affiliation, before a given
    name and a surname (Polish puts it there); 0 when none are."""
    if not lex.language.declines_names:
        return 0
    given = lex.given_names
    for k, token in enumerate(name_tokens[: _MAX_AFFILIATION_WORDS + 1]):
        if token.key in given:
            return k if 0 < k < len(name_tokens) - 1 else 0
    return 0


def read_declined_affiliation(writer: MentionWriter, index: int) -> None:
    """A declined word naming where someone works: a place ("Poznania") or a known
    organisation ("Orlenu"); left out when it is neither."""
    token = writer.tokens[index]
    place = declined_place(writer.lex, token)
    if place is not None:
        writer.add(index, index + 1, "PLACE", canonical=place.name, place=place)
        return
    org = declined_org(writer.lex, token)
    if org is not None:
        writer.add(index, index + 1, "ORG", canonical=org.canonical)


def declined_org(lex: Lexicons, token: Token) -> Known | None:
    """The known organisation a declined word names ("Orlenu" -> Orlen; "Росавиации" ->
    Federal Air Transport Agency), in a language that declines names; None otherwise."""
    for form in _case_forms(lex, token) or ():
        org = next((k for k in lex.phrases.word(fold(form)) if k.type == "ORG"), None)
        if org is not None:
            return org
    return None
