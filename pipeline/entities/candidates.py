"""From text to typed mentions: the rule-based tagger.

`find_candidates` tokenises a text, builds its capitalised runs (runs.py) and
reads each run, in this order:

1. the whole run is a known name (gazetteer, agencies, institutions, peoples);
2. its last word heads an organisation, place or event ("... Logistics Group",
   "... River", "... Film Festival"), or the word before "of" does ("Bank of
   England"): the whole run is that;
3. it holds a title with a name after it: affiliation + title (a role) + PERSON;
4. its first word heads a name ("Conseil du Cafe-Cacao", "Grupo Textil ...");
5. it starts with a given name: PERSON ("Summer McIntosh", "Christian Lindner");
6. otherwise it is cut into known phrases and unknown stretches; an unknown
   stretch is typed from its context: a role before it ("chief executive
   Ingrid Solbakken") makes a person, "in"/"near" or a following ", <place>"
   make a place, a following role noun makes an employer (ORG), common words
   inside make an organisation, and two or more bare name words a person.

A lone unknown word gets no type here: canonicalisation links it to a fuller
name ("Blinken" -> "Antony Blinken", "Veltrana" -> "Veltrana Logistics Group")
or types it from its `cue`.

Capitals used for their governments ("Washington saw no signs") are read as
the country; after "in", "to", "from" and the like they stay cities.
"""

from __future__ import annotations

from pipeline.entities.gazetteer import Place, load_gazetteer
from pipeline.entities.lexicons import EntityType, Known, Lexicons, load_lexicons
from pipeline.entities.mentions import Mention, Source
from pipeline.entities.runs import NAME_PARTICLES, Run, Unit, build_runs, head_of
from pipeline.entities.titles import is_address_only, keeps_title_in_name, role_before, split_title
from pipeline.entities.tokens import Token, tokenize

# A place name after these is the place itself, not its government.
_LOCATIVE = frozenset(
    """in at near outside inside across around throughout into to from via through toward towards
    on over off of visit visits visited visiting""".split()
)
# Before an unknown name, these make it a place ("in Nusa Dua").
_PLACE_PREPOSITIONS = frozenset("in near outside inside across around throughout".split())
# "the town of X", "the resort island of Y"
_PLACE_NOUNS = frozenset(
    """town city village island islands province state region district capital port suburb
    neighbourhood neighborhood area county prefecture municipality resort enclave archipelago
    outskirts coast shores peninsula valley""".split()
)
# "Kharkiv region", "Isabela province": a place noun after the name.
_PLACE_NOUNS_AFTER = frozenset(
    """region province district state county area oblast prefecture governorate city town
    village municipality residents streets mayor airport""".split()
)
_ADMIN_WORDS = frozenset("prefecture province region oblast county district governorate state".split())
_SPEECH = frozenset("said says told added wrote stated argued warned explained tweeted".split())
_MAX_PERSON_WORDS = 5


def _text(tokens: list[Token], start: int, end: int, text: str) -> str:
    return text[tokens[start].start : tokens[end - 1].end]


