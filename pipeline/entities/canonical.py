"""Canonicalisation: the mentions of one story become one entity per real-world thing.

- People are clustered by name: a shorter name that is part of a longer one is
  the same person ("Blinken", "Antony Blinken"; "Wang" and "Wang Yi"; "Lula"
  and "Luiz Inacio Lula da Silva"). The fullest name is the canonical one.
- Known names carry their canonical form from the lexicons ("European Union"
  -> "EU", "Washington" as a government -> "United States", "Kiev" -> "Kyiv").
- Other organisations, places and events are named by their longest form; a
  shorter name that starts it is the same thing ("Veltrana" -> "Veltrana
  Logistics Group", "Tapajos" -> "Tapajos River").
  A town whose name starts a story's organisation is that organisation there
  ("Serra Dourada" of "Serra Dourada Mineracao"); a name in a bare "-s" genitive is the
  organisation it starts without it ("Tornedalens Minerals vd" of "Tornedalens Mineral AB").
- A "person" named as the start of a company of the story, legal form and all, is that
  company ("Jordan Freight's chief executive" after "Jordan Freight Leasing DAC").
- An acronym joins the name whose initials it spells ("JCS" -> "Joint Chiefs of
  Staff", "RFS" -> "NSW Rural Fire Service", "EDM" -> "Electricidade de Moçambique",
  whose "de" it spells).
- A capital the tagger could not read as city or government follows the story's
  other uses of it ("would not chase Washington" where "Washington saw" came first).
- A lone capitalised word nothing explains is a newsmaker of `data/people.tsv`
  ("Putin" -> "Vladimir Putin"), or typed from its cue: an employer ("Halvorsen
  chief executive ...") or a speaker ("Quillmark said") is an organisation;
  anything else is dropped rather than guessed.

`canonicalise` returns the entity records of the article document.

Every link is found through an index (names by their words, their first
words, their initials), never by reading all the entities found so far, so a
story that names thousands of people or companies costs no more per name than
one that names ten. A name of more words than any name has is no name: it is
dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TypeVar

from pipeline.entities.gazetteer import Place
from pipeline.entities.legal_forms import LEGAL_FORMS
from pipeline.entities.lexicons import load_lexicons
from pipeline.entities.mentions import SOURCES, Mention
from pipeline.entities.runs import NAME_PARTICLES
from pipeline.entities.tokens import NAME_PREFIXES, fold
from pipeline.model import EntityDoc, EntityType

# Words an acronym leaves out; "and" in the languages the tagger reads ("Inspectie
# Leefomgeving en Transport" is ILT).
_SMALL_WORDS = (
    NAME_PARTICLES
    | {"of", "the", "and", "&", "for", "in", "on"}
    | {"en", "et", "y", "e", "und", "i", "og", "och", "ve", "para", "pour", "per", "voor"}
)
_SOURCE_RANK = {source: rank for rank, source in enumerate(SOURCES)}
# Cues of mentions typed by shape alone or not at all: resolved after the sure names.
_TENTATIVE_CUES = ("guess", "opener", "acronym", "speaker")
_SMALL_TOWN = 100_000
# Copy datelined in China, Korea, Japan or Taiwan names a county or city by its own name
# ("Zhongning County" is Zhongning), as the gazetteer does the ones it knows; American and
# British counties keep the word ("Kern County").
_NAMED_WITHOUT_DIVISION = frozenset(("CN", "KR", "JP", "TW"))
_DIVISION_WORDS = frozenset(("county", "city", "district", "province", "prefecture", "region"))
_DIVISION_QUALIFIERS = frozenset(("autonomous", "special", "administrative"))
# Longer "names" are runs of capitalised words (a table, a shouted paragraph).
_MAX_PERSON_WORDS = 8
_MAX_NAME_WORDS = 16
_MAX_NAME_LENGTH = 200  # characters, for names and roles alike
_Key = TypeVar("_Key")


def display_name(text: str, canonical: str | None, person: bool) -> str:
    """The name a mention gives its entity: the known canonical name, else the text tidied."""
    if canonical:
        return canonical
    name = " ".join(text.replace("’", "'").split())
    if not person and name.lower().startswith("the ") and len(name) > 4:
        name = name[4:]
    letters = [ch for ch in name if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and (" " in name or len(letters) > 5):
        name = " ".join(
            word.capitalize() if "-" not in word else word.title() for word in name.split()
        )
    return name


@lru_cache(maxsize=16384)
def _named(text: str, canonical: str | None, person: bool) -> tuple[str, tuple[str, ...]]:
    """(display name, name words) of what a mention says; stories name the same things
    again and again ("Reuters", "United States"), so each is worked out once."""
    name = display_name(text, canonical, person)
    return name, name_words(name)


def name_words(name: str) -> tuple[str, ...]:
    # Periods and commas are no part of a word: "Tejo Ferries, S.A." starts "Tejo Ferries".
    return tuple(fold(name.replace("'s ", " ")).replace(".", "").replace(",", "").split())


def _initials(words: tuple[str, ...]) -> tuple[str, str]:
    """The letters an acronym of the name may have: its words' first letters without the
    small words, and with them ("EDM" of "Electricidade de Moçambique")."""
    initials, spelled = [], []
    for word in words:
        if word:
            spelled.append(word[0])
            if word not in _SMALL_WORDS:
                initials.append(word[0])
    return "".join(initials).upper(), "".join(spelled).upper()


def _event_words(words: tuple[str, ...]) -> set[str]:
    """An event's words, "Olympics" read as "Olympic Games"."""
    found = set(words)
    if "olympics" in found:
        found = (found - {"olympics"}) | {"olympic", "games"}
    return found


