"""From text to typed mentions: the rule-based tagger.

`find_candidates` tokenises a text, builds its capitalised runs (runs.py) and
reads each run (`_Reader._read_run`), first rule that applies:

1. a run that fills a quotation is a title of a work: skipped;
2. the whole run is a known name (gazetteer, agencies, institutions, peoples);
   known names side by side are read one by one ("U.S. Federal Reserve"), a
   nationality before an institution joins it ("Palestinian Red Crescent");
3. the word before "of"/"for", or else the last word, heads an organisation,
   place or event ("Bank of England", "... Logistics Group", "... River",
   "... Film Festival"): the whole run is that (laws are skipped);
4. it holds a title with a name after it: affiliation + title (a role) + PERSON
   ("U.S. Secretary of State Antony Blinken");
5. a compass word before an unknown place ("East Palestine, Ohio") is one place;
   a leading title word without a title ("Former ...") is dropped;
6. its first word heads a name ("University of Graz", "Conseil du Cafe-Cacao");
7. a role before it ("chief executive Ingrid Solbakken") or a given name first
   ("Summer McIntosh") makes a person; a word for an organisation before it
   ("chipmaker Nvidia"), a role after it ("Halvorsen chief executive ...") or an
   acronym with a place ("Africa CDC") make an organisation;
8. otherwise it is cut into known phrases and unknown stretches, and an unknown
   stretch is typed from its context (context.py): a place context ("in Nusa
   Dua", ", Bali") makes a place, an employer or spelled-out acronym an
   organisation, common words inside an organisation, two or more bare name
   words a person.

A run of more than `_MAX_RUN_WORDS` words (a shouted paragraph, a table) is
no name: only its known phrases and the stretches between them are read (8).

A lone unknown word gets no type here: canonicalisation links it to a fuller
name ("Blinken" -> "Antony Blinken", "Veltrana" -> "Veltrana Logistics Group")
or types it from its `cue`.

Capitals used for their governments ("Washington saw no signs") are read as
the country, capitals named as places ("talks in Moscow") stay cities; the
evidence for both is in context.py.
"""

from __future__ import annotations

import re
from itertools import pairwise

from pipeline.entities.context import COMPASS, Context
from pipeline.entities.gazetteer import Place, load_gazetteer
from pipeline.entities.lexicons import Lexicons, is_acronym, load_lexicons
from pipeline.entities.mentions import Mention, Source
from pipeline.entities.runs import NAME_PARTICLES, PhraseMatcher, Unit, build_runs, head_of
from pipeline.entities.titles import (
    TitleSplit,
    is_address_only,
    keeps_title_in_name,
    role_before,
    split_title,
)
from pipeline.entities.tokens import ROMAN_NUMERALS, Token, tokenize
from pipeline.model import EntityType

_ADMIN_WORDS = frozenset(
    "prefecture province region oblast county district governorate state".split()
)
_SPEECH = frozenset("said says told added wrote stated argued warned explained tweeted".split())
_EVENT_CODE = re.compile(r"^COP-?\d{1,2}$")
_CATALOGUE_NUMBER = re.compile(r"\d")
_MAX_PERSON_WORDS = 5
_MAX_RUN_WORDS = 32
# A one-word town smaller than this needs context ("in", "the town of") to count.
_LARGE_CITY = 100_000


def _text(tokens: list[Token], start: int, end: int, text: str) -> str:
    return text[tokens[start].start : tokens[end - 1].end]


