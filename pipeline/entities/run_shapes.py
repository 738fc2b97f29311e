"""What the shape of a capitalised run says it names, before any word of it is read alone.

The tests `candidates.read_run` asks of a whole run, in its order of rules: known names
side by side ("U.S. Federal Reserve") or joined ("Palestinian Red Crescent", "Greenpeace
Hungary"); a given name and a place word that speaks ("Jane Park said"); a name set off
after a role ("el presidente de la Junta, Juanma Moreno,"); a sentence that opens with a
word for a kind of company ("Firma Hydrotech ..."); a place that starts a company's name
("Boston Scientific"); town names that are mere parts of one person's name ("Shelby
Cranwell"). Each answers yes or no and writes nothing.
"""

from __future__ import annotations

from itertools import pairwise

from pipeline.entities import legal_forms
from pipeline.entities.declined_names import given_name_first
from pipeline.entities.gazetteer import lookup_place, most_likely
from pipeline.entities.lexicons import is_acronym
from pipeline.entities.mention_writer import LARGE_CITY, MAX_PERSON_WORDS, MentionWriter
from pipeline.entities.runs import NAME_PARTICLES, Unit, head_of, is_org_noun
from pipeline.entities.unknown_names import is_institution_word

# Endings of German adjectives of a country or state: "Österreichischer", "Eidgenössische",
# "Deutsche", "Bayerisches".
_STATE_ADJECTIVE_ENDINGS = tuple(
    f"{stem}{ending}" for stem in ("isch", "sch") for ending in ("e", "er", "es", "en")
)


def speaks_by_given_name(writer: MentionWriter, start: int, end: int, units: list[Unit]) -> bool:
    """A given name and a word that also ends places' names, followed by a verb of saying
    or a description of someone ("Jane Park said", "Molly Hill, 34,"): a person."""
    tokens = writer.tokens
    return (
        tokens[start].key in writer.lex.given_names
        and units[0].end == start + 1
        and end - start <= MAX_PERSON_WORDS
        and head_of(tokens[end - 1], writer.lex) == "PLACE"
        and not any(t.key in ("of", "for") for t in tokens[start:end])
        and writer.context.speaks_or_is_described(end)
    )


def holds_a_role(writer: MentionWriter, start: int, end: int, units: list[Unit]) -> bool:
    """Words no lexicon knows as a whole, set off by commas after a role and its body:
    whoever holds it ("el presidente de la Junta, Juanma Moreno,"), though a word of
    the name is a town's ("Moreno", Argentina)."""
    return (
        writer.context.apposition_after_role(start, end)
        and end - start <= MAX_PERSON_WORDS
        and not all(u.known for u in units)
        and not any(k.type != "PLACE" for u in units for k in u.known)
        and writer.run_head(start, end) is None
    )


def names_a_person(writer: MentionWriter, start: int, end: int) -> bool:
    """Whether tokens[start:end] can be a person's name: no word of it heads an
    organisation or place, and no "of" joins it to one."""
    lex = writer.lex
    return end - start <= MAX_PERSON_WORDS and not any(
        t.key in ("of", "for") or head_of(t, lex) or t.key in lex.first_heads
        for t in writer.tokens[start:end]
    )


def opens_with_kind_of_org(writer: MentionWriter, units: list[Unit], end: int) -> bool:
    """A sentence that opens with a word for a kind of organisation before its name, in a
    language whose copy names companies so ("Firma ...", "Koncern ...", "Gruvbolaget ...");
    a word that starts names itself ("Bank ...", "Grupa Azoty") is part of the name, unless
    the name after it has its own legal form ("Spółka Bałtycka Energia Sp. z o.o.": "the
    company")."""
    first = writer.tokens[units[0].start]
    lex = writer.lex
    return (
        len(units) > 1
        and first.sentence_start
        and not units[0].known
        and units[1].start == units[0].end == units[0].start + 1
        and (first.key in lex.language.org_nouns or is_org_noun(first, lex))
        and (first.key not in lex.first_heads or writer.tokens[end - 1].key in legal_forms.ENDINGS)
    )