def _parts(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Every run of consecutive words of a name, the empty one included."""
    return [()] + [words[i:j] for i in range(len(words)) for j in range(i + 1, len(words) + 1)]


@dataclass(slots=True)
class _Entity:
    type: EntityType
    name: str
    words: tuple[str, ...]
    known: bool  # named by a lexicon: never renamed by a longer form
    order: int  # creation order: of two that fit, the first found wins
    mentions: list[Mention] = field(default_factory=list)
    place: Place | None = None
    country_code: str | None = None
    removed: bool = False  # merged into a longer name
    # A person's keys in the story's index of people (see _Story.absorb).
    person_keys: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)

    def absorb(self, mention: Mention) -> None:
        self.mentions.append(mention)
        if self.place is None and mention.place is not None:
            self.place = mention.place
        if self.country_code is None:
            self.country_code = mention.country_code or (
                mention.place.country_code if mention.place else None
            )


class _Story:
    """The entities of one story while they are being assembled, with their indexes."""

    def __init__(self) -> None:
        self.entities: list[_Entity] = []
        self._by_key: dict[tuple[str, str], _Entity] = {}
        self._by_words: dict[tuple[str, tuple[str, ...]], _Entity] = {}
        # People: for each part of a name ("any"), each first and each last word, the
        # person with the most mentions that has it (the first created on a tie).
        self._people: dict[tuple[str, tuple[str, ...]], _Entity] = {}
        # Other names by type and each shorter start of theirs, in creation order.
        self._by_start: dict[tuple[str, tuple[str, ...]], list[_Entity]] = {}
        self._orgs_by_last: dict[str, list[_Entity]] = {}
        self._by_initials: dict[str, list[_Entity]] = {}
        self._created = 0

    @staticmethod
    def name_of(mention: Mention) -> tuple[str, tuple[str, ...]]:
        """(display name, name words) of a mention."""
        return _named(mention.text, mention.canonical, mention.type == "PERSON")

    def new(self, mention: Mention, type_: EntityType) -> _Entity:
        name, words = self.name_of(mention)
        known = mention.canonical is not None
        entity = _Entity(type_, name, words, known, self._created)
        self._created += 1
        self.entities.append(entity)
        self._by_key[(type_, fold(name))] = entity
        self._by_words.setdefault((type_, words), entity)  # "US Navy" is "U.S. Navy"
        if type_ == "PERSON":
            entity.person_keys = [("any", part) for part in _parts(words)]
            if words:
                entity.person_keys += [("first", words[:1]), ("last", words[-1:])]
                if words[-1].startswith(NAME_PREFIXES):
                    # "Assad" is Bashar al-Assad: the surname without its particle.
                    bare = (words[-1].split("-", 1)[1],)
                    entity.person_keys += [("any", bare), ("last", bare)]
        else:
            self._index_name(entity)
        self.absorb(entity, mention)
        return entity

    def _index_name(self, entity: _Entity) -> None:
        words = entity.words
        for end in range(1, len(words)):
            self._by_start.setdefault((entity.type, words[:end]), []).append(entity)
        if len(words) > 1 and entity.type == "ORG":
            self._orgs_by_last.setdefault(words[-1], []).append(entity)
        if len(words) > 1 and entity.type in ("ORG", "EVENT", "PLACE"):
            initials, spelled = _initials(words)
            for key in dict.fromkeys((initials, initials[1:], spelled)):
                if key:
                    self._by_initials.setdefault(key, []).append(entity)

    def absorb(self, entity: _Entity, mention: Mention) -> None:
        entity.absorb(mention)
        if entity.type != "PERSON":
            return
        count = len(entity.mentions)
        for key in entity.person_keys:
            leader = self._people.get(key)
            if leader is None or (
                leader is not entity
                and (
                    count > len(leader.mentions)
                    or (count == len(leader.mentions) and entity.order < leader.order)
                )
            ):
                self._people[key] = entity

    def by_name(self, type_: EntityType, name: str) -> _Entity | None:
        return self._by_key.get((type_, fold(name)))

    def same_name(self, name: str) -> _Entity | None:
        """An entity of any type with exactly this name."""
        types: tuple[EntityType, ...] = ("ORG", "PLACE", "EVENT", "PERSON", "NORP")
        return next((e for t in types if (e := self.by_name(t, name)) is not None), None)

    def of_type(self, *types: str) -> list[_Entity]:
        return [e for e in self.entities if e.type in types]

    # -- people ---------------------------------------------------------------

    def person_for(self, words: tuple[str, ...]) -> _Entity | None:
        """The person a (partial) name belongs to: "Blinken" -> Antony Blinken.

        A lone word is preferably someone's last name, else a first name; of several
        people, the one the story names most often.
        """
        if len(words) == 1:
            return (
                self._people.get(("last", words))
                or self._people.get(("first", words))
                or self._people.get(("any", words))
            )
        return self._people.get(("any", words))

    def person_named(self, text: str) -> _Entity | None:
        """The story's person whose last name is `text`, as written ("Lima" of "Maria Lima")."""
        words = name_words(text)
        person = self._people.get(("last", words)) if len(words) == 1 else None
        return person if person is not None and len(person.words) > 1 else None

    def add_person(self, mention: Mention) -> None:
        person = self.person_for(self.name_of(mention)[1])
        if person is None:
            self.new(mention, "PERSON")
        else:
            self.absorb(person, mention)

    # -- everything else ------------------------------------------------------

    def starting_with(self, words: tuple[str, ...], types: tuple[str, ...]) -> _Entity | None:
        """A longer name of one of `types` that starts with `words` ("Veltrana ...")."""
        # Merged names leave the index only once merging is done, and merging never
        # looks for a name it has merged already (it goes from short names to long).
        found = (
            next((e for e in self._by_start.get((type_, words), ()) if not e.removed), None)
            for type_ in types
        )
        return min((e for e in found if e is not None), key=lambda e: e.order, default=None)

    def org_ending_with(self, words: tuple[str, ...]) -> _Entity | None:
        """The one organisation a word ends: "the Union" after "the Norwegian Seafarers' Union"."""
        if len(words) != 1:
            return None
        found = self._orgs_by_last.get(words[0], [])
        return found[0] if len(found) == 1 else None

    def add_named(self, mention: Mention, type_: EntityType) -> None:
        name, words = self.name_of(mention)
        entity = self.by_name(type_, name) or self._by_words.get((type_, words))
        if entity is None and mention.canonical is None:
            entity = self.starting_with(words, (type_,))
        if entity is None:
            self.new(mention, type_)
        else:
            self.absorb(entity, mention)

    def people_into_companies(self) -> None:
        """A "person" whose name starts a company's of the story, legal form and all, is
        that company's short name: "Jordan Freight's chief executive" after "Jordan Freight
        Leasing DAC", "Morgan Hale" after "Morgan Hale Partners LLC"."""
        for person in self.of_type("PERSON"):
            company = self.starting_with(person.words, ("ORG",))
            if company is None or company.words[-1] not in LEGAL_FORMS:
                continue
            for mention in person.mentions:
                self.absorb(company, mention)
            person.removed = True
            for key in person.person_keys:
                if self._people.get(key) is person:
                    del self._people[key]
        self.entities = [e for e in self.entities if not e.removed]

    def merge_prefixes(self) -> None:
        """Merge a name into a longer one it starts: "Halvorsen Maritime" into "... ASA".

        Also a town whose name starts an organisation's ("Serra Dourada" of "Serra
        Dourada Mineracao"): in that story it is the company's short name.
        """
        for entity in sorted(self.of_type("ORG", "PLACE", "EVENT"), key=lambda e: len(e.words)):
            is_town = _is_small_town(entity)
            if entity.known and not is_town:
                continue
            types: tuple[str, ...] = (entity.type, "ORG") if is_town else (entity.type,)
            longer = self.starting_with(entity.words, types)
            if longer is None and entity.type == "ORG" and _genitive_s(entity.words):
                # "Tornedalens Minerals vd ..." of "Tornedalens Mineral AB": a bare -s genitive
                stem = (*entity.words[:-1], entity.words[-1][:-1])
                longer = self.starting_with(stem, types)
            if longer is not None:
                for mention in entity.mentions:
                    self.absorb(longer, mention)
                entity.removed = True
        self.entities = [e for e in self.entities if not e.removed]
        _drop_removed(self._by_start)
        _drop_removed(self._orgs_by_last)
        _drop_removed(self._by_initials)

    def merge_short_event_names(self) -> None:
        """An event named by some of the words of one longer event of the story is that
        event: "Paris Olympics" and "Olympic Games" of "Paris 2024 Olympic Games" (an
        "Olympics" is the "Olympic Games"). Named so by two longer events, it stays."""
        events = self.of_type("EVENT")
        if len(events) < 2:
            return  # most stories
        for event in events:
            words = _event_words(event.words)
            longer = [
                other
                for other in events
                if other is not event
                and not other.removed
                and len(other.words) > len(event.words)
                and words <= _event_words(other.words)
            ]
            if len(longer) == 1:
                for mention in event.mentions:
                    self.absorb(longer[0], mention)
                event.removed = True
        self.entities = [e for e in self.entities if not e.removed]
        _drop_removed(self._by_start)
        _drop_removed(self._orgs_by_last)
        _drop_removed(self._by_initials)

    def settle_capitals(self) -> None:
        """A capital whose sentence did not say city or government follows the story: it is
        the government if the story uses it so elsewhere ("chase Washington for talks")."""
        places = self.of_type("PLACE")
        countries: dict[str | None, list[_Entity]] = {}
        for place in places:
            if place.place is not None and place.place.kind == "country":
                countries.setdefault(place.place.country_code, []).append(place)
        for city in places:
            undecided = [m for m in city.mentions if m.cue == "capital"]
            if not undecided or city.place is None or city.place.capital_of is None:
                continue
            government = next(
                (
                    e
                    for e in countries.get(city.place.capital_of, ())
                    if any(m.text == undecided[0].text for m in e.mentions)
                ),
                None,
            )
            if government is None:
                continue
            city.mentions = [m for m in city.mentions if m.cue != "capital"]
            for mention in undecided:
                self.absorb(government, mention)

    def link_acronym(self, mention: Mention) -> bool:
        letters = "".join(ch for ch in mention.text if ch.isupper())
        if len(letters) < 2:
            return False
        found = self._by_initials.get(letters)
        if not found:
            return False
        entity = found[0]
        self.absorb(entity, mention)
        return True


def _genitive_s(words: tuple[str, ...]) -> bool:
    """Whether a name of several words may be in a genitive with a bare "-s", as German and
    the Scandinavian languages write it."""
    return len(words) > 1 and words[-1].endswith("s") and not words[-1].endswith("ss")


def _drop_removed(index: dict[_Key, list[_Entity]]) -> None:
    for key, entities in index.items():
        index[key] = [e for e in entities if not e.removed]


def _is_small_town(entity: _Entity) -> bool:
    """A town too small to be the name a story's organisation is known by by chance."""
    place = entity.place
    return (
        place is not None
        and place.kind == "city"
        and place.capital_of is None
        and place.population < _SMALL_TOWN
        and all(m.source != "dateline" for m in entity.mentions)
    )


def _name_length_fits(story: _Story, mention: Mention) -> bool:
    name, words = story.name_of(mention)
    longest = _MAX_PERSON_WORDS if mention.type == "PERSON" else _MAX_NAME_WORDS
    return len(name) <= _MAX_NAME_LENGTH and len(words) <= longest


def _order(mention: Mention) -> tuple[int, int]:
    return _SOURCE_RANK[mention.source], mention.start


def _resolve(story: _Story, mentions: list[Mention]) -> None:
    """Sure names first (people longest first), then names typed by shape alone, then
    acronyms, then lone words, so that each can join what the story already holds."""
    notable_people = load_lexicons().notable_people
    mentions = [m for m in mentions if _name_length_fits(story, m)]
    strong = [m for m in mentions if m.type is not None and m.cue not in _TENTATIVE_CUES]
    speakers = [m for m in mentions if m.cue == "speaker"]
    guessed = [m for m in mentions if m.cue == "guess"]
    openers = [m for m in mentions if m.cue == "opener"]
    acronyms = [m for m in mentions if m.cue == "acronym"]
    lone = [m for m in mentions if m.type is None]

    people = sorted(
        (m for m in strong if m.type == "PERSON"), key=lambda m: -len(story.name_of(m)[1])
    )
    for mention in people:
        story.add_person(mention)
    for mention in strong:
        if mention.type != "PERSON" and mention.type is not None:
            story.add_named(mention, mention.type)
    story.people_into_companies()
    for mention in speakers:
        # "Lima said" after "Maria Lima": the person, not the city (or Peru).
        person = story.person_named(mention.text)
        if person is not None:
            story.absorb(person, mention)
        elif mention.type is not None:
            story.add_named(mention, mention.type)
    for mention in sorted(guessed, key=lambda m: -len(story.name_of(m)[1])):
        name, words = story.name_of(mention)
        other = (
            story.same_name(name)
            or story.starting_with(words, ("ORG", "PLACE", "EVENT"))
            or _person_unless_placed(story, mention, words)
        )
        if other is not None:
            story.absorb(other, mention)
        elif mention.type == "PERSON":
            story.add_person(mention)
        elif mention.type is not None:
            story.add_named(mention, mention.type)
    for mention in openers:
        _add_opener(story, mention, notable_people)
    story.merge_prefixes()
    story.merge_short_event_names()
    story.settle_capitals()
    for mention in acronyms:
        if not story.link_acronym(mention):
            story.add_named(mention, "ORG")
    for mention in lone:
        name, words = story.name_of(mention)
        linked = (
            story.person_for(words)
            or story.same_name(name)
            or story.starting_with(words, ("ORG", "PLACE", "EVENT"))
            or story.org_ending_with(words)
        )
        if linked is not None:
            story.absorb(linked, mention)
        elif fold(name) in notable_people and mention.cue != "never":
            story.add_person(mention)
        elif mention.cue in ("org", "speech"):
            story.add_named(mention, "ORG")
    for person in story.of_type("PERSON"):
        # "Putin" alone is named in full; a story's own fuller name is left as written.
        full_name = notable_people.get(fold(person.name)) if len(person.words) == 1 else None
        if full_name:
            person.name, person.words = full_name, name_words(full_name)


def _person_unless_placed(
    story: _Story, mention: Mention, words: tuple[str, ...]
) -> _Entity | None:
    """The person a guessed name is part of, unless the name is a place by its context and
    the person is named for sure: "Odd Båtsfjord" and "stopper i Båtsfjord" are a man and
    his town; "Ariarne Titmus", a guess too, and "held off Titmus" are one swimmer."""
    person = story.person_for(words)
    if person is None or mention.type != "PLACE":
        return person
    sure = any(m.cue not in _TENTATIVE_CUES for m in person.mentions)
    return None if sure else person


def _add_opener(story: _Story, mention: Mention, notable_people: dict[str, str]) -> None:
    """A guessed person whose first word opens the sentence and is no given name: that word
    may be an adjective ("Confident Assad says ...", "Upbeat Osei told ..."). When the rest
    is a person the story names, or a newsmaker, the person is the rest."""
    name, words = story.name_of(mention)
    same = (
        story.same_name(name)
        or story.person_for(words)
        or story.starting_with(words, ("ORG", "PLACE", "EVENT"))
    )
    if same is not None:
        story.absorb(same, mention)  # also "Ertis Copper is ..." after "Ertis Copper JSC"
        return
    cut = mention.text.find(" ")
    rest = replace(
        mention,
        text=mention.text[cut + 1 :],
        start=mention.start + cut + 1,
        cue="guess",
    )
    owner = story.person_for(words[1:])
    if owner is not None:
        story.absorb(owner, rest)
    elif " ".join(words[1:]) in notable_people:
        story.add_person(rest)
    else:
        story.add_person(mention)


def _record(entity: _Entity, mentions: list[Mention]) -> EntityDoc:
    """The entity's record; `mentions` are its mentions in reading order."""
    sources = {m.source for m in mentions}
    record: EntityDoc = {
        "name": entity.name,
        "type": entity.type,
        "mentions": len(mentions),
        "offsets": [[m.start, m.end] for m in mentions if m.source == "body"],
        "roles": _roles(mentions) if entity.type == "PERSON" else [],
        "sources": [s for s in SOURCES if s in sources],
        "aliases": list(dict.fromkeys(m.text for m in mentions)),
    }
    if entity.type == "PLACE":
        if entity.country_code:
            record["country_code"] = entity.country_code
        place = entity.place
        if place is not None and place.lat is not None and place.lon is not None:
            record["location"] = {"lat": place.lat, "lon": place.lon}
    return record


def _roles(mentions: list[Mention]) -> list[str]:
    roles: dict[str, str] = {}
    for mention in mentions:
        for role in mention.roles:
            if len(role) <= _MAX_NAME_LENGTH:
                roles.setdefault(fold(role), " ".join(role.split()))
    return list(roles.values())


def _without_division_word(mention: Mention) -> Mention:
    """A place the gazetteer does not know, one word and its division's: the word alone
    ("Nagarze County", "Xizang Autonomous Region")."""
    words = mention.text.split()
    if mention.type != "PLACE" or mention.canonical is not None or len(words) < 2:
        return mention
    if words[-1].lower() not in _DIVISION_WORDS:
        return mention
    words.pop()
    while len(words) > 1 and words[-1].lower() in _DIVISION_QUALIFIERS:
        words.pop()
    return replace(mention, canonical=words[0]) if len(words) == 1 else mention


def canonicalise(mentions: list[Mention]) -> list[EntityDoc]:
    """Entity records (see the article schema) for the mentions of one story, in reading order."""
    story = _Story()
    if any(
        m.source == "dateline"
        and m.place is not None
        and m.place.country_code in _NAMED_WITHOUT_DIVISION
        for m in mentions
    ):
        mentions = [_without_division_word(m) for m in mentions]
    _resolve(story, sorted(mentions, key=_order))
    found = [(e, sorted(e.mentions, key=_order)) for e in story.entities if e.mentions]
    found.sort(key=lambda pair: _order(pair[1][0]))
    return [_record(entity, in_order) for entity, in_order in found]
