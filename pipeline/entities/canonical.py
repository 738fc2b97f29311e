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
  ("Serra Dourada" of "Serra Dourada Mineracao").
- An acronym joins the name whose initials it spells ("JCS" -> "Joint Chiefs of
  Staff", "RFS" -> "NSW Rural Fire Service").
- A capital the tagger could not read as city or government follows the story's
  other uses of it ("would not chase Washington" where "Washington saw" came first).
- A lone capitalised word nothing explains is a newsmaker of `data/people.tsv`
  ("Putin" -> "Vladimir Putin"), or typed from its cue: an employer ("Halvorsen
  chief executive ...") or a speaker ("Quillmark said") is an organisation;
  anything else is dropped rather than guessed.

`canonicalise` returns the entity records of the article document.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.entities.gazetteer import Place
from pipeline.entities.lexicons import load_lexicons
from pipeline.entities.mentions import SOURCES, Mention
from pipeline.entities.runs import NAME_PARTICLES
from pipeline.entities.tokens import fold
from pipeline.model import EntityDoc, EntityType

_SMALL_WORDS = NAME_PARTICLES | {"of", "the", "and", "&", "for", "in", "on"}
_SOURCE_RANK = {source: rank for rank, source in enumerate(SOURCES)}
_SMALL_TOWN = 100_000


def display_name(mention: Mention) -> str:
    """The name a mention gives its entity: the known canonical name, else the text tidied."""
    if mention.canonical:
        return mention.canonical
    name = " ".join(mention.text.replace("’", "'").split())
    if mention.type != "PERSON" and name.lower().startswith("the ") and len(name) > 4:
        name = name[4:]
    letters = [ch for ch in name if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and (" " in name or len(letters) > 5):
        name = " ".join(
            word.capitalize() if "-" not in word else word.title() for word in name.split()
        )
    return name


def name_words(name: str) -> tuple[str, ...]:
    return tuple(fold(name.replace("'s ", " ")).replace(".", "").split())


def _initials(words: tuple[str, ...]) -> str:
    return "".join(word[0] for word in words if word and word not in _SMALL_WORDS).upper()


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


@dataclass(slots=True)
class _Entity:
    type: EntityType
    name: str
    words: tuple[str, ...]
    known: bool  # named by a lexicon: never renamed by a longer form
    mentions: list[Mention] = field(default_factory=list)
    place: Place | None = None
    country_code: str | None = None

    def absorb(self, mention: Mention) -> None:
        self.mentions.append(mention)
        if self.place is None and mention.place is not None:
            self.place = mention.place
        if self.country_code is None:
            self.country_code = mention.country_code or (
                mention.place.country_code if mention.place else None
            )


class _Story:
    """The entities of one story while they are being assembled."""

    def __init__(self) -> None:
        self.entities: list[_Entity] = []
        self._by_key: dict[tuple[str, str], _Entity] = {}

    def new(self, mention: Mention, type_: EntityType) -> _Entity:
        name = display_name(mention)
        entity = _Entity(type_, name, name_words(name), known=mention.canonical is not None)
        entity.absorb(mention)
        self.entities.append(entity)
        self._by_key[(type_, fold(name))] = entity
        return entity

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
        """The person a (partial) name belongs to: "Blinken" -> Antony Blinken."""
        people = [p for p in self.of_type("PERSON") if _contains(p.words, words)]
        if len(words) == 1 and len(people) > 1:
            word = words[0]
            people = (
                [p for p in people if p.words[-1] == word]
                or [p for p in people if p.words[0] == word]
                or people
            )
        return max(people, key=lambda p: len(p.mentions)) if people else None

    def add_person(self, mention: Mention) -> None:
        words = name_words(display_name(mention))
        person = self.person_for(words)
        if person is None:
            self.new(mention, "PERSON")
        else:
            person.absorb(mention)

    # -- everything else ------------------------------------------------------

    def starting_with(self, words: tuple[str, ...], types: tuple[str, ...]) -> _Entity | None:
        """A longer name of one of `types` that starts with `words` ("Veltrana ...")."""
        for entity in self.of_type(*types):
            if len(entity.words) > len(words) and entity.words[: len(words)] == words:
                return entity
        return None

    def org_ending_with(self, words: tuple[str, ...]) -> _Entity | None:
        """The one organisation a word ends: "the Union" after "the Norwegian Seafarers' Union"."""
        if len(words) != 1:
            return None
        found = [e for e in self.of_type("ORG") if len(e.words) > 1 and e.words[-1] == words[0]]
        return found[0] if len(found) == 1 else None

    def add_named(self, mention: Mention, type_: EntityType) -> None:
        name = display_name(mention)
        entity = self.by_name(type_, name)
        if entity is None and mention.canonical is None:
            entity = self.starting_with(name_words(name), (type_,))
        if entity is None:
            self.new(mention, type_)
        else:
            entity.absorb(mention)

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
            if longer is not None:
                for mention in entity.mentions:
                    longer.absorb(mention)
                self.entities.remove(entity)

    def settle_capitals(self) -> None:
        """A capital whose sentence did not say city or government follows the story: it is
        the government if the story uses it so elsewhere ("chase Washington for talks")."""
        for city in self.of_type("PLACE"):
            undecided = [m for m in city.mentions if m.cue == "capital"]
            if not undecided or city.place is None or city.place.capital_of is None:
                continue
            government = next(
                (
                    e
                    for e in self.of_type("PLACE")
                    if e.place is not None
                    and e.place.kind == "country"
                    and e.place.country_code == city.place.capital_of
                    and any(m.text == undecided[0].text for m in e.mentions)
                ),
                None,
            )
            if government is None:
                continue
            for mention in undecided:
                city.mentions.remove(mention)
                government.absorb(mention)

    def link_acronym(self, mention: Mention) -> bool:
        letters = "".join(ch for ch in mention.text if ch.isupper())
        if len(letters) < 2:
            return False
        for entity in self.of_type("ORG", "EVENT", "PLACE"):
            initials = _initials(entity.words)
            if (
                len(entity.words) > 1
                and initials.endswith(letters)
                and len(initials) - len(letters) <= 1
            ):
                entity.absorb(mention)
                return True
        return False


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


def _order(mention: Mention) -> tuple[int, int]:
    return _SOURCE_RANK[mention.source], mention.start


def _resolve(story: _Story, mentions: list[Mention]) -> None:
    """Sure names first (people longest first), then names typed by shape alone, then
    acronyms, then lone words, so that each can join what the story already holds."""
    notable_people = load_lexicons().notable_people
    strong = [m for m in mentions if m.type is not None and m.cue not in ("guess", "acronym")]
    guessed = [m for m in mentions if m.cue == "guess"]
    acronyms = [m for m in mentions if m.cue == "acronym"]
    lone = [m for m in mentions if m.type is None]

    people = sorted(
        (m for m in strong if m.type == "PERSON"), key=lambda m: -len(name_words(display_name(m)))
    )
    for mention in people:
        story.add_person(mention)
    for mention in strong:
        if mention.type != "PERSON" and mention.type is not None:
            story.add_named(mention, mention.type)
    for mention in sorted(guessed, key=lambda m: -len(name_words(display_name(m)))):
        name = display_name(mention)
        words = name_words(name)
        other = (
            story.same_name(name)
            or story.starting_with(words, ("ORG", "PLACE", "EVENT"))
            or story.person_for(words)
        )
        if other is not None:
            other.absorb(mention)
        elif mention.type == "PERSON":
            story.add_person(mention)
        elif mention.type is not None:
            story.add_named(mention, mention.type)
    story.merge_prefixes()
    story.settle_capitals()
    for mention in acronyms:
        if not story.link_acronym(mention):
            story.add_named(mention, "ORG")
    for mention in lone:
        words = name_words(display_name(mention))
        linked = (
            story.person_for(words)
            or story.same_name(display_name(mention))
            or story.starting_with(words, ("ORG", "PLACE", "EVENT"))
            or story.org_ending_with(words)
        )
        if linked is not None:
            linked.absorb(mention)
        elif fold(display_name(mention)) in notable_people and mention.cue != "never":
            story.add_person(mention)
        elif mention.cue in ("org", "speech"):
            story.add_named(mention, "ORG")
    for person in story.of_type("PERSON"):
        # "Putin" alone is named in full; a story's own fuller name is left as written.
        full_name = notable_people.get(fold(person.name)) if len(person.words) == 1 else None
        if full_name:
            person.name, person.words = full_name, name_words(full_name)


def _record(entity: _Entity) -> EntityDoc:
    mentions = sorted(entity.mentions, key=_order)
    body = [m for m in mentions if m.source == "body"]
    record: EntityDoc = {
        "name": entity.name,
        "type": entity.type,
        "mentions": len(mentions),
        "offsets": [[m.start, m.end] for m in body],
        "roles": _roles(mentions) if entity.type == "PERSON" else [],
        "sources": [s for s in SOURCES if any(m.source == s for m in mentions)],
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
            roles.setdefault(fold(role), " ".join(role.split()))
    return list(roles.values())


def canonicalise(mentions: list[Mention]) -> list[EntityDoc]:
    """Entity records (see the article schema) for the mentions of one story, in reading order."""
    story = _Story()
    _resolve(story, sorted(mentions, key=_order))
    entities = [e for e in story.entities if e.mentions]
    entities.sort(key=lambda e: min(_order(m) for m in e.mentions))
    return [_record(e) for e in entities]
