"""Runs that hold a title or an affiliation before a person: who, in what role, for whom.

"U.S. Secretary of State Antony Blinken" is an affiliation ("U.S."), a role ("U.S.
Secretary of State") and a person; "Reserve Bank of India Deputy Governor Poonam Gupta"
an organisation, a role and a person; "Prezes Orlenu Ireneusz Fąfara" puts the declined
affiliation after the title. titles.py finds where the title is (`split_title`); these
functions write what the words on each side of it name. An affiliation right before a
name with no title between ("American Molly Lansing") is read by `read_affiliation_before`.
"""

from __future__ import annotations

from pipeline.entities.declined_names import (
    declined_affiliation_length,
    declined_place,
    read_declined_affiliation,
)
from pipeline.entities.lexicons import is_acronym
from pipeline.entities.mention_writer import MentionWriter
from pipeline.entities.runs import NAME_PARTICLES, Unit, head_of
from pipeline.entities.titles import TitleSplit, is_address_only, keeps_title_in_name
from pipeline.entities.tokens import Token
from pipeline.entities.unknown_names import DEMONYM_ENDINGS, read_pieces

# Titles whose holders have portfolios: an unknown word before them is the portfolio.
_PORTFOLIO_TITLES = frozenset("minister ministers secretary commissioner".split())
# Titles of a town's or district's officers: an unknown word before them is the place
# ("Wetumka Mayor ...", "Chamba Deputy Commissioner ..."), not a body.
_LOCAL_TITLES = frozenset(
    "mayor sheriff reeve alderman councillor councilman councilwoman magistrate".split()
)
_DISTRICT_OFFICERS = frozenset(("deputy", "district"))


def read_titled(
    writer: MentionWriter, start: int, end: int, units: list[Unit], split: TitleSplit
) -> None:
    """Affiliation, role and person of a run with a title inside it."""
    tokens = writer.tokens
    title_start, title_end = start + split.title_start, start + split.title_end
    name_start = title_end
    if title_start > start:
        affiliation_units = [u for u in units if u.end <= title_start]
        minister = tokens[title_start].key in _PORTFOLIO_TITLES
        local = _local_officer(tokens[title_start:title_end])
        read_affiliation(writer, start, title_start, affiliation_units, minister, local)
    roles: list[str] = []
    if not is_address_only(split):
        roles.append(writer.text[tokens[start].start : tokens[title_end - 1].end])
    name_tokens = tokens[name_start:end]
    given = declined_affiliation_length(writer.lex, name_tokens)
    if given:
        # "Prezes Orlenu Ireneusz Fąfara": the affiliation, declined, after the title; of
        # several words ("Prezes Śląskich Zakładów Jan Nowak") it is no name to keep.
        if given == 1:
            read_declined_affiliation(writer, name_start)
        name_start += given
        name_tokens = name_tokens[given:]
    if keeps_title_in_name(split, name_tokens):
        writer.add(title_start, end, "PERSON", roles=[])
        return
    # "Lee Jae-myung": a Korean given name keeps its capital only at its start
    if name_tokens and all(
        t.key in NAME_PARTICLES or t.capitalised or t.text[:1].isupper() for t in name_tokens
    ):
        writer.add(name_start, end, "PERSON", roles=roles)


def _local_officer(title: list[Token]) -> bool:
    """Whether a title block is a town's or district's officer's: "Mayor", "Deputy
    Commissioner" (of an Indian district)."""
    return any(
        t.key in _LOCAL_TITLES
        or (t.key == "commissioner" and k > 0 and title[k - 1].key in _DISTRICT_OFFICERS)
        for k, t in enumerate(title)
    )


def read_affiliation(
    writer: MentionWriter,
    start: int,
    end: int,
    units: list[Unit],
    minister: bool = False,
    local: bool = False,
) -> None:
    """The words before a title: "U.S.", "Kremlin", "Russian Foreign Ministry".

    `minister`: the title is a minister's or secretary's, whose one-word unknown
    affiliation is the portfolio ("Electricity Minister"); `local`: a town's or
    district's officer's, whose one-word unknown affiliation is the place ("Wetumka
    Mayor")."""
    tokens = writer.tokens
    if tokens[end - 1].key in NAME_PARTICLES:
        return  # "Die Regierung von Bundeskanzler ...": whose the title is, not a name
    if local and end - start == 1 and units[0].known:
        places = [p for k in units[0].known if k.type == "PLACE" for p in k.places]
        if places:
            # "Chamba Deputy Commissioner ...": the town, however small
            town = writer.choose_place(places, start, end)
            writer.add(start, end, "PLACE", canonical=town.name, place=town)
            return
    if len(units) == 1 and units[0].known and writer.emit_known(units[0]):
        return  # "House of Commons Speaker ...": a known name before its head
    head = writer.run_head(start, end) or head_of(tokens[end - 1], writer.lex)
    if head and end - start >= 2:
        writer.emit_headed(start, end, head, units)
        return
    if end - start == 1 and (place := declined_place(writer.lex, tokens[start])) is not None:
        writer.add(start, end, "PLACE", canonical=place.name, place=place)
        return  # "Thüringens Ministerpräsident"
    if all(not u.known for u in units):
        word = tokens[start]
        if end - start == 1 and word.text.endswith(DEMONYM_ENDINGS):
            writer.add(start, end, "NORP")  # "Bavarian Economy Minister ..."
            return
        if end - start == 1 and minister and not is_acronym(word.text):
            return  # "Electricity Minister ...": the portfolio, part of the title
        if end - start == 1 and local and not is_acronym(word.text):
            writer.add(start, end, "PLACE", cue="guess")  # "Wetumka Mayor Lonnie Harjo"
            return
        cue = "acronym" if end - start == 1 and is_acronym(word.text) else None
        writer.add(start, end, "ORG", cue=cue)
        return
    read_pieces(writer, units)


def read_affiliation_before(writer: MentionWriter, start: int, end: int, units: list[Unit]) -> None:
    """The affiliation before a person's name with no title between them: a known place
    or people ("Napoli", "American"), or a declined one ("Katowic"); words no lexicon
    knows are the role's portfolio or body ("dell'Economia") and are left out."""
    if all(u.known for u in units):
        read_pieces(writer, units)
    elif end - start == 1:
        read_declined_affiliation(writer, start)
