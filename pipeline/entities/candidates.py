"""From text to typed mentions: the rule-based tagger.

`find_candidates` tokenises a text, builds its capitalised runs (runs.py) and
reads each run (`read_run`), first rule that applies:

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
whatever its capitals ("Services industriels de Genève (SIG)"; acronyms.py), and an
acronym in brackets right after an organisation is that organisation wherever the text
uses it, its letters taken from inside the words ("Kunsthalle Südstadt (KHS)").

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
- Swedish, Norwegian and Danish name institutions in one word in the definite
  form ("Fiskeridirektoratet", "Sametinget") and put a bare "-s" genitive on
  names ("Sveriges", "Tornedalens Minerals vd");
- Portuguese reads as Spanish does, with its own particles ("João dos Santos");
  in the Romance languages unknown words, a particle and a known place name a
  body of that place ("Electricidade de Moçambique");
- Dutch, French, Italian, Spanish and Portuguese put a lower-case word for a
  court or ministry before its name ("rechtbank Noord-Holland", "ministère de la
  Transition écologique"), and a word for a kind of place before a place's
  ("na província de Tete", "nel comune di Bard");
- outside English, a noun that opens a sentence before "de" and an institution's
  first word is no part of its name ("Trabajadores de la Universidad ..."); Dutch
  adjectives of nationality before a company or town are not either ("de Amerikaanse
  Ohio Valley Glass Corporation"), nor, in German, a town's adjective and a word for
  a kind of company ("Kieler Werft Förde Marine GmbH");
- Polish declines names: a declined word is looked up in its nominative forms
  ("w Płocku", "na Dolnym Śląsku"), a man's declined name is named in the
  nominative ("premiera Donalda Tuska" -> Donald Tusk), and a declined
  affiliation follows the title ("Prezes Orlenu Ireneusz Fąfara"), read as a
  place or known organisation when it is one word;
- outside English, two capitalised words are a person only after a given name;
  otherwise an organisation (or, in German, nothing); a sentence that opens with
  a word for a kind of company ("Firma Hydrotech Sp. z o.o.") names it after that.
- Finnish, Czech, Slovak, Romanian, Hungarian, Croatian, Slovene, Turkish and
  Indonesian, whose words the rules barely know (`Language.words_unknown`): a
  sentence's first word starts no longer name unless it is a given name, a title or a
  word that heads a name ("Kementerian ..."), or the name ends in a head or legal
  form; capitalised words side by side are a person after a given name, an
  organisation with a head or legal form (which ends the name: "... Oy Oulussa"), a
  place when a word is a declined known place ("Helsingissä", "v Brně"), and
  otherwise nothing;
- Malay, and Russian, Ukrainian, Bulgarian, Serbian, Macedonian and Greek in their own
  letters, are read so too; the Slavic languages and Greek write institutions with one
  capital ("Министерство промышленности и торговли ...", "Харківська міська рада"; read
  to their end in runs.py), Russian and Ukrainian name a company by its legal form and its
  name in quotation marks ("ООО «...»"), and Russian, Ukrainian, Serbian and Greek decline
  places, bodies and people, named in the nominative (inflection.py).

A city, region or country before unknown words starts a company's name ("Boston
Scientific"); a guessed person whose first word opens the sentence is cued
"opener", as that word may be an adjective ("Confident Assad says ...").

Where the rules live: this module reads whole runs in the order above;
run_shapes.py holds the tests of a run's shape (2, 5, 7, 9), titled_runs.py the
runs with a title or affiliation (3, 4, 6), unknown_names.py the stretches and
lone words no lexicon knows (10), declined_names.py the declined forms of
places, people and affiliations, and mention_writer.py turns each decision into
a mention (known phrases, headed runs).
"""

from __future__ import annotations

from bisect import bisect_left