class _Reader:
    """Reads the runs of one text into mentions."""

    def __init__(self, text: str, source: Source, lexicons: Lexicons) -> None:
        self.text = text
        self.source = source
        self.lex = lexicons
        self.tokens = tokenize(text)
        self.match = PhraseMatcher(self.tokens, lexicons)
        self.mentions: list[Mention] = []
        # One copy of each name as written, however often the text repeats it.
        self._names: dict[str, str] = {}
        self.context = Context(self.tokens, self.match, lexicons, source, self.mentions)

    def _add(self, start: int, end: int, type_: EntityType | None, **fields: object) -> Mention:
        tokens = self.tokens
        text = _text(tokens, start, end, self.text)
        mention = Mention(
            self._names.setdefault(text, text),
            tokens[start].start,
            tokens[end - 1].end,
            self.source,
            type_,
            **fields,  # type: ignore[arg-type]
        )
        self.mentions.append(mention)
        return mention

    def _choose_place(self, places: list[Place], start: int, end: int) -> Place:
        chain = self.context.place_chain_after(end)
        if chain is not None and chain.country_code:
            in_country = [
                p for p in places if p.country_code == chain.country_code and p is not chain
            ]
            if in_country:
                places = in_country
        return min(places, key=lambda p: (p.kind != "country", p.kind != "region", -p.population))

    def _emit_known(self, unit: Unit) -> bool:
        """Emit a known phrase; False when it is too doubtful to count (a small town's name)."""
        known = unit.known
        org = next((k for k in known if k.type == "ORG"), None)
        norp = next((k for k in known if k.type == "NORP"), None)
        if org is not None:
            self._add(unit.start, unit.end, "ORG", canonical=org.canonical)
            return True
        if norp is not None:
            self._add(
                unit.start,
                unit.end,
                "NORP",
                canonical=norp.canonical,
                country_code=norp.country_code,
            )
            return True
        places = [p for k in known if k.type == "PLACE" for p in k.places]
        if not places:
            return False
        place = self._choose_place(places, unit.start, unit.end)
        first = self.tokens[unit.start]
        single_word = unit.end - unit.start == 1
        if single_word and first.key in self.lex.non_entities:
            return False  # "March" is a month before it is a town
        if self._is_doubtful_place(place, first, single_word) and not self.context.in_place_context(
            unit.start, unit.end, known=True
        ):
            return False
        cue = None
        if place.capital_of:
            reading = self.context.capital_reading(unit.start, unit.end)
            country = load_gazetteer().countries.get(place.capital_of)
            if reading == "government" and country is not None:
                place = country
            elif reading == "either":
                cue = "capital"
        self._add(unit.start, unit.end, "PLACE", canonical=place.name, place=place, cue=cue)
        return True

    def _is_doubtful_place(self, place: Place, first: Token, single_word: bool) -> bool:
        """A town's name that needs context to count: small towns, and one-word towns
        that are words, given names or sentence openers ("Union", "Shelby")."""
        if place.minor:
            return True
        if not single_word or place.kind != "city" or place.capital_of:
            return False
        return (
            place.population < _LARGE_CITY
            or first.sentence_start
            or first.key in self.lex.common_words
            or first.key in self.lex.given_names
        )

    def _emit_headed(self, start: int, end: int, head: str, units: list[Unit]) -> None:
        """A run typed by its head word: "Tapajos River", "Fukuoka Prefecture", "Veltrana Group".

        Laws ("CHIPS and Science Act") are no entity type of the document: skipped.
        """
        if head == "LAW":
            return
        tokens = self.tokens
        while start < end - 1 and tokens[start].key == "the":
            start += 1
        if head == "PLACE":
            inner = [p for u in units for k in u.known if k.type == "PLACE" for p in k.places]
            if (
                end - start >= 2
                and tokens[end - 1].key in _ADMIN_WORDS
                and units
                and units[0].start == start
                and units[0].end == end - 1
                and inner
            ):
                # "Fukuoka Prefecture" is Fukuoka.
                place = self._choose_place(inner, start, end - 1)
                self._add(start, end - 1, "PLACE", canonical=place.name, place=place)
                return
            country = next((p.country_code for p in inner if p.country_code), None)
            self._add(start, end, "PLACE", country_code=country)
            return
        self._add(start, end, head)  # type: ignore[arg-type]

    def _emit_person(self, start: int, end: int) -> None:
        role = role_before(self.tokens, start, self.text, self.lex)
        self._add(start, end, "PERSON", roles=[role] if role else [])

    # -- reading ------------------------------------------------------------

    def _run_head(self, start: int, end: int) -> str | None:
        """ORG/PLACE/EVENT when the word before "of"/"for" heads the run ("Bank of
        England", "Centre for Policy Dialogue"), or else its last word does."""
        tokens = self.tokens
        for k in range(start + 1, end - 1):
            if tokens[k].key in ("of", "for"):
                head = head_of(tokens[k - 1], self.lex) or self.lex.first_heads.get(
                    tokens[k - 1].key
                )
                if head:
                    return head
                break
        last = end - 1
        while last > start and tokens[last].key in ROMAN_NUMERALS:
            last -= 1
        if last > start:
            return head_of(tokens[last], self.lex)
        return None

    def read(self) -> list[Mention]:
        for run in build_runs(self.tokens, self.lex, self.match):
            self._read_run(run.start, run.end, run.units)
        return self.mentions

    def _read_run(self, start: int, end: int, units: list[Unit]) -> None:
        tokens = self.tokens
        if end - start > _MAX_RUN_WORDS:
            self._read_pieces(units)
            return
        if self.context.is_quoted_title(start, end):
            return
        if len(units) == 1 and units[0].known and self._emit_known(units[0]):
            return
        if self._nationality_and_org(units):
            self._add(start, end, "ORG")  # "Palestinian Red Crescent"
            return
        if len(units) > 1 and self._names_side_by_side(units):
            self._read_pieces(units)  # "U.S. Federal Reserve"
            return
        head = self._run_head(start, end)
        if head:
            self._emit_headed(start, end, head, units)
            return
        split = split_title(tokens[start:end], self.lex)
        if split is not None:
            self._read_titled(start, end, units, split)
            return
        if (
            len(units) > 1
            and tokens[start].key in COMPASS
            and not units[0].known
            and self.context.in_place_context(start, end)
        ):
            chain = self.context.place_chain_after(end)  # "East Palestine, Ohio"
            country = chain.country_code if chain else None
            self._add(start, end, "PLACE", country_code=country, cue="guess")
            return
        if len(units) > 1 and self.lex.title_words.get(tokens[start].key) == "modifier":
            self._read_run(units[1].start, end, units[1:])  # "Former Portuguese ..."
            return
        first_head = self.lex.first_heads.get(tokens[start].key)
        if first_head and end - start >= 2:
            self._emit_headed(start, end, first_head, units)
            return
        knows_org = any(k.type == "ORG" for u in units for k in u.known)
        if len(units) > 1 and not knows_org and end - start <= _MAX_PERSON_WORDS:
            if role_before(tokens, start, self.text, self.lex) or (
                tokens[start].key in self.lex.given_names
            ):
                self._emit_person(start, end)
                return
            if (
                self.context.org_noun_before(start)
                or self.context.followed_by_role(end)
                or self._acronym_and_places(units)
            ):
                self._add(start, end, "ORG")
                return
            if self._one_unknown_name(units):
                self._read_unknown(start, end)
                return
        self._read_pieces(units)

    def _nationality_and_org(self, units: list[Unit]) -> bool:
        return (
            len(units) == 2
            and any(k.type == "NORP" for k in units[0].known)
            and any(k.type == "ORG" for k in units[1].known)
            and units[1].start == units[0].end
        )

    def _names_side_by_side(self, units: list[Unit]) -> bool:
        """Known names next to each other, none of them a word that merely is a town's name."""
        for previous, unit in pairwise(units):
            if unit.start != previous.end:
                return False  # "of", "and" inside: one name ("University of Geneva")
        return all(
            u.known
            and (
                u.end - u.start > 1
                or any(
                    k.type != "PLACE" or any(p.kind != "city" for p in k.places) for k in u.known
                )
            )
            for u in units
        )

    def _acronym_and_places(self, units: list[Unit]) -> bool:
        """An unknown acronym with a place is an organisation: "Africa CDC", "JR Hokkaido"."""
        unknown = [u for u in units if not u.known]
        return (
            len(unknown) == 1
            and is_acronym(self.tokens[unknown[0].start].text)
            and all(k.type == "PLACE" for u in units if u.known for k in u.known)
        )

    def _one_unknown_name(self, units: list[Unit]) -> bool:
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

    def _read_titled(self, start: int, end: int, units: list[Unit], split: TitleSplit) -> None:
        tokens = self.tokens
        title_start, title_end = start + split.title_start, start + split.title_end
        name_start = title_end
        if title_start > start:
            affiliation_units = [u for u in units if u.end <= title_start]
            self._read_affiliation(start, title_start, affiliation_units)
        roles: list[str] = []
        if not is_address_only(split):
            roles.append(self.text[tokens[start].start : tokens[title_end - 1].end])
        name_tokens = tokens[name_start:end]
        if keeps_title_in_name(split, name_tokens):
            self._add(title_start, end, "PERSON", roles=[])
            return
        if name_tokens and all(t.key in NAME_PARTICLES or t.capitalised for t in name_tokens):
            self._add(name_start, end, "PERSON", roles=roles)

    def _read_affiliation(self, start: int, end: int, units: list[Unit]) -> None:
        """The words before a title: "U.S.", "Kremlin", "Russian Foreign Ministry"."""
        head = self._run_head(start, end) or head_of(self.tokens[end - 1], self.lex)
        if head and end - start >= 2:
            self._emit_headed(start, end, head, units)
            return
        if len(units) == 1 and units[0].known and self._emit_known(units[0]):
            return
        if all(not u.known for u in units):
            cue = "acronym" if end - start == 1 and is_acronym(self.tokens[start].text) else None
            self._add(start, end, "ORG", cue=cue)
            return
        self._read_pieces(units)

    def _read_pieces(self, units: list[Unit]) -> None:
        """Known phrases one by one; unknown stretches between them typed from context."""
        stretch: list[Unit] = []
        for unit in units:
            if unit.known and self._emit_known(unit):
                if stretch:
                    self._read_unknown(stretch[0].start, stretch[-1].end)
                    stretch = []
                continue
            stretch.append(unit)
        if stretch:
            self._read_unknown(stretch[0].start, stretch[-1].end)

    def _read_unknown(self, start: int, end: int) -> None:
        tokens = self.tokens
        words = [t for t in tokens[start:end] if t.key not in NAME_PARTICLES]
        while words and words[0].key in self.lex.non_entities:
            start += 1
            words.pop(0)
        while words and words[-1].key in self.lex.non_entities:
            end -= 1
            words.pop()
        if not words or start >= end:
            return
        role = role_before(tokens, start, self.text, self.lex)
        before = self.context.word_before(start)
        title_before = before is not None and self.lex.title_words.get(before.key) == "head"
        if role or title_before:
            self._emit_person(start, end)
            return
        if len(words) == 1:
            self._read_lone_word(start, end)
            return
        if self.context.in_place_context(start, end):
            chain = self.context.place_chain_after(end)
            country = chain.country_code if chain else None
            self._add(start, end, "PLACE", country_code=country, cue="guess")
        elif (
            self.context.followed_by_role(end)
            or self.context.spelled_out_acronym(words, end)
            or self.context.org_noun_after(end)
            or self.context.workplace(start)
        ):
            self._add(start, end, "ORG")
        elif any(t.text.lower() in self.lex.common_words for t in words):
            self._add(start, end, "ORG", cue="guess")
        elif len(words) <= _MAX_PERSON_WORDS:
            self._add(start, end, "PERSON", cue="guess")

    def _read_lone_word(self, start: int, end: int) -> None:
        token = self.tokens[start]
        text = token.text
        if len(text.rstrip(".")) < 2:
            return  # "(C)", an initial
        if _EVENT_CODE.match(text):
            self._add(start, end, "EVENT")
            return
        if is_acronym(text):
            if token.key not in self.lex.non_entities and not _CATALOGUE_NUMBER.search(text):
                self._add(start, end, "ORG", cue="acronym")
            return
        if _is_camel_case(text) or self.context.org_noun_before(start):
            self._add(start, end, "ORG")
            return
        if token.key in self.lex.non_entities or not text[0].isalpha():
            self._add(start, end, None, cue="never")
            return
        if self.context.in_place_context(start, end):
            chain = self.context.place_chain_after(end)
            country = chain.country_code if chain else None
            self._add(start, end, "PLACE", country_code=country, cue="guess")
            return
        after = self.context.word_after(end)
        if token.sentence_start:
            cue = "sentence-start"  # "Refugee commissioner ...": maybe just a word
        elif self.context.followed_by_role(end) or (
            token.possessive and after is not None and after.key in self.lex.role_nouns
        ):
            cue = "org"
        elif after is not None and after.key in _SPEECH:
            cue = "speech"
        else:
            cue = None
        self._add(start, end, None, cue=cue)


