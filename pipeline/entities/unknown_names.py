"""Names no lexicon knows, typed from their own shape and the words around them.

When no rule reads a run whole, it is cut into known phrases and unknown stretches
(`read_pieces`). An unknown stretch is typed from its context (context.py): a role or a
title before it makes a person; a place context ("in Nusa Dua", ", Bali") a place; an
employer, a spelled-out acronym or a word for a company an organisation; common words or
closing initials ("Daewoo E&C") an organisation; two or more bare name words a person.
Outside English a person needs a given name (German nouns and Spanish institutions are
capitalised too).

A lone word (`read_lone_word`) is typed only on firm evidence (an acronym, company-style
capitals such as "OpenAI", a bank or state body's one-word name, a declined place, an
adjective for a people before a noun: "Tasmanian salmon"); otherwise it is left untyped
with a `cue` for canonicalisation, which links it to a fuller name of the story.
"""

from __future__ import annotations

import re
from itertools import pairwise

from pipeline.entities.declined_names import (
    declined_org,
    declined_place,
    declined_place_name,
    given_name_first,
)
from pipeline.entities.lexicons import ENGLISH, Lexicons, is_acronym
from pipeline.entities.mention_writer import (
    MAX_PERSON_WORDS,
    POST_NOMINALS,
    SPEECH_VERBS,
    MentionWriter,
)
from pipeline.entities.runs import NAME_PARTICLES, Unit, is_federal_body
from pipeline.entities.titles import role_before
from pipeline.entities.tokens import ROMAN_NUMERALS, Token

# Endings of words for peoples and nationalities the lexicon may not know: "Bavarian",
# "Tyrolean", "Flemish", "Aragonese".
DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish")
_EVENT_CODE = re.compile(r"^COP-?\d{1,2}$")
_CATALOGUE_NUMBER = re.compile(r"\d")
# Articles between a preposition and a street's or square's name: "an der Bahnhofstrasse".
_ARTICLES = frozenset("der die das den dem de het".split())
# A German compound place name is a word before its ending: "Inntal", not "Tal".
_MIN_COMPOUND_LENGTH = 6


def read_pieces(writer: MentionWriter, units: list[Unit]) -> None:
    """Known phrases one by one; unknown stretches between them typed from context."""
    stretch: list[Unit] = []
    for unit in units:
        if unit.known and writer.emit_known(unit):
            if stretch:
                read_unknown(writer, stretch[0].start, stretch[-1].end)
                stretch = []
            continue
        stretch.append(unit)
    if stretch:
        read_unknown(writer, stretch[0].start, stretch[-1].end)