from pipeline.entities import legal_forms
from pipeline.entities.acronyms import acronym_of, spelled_out
from pipeline.entities.affiliations import person_start
from pipeline.entities.context import COMPASS
from pipeline.entities.lexicons import (
    CYRILLIC_AND_GREEK,
    ENGLISH,
    Lexicons,
    family_name_first,
    is_acronym,
    load_lexicons,
)
from pipeline.entities.mention_writer import MAX_PERSON_WORDS, MentionWriter
from pipeline.entities.mentions import Mention, Source
from pipeline.entities.run_shapes import (
    acronym_and_places,
    holds_a_role,
    names_a_person,
    names_body_of_place,
    names_side_by_side,
    national_body,
    nationality_and_org,
    nationality_before_name,
    one_unknown_name,
    opener_before_institution,
    opens_with_kind_of_org,
    org_and_country,
    place_starts_company,
    speaks_by_given_name,
    town_adjective_and_kind,
)
from pipeline.entities.runs import Unit, build_runs, is_org_noun, starts_body_name
from pipeline.entities.titled_runs import read_affiliation, read_affiliation_before, read_titled
from pipeline.entities.titles import role_before, split_title, trailing_title
from pipeline.entities.tokens import Token
from pipeline.entities.unknown_names import read_pieces, read_unknown

_MAX_BYLINE_TOKENS = 12
_BYLINE_WORDS = frozenset(", and & of the".split())
_MAX_RUN_WORDS = 32


def read_text(writer: MentionWriter) -> list[Mention]:
    """Every run of the writer's text read into mentions, then names before acronyms."""
    bylines = _byline_lines(writer) if writer.source == "body" else set()
    named = _quoted_companies(writer)
    for run in build_runs(writer.tokens, writer.lex, writer.match):
        if run.start in bylines or run.start in named:
            continue
        if run.institution:
            writer.add(run.start, run.end, "ORG")  # "Organisation mondiale de la santé"
        else:
            read_run(writer, run.start, run.end, run.units)
    if "(" in writer.text:
        for start, end in spelled_out(writer.tokens, writer.text):
            _add_spelled_out(writer, start, end)
        _name_bracketed_acronyms(writer.text, writer.mentions)
        _regions_after_acronyms(writer.text, writer.mentions)
    return writer.mentions


def _quoted_companies(writer: MentionWriter) -> set[int]:
    """Companies named by a legal form and their name in quotation marks ("ООО «Баренцев
    промысел»", legal_forms.py), written as such; the tokens they cover."""
    if not any(mark in writer.text for mark in '«„“"'):
        return set()  # most stories: no quotation marks
    covered: set[int] = set()
    for start, end in legal_forms.quoted_companies(writer.tokens):
        writer.add(start, end, "ORG")
        covered.update(range(start, end))
    return covered


def _byline_lines(writer: MentionWriter) -> set[int]:
    """Tokens of lines that are a byline the cleaner left in the text ("By Jane Doe",
    "By JANE DOE, Associated Press"): who wrote the story, not what it is about."""
    text, tokens = writer.text, writer.tokens
    skipped: set[int] = set()
    if not (text.startswith(("By ", "BY ")) or "\nBy " in text or "\nBY " in text):
        return skipped  # most stories: no line starts with "By"
    for i, token in enumerate(tokens):
        if token.key != "by" or not token.text[0].isupper() or not (i == 0 or token.after_break):
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


def _add_spelled_out(writer: MentionWriter, start: int, end: int) -> None:
    """An organisation's name before its acronym in brackets (acronyms.py), in place of
    the names read inside it; unless a name read already crosses its bounds."""
    first, last = writer.tokens[start].start, writer.tokens[end - 1].end
    inside = []
    for mention in writer.mentions:
        if mention.source != writer.source or mention.end <= first or mention.start >= last:
            continue
        if mention.start < first and first < mention.end < last and mention.type == "ORG":
            # "Nordic Council Office for the Coordination of Fisheries Research (OCFR)":
            # the acronym leaves out the body the name starts with.
            start = bisect_left(writer.tokens, mention.start, key=_token_start)
            first = mention.start
        elif (
            mention.start < first
            or mention.end > last
            or (mention.start == first and mention.end == last)
        ):
            return  # read already, whole or as part of a longer name
        inside.append(mention)
    # In place: the context reads the same list.
    writer.mentions[:] = [m for m in writer.mentions if m not in inside]
    writer.add(start, end, "ORG")
    writer.mentions.sort(key=lambda m: m.start)