def _is_camel_case(word: str) -> bool:
    """Company-style capitals: "PitchBook", "OpenAI", "TikTok"; not "McIntosh" or "DeSantis"."""
    if "-" in word or "'" in word or "’" in word or word[:2] in ("Mc", "Di", "De", "Le", "La"):
        return False
    if word.startswith("Mac"):
        return False
    return any(a.islower() and b.isupper() for a, b in pairwise(word))


def find_known_names(
    text: str, source: Source, story_names: set[tuple[str, ...]], lexicons: Lexicons | None = None
) -> list[Mention]:
    """Only the names a lexicon knows, or that the story has already named.

    For texts whose capitals say nothing: title-case headlines ("Blinken Says
    Russia Shows No Signs") and languages that capitalise nouns. A story name
    found here is left untyped for canonicalisation to link.
    """
    if not text:
        return []
    reader = _Reader(text, source, lexicons or load_lexicons())
    tokens = reader.tokens
    # Lengths of the story's names by their first word, longest first: a name is looked
    # up whole, never compared with every name of the story.
    lengths: dict[str, list[int]] = {}
    for name in story_names:
        if name:
            lengths.setdefault(name[0], []).append(len(name))
    for sizes in lengths.values():
        sizes.sort(reverse=True)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not (token.is_word and token.capitalised):
            i += 1
            continue
        length, known = reader.match(i)
        if length and reader._emit_known(Unit(i, i + length, known)):
            i += length
            continue
        size = next(
            (
                size
                for size in lengths.get(token.key, ())
                if i + size <= len(tokens)
                and tuple(t.key for t in tokens[i : i + size]) in story_names
            ),
            0,
        )
        if size:
            reader._add(i, i + size, None)
            i += size
            continue
        i += 1
    return reader.mentions


def find_candidates(
    text: str, source: Source = "body", lexicons: Lexicons | None = None
) -> list[Mention]:
    """Every name mention in `text`, typed where the text says enough (see module docstring)."""
    if not text:
        return []
    return _Reader(text, source, lexicons or load_lexicons()).read()