def read_unknown(writer: MentionWriter, start: int, end: int) -> None:
    tokens, lex, context = writer.tokens, writer.lex, writer.context
    words = [t for t in tokens[start:end] if t.key not in NAME_PARTICLES]
    while words and words[0].key in lex.non_entities:
        start += 1
        words.pop(0)
    while words and words[-1].key in lex.non_entities:
        end -= 1
        words.pop()
    if not words or start >= end:
        return
    role = role_before(tokens, start, writer.text, lex)
    before = context.word_before(start)
    title_before = before is not None and lex.title_words.get(before.key) == "head"
    if role or title_before:
        writer.emit_person(start, end)
        return
    if len(words) == 1:
        read_lone_word(writer, start, end)
        return
    if "&" in writer.text[tokens[start].start : tokens[end - 1].end]:
        writer.add(start, end, "ORG")  # "Varnholt Bus & Coach": no person's or place's name
        return
    if context.in_place_context(start, end) and not lex.language.nouns_capitalised:
        chain = context.place_chain_after(end)
        country = chain.country_code if chain else None
        writer.add(start, end, "PLACE", country_code=country, cue="guess")
    elif (
        context.followed_by_role(end)
        or context.spelled_out_acronym(words, end)
        or context.org_noun_after(end)
        or context.org_apposition_after(end)
        or context.workplace(start)
    ):
        writer.add(start, end, "ORG")
    elif lex.language is not ENGLISH:
        # Outside English a person's name is told by its given name ("Maren Ulbrich");
        # other capitalised words side by side are German nouns ("Hamburger Hafen")
        # or, in the other languages, an institution's name ("Wody Polskie").
        if len(words) <= MAX_PERSON_WORDS and (
            given_name_first(lex, words) or context.role_apposition_after(end)
        ):
            writer.add(start, end, "PERSON", cue="guess")
        elif (place := declined_place_name(lex, tokens[start:end])) is not None:
            writer.add(start, end, "PLACE", canonical=place.name, place=place)
        elif lex.language.words_unknown:
            # Words of a language the rules barely know, side by side: a declined place
            # among them is one ("Kuopiosta Savonlinnaan": two towns); the rest is left.
            for k in range(start, end):
                if tokens[k].capitalised and (place := declined_place(lex, tokens[k])):
                    writer.add(k, k + 1, "PLACE", canonical=place.name, place=place)
        elif not lex.language.nouns_capitalised:
            writer.add(start, end, "ORG", cue="guess")
    elif any(t.text.lower() in lex.common_words for t in words) or (
        is_acronym(words[-1].text)
        and words[-1].key not in ROMAN_NUMERALS
        and words[-1].text not in POST_NOMINALS
    ):
        # Common words, or initials at the end ("Daewoo E&C"): no person's name.
        writer.add(start, end, "ORG", cue="guess")
    elif len(words) <= MAX_PERSON_WORDS:
        first = tokens[start]
        opener = first.sentence_start and first.key not in lex.given_names
        writer.add(start, end, "PERSON", cue="opener" if opener else "guess")


def read_lone_word(writer: MentionWriter, start: int, end: int) -> None:
    lex, context = writer.lex, writer.context
    token = writer.tokens[start]
    text = token.text
    if len(text.rstrip(".")) < 2 or writer.is_currency(end):
        return  # "(C)", an initial; "US$"
    if _EVENT_CODE.match(text):
        writer.add(start, end, "EVENT")
        return
    if is_acronym(text):
        if token.key not in lex.non_entities and not _CATALOGUE_NUMBER.search(text):
            writer.add(start, end, "ORG", cue="acronym")
        return
    declined = declined_place(lex, token)
    if (
        declined is None
        and lex.language.declines_names
        and context.in_place_context(start, end, known=True)
    ):
        declined = declined_place(lex, token, minor=True)
    if declined is not None:
        writer.add(start, end, "PLACE", canonical=declined.name, place=declined)
        return
    language = lex.language
    if (language.place_cases or language.case_suffixes) and (
        org := declined_org(lex, token)
    ) is not None:
        writer.add(start, end, "ORG", canonical=org.canonical)  # "Росавиации", "Укрінформу"
        return
    if (
        is_camel_case(text)
        or context.org_noun_before(start)
        or (lex.language.nouns_capitalised and is_federal_body(token.key))
        or (is_bank(token) and text.lower() not in lex.common_words)
        or is_state_body(token, lex.language.body_prefixes)
        or (lex.language.institution_endings and is_institution_word(token, lex))
        or context.listed_with_org(start, end)
        or context.org_apposition_after(end)
    ):
        # also "Bundesnetzagentur", "Riksbank", "Rijksmuseum", "Fiskeridirektoratet", and
        # "Infineon" of "mit Bosch, Infineon und NXP"
        writer.add(start, end, "ORG")
        return
    if token.key in lex.non_entities or not text[0].isalpha():
        writer.add(start, end, None, cue="never")
        return
    if describes_by_people(writer, token, end):
        writer.add(start, end, "NORP")  # "Tasmanian salmon farmer", "Flemish start-up"
        return
    if lex.language.nouns_capitalised:
        if compound_place_after_preposition(writer, token, start, end):
            writer.add(start, end, "PLACE", cue="guess")  # "im Kamptal", "am Forggensee"
        else:
            writer.add(start, end, None)  # a German noun, unless the story names it so
        return
    if lex.language.place_endings and compound_place_after_preposition(writer, token, start, end):
        writer.add(start, end, "PLACE", cue="guess")  # "aan de Korenlei", "op het Museumplein"
        return
    if context.in_place_context(start, end):
        chain = context.place_chain_after(end)
        country = chain.country_code if chain else None
        writer.add(start, end, "PLACE", country_code=country, cue="guess")
        return
    after = context.word_after(end)
    if token.sentence_start:
        cue = "sentence-start"  # "Refugee commissioner ...": maybe just a word
    elif context.followed_by_role(end) or (
        token.possessive and after is not None and after.key in lex.role_nouns
    ):
        cue = "org"
    elif after is not None and (after.key in SPEECH_VERBS or after.key in lex.language.speech):
        cue = "speech"
    else:
        cue = None
    writer.add(start, end, None, cue=cue)