class _Reader:
    """Reads the runs of one text into mentions."""

    def __init__(self, text: str, source: Source, lexicons: Lexicons) -> None:
        self.text = text
        self.source = source
        self.lex = lexicons
        self.tokens = tokenize(text)
        self.mentions: list[Mention] = []

    # -- context ------------------------------------------------------------

    def _word_before(self, index: int) -> Token | None:
        if index > 0 and self.tokens[index - 1].is_word:
            return self.tokens[index - 1]
        return None

    def _word_after(self, end: int) -> Token | None:
        if end < len(self.tokens) and self.tokens[end].is_word and not self.tokens[end].after_break:
            return self.tokens[end]
        return None

    def _place_chain_after(self, end: int) -> Place | None:
        """The known place in ", <place>" right after a name ("Nusa Dua, Bali")."""
        tokens = self.tokens
        if end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].capitalised:
            length, known = self.lex.phrases.match(tokens, end + 1)
            places = [p for k in known if k.type == "PLACE" for p in k.places]
            if length and places:
                return min(places, key=lambda p: (p.kind != "country", p.kind != "region", -p.population))
        return None

    def _in_place_context(self, start: int, end: int) -> bool:
        before = self._word_before(start)
        if before is not None:
            if before.key in _PLACE_PREPOSITIONS:
                return True
            if before.key == "of":
                noun = self._word_before(start - 1)
                if noun is not None and noun.key in _PLACE_NOUNS:
                    return True
        after = self._word_after(end)
        if after is not None and after.key in _PLACE_NOUNS_AFTER and not after.capitalised:
            return True
        return self._place_chain_after(end) is not None

    def _is_locative(self, start: int, end: int) -> bool:
        """A capital named as a place ("talks in Moscow") rather than its government."""
        before = self._word_before(start)
        if before is not None and (before.key in _LOCATIVE or before.key in _PLACE_NOUNS):
            return True
        after = self._word_after(end)
        if after is not None and after.key in _PLACE_NOUNS_AFTER and not after.capitalised:
            return True
        return self._place_chain_after(end) is not None or self.source == "dateline"

    def _followed_by_role(self, end: int) -> bool:
        """"Halvorsen chief executive Ingrid Solbakken": the name is someone's employer."""
        k = end
        seen_role = False
        while k < len(self.tokens) and k - end < 4:
            token = self.tokens[k]
            if not token.is_word or token.after_break:
                return False
            if token.capitalised:
                return seen_role
            if token.key in self.lex.role_nouns:
                seen_role = True
            k += 1
        return False

    # -- emitting -----------------------------------------------------------

    def _add(self, start: int, end: int, type_: EntityType | None, **fields: object) -> Mention:
        tokens = self.tokens
        mention = Mention(
            _text(tokens, start, end, self.text),
            tokens[start].start,
            tokens[end - 1].end,
            self.source,
            type_,
            **fields,  # type: ignore[arg-type]
        )
        self.mentions.append(mention)
        return mention

    def _choose_place(self, places: list[Place], start: int, end: int) -> Place:
        chain = self._place_chain_after(end)
        if chain is not None and chain.country_code:
            in_country = [p for p in places if p.country_code == chain.country_code and p is not chain]
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
            self._add(unit.start, unit.end, "NORP", canonical=norp.canonical, country_code=norp.country_code)
            return True
        places = [p for k in known if k.type == "PLACE" for p in k.places]
        if not places:
            return False
        place = self._choose_place(places, unit.start, unit.end)
        single_word = unit.end - unit.start == 1
        doubtful = place.minor or (
            single_word
            and place.kind == "city"
            and self.tokens[unit.start].key in self.lex.common_words | self.lex.given_names
        )
        if doubtful and not self._in_place_context(unit.start, unit.end):
            return False
        if place.capital_of and not self._is_locative(unit.start, unit.end):
            country = load_gazetteer().countries.get(place.capital_of)
            if country is not None:
                place = country
        self._add(unit.start, unit.end, "PLACE", canonical=place.name, place=place)
        return True

    def _emit_headed(self, start: int, end: int, head: str, units: list[Unit]) -> None:
        """A run typed by its head word: "Tapajos River", "Fukuoka Prefecture", "Veltrana Logistics"."""
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

    def _emit_person(self, start: int, end: int, roles: list[str], canonical: str | None = None) -> None:
        role = role_before(self.tokens, start, self.text, self.lex)
        all_roles = ([role] if role else []) + roles
        self._add(start, end, "PERSON", roles=all_roles, canonical=canonical)

    # -- reading ------------------------------------------------------------

    def _run_head(self, start: int, end: int) -> str | None:
        """ORG/PLACE/EVENT when the run's last word, or the word before "of"/"for", heads it."""
        tokens = self.tokens
        last = end - 1
        while last > start and tokens[last].key in ("ii", "iii", "iv"):
            last -= 1
        head = head_of(tokens[last], self.lex)
        if head and last > start:
            return head
        for k in range(start + 1, end - 1):
            if tokens[k].key in ("of", "for"):
                return head_of(tokens[k - 1], self.lex) or self.lex.first_heads.get(tokens[k - 1].key)
        return None

    def read(self) -> list[Mention]:
        for run in build_runs(self.tokens, self.lex):
            self._read_run(run.start, run.end, run.units)
        return self.mentions

    def _read_run(self, start: int, end: int, units: list[Unit]) -> None:
        tokens = self.tokens
        if len(units) == 1 and units[0].known and self._emit_known(units[0]):
            return
        head = self._run_head(start, end)
        if head:
            self._emit_headed(start, end, head, units)
            return
        split = split_title(tokens[start:end], self.lex)
        if split is not None:
            self._read_titled(start, end, units, split)
            return
        first_head = self.lex.first_heads.get(tokens[start].key)
        if first_head and end - start >= 2 and not units[0].known:
            self._add(start, end, first_head)  # type: ignore[arg-type]
            return
        if (
            tokens[start].key in self.lex.given_names
            and 2 <= end - start <= _MAX_PERSON_WORDS
            and not any(k.type == "ORG" for u in units for k in u.known)
        ):
            self._emit_person(start, end, [])
            return
        self._read_pieces(units)

    def _read_titled(self, start: int, end: int, units: list[Unit], split) -> None:  # noqa: ANN001
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
            self._emit_person(name_start, end, roles)

    def _read_affiliation(self, start: int, end: int, units: list[Unit]) -> None:
        """The words before a title: "U.S.", "Kremlin", "Russian Foreign Ministry"."""
        head = self._run_head(start, end) or head_of(self.tokens[end - 1], self.lex)
        if head and end - start >= 2:
            self._emit_headed(start, end, head, units)
            return
        if len(units) == 1 and units[0].known and self._emit_known(units[0]):
            return
        unknown = all(not u.known for u in units)
        if unknown:
            self._add(start, end, "ORG")
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
        before = self._word_before(start)
        title_before = before is not None and self.lex.title_words.get(before.key) == "head"
        if role or title_before:
            self._emit_person(start, end, [])
            return
        if len(words) == 1:
            self._read_lone_word(start, end)
            return
        if self._in_place_context(start, end):
            chain = self._place_chain_after(end)
            self._add(start, end, "PLACE", country_code=chain.country_code if chain else None)
        elif self._followed_by_role(end):
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
        letters = text.replace(".", "").replace("-", "").replace("+", "")
        if len(letters) >= 2 and letters.isupper() and letters.isalnum():
            if token.key not in self.lex.non_entities:
                self._add(start, end, "ORG", cue="acronym")
            return
        if token.key in self.lex.non_entities or not text[0].isalpha():
            self._add(start, end, None, cue="never")
            return
        if self._in_place_context(start, end):
            chain = self._place_chain_after(end)
            self._add(start, end, "PLACE", country_code=chain.country_code if chain else None)
            return
        after = self._word_after(end)
        if self._followed_by_role(end) or (token.possessive and after is not None and after.key in self.lex.role_nouns):
            cue = "org"
        elif after is not None and after.key in _SPEECH:
            cue = "speech"
        elif token.sentence_start:
            cue = "sentence-start"
        else:
            cue = None
        self._add(start, end, None, cue=cue)


def find_candidates(text: str, source: Source = "body", lexicons: Lexicons | None = None) -> list[Mention]:
    """Every name mention in `text`, typed where the text says enough (see module docstring)."""
    if not text:
        return []
    return _Reader(text, source, lexicons or load_lexicons()).read()



