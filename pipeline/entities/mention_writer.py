"""One text being tagged: its tokens and context, and the mentions written for it.

Every reading rule (candidates.py, titled_runs.py, unknown_names.py) decides what a
stretch of tokens names; `MentionWriter` is where the decision becomes a `Mention`,
so the few things every typed mention needs are done in one place:

- a person's name loses post-nominals ("Jane Smith MP") and the town the person
  serves ("Joris Meulebeke van Diksmuide"), and, in Polish, is named in the
  nominative ("Donalda Tuska" -> "Donald Tusk");
- an organisation in a bare "-s" genitive is named without it ("Viborg Kommunes
  borgmester" -> "Viborg Kommune");
- a known phrase is typed from the lexicons (`emit_known`), a place chosen among
  namesakes by the country named after it, a capital read as its city or its
  government, and a small town's name dropped without a place context;
- a run typed by its head word (`emit_headed`: "Tapajos River", "Fukuoka
  Prefecture", "Vale SA", "Gottfried Leibniz University Hannover": a body's head and
  its town) is written as that type;
- one copy of each name as written is kept, however often the text repeats it.
"""

from __future__ import annotations

from pipeline.entities.context import Context
from pipeline.entities.feature_names import english_feature_name
from pipeline.entities.gazetteer import Place, load_gazetteer, most_likely
from pipeline.entities.inflection import (
    cyrillic_body_nominative,
    cyrillic_person_nominative,
    polish_body_nominative,
    polish_man_name,
)
from pipeline.entities.legal_forms import LEGAL_FORMS
from pipeline.entities.lexicons import Lexicons, is_acronym
from pipeline.entities.mentions import Mention, Source
from pipeline.entities.runs import TOPIC_WORDS, PhraseMatcher, Unit, head_of
from pipeline.entities.titles import role_before
from pipeline.entities.tokens import ROMAN_NUMERALS, Token, fold, tokenize
from pipeline.model import EntityType

# Letters after a name that are not part of it: "Nicholas Dean KC", "Jane Smith MP".
# "of" before the town a person serves, after the name: "Joris Meulebeke van Diksmuide".
_SEAT_LINKS = frozenset(("van", "von"))
POST_NOMINALS = frozenset(
    "KC QC MP MSP MEP MLA MPP MHA OBE MBE CBE KBE DBE GBE CMG KCMG OAM FRS MBA CPA DDS PhD".split()
)
SPEECH_VERBS = frozenset(
    "said says told added wrote stated argued warned explained tweeted".split()
)
MAX_PERSON_WORDS = 5
# A one-word town smaller than this needs context ("in", "the town of") to count.
LARGE_CITY = 100_000
_ADMIN_WORDS = frozenset(
    "prefecture province region oblast county district governorate state municipality".split()
)
# Words between a place and its administrative word: "Guangxi Zhuang Autonomous Region",
# "Hong Kong Special Administrative Region".
_ADMIN_QUALIFIERS = frozenset("autonomous special administrative metropolitan".split())
_CURRENCY_SIGNS = frozenset("$€£¥")
# The definite articles Bulgarian and Macedonian put on the end of a noun.
_SUFFIXED_ARTICLES = {"bg": ("ът", "ят", "то", "та", "те"), "mk": ("от", "то", "та", "те")}