def _token_start(token: Token) -> int:
    return token.start


def _name_bracketed_acronyms(text: str, mentions: list[Mention]) -> None:
    """An acronym in brackets right after an organisation's name is that organisation, even
    when its letters are not the words' initials ("Kunsthalle Südstadt (KHS)",
    "Bundesverband WasserVerkehr (BWV)"): each mention of it in the text is named so. An
    acronym the story spells out for a body no lexicon knows is that body, though a lexicon
    knows the letters for another ("Agência Portuguesa do Ambiente (APA)", not the agency)."""
    named: dict[str, str] = {}
    redefined: set[str] = set()
    before: Mention | None = None
    for mention in sorted(mentions, key=lambda m: m.start):
        if (
            before is not None
            and before.type == "ORG"
            and is_acronym(mention.text)
            and text[before.end : mention.start].strip() == "("
            and text[mention.end : mention.end + 1] == ")"
        ):
            name = before.canonical or before.text
            if acronym_of(mention.text, name):
                named.setdefault(mention.text, name)
                if before.canonical is None and mention.canonical is not None:
                    redefined.add(mention.text)
        before = mention
    if not named:
        return
    for mention in mentions:
        full = named.get(mention.text)
        if (
            full is not None
            and mention.type in (None, "ORG")
            and (mention.canonical is None or mention.text in redefined)
        ):
            mention.type, mention.canonical, mention.cue = "ORG", full, None


def _regions_after_acronyms(text: str, mentions: list[Mention]) -> None:
    """A region right after a body's name and its acronym in brackets is the body's branch
    there, named with it: "l'Agence régionale de santé (ARS) Occitanie", "l'Agenzia
    regionale per la protezione dell'ambiente (Arpa) Lombardia". The region is no place of
    the story there, and the acronym is the branch."""
    ordered = sorted(mentions, key=lambda m: m.start)
    dropped: list[Mention] = []
    for body, acronym, region in zip(ordered, ordered[1:], ordered[2:], strict=False):
        if not (
            body.type == "ORG"
            and region.type == "PLACE"
            and region.place is not None
            and region.place.kind not in ("city", "country")
            and " " not in acronym.text  # "(ARS)", or as Italian writes it "(Arpa)"
            and text[body.end : acronym.start].strip() == "("
            and text[acronym.end : region.start].strip() == ")"
        ):
            continue
        name = body.canonical or body.text
        branch = f"{name} {region.text}"
        for mention in mentions:
            if mention.type == "ORG" and (mention.canonical or mention.text) == name:
                mention.canonical = branch
        dropped.append(region)
    if dropped:
        mentions[:] = [m for m in mentions if m not in dropped]


def _quoted_known_body(writer: MentionWriter, units: list[Unit]) -> bool:
    """A known organisation in quotation marks, as Russian and Ukrainian copy writes
    companies' names ("обслуживал «Аэрофлот»"): no title."""
    return (
        writer.lex.language.code in CYRILLIC_AND_GREEK
        and len(units) == 1
        and any(k.type == "ORG" for k in units[0].known)
    )