def nationality_before_name(writer: MentionWriter, units: list[Unit], end: int) -> bool:
    """An adjective of nationality that the language capitalises, before a company's name
    or a town's ("de Amerikaanse Ohio Valley Glass Corporation", "de Belgische Verrerie Mosane SA",
    "het Duitse Leer"): where the name is from, not part of it. A body's one-word name
    after it keeps it ("Vlaamse Milieumaatschappij")."""
    if len(units) < 2 or units[0].known or units[0].end - units[0].start != 1:
        return False
    if writer.tokens[units[0].start].key not in writer.lex.language.nationalities:
        return False
    rest = units[1:]
    if len(rest) == 1 and rest[0].known:
        return any(k.type == "PLACE" for k in rest[0].known)
    return writer.tokens[end - 1].key in legal_forms.ENDINGS or (
        end - rest[0].start > 1 and writer.run_head(rest[0].start, end) == "ORG"
    )


def opener_before_institution(writer: MentionWriter, units: list[Unit]) -> bool:
    """A sentence that opens with a plain noun, then "de"/"di" and a word that starts an
    institution's name: "Trabajadores de la Universidad de Sonora ...", "Vecinos de la
    Compañía ..."; the noun only has its capital from the sentence."""
    tokens, lex = writer.tokens, writer.lex
    first = tokens[units[0].start]
    if (
        len(units) < 2
        or not first.sentence_start
        or units[0].known
        or units[0].end - units[0].start != 1
        or units[1].start == units[0].end
        or first.key in lex.first_heads
        or head_of(first, lex) is not None
    ):
        return False
    between = tokens[units[0].end : units[1].start]
    return all(t.key in NAME_PARTICLES for t in between) and (
        lex.first_heads.get(tokens[units[1].start].key) == "ORG"
    )


def town_adjective_and_kind(writer: MentionWriter, units: list[Unit]) -> bool:
    """A German adjective of a town and a word for a kind of company before its name: "die
    Kieler Werft Förde Marine GmbH", "die Berliner Reederei Spreeblick GmbH": where the
    company is from and what it is, then its name."""
    if len(units) < 3 or any(u.end - u.start != 1 for u in units[:2]) or units[0].known:
        return False
    tokens = writer.tokens
    adjective, kind = tokens[units[0].start], tokens[units[1].start]
    if not adjective.key.endswith("er") or not is_org_noun(kind, writer.lex):
        return False
    stem = adjective.text[:-2]
    return any(lookup_place(town) is not None for town in (stem, stem + "en", stem + "n"))


def nationality_and_org(units: list[Unit]) -> bool:
    """A people before a known institution: "Palestinian Red Crescent"."""
    return (
        len(units) == 2
        and any(k.type == "NORP" for k in units[0].known)
        and any(k.type == "ORG" for k in units[1].known)
        and units[1].start == units[0].end
    )


def org_and_country(units: list[Unit]) -> bool:
    """A known institution before a country or region, its branch there: "Greenpeace
    Hungary", "Arbeitsmarktservice Tirol"."""
    return (
        len(units) == 2
        and units[1].start == units[0].end
        and any(k.type == "ORG" for k in units[0].known)
        and any(p.kind in ("country", "region") for k in units[1].known for p in k.places)
        and not any(k.type != "PLACE" for k in units[1].known)
    )


def names_side_by_side(units: list[Unit]) -> bool:
    """Known names next to each other, none of them a word that merely is a town's name."""
    for previous, unit in pairwise(units):
        if unit.start != previous.end:
            return False  # "of", "and" inside: one name ("University of Geneva")
    return all(
        u.known
        and (
            u.end - u.start > 1
            or any(k.type != "PLACE" or any(p.kind != "city" for p in k.places) for k in u.known)
        )
        for u in units
    )


