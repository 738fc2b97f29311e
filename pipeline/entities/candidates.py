"""From text to typed mentions: the rule-based tagger.

`find_candidates` tokenises a text, builds its capitalised runs (runs.py) and
reads each run (`_Reader._read_run`), first rule that applies:

1. a run that fills a quotation is a title of a work: skipped;
2. the whole run is a known name (gazetteer, agencies, institutions, peoples);
   known names side by side are read one by one ("U.S. Federal Reserve"), a
   nationality before an institution joins it ("Palestinian Red Crescent"), an
   institution before a country is its branch there ("Greenpeace Hungary");
3. a given name inside the run after a known place or people, or after a role
   and "of" (or a Polish genitive), starts a person, the words before it being
   the affiliation ("sindaco di Napoli Gaetano Manfredi", "American Molly
   Lansing", "prezydent Katowic Marcin Krupa"; affiliations.py);
4. a title with a name after it and an affiliation before it: affiliation +
   role + PERSON, whatever heads the affiliation ("Reserve Bank of India Deputy
   Governor Poonam Gupta"); a title that ends the run with no name after it
   leaves only the affiliation ("RBI Deputy Governor says ...");
5. a given name and a word that ends places' names, followed by a verb of
   saying, is a person ("Jane Park said"); otherwise the word before
   "of"/"for", or else the last word, heads an organisation, place or event
   ("Bank of England", "... Logistics Group", "... Energie", "Maasvlakte
   Shipping B.V.", "... River", "Simplon Pass", "... Film Festival"): the
   whole run is that (laws are skipped); a known company with
   its legal form is that company ("Vale SA");
6. it holds a title with a name after it: affiliation + title (a role) + PERSON
   ("U.S. Secretary of State Antony Blinken", "Treasurer Jane Doe");
7. a compass word before an unknown place ("East Palestine, Ohio") is one place;
   a leading title word without a title ("Former ...") is dropped;
8. its first word heads a name ("University of Graz", "Societe des Eaux du Niger");
9. a role before it ("chief executive Ingrid Solbakken") or a given name first
   ("Summer McIntosh") makes a person; a word for an organisation before it
   ("chipmaker Nvidia"), a role after it ("Halvorsen chief executive ...") or an
   acronym with a place ("Africa CDC") make an organisation;
10. otherwise it is cut into known phrases and unknown stretches, and an
    unknown stretch is typed from its context (context.py): a place context ("in
    Nusa Dua", ", Bali") makes a place, an employer or spelled-out acronym an
    organisation, common words or closing initials ("Daewoo E&C") inside an
    organisation, two or more bare name words a person.

Then a name spelled out before its acronym in brackets is one organisation,
whatever its capitals ("Services industriels de Genève (SIG)"; acronyms.py).

A run of more than `_MAX_RUN_WORDS` words (a shouted paragraph, a table) is
no name: only its known phrases and the stretches between them are read (10).
A line that is a byline the cleaner left ("By Jane Doe") is not read.

A lone unknown word gets no type here: canonicalisation links it to a fuller
name ("Blinken" -> "Antony Blinken", "Veltrana" -> "Veltrana Logistics Group")
or types it from its `cue`. A one-word place that speaks ("Lima said") is cued
"speaker": canonicalisation gives it to the story's person of that surname.
An English adjective for a people no lexicon lists, before a noun, is one
("Tasmanian salmon").

Capitals used for their governments ("Washington saw no signs") are read as
the country, capitals named as places ("talks in Moscow") stay cities; the
evidence for both is in context.py.

The story's language (lexicons.Language) changes what counts as evidence:

- German capitalises every noun, so capitals prove nothing: a person needs a
  given name or a title ("Betriebsratschef Uwe Kästner"), an organisation a
  head, a legal form, a word for its kind before it ("Chemiekonzern ...") or a
  federal body's name ("Bundesnetzagentur"), a town a preposition ("in Riesa");
  a compound for a body starts its own name ("Landgericht Dortmund", "Sparkasse
  Leipzig"); a genitive is its place ("Sachsens"); a word for a kind of place
  names the place after it ("Kanton Uri"), and a compound for a valley, lake or
  square is a place after a preposition ("im Kamptal", "am Forggensee");
- French and Italian elide articles onto names ("l'AFP", "dell'Ovo") and write
  institutions with one capital ("Organisation mondiale de la santé", "Corte dei
  conti"), read to their end (runs.py);
- Dutch names state bodies in one word ("Rijkswaterstaat");
- Polish declines names: a declined word is looked up in its nominative forms
  ("w Płocku", "na Dolnym Śląsku"), a man's declined name is named in the
  nominative ("premiera Donalda Tuska" -> Donald Tusk), and a declined
  affiliation follows the title ("Prezes Orlenu Ireneusz Fąfara"), read as a
  place or known organisation when it is one word;
- outside English, two capitalised words are a person only after a given name;
  otherwise an organisation (or, in German, nothing); a sentence that opens with
  a word for a kind of company ("Firma Hydrotech Sp. z o.o.") names it after that.

A city, region or country before unknown words starts a company's name ("Boston
Scientific"); a guessed person whose first word opens the sentence is cued
"opener", as that word may be an adjective ("Confident Assad says ...").
"""