def read_run(writer: MentionWriter, start: int, end: int, units: list[Unit]) -> None:
    """One capitalised run, by the first rule of the module docstring that applies."""
    tokens, lex, context = writer.tokens, writer.lex, writer.context
    if end - start > _MAX_RUN_WORDS:
        read_pieces(writer, units)
        return
    if context.is_quoted_title(start, end) and not _quoted_known_body(writer, units):
        return
    if len(units) == 1 and units[0].known and writer.emit_known(units[0]):
        return
    if end - start == 1:
        read_unknown(writer, start, end)  # no rule below reads one word otherwise
        return
    person = person_start(tokens, writer.text, units, lex) if units[-1].end == end else None
    if person is not None:
        read_affiliation_before(writer, start, person, [u for u in units if u.end <= person])
        writer.emit_person(person, end)
        return
    if lex.language.nouns_capitalised and not units[0].known and units[0].end - units[0].start == 1:
        # "Landgericht Dortmund", "Sparkasse Leipzig"; "Gewerkschaft der Lokomotivführer"
        # is named by its kind, "Chemiekonzern Elbtal Chemie GmbH" after it.
        if town_adjective_and_kind(writer, units):
            _read_named_organisation(writer, units[2].start, end, units[2:])
            return  # "Kieler Werft Förde Marine GmbH"
        org_noun = is_org_noun(tokens[start], lex)
        if national_body(writer, start, end):
            writer.add(start, end, "ORG")  # "Österreichischer Alpenverein"
            return
        if (
            starts_body_name(tokens[start], lex)
            and len(units) > 2
            and tokens[end - 1].key in legal_forms.ENDINGS
        ):
            # "Privatbank Linth & Partner AG": a word for its kind before a company's name
            _read_named_organisation(writer, units[1].start, end, units[1:])
            return
        if starts_body_name(tokens[start], lex) or (org_noun and units[1].start > units[0].end):
            writer.add(start, end, "ORG")
            return
        if org_noun:
            _read_named_organisation(writer, units[1].start, end, units[1:])
            return  # also "Gewerkschaft IG BCE"
        if tokens[start].key in lex.language.place_nouns and end - start == 2:
            _read_place_after_noun(writer, start + 1, units[1])  # "im Kanton Uri"
            return
        if (
            is_acronym(tokens[start].text)
            and end - start <= 3
            and tokens[start].key not in lex.title_words  # "CEO Beat Müller" is a person
        ):
            writer.add(start, end, "ORG")  # "SBB Cargo", "DB Netz": a company's division
            return
    if lex.language is not ENGLISH and opener_before_institution(writer, units):
        read_run(writer, units[1].start, end, units[1:])  # "Trabajadores de la Universidad"
        return
    if lex.language.nationalities and nationality_before_name(writer, units, end):
        read_run(writer, units[1].start, end, units[1:])  # "de Amerikaanse ... Corporation"
        return
    if opens_with_kind_of_org(writer, units, end):
        _read_named_organisation(writer, units[1].start, end, units[1:])
        return  # "Firma Hydrotech Polska Sp. z o.o. wygrała ...": "firma" is "the company"
    if nationality_and_org(units):
        writer.add(start, end, "ORG")  # "Palestinian Red Crescent"
        return
    if org_and_country(units):
        org = next(k for k in units[0].known if k.type == "ORG")
        writer.add(start, end, "ORG", canonical=f"{org.canonical} {writer.unit_text(units[1])}")
        return  # "Greenpeace Hungary": the organisation's branch in that country
    if lex.language is not ENGLISH and names_body_of_place(writer, units):
        writer.add(start, end, "ORG")  # "Electricidade de Moçambique"
        return
    if len(units) > 1 and names_side_by_side(units):
        read_pieces(writer, units)  # "U.S. Federal Reserve"
        return
    split = split_title(tokens[start:end], lex)
    if split is None and len(units) > 1 and tokens[start].key not in lex.given_names:
        title_start = trailing_title(tokens[start:end], lex)  # not "Aaron Judge"
        if title_start and tokens[start + title_start - 1].key != "&":  # "Bus & Coach"
            # "RBI Deputy Governor says ...": a title with no name; its affiliation stays.
            read_affiliation(
                writer,
                start,
                start + title_start,
                [u for u in units if u.end <= start + title_start],
            )
            return
    if (
        split is not None
        and split.title_start > 0
        and names_a_person(writer, start + split.title_end, end)
    ):
        # "Reserve Bank of India Deputy Governor Poonam Gupta": the head names the
        # affiliation, not the run.
        read_titled(writer, start, end, units, split)
        return
    if speaks_by_given_name(writer, start, end, units) or (
        split is None and holds_a_role(writer, start, end, units)
    ):
        writer.emit_person(start, end)  # "Jane Park said": no park speaks
        return
    head = writer.run_head(start, end)
    if head == "ORG" and _title_of_company(writer, start, end):
        # "Geschäftsführer der Rheintal Stickerei GmbH": the title is the person's, not the
        # company's name.
        read_run(writer, start + 2, end, [u for u in units if u.start >= start + 2])
        return
    if head:
        writer.emit_headed(start, end, head, units)
        return
    if split is not None:
        read_titled(writer, start, end, units, split)
        return
    if (
        len(units) > 1
        and tokens[start].key in COMPASS
        and not units[0].known
        and context.in_place_context(start, end)
    ):
        chain = context.place_chain_after(end)  # "East Palestine, Ohio"
        country = chain.country_code if chain else None
        writer.add(start, end, "PLACE", country_code=country, cue="guess")
        return
    if len(units) > 1 and lex.title_words.get(tokens[start].key) == "modifier":
        read_run(writer, units[1].start, end, units[1:])  # "Former Portuguese ..."
        return
    first_head = lex.first_heads.get(tokens[start].key)
    if first_head and end - start >= 2:
        writer.emit_headed(start, end, first_head, units)
        return
    knows_org = any(k.type == "ORG" for u in units for k in u.known)
    if len(units) > 1 and not knows_org and end - start <= MAX_PERSON_WORDS:
        if (
            role_before(tokens, start, writer.text, lex)
            or tokens[start].key in lex.given_names
            or family_name_first(lex, tokens[start:end])
        ):
            writer.emit_person(start, end)
            return
        if (
            context.org_noun_before(start)
            or context.followed_by_role(end)
            or acronym_and_places(writer, units)
        ):
            writer.add(start, end, "ORG")
            return
        if place_starts_company(writer, units):
            writer.add(start, end, "ORG", cue="guess")  # "Boston Scientific"
            return
        if one_unknown_name(units):
            read_unknown(writer, start, end)
            return
    read_pieces(writer, units)