def acronym_and_places(writer: MentionWriter, units: list[Unit]) -> bool:
    """An unknown acronym with a place is an organisation: "Africa CDC", "JR Hokkaido"."""
    unknown = [u for u in units if not u.known]
    return (
        len(unknown) == 1
        and is_acronym(writer.tokens[unknown[0].start].text)
        and all(k.type == "PLACE" for u in units if u.known for k in u.known)
    )


def place_starts_company(writer: MentionWriter, units: list[Unit]) -> bool:
    """A city, region or country, then unknown words: a company named for where it
    is ("Boston Scientific", "Lisbon Tram Operators"), not a person, whose given name
    would be a small town's at most ("Shelby Cranwell")."""
    first = units[0]
    if (
        not first.known
        or writer.lex.language.nouns_capitalised
        or writer.tokens[first.start].key in writer.lex.given_names
        or any(u.known for u in units[1:])
        or units[1].start != first.end
        or any(k.type != "PLACE" for k in first.known)
    ):
        return False
    place = most_likely([p for k in first.known for p in k.places])
    return (
        place.kind != "city"
        or place.capital_of is not None
        or (not place.minor and place.population >= LARGE_CITY)
    )


def one_unknown_name(units: list[Unit]) -> bool:
    """Town names inside a person's name: "Joaquim Albuquerque Teles", "Shelby Cranwell".

    A run that starts and ends with unknown words, or whose only known words are
    one-word town names ("Florencia Harwell Ibarra"), is one name: the towns are
    coincidences.
    """
    known = [u for u in units if u.known]
    if not known or len(known) == len(units):
        return False
    if len(units) >= 3 and not units[0].known and not units[-1].known:
        return True
    return all(
        u.end - u.start == 1
        and all(k.type == "PLACE" and all(p.kind == "city" for p in k.places) for k in u.known)
        for u in known
    ) and (len(units) >= 3 or known[0] is units[0])


def names_body_of_place(writer: MentionWriter, units: list[Unit]) -> bool:
    """Unknown words, a particle and a known place, in a language other than English (the
    caller's check), which names bodies so: the place's body or company ("Electricidade de
    Moçambique", "Universidade de Coimbra"), not a person ("Carlos da Beira": a given name
    first). A Scandinavian institution's word in the definite form needs no particle:
    "Universitetssykehuset Nord-Norge"."""
    lex = writer.lex
    if lex.language.nouns_capitalised or len(units) < 2:
        return False
    first, last = units[0], units[-1]
    if (
        first.known
        or not last.known
        or any(k.type != "PLACE" for k in last.known)
        or any(u.known for u in units[:-1])
    ):
        return False
    if last.start == units[-2].end:
        return (
            len(units) == 2
            and bool(lex.language.institution_endings)
            and is_institution_word(writer.tokens[first.start], lex)
        )
    words = writer.tokens[first.start : units[-2].end]
    opener = words[0]
    # A place's own head ("Plaza de Bolívar", "Salar de Atacama"), a title ("Directeur
    # ... van Tiel") or a word that opens the sentence ("Originaire de Mons") says otherwise.
    return not (
        opener.sentence_start
        or opener.key in lex.first_heads
        or head_of(opener, lex)
        or any(t.key in lex.given_names or t.key in lex.title_words for t in words)
        or given_name_first(lex, writer.tokens[first.start : last.end])
    )


def national_body(writer: MentionWriter, start: int, end: int) -> bool:
    """A German adjective of a country or state before a word for an institution: "Der
    Österreichische Alpenverein", "die Eidgenössische Finanzmarktaufsicht", "Deutscher
    Bauernverband": one name, though each word alone would be a noun or an adjective."""
    if end - start != 2:
        return False
    adjective, noun = writer.tokens[start], writer.tokens[start + 1]
    language = writer.lex.language
    endings = language.institution_endings + language.body_endings + language.org_endings
    return (
        adjective.key.endswith(_STATE_ADJECTIVE_ENDINGS)
        and bool(endings)
        and noun.key.endswith(endings)
    )