from __future__ import annotations

import re
from itertools import pairwise, product

from pipeline.entities import legal_forms
from pipeline.entities.acronyms import spelled_out
from pipeline.entities.affiliations import person_start
from pipeline.entities.context import COMPASS, Context
from pipeline.entities.gazetteer import Place, load_gazetteer, most_likely
from pipeline.entities.inflection import (
    german_genitive_stem,
    polish_man_name,
    polish_place_forms,
)
from pipeline.entities.legal_forms import LEGAL_FORMS
from pipeline.entities.lexicons import ENGLISH, Lexicons, is_acronym, load_lexicons
from pipeline.entities.mentions import Mention, Source
from pipeline.entities.runs import (
    NAME_PARTICLES,
    TOPIC_WORDS,
    PhraseMatcher,
    Unit,
    build_runs,
    head_of,
    is_federal_body,
    is_org_noun,
    starts_body_name,
)
from pipeline.entities.titles import (
    TitleSplit,
    is_address_only,
    keeps_title_in_name,
    role_before,
    split_title,
    trailing_title,
)
from pipeline.entities.tokens import ROMAN_NUMERALS, Token, fold, tokenize
from pipeline.model import EntityType

_ADMIN_WORDS = frozenset(
    "prefecture province region oblast county district governorate state".split()
)
_SPEECH = frozenset("said says told added wrote stated argued warned explained tweeted".split())
# Endings of words for peoples and nationalities the lexicon may not know: "Bavarian",
# "Tyrolean", "Flemish", "Aragonese".
_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish")
_CURRENCY_SIGNS = frozenset("$€£¥")
_DECLINED_FORMS = 4
_MAX_BYLINE_TOKENS = 12
_BYLINE_WORDS = frozenset(", and & of the".split())
# Titles whose holders have portfolios: an unknown word before them is the portfolio.
_PORTFOLIO_TITLES = frozenset("minister ministers secretary commissioner".split())
# Letters after a name that are not part of it: "Nicholas Dean KC", "Jane Smith MP".
_POST_NOMINALS = frozenset("KC QC MP MSP MEP MLA MPP MHA OBE MBE CBE KBE DBE PhD".split())
_EVENT_CODE = re.compile(r"^COP-?\d{1,2}$")
_CATALOGUE_NUMBER = re.compile(r"\d")
_MAX_PERSON_WORDS = 5
# A German compound place name is a word before its ending: "Inntal", not "Tal".
_MIN_COMPOUND_LENGTH = 6
# Words of a declined affiliation between a title and a name ("Prezes Śląskich Zakładów ...").
_MAX_AFFILIATION_WORDS = 3
_MAX_RUN_WORDS = 32
# A one-word town smaller than this needs context ("in", "the town of") to count.
_LARGE_CITY = 100_000