def _title_of_company(writer: MentionWriter, start: int, end: int) -> bool:
    """A German title and the genitive article before an organisation's name: "Geschäftsführerin
    der Hopfenhandel Berger GmbH"."""
    tokens = writer.tokens
    return (
        writer.lex.language.nouns_capitalised
        and end - start > 2
        and writer.lex.title_words.get(tokens[start].key) == "head"
        and tokens[start + 1].key in ("der", "des")
        and tokens[start + 2].capitalised
    )


def _read_place_after_noun(writer: MentionWriter, start: int, unit: Unit) -> None:
    """The name after a word for a kind of place ("Kanton Uri", "Landkreis Ebersberg"):
    that place, known or not."""
    if not (unit.known and writer.emit_known(unit)):
        writer.add(start, unit.end, "PLACE", cue="guess")


def _read_named_organisation(
    writer: MentionWriter, start: int, end: int, units: list[Unit]
) -> None:
    """What follows a word for a kind of organisation: the organisation it names."""
    if len(units) == 1 and units[0].known and writer.emit_known(units[0]):
        return
    head = writer.run_head(start, end)
    if head and head != "ORG":
        read_run(writer, start, end, units)
        return
    cue = "acronym" if end - start == 1 and is_acronym(writer.tokens[start].text) else None
    writer.add(start, end, "ORG", cue=cue)


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
    writer = MentionWriter(text, source, lexicons or load_lexicons())
    tokens = writer.tokens
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
        length, known = writer.match(i)
        unnamed_town = (
            towns_named
            and length == 1
            and (token.key,) not in story_names
            and all(k.type == "PLACE" for k in known)
            and all(p.kind == "city" and not p.capital_of for k in known for p in k.places)
        )
        if length and not unnamed_town and writer.emit_known(Unit(i, i + length, known)):
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
            writer.add(i, i + size, None)
            i += size
            continue
        i += 1
    return writer.mentions


def find_candidates(
    text: str, source: Source = "body", lexicons: Lexicons | None = None
) -> list[Mention]:
    """Every name mention in `text`, typed where the text says enough (see module docstring)."""
    if not text:
        return []
    return read_text(MentionWriter(text, source, lexicons or load_lexicons()))