class MentionWriter:
    """The tokens, phrase matches and context of one text, and its mentions so far."""

    def __init__(self, text: str, source: Source, lexicons: Lexicons) -> None:
        self.text = text
        self.source = source
        self.lex = lexicons
        language = lexicons.language
        self.tokens = tokenize(text, language.elisions, language.case_suffixes)
        self.match = PhraseMatcher(self.tokens, lexicons)
        self.mentions: list[Mention] = []
        # One copy of each name as written, however often the text repeats it.
        self._names: dict[str, str] = {}
        self.context = Context(self.tokens, self.match, lexicons, source, self.mentions)

    def add(
        self,
        start: int,
        end: int,
        type_: EntityType | None,
        canonical: str | None = None,
        place: Place | None = None,
        country_code: str | None = None,
        roles: list[str] | None = None,
        cue: str | None = None,
    ) -> None:
        tokens = self.tokens
        if type_ == "PERSON":
            while end - start > 1 and tokens[end - 1].text in POST_NOMINALS:
                end -= 1
            if self._acronym_after_person(start, end):
                # "nach Angaben von Adam Nowak FIS ...": a body's acronym after the name
                self.add(start, end - 1, type_, canonical, place, country_code, roles, cue)
                self.add(end - 1, end, "ORG", cue="acronym")
                return
            seat = self._seat_after_person(start, end)
            if seat is not None:
                # "Schepen Joris Meulebeke van Diksmuide": the town the person serves
                self.add(start, end - 2, type_, canonical, place, country_code, roles, cue)
                self.emit_known(seat)
                return
            if canonical is None and self.lex.language.declines_names:
                nominative = polish_man_name(
                    [t.text for t in tokens[start:end]], self.lex.given_names
                )
                canonical = " ".join(nominative) if nominative else None
            elif canonical is None and self.lex.language.place_cases == "cyr":
                # "Елены Сафоновой" -> "Елена Сафонова"
                nominative = cyrillic_person_nominative(
                    [t.text for t in tokens[start:end]], self.lex.given_names
                )
                canonical = " ".join(nominative) if nominative else None
        last = tokens[end - 1]
        if type_ == "PLACE" and canonical is None and self._division_in_genitive(end):
            canonical = self.text[tokens[start].start : last.start + len(last.text) - 1]
        if type_ == "ORG" and canonical is None:
            if self._in_genitive(start, end):
                canonical = self.text[tokens[start].start : last.start + len(last.text) - 1]
            elif self.lex.language.declines_names:
                # "Sądu Apelacyjnego w Gdańsku" -> "Sąd Apelacyjny w Gdańsku"
                nominative = polish_body_nominative([t.text for t in tokens[start:end]])
                canonical = " ".join(nominative) if nominative else None
            elif self.lex.language.place_cases == "cyr":
                # "Одеської обласної військової адміністрації" -> "Одеська обласна ..."
                nominative = cyrillic_body_nominative([t.text for t in tokens[start:end]])
                canonical = " ".join(nominative) if nominative else None
            elif (head := self._indefinite_head(tokens[start])) is not None:
                # "Министерството на земеделието" -> "Министерство на земеделието"
                canonical = head + self.text[tokens[start].end : last.end]
        first_offset, end_offset = tokens[start].start, last.start + len(last.text)
        text = self.text[first_offset:end_offset]
        self.mentions.append(
            Mention(
                self._names.setdefault(text, text),
                first_offset,
                end_offset,
                self.source,
                type_,
                canonical,
                place,
                country_code,
                roles if roles is not None else [],
                cue,
            )
        )

    def _indefinite_head(self, token: Token) -> str | None:
        """The first word of a Bulgarian or Macedonian body's name without the article
        these languages put on it ("Министерството" -> "Министерство", "Агенцијата" ->
        "Агенција"), when both forms head names (data/heads.tsv); None otherwise."""
        articles = _SUFFIXED_ARTICLES.get(self.lex.language.code)
        if articles is None or token.key not in self.lex.first_heads:
            return None
        for article in articles:
            stem = token.text[: -len(article)]
            if token.key.endswith(article) and fold(stem) in self.lex.first_heads:
                return stem
        return None

    def unit_text(self, unit: Unit) -> str:
        return self.text[self.tokens[unit.start].start : self.tokens[unit.end - 1].end]

    def choose_place(self, places: list[Place], start: int, end: int) -> Place:
        if len(places) == 1:
            return places[0]  # most names: nothing to choose
        chain = self.context.place_chain_after(end)
        if chain is not None and chain.country_code:
            in_country = [
                p for p in places if p.country_code == chain.country_code and p is not chain
            ]
            if in_country:
                places = in_country
        return most_likely(places)

    def _in_genitive(self, start: int, end: int) -> bool:
        """An organisation's name of several words in a bare "-s" genitive, its head word
        showing it, before the noun it qualifies: "Viborg Kommunes borgmester"."""
        if end - start < 2 or end >= len(self.tokens) or not self.lex.language.genitive_s:
            return False
        last, after = self.tokens[end - 1], self.tokens[end]
        return (
            last.key.endswith("s")
            and self.lex.last_heads.get(last.key[:-1]) == "ORG"
            and after.is_word
            and after.text[:1].islower()
            and not after.after_break
        )

    def _division_in_genitive(self, end: int) -> bool:
        """A place in a bare "-s" genitive before the kind of division it is: "i Jämtlands
        län" names Jämtland."""
        if end >= len(self.tokens) or not self.lex.language.genitive_s:
            return False
        after = self.tokens[end]
        return (
            self.tokens[end - 1].key.endswith("s")
            and after.key in self.lex.language.seat_divisions
            and not after.capitalised
            and not after.after_break
        )

    def _acronym_after_person(self, start: int, end: int) -> bool:
        """An acronym of three letters or more that ends a person's name of a given name and
        a surname is a body next to the name, not part of it; post-nominals ("KC", "OBE")
        are dropped before this is asked."""
        last = self.tokens[end - 1]
        return (
            end - start >= 3
            and is_acronym(last.text)
            and sum(ch.isalpha() for ch in last.text) >= 3
            and self.tokens[start].key in self.lex.given_names
        )

    def _seat_after_person(self, start: int, end: int) -> Unit | None:
        """The town after "van"/"von" that ends a person's name, given name and surname
        before it: "Joris Meulebeke van Diksmuide"; "Hans van Breukelen" and "Jan Peter van
        Houten" keep their particle."""
        tokens = self.tokens
        if (
            end - start < 4
            or tokens[end - 2].key not in _SEAT_LINKS
            or tokens[end - 3].key in self.lex.given_names
        ):
            return None
        length, known = self.match(end - 1)
        if length != 1 or not any(k.type == "PLACE" for k in known):
            return None
        return Unit(end - 1, end, known)

    def emit_known(self, unit: Unit) -> bool:
        """Emit a known phrase; False when it is too doubtful to count (a small town's name)."""
        org = norp = None
        places: list[Place] = []
        for k in unit.known:
            if k.type == "ORG" and org is None:
                org = k
            elif k.type == "NORP" and norp is None:
                norp = k
            elif k.type == "PLACE":
                places += k.places
        if org is not None:
            self.add(unit.start, unit.end, "ORG", canonical=org.canonical)
            return True
        if norp is not None:
            self.add(
                unit.start,
                unit.end,
                "NORP",
                canonical=norp.canonical,
                country_code=norp.country_code,
            )
            return True
        if not places:
            return False
        if self.is_currency(unit.end):
            return False  # "US$310 million", "NZ$2 billion"
        place = self.choose_place(places, unit.start, unit.end)
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
        if single_word and (
            self.context.speaks_or_is_described(unit.end) or self.context.acts(unit.start, unit.end)
        ):
            cue = "speaker"  # "Lima said", "Lima expects": the story's Maria Lima, if any
        self.add(unit.start, unit.end, "PLACE", canonical=place.name, place=place, cue=cue)
        return True

    def is_currency(self, end: int) -> bool:
        """A currency sign right after a country's code: "US$", "NZ$", "HK$"."""
        tokens = self.tokens
        if end >= len(tokens) or tokens[end].text not in _CURRENCY_SIGNS:
            return False
        return tokens[end].start == tokens[end - 1].end

    def _is_doubtful_place(self, place: Place, first: Token, single_word: bool) -> bool:
        """A town's name that needs context to count: small towns, and one-word towns
        that are words, given names or sentence openers ("Union", "Shelby"). A shouted
        city ("MUMBAI, Mar 4") is a dateline's, whatever opens the sentence."""
        if place.minor:
            return True
        if first.text.isupper() and len(first.text) > 3 and place.kind == "city":
            return False
        if not single_word or place.kind != "city" or place.capital_of:
            return False
        if self.lex.language.nouns_capitalised:
            return True  # "Essen", "Halle", "Hof": German nouns before they are towns
        return (
            place.population < LARGE_CITY
            or first.sentence_start
            or first.key in self.lex.common_words
            or first.key in self.lex.given_names
        )

    def emit_headed(self, start: int, end: int, head: str, units: list[Unit]) -> None:
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
                and self._admin_words_after(units, end)
                and inner
            ):
                # "Fukuoka Prefecture" is Fukuoka, "Xinjiang Uygur Autonomous Region" Xinjiang.
                first = units[0]
                first_places = [p for k in first.known if k.type == "PLACE" for p in k.places]
                place = self.choose_place(first_places or inner, start, first.end)
                self.add(start, first.end, "PLACE", canonical=place.name, place=place)
                return
            country = next((p.country_code for p in inner if p.country_code), None)
            name = self.text[tokens[start + 1].start : tokens[end - 1].end]
            english = english_feature_name(self.lex.language.code, tokens[start].key, name)
            self.add(start, end, "PLACE", canonical=english, country_code=country)
            return
        known_org = next((k for k in units[0].known if k.type == "ORG"), None) if units else None
        if (
            head == "ORG"
            and known_org is not None
            and all(t.key in LEGAL_FORMS for t in tokens[units[0].end : end])
        ):
            # "Vale SA", "Glencore Plc": the known company with its legal form.
            self.add(start, end, "ORG", canonical=known_org.canonical)
            return
        self.add(start, end, head)  # type: ignore[arg-type]

    def _admin_words_after(self, units: list[Unit], end: int) -> bool:
        """Whether the words after a run's first unit only say what kind of division it is:
        "Prefecture", "Uygur Autonomous Region"."""
        first = units[0]
        if not any(k.type == "PLACE" for k in first.known):
            return False
        for unit in units[1:]:
            key = self.tokens[unit.start].key
            if unit.known and all(k.type == "NORP" for k in unit.known):
                continue
            if unit.end - unit.start != 1 or key not in _ADMIN_WORDS | _ADMIN_QUALIFIERS:
                return False
        return units[-1].end == end

    def emit_person(self, start: int, end: int) -> None:
        role = role_before(self.tokens, start, self.text, self.lex)
        self.add(start, end, "PERSON", roles=[role] if role else [])

    def run_head(self, start: int, end: int) -> str | None:
        """ORG/PLACE/EVENT when the word before "of"/"for" heads the run ("Bank of
        England", "Centre for Policy Dialogue"), or else its last word does; a last word
        that heads an organisation outweighs a place's head before "of"."""
        tokens = self.tokens
        for k in range(start + 1, end - 1):
            key = tokens[k].key
            if key in ("of", "for") or tokens[k - 1].key in TOPIC_WORDS.get(key, ()):
                head = head_of(tokens[k - 1], self.lex) or self.lex.first_heads.get(
                    tokens[k - 1].key
                )
                if head == "PLACE" and head_of(tokens[end - 1], self.lex) == "ORG":
                    return "ORG"  # "Gulf of Maine Research Institute": a body named for a place
                if head:
                    return head
                break
        last = end - 1
        while last > start and tokens[last].key in ROMAN_NUMERALS:
            last -= 1
        if last <= start:
            return None
        head = head_of(tokens[last], self.lex)
        if head is None and last > start + 1 and head_of(tokens[last - 1], self.lex) == "ORG":
            # "Gottfried Leibniz University Hannover", "Kunsthalle Südstadt Wien": a body
            # and its town
            length, known = self.match(last)
            if last + length == end and any(k.type == "PLACE" for k in known):
                return "ORG"
        return head