class _Reader:
    """Reads the runs of one text into mentions."""

    def __init__(self, text: str, source: Source, lexicons: Lexicons) -> None:
        self.text = text
        self.source = source
        self.lex = lexicons
        self.tokens = tokenize(text, lexicons.language.elisions)
        self.match = PhraseMatcher(self.tokens, lexicons)
        self.mentions: list[Mention] = []
        # One copy of each name as written, however often the text repeats it.
        self._names: dict[str, str] = {}
        self.context = Context(self.tokens, self.match, lexicons, source, self.mentions)

    def _add(
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
            while end - start > 1 and tokens[end - 1].text in _POST_NOMINALS:
                end -= 1
            if canonical is None and self.lex.language.declines_names:
                nominative = polish_man_name(
                    [t.text for t in tokens[start:end]], self.lex.given_names
                )
                canonical = " ".join(nominative) if nominative else None
        last = tokens[end - 1]
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

    def _choose_place(self, places: list[Place], start: int, end: int) -> Place:
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

    def _emit_known(self, unit: Unit) -> bool:
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
        if not places:
            return False
        if self._is_currency(unit.end):
            return False  # "US$310 million", "NZ$2 billion"
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
        if single_word and (
            self.context.speaks_or_is_described(unit.end) or self.context.acts(unit.start, unit.end)
        ):
            cue = "speaker"  # "Lima said", "Lima expects": the story's Maria Lima, if any
        self._add(unit.start, unit.end, "PLACE", canonical=place.name, place=place, cue=cue)
        return True

    def _is_currency(self, end: int) -> bool:
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
        known_org = next((k for k in units[0].known if k.type == "ORG"), None) if units else None
        if (
            head == "ORG"
            and known_org is not None
            and all(t.key in LEGAL_FORMS for t in tokens[units[0].end : end])
        ):
            # "Vale SA", "Glencore Plc": the known company with its legal form.
            self._add(start, end, "ORG", canonical=known_org.canonical)
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
            key = tokens[k].key
            if key in ("of", "for") or tokens[k - 1].key in TOPIC_WORDS.get(key, ()):
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

    def _byline_lines(self) -> set[int]:
        """Tokens of lines that are a byline the cleaner left in the text ("By Jane Doe",
        "By JANE DOE, Associated Press"): who wrote the story, not what it is about."""
        tokens = self.tokens
        skipped: set[int] = set()
        if not (
            self.text.startswith(("By ", "BY ")) or "\nBy " in self.text or "\nBY " in self.text
        ):
            return skipped  # most stories: no line starts with "By"
        for i, token in enumerate(tokens):
            if (
                token.key != "by"
                or not token.text[0].isupper()
                or not (i == 0 or token.after_break)
            ):
                continue
            end = i + 1
            while end < len(tokens) and not tokens[end].after_break:
                end += 1
            line = tokens[i + 1 : end]
            if 1 < len(line) <= _MAX_BYLINE_TOKENS and all(
                t.capitalised or t.key in _BYLINE_WORDS for t in line
            ):
                skipped.update(range(i, end))
        return skipped

    def read(self) -> list[Mention]:
        bylines = self._byline_lines() if self.source == "body" else set()
        for run in build_runs(self.tokens, self.lex, self.match):
            if run.start in bylines:
                continue
            if run.institution:
                self._add(run.start, run.end, "ORG")  # "Organisation mondiale de la santé"
            else:
                self._read_run(run.start, run.end, run.units)
        if "(" in self.text:
            for start, end in spelled_out(self.tokens, self.text):
                self._add_spelled_out(start, end)
        return self.mentions

    def _add_spelled_out(self, start: int, end: int) -> None:
        """An organisation's name before its acronym in brackets (acronyms.py), in place of
        the names read inside it; unless a name read already crosses its bounds."""
        first, last = self.tokens[start].start, self.tokens[end - 1].end
        inside = []
        for mention in self.mentions:
            if mention.source != self.source or mention.end <= first or mention.start >= last:
                continue
            if (
                mention.start < first
                or mention.end > last
                or (mention.start == first and mention.end == last)
            ):
                return  # read already, whole or as part of a longer name
            inside.append(mention)
        # In place: the context reads the same list.
        self.mentions[:] = [m for m in self.mentions if m not in inside]
        self._add(start, end, "ORG")
        self.mentions.sort(key=lambda m: m.start)

    def _read_run(self, start: int, end: int, units: list[Unit]) -> None:
        tokens = self.tokens
        if end - start > _MAX_RUN_WORDS:
            self._read_pieces(units)
            return
        if self.context.is_quoted_title(start, end):
            return
        if len(units) == 1 and units[0].known and self._emit_known(units[0]):
            return
        if end - start == 1:
            self._read_unknown(start, end)  # no rule below reads one word otherwise
            return
        person = person_start(tokens, self.text, units, self.lex) if units[-1].end == end else None
        if person is not None:
            self._read_affiliation_before(start, person, [u for u in units if u.end <= person])
            self._emit_person(person, end)
            return
        if (
            self.lex.language.nouns_capitalised
            and not units[0].known
            and units[0].end - units[0].start == 1
        ):
            # "Landgericht Dortmund", "Sparkasse Leipzig"; "Gewerkschaft der Lokomotivführer"
            # is named by its kind, "Chemiekonzern Elbtal Chemie GmbH" after it.
            org_noun = is_org_noun(tokens[start], self.lex)
            if starts_body_name(tokens[start], self.lex) or (
                org_noun and units[1].start > units[0].end
            ):
                self._add(start, end, "ORG")
                return
            if org_noun:
                self._read_named_organisation(units[1].start, end, units[1:])
                return  # also "Gewerkschaft IG BCE"
            if tokens[start].key in self.lex.language.place_nouns and end - start == 2:
                self._read_place_after_noun(start + 1, units[1])  # "im Kanton Uri"
                return
            if is_acronym(tokens[start].text) and end - start <= 3:
                self._add(start, end, "ORG")  # "SBB Cargo", "DB Netz": a company's division
                return
        if self._opens_with_kind_of_org(units, end):
            self._read_named_organisation(units[1].start, end, units[1:])
            return  # "Firma Hydrotech Polska Sp. z o.o. wygrała ...": "firma" is "the company"
        if self._nationality_and_org(units):
            self._add(start, end, "ORG")  # "Palestinian Red Crescent"
            return
        if self._org_and_country(units):
            org = next(k for k in units[0].known if k.type == "ORG")
            self._add(start, end, "ORG", canonical=f"{org.canonical} {self._unit_text(units[1])}")
            return  # "Greenpeace Hungary": the organisation's branch in that country
        if len(units) > 1 and self._names_side_by_side(units):
            self._read_pieces(units)  # "U.S. Federal Reserve"
            return
        split = split_title(tokens[start:end], self.lex)
        if split is None and len(units) > 1 and tokens[start].key not in self.lex.given_names:
            title_start = trailing_title(tokens[start:end], self.lex)  # not "Aaron Judge"
            if title_start:
                # "RBI Deputy Governor says ...": a title with no name; its affiliation stays.
                self._read_affiliation(
                    start, start + title_start, [u for u in units if u.end <= start + title_start]
                )
                return
        if (
            split is not None
            and split.title_start > 0
            and self._names_a_person(start + split.title_end, end)
        ):
            # "Reserve Bank of India Deputy Governor Poonam Gupta": the head names the
            # affiliation, not the run.
            self._read_titled(start, end, units, split)
            return
        if self._speaks_by_given_name(start, end, units) or (
            split is None and self._holds_a_role(start, end, units)
        ):
            self._emit_person(start, end)  # "Jane Park said": no park speaks
            return
        head = self._run_head(start, end)
        if head:
            self._emit_headed(start, end, head, units)
            return
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
            if self._place_starts_company(units):
                self._add(start, end, "ORG", cue="guess")  # "Boston Scientific"
                return
            if self._one_unknown_name(units):
                self._read_unknown(start, end)
                return
        self._read_pieces(units)

    def _read_place_after_noun(self, start: int, unit: Unit) -> None:
        """The name after a word for a kind of place ("Kanton Uri", "Landkreis Ebersberg"):
        that place, known or not."""
        if not (unit.known and self._emit_known(unit)):
            self._add(start, unit.end, "PLACE", cue="guess")

    def _compound_place_after_preposition(self, token: Token, start: int, end: int) -> bool:
        """A German compound for a valley, lake or square after a preposition of place: "im
        Kamptal", "am Forggensee", "am Schwarzenbergplatz" (data/language_words.tsv)."""
        endings = self.lex.language.place_endings
        return (
            bool(endings)
            and token.key.endswith(endings)
            and len(token.key) > _MIN_COMPOUND_LENGTH
            and token.key not in self.lex.common_words
            and self.context.in_place_context(start, end, known=True)
        )

    def _describes_by_people(self, token: Token, end: int) -> bool:
        """An English adjective for a people or region no lexicon lists, before a lower-case
        noun: "Tasmanian salmon", "Flemish state aid"; not a name that speaks ("Parish said")."""
        if not token.text.endswith(_DEMONYM_ENDINGS) or self.lex.language is not ENGLISH:
            return False  # most words: settled by their ending
        after = self.context.word_after(end)
        return (
            len(token.text) > 5
            and token.key not in self.lex.given_names
            and after is not None
            and after.text.islower()
            and after.key not in _SPEECH
        )

    def _speaks_by_given_name(self, start: int, end: int, units: list[Unit]) -> bool:
        """A given name and a word that also ends places' names, followed by a verb of saying
        or a description of someone ("Jane Park said", "Molly Hill, 34,"): a person."""
        return (
            self.tokens[start].key in self.lex.given_names
            and units[0].end == start + 1
            and end - start <= _MAX_PERSON_WORDS
            and head_of(self.tokens[end - 1], self.lex) == "PLACE"
            and not any(t.key in ("of", "for") for t in self.tokens[start:end])
            and self.context.speaks_or_is_described(end)
        )

    def _holds_a_role(self, start: int, end: int, units: list[Unit]) -> bool:
        """Words no lexicon knows as a whole, set off by commas after a role and its body:
        whoever holds it ("el presidente de la Junta, Juanma Moreno,"), though a word of
        the name is a town's ("Moreno", Argentina)."""
        return (
            self.context.apposition_after_role(start, end)
            and end - start <= _MAX_PERSON_WORDS
            and not all(u.known for u in units)
            and not any(k.type != "PLACE" for u in units for k in u.known)
            and self._run_head(start, end) is None
        )

    def _read_affiliation_before(self, start: int, end: int, units: list[Unit]) -> None:
        """The affiliation before a person's name with no title between them: a known place
        or people ("Napoli", "American"), or a declined one ("Katowic"); words no lexicon
        knows are the role's portfolio or body ("dell'Economia") and are left out."""
        if all(u.known for u in units):
            self._read_pieces(units)
        elif end - start == 1:
            self._read_declined_affiliation(start)

    def _read_named_organisation(self, start: int, end: int, units: list[Unit]) -> None:
        """What follows a word for a kind of organisation: the organisation it names."""
        if len(units) == 1 and units[0].known and self._emit_known(units[0]):
            return
        head = self._run_head(start, end)
        if head and head != "ORG":
            self._read_run(start, end, units)
            return
        cue = "acronym" if end - start == 1 and is_acronym(self.tokens[start].text) else None
        self._add(start, end, "ORG", cue=cue)

    def _declined_place(self, token: Token, minor: bool = False) -> Place | None:
        """The place a declined word names ("Płocku", "Sachsens"), if it is a known one
        and no mere town: a wrong guess would otherwise make a place of a word. A small
        town counts too (`minor`) where a preposition says a place follows ("w Niepołomicach")."""
        language = self.lex.language
        if language.declines_names:
            forms = polish_place_forms(token.text)
        elif language.nouns_capitalised:
            stem = german_genitive_stem(token.text)
            forms = [stem] if stem else []
        else:
            return None
        gazetteer = load_gazetteer()
        for form in forms:
            places = [p for p in gazetteer.candidates(form) if minor or not p.minor]
            if places:
                return most_likely(places)
        return None

    def _given_name_first(self, words: list[Token]) -> bool:
        """Whether a name starts with a given name, declined or not ("Donalda Tuska")."""
        return words[0].key in self.lex.given_names or (
            self.lex.language.declines_names
            and polish_man_name([t.text for t in words], self.lex.given_names) is not None
        )

    def _read_declined_affiliation(self, index: int) -> None:
        """A declined word naming where someone works: a place ("Poznania") or a known
        organisation ("Orlenu"); left out when it is neither."""
        token = self.tokens[index]
        place = self._declined_place(token)
        if place is not None:
            self._add(index, index + 1, "PLACE", canonical=place.name, place=place)
            return
        for form in polish_place_forms(token.text):
            org = next((k for k in self.lex.phrases.word(fold(form)) if k.type == "ORG"), None)
            if org is not None:
                self._add(index, index + 1, "ORG", canonical=org.canonical)
                return

    def _declined_place_name(self, start: int, end: int) -> Place | None:
        """A declined name of two or three words the gazetteer knows ("Dolnym Śląsku")."""
        words = [t.text for t in self.tokens[start:end]]
        if not self.lex.language.declines_names or not 1 < len(words) <= 3:
            return None
        gazetteer = load_gazetteer()
        # A few forms of each word: declension changes the ending, and the product of
        # every form of three words would cost more than the story.
        forms = ([word, *polish_place_forms(word)[:_DECLINED_FORMS]] for word in words)
        for name in product(*forms):
            places = gazetteer.candidates(" ".join(name))
            if places:
                return most_likely(places)
        return None

    def _names_a_person(self, start: int, end: int) -> bool:
        """Whether tokens[start:end] can be a person's name: no word of it heads an
        organisation or place, and no "of" joins it to one."""
        lex = self.lex
        return end - start <= _MAX_PERSON_WORDS and not any(
            t.key in ("of", "for") or head_of(t, lex) or t.key in lex.first_heads
            for t in self.tokens[start:end]
        )

    def _opens_with_kind_of_org(self, units: list[Unit], end: int) -> bool:
        """A sentence that opens with a word for a kind of organisation before its name, in a
        language whose copy names companies so ("Firma ...", "Koncern ..."); a word that
        starts names itself ("Bank ...", "Grupa Azoty") is part of the name, unless the name
        after it has its own legal form ("Spółka Bałtycka Energia Sp. z o.o.": "the company")."""
        first = self.tokens[units[0].start]
        return (
            len(units) > 1
            and first.sentence_start
            and not units[0].known
            and units[1].start == units[0].end == units[0].start + 1
            and first.key in self.lex.language.org_nouns
            and (
                first.key not in self.lex.first_heads
                or self.tokens[end - 1].key in legal_forms.ENDINGS
            )
        )

    def _nationality_and_org(self, units: list[Unit]) -> bool:
        return (
            len(units) == 2
            and any(k.type == "NORP" for k in units[0].known)
            and any(k.type == "ORG" for k in units[1].known)
            and units[1].start == units[0].end
        )

    def _org_and_country(self, units: list[Unit]) -> bool:
        return (
            len(units) == 2
            and units[1].start == units[0].end
            and any(k.type == "ORG" for k in units[0].known)
            and any(p.kind == "country" for k in units[1].known for p in k.places)
            and not any(k.type != "PLACE" for k in units[1].known)
        )

    def _unit_text(self, unit: Unit) -> str:
        return self.text[self.tokens[unit.start].start : self.tokens[unit.end - 1].end]

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

    def _place_starts_company(self, units: list[Unit]) -> bool:
        """A city, region or country, then unknown words: a company named for where it
        is ("Boston Scientific", "Lisbon Tram Operators"), not a person, whose given name
        would be a small town's at most ("Shelby Cranwell")."""
        first = units[0]
        if (
            not first.known
            or self.lex.language.nouns_capitalised
            or self.tokens[first.start].key in self.lex.given_names
            or any(u.known for u in units[1:])
            or units[1].start != first.end
            or any(k.type != "PLACE" for k in first.known)
        ):
            return False
        place = most_likely([p for k in first.known for p in k.places])
        return (
            place.kind != "city"
            or place.capital_of is not None
            or (not place.minor and place.population >= _LARGE_CITY)
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
            minister = tokens[title_start].key in _PORTFOLIO_TITLES
            self._read_affiliation(start, title_start, affiliation_units, minister)
        roles: list[str] = []
        if not is_address_only(split):
            roles.append(self.text[tokens[start].start : tokens[title_end - 1].end])
        name_tokens = tokens[name_start:end]
        given = self._declined_affiliation_length(name_tokens)
        if given:
            # "Prezes Orlenu Ireneusz Fąfara": the affiliation, declined, after the title; of
            # several words ("Prezes Śląskich Zakładów Jan Nowak") it is no name to keep.
            if given == 1:
                self._read_declined_affiliation(name_start)
            name_start += given
            name_tokens = name_tokens[given:]
        if keeps_title_in_name(split, name_tokens):
            self._add(title_start, end, "PERSON", roles=[])
            return
        if name_tokens and all(t.key in NAME_PARTICLES or t.capitalised for t in name_tokens):
            self._add(name_start, end, "PERSON", roles=roles)

    def _declined_affiliation_length(self, name_tokens: list[Token]) -> int:
        """How many words of what follows a title are a declined affiliation, before a given
        name and a surname (Polish puts it there); 0 when none are."""
        if not self.lex.language.declines_names:
            return 0
        given = self.lex.given_names
        for k, token in enumerate(name_tokens[: _MAX_AFFILIATION_WORDS + 1]):
            if token.key in given:
                return k if 0 < k < len(name_tokens) - 1 else 0
        return 0

    def _read_affiliation(
        self, start: int, end: int, units: list[Unit], minister: bool = False
    ) -> None:
        """The words before a title: "U.S.", "Kremlin", "Russian Foreign Ministry".

        `minister`: the title is a minister's or secretary's, whose one-word unknown
        affiliation is the portfolio ("Electricity Minister")."""
        if self.tokens[end - 1].key in NAME_PARTICLES:
            return  # "Die Regierung von Bundeskanzler ...": whose the title is, not a name
        if len(units) == 1 and units[0].known and self._emit_known(units[0]):
            return  # "House of Commons Speaker ...": a known name before its head
        head = self._run_head(start, end) or head_of(self.tokens[end - 1], self.lex)
        if head and end - start >= 2:
            self._emit_headed(start, end, head, units)
            return
        if end - start == 1 and (place := self._declined_place(self.tokens[start])) is not None:
            self._add(start, end, "PLACE", canonical=place.name, place=place)
            return  # "Thüringens Ministerpräsident"
        if all(not u.known for u in units):
            word = self.tokens[start]
            if end - start == 1 and word.text.endswith(_DEMONYM_ENDINGS):
                self._add(start, end, "NORP")  # "Bavarian Economy Minister ..."
                return
            if end - start == 1 and minister and not is_acronym(word.text):
                return  # "Electricity Minister ...": the portfolio, part of the title
            cue = "acronym" if end - start == 1 and is_acronym(word.text) else None
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
        if self.context.in_place_context(start, end) and not self.lex.language.nouns_capitalised:
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
        elif self.lex.language is not ENGLISH:
            # Outside English a person's name is told by its given name ("Maren Ulbrich");
            # other capitalised words side by side are German nouns ("Hamburger Hafen")
            # or, in the other languages, an institution's name ("Wody Polskie").
            if self._given_name_first(words) and len(words) <= _MAX_PERSON_WORDS:
                self._add(start, end, "PERSON", cue="guess")
            elif (place := self._declined_place_name(start, end)) is not None:
                self._add(start, end, "PLACE", canonical=place.name, place=place)
            elif not self.lex.language.nouns_capitalised:
                self._add(start, end, "ORG", cue="guess")
        elif any(t.text.lower() in self.lex.common_words for t in words) or (
            is_acronym(words[-1].text)
            and words[-1].key not in ROMAN_NUMERALS
            and words[-1].text not in _POST_NOMINALS
        ):
            # Common words, or initials at the end ("Daewoo E&C"): no person's name.
            self._add(start, end, "ORG", cue="guess")
        elif len(words) <= _MAX_PERSON_WORDS:
            first = tokens[start]
            opener = first.sentence_start and first.key not in self.lex.given_names
            self._add(start, end, "PERSON", cue="opener" if opener else "guess")

    def _read_lone_word(self, start: int, end: int) -> None:
        token = self.tokens[start]
        text = token.text
        if len(text.rstrip(".")) < 2 or self._is_currency(end):
            return  # "(C)", an initial; "US$"
        if _EVENT_CODE.match(text):
            self._add(start, end, "EVENT")
            return
        if is_acronym(text):
            if token.key not in self.lex.non_entities and not _CATALOGUE_NUMBER.search(text):
                self._add(start, end, "ORG", cue="acronym")
            return
        declined = self._declined_place(token)
        if (
            declined is None
            and self.lex.language.declines_names
            and self.context.in_place_context(start, end, known=True)
        ):
            declined = self._declined_place(token, minor=True)
        if declined is not None:
            self._add(start, end, "PLACE", canonical=declined.name, place=declined)
            return
        if (
            _is_camel_case(text)
            or self.context.org_noun_before(start)
            or (self.lex.language.nouns_capitalised and is_federal_body(token.key))
            or _is_bank(token)
            or _is_state_body(token, self.lex.language.body_prefixes)
        ):
            self._add(start, end, "ORG")  # also "Bundesnetzagentur", "Riksbank", "Rijksmuseum"
            return
        if token.key in self.lex.non_entities or not text[0].isalpha():
            self._add(start, end, None, cue="never")
            return
        if self._describes_by_people(token, end):
            self._add(start, end, "NORP")  # "Tasmanian salmon farmer", "Flemish start-up"
            return
        if self.lex.language.nouns_capitalised:
            if self._compound_place_after_preposition(token, start, end):
                self._add(start, end, "PLACE", cue="guess")  # "im Kamptal", "am Forggensee"
            else:
                self._add(start, end, None)  # a German noun, unless the story names it so
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
        elif after is not None and (after.key in _SPEECH or after.key in self.lex.language.speech):
            cue = "speech"
        else:
            cue = None
        self._add(start, end, None, cue=cue)


def _is_bank(token: Token) -> bool:
    """A one-word name of a bank: "Riksbank", "Bundesbank", "Nationalbank"."""
    return len(token.key) > 7 and token.key.endswith("bank")


def _is_state_body(token: Token, prefixes: tuple[str, ...]) -> bool:
    """A one-word name of a state body, by its language's prefix for the state: "Rijkswaterstaat"
    (data/language_words.tsv, body_prefixes)."""
    return (
        bool(prefixes) and token.key.startswith(prefixes) and len(token.key) > _MIN_COMPOUND_LENGTH
    )


def _is_camel_case(word: str) -> bool:
    """Company-style capitals: "PitchBook", "OpenAI", "TikTok"; not "McIntosh" or "DeSantis"."""
    if word[1:].islower():
        return False  # no capital after the first letter: most words, settled at once
    if "-" in word or "'" in word or "’" in word or word[:2] in ("Mc", "Di", "De", "Le", "La"):
        return False
    if word.startswith("Mac"):
        return False
    return any(a.islower() and b.isupper() for a, b in pairwise(word))


def find_known_names(
    text: str,
    source: Source,
    story_names: set[tuple[str, ...]],
    lexicons: Lexicons | None = None,
    towns_named: bool = False,
) -> list[Mention]:
    """Only the names a lexicon knows, or that the story has already named.

    For texts whose capitals say nothing: title-case headlines ("Blinken Says
    Russia Shows No Signs") and languages the tagger does not read. A story name
    found here is left untyped for canonicalisation to link. `towns_named`: a
    one-word town counts only if the story names it ("Vale Weighs Sale of Unit" is
    no story from Sale), as a headline's capitals do not say it is a name.
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
        unnamed_town = (
            towns_named
            and length == 1
            and (token.key,) not in story_names
            and all(k.type == "PLACE" for k in known)
            and all(p.kind == "city" and not p.capital_of for k in known for p in k.places)
        )
        if length and not unnamed_town and reader._emit_known(Unit(i, i + length, known)):
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