def describes_by_people(writer: MentionWriter, token: Token, end: int) -> bool:
    """An English adjective for a people or region no lexicon lists, before a lower-case
    noun: "Tasmanian salmon", "Flemish state aid"; not a name that speaks ("Parish said")."""
    if not token.text.endswith(DEMONYM_ENDINGS) or writer.lex.language is not ENGLISH:
        return False  # most words: settled by their ending
    after = writer.context.word_after(end)
    return (
        len(token.text) > 5
        and token.key not in writer.lex.given_names
        and after is not None
        and after.text.islower()
        and after.key not in SPEECH_VERBS
    )


def compound_place_after_preposition(
    writer: MentionWriter, token: Token, start: int, end: int
) -> bool:
    """A compound for a valley, lake, street or square after a preposition of place, with
    or without an article: "im Kamptal", "am Forggensee", "an der Bahnhofstrasse", "aan de
    Korenlei" (data/language_words.tsv, place_endings)."""
    endings = writer.lex.language.place_endings
    if not (
        endings
        and token.key.endswith(endings)
        and len(token.key) > _MIN_COMPOUND_LENGTH
        and token.key not in writer.lex.common_words
    ):
        return False
    context = writer.context
    article = context.word_before(start)
    if article is not None and article.key in _ARTICLES and not article.capitalised:
        preposition = context.word_before(start - 1)
        return preposition is not None and preposition.key in writer.lex.language.locatives
    return context.in_place_context(start, end, known=True)


def is_bank(token: Token) -> bool:
    """A one-word name of a bank: "Riksbank", "Bundesbank", "Nationalbank"."""
    return len(token.key) > 7 and token.key.endswith("bank")


def is_state_body(token: Token, prefixes: tuple[str, ...]) -> bool:
    """A one-word name of a state body, by its language's prefix for the state: "Rijkswaterstaat"
    (data/language_words.tsv, body_prefixes)."""
    return (
        bool(prefixes) and token.key.startswith(prefixes) and len(token.key) > _MIN_COMPOUND_LENGTH
    )


def is_institution_word(token: Token, lex: Lexicons) -> bool:
    """A one-word name of an institution, by its language's endings for one: "Sametinget",
    "Finanstilsynet" (data/language_words.tsv, institution_endings)."""
    return (
        token.key.endswith(lex.language.institution_endings)
        and len(token.key) > _MIN_COMPOUND_LENGTH
    )


def is_camel_case(word: str) -> bool:
    """Company-style capitals: "PitchBook", "OpenAI", "TikTok"; not "McIntosh" or "DeSantis"."""
    if word[1:].islower():
        return False  # no capital after the first letter: most words, settled at once
    if "-" in word or "'" in word or "’" in word or word[:2] in ("Mc", "Di", "De", "Le", "La"):
        return False
    if word.startswith("Mac"):
        return False
    return any(a.islower() and b.isupper() for a, b in pairwise(word))
