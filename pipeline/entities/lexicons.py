"""Everything the tagger knows before it reads a story, loaded once per process.

- `Known`: what a known phrase names: a news agency or institution (ORG), a
  nationality or group (NORP), or candidate places (PLACE, from the gazetteer).
- `PhraseIndex`: longest-match lookup of known phrases over tokens.
- `Lexicons`: the phrase index plus the word lists the rules use (titles, role
  nouns, name heads, given names, common and never-entity words), and the
  `Language` of the story.
- `load_lexicons(language)`: the lexicons for copy in that language: the names
  are the same in every language (one phrase index); the words around them are
  English plus, for French, Spanish, German, Polish, Italian, Dutch, Portuguese,
  Swedish, Norwegian and Danish (`data/language_words.tsv`), that language's.

Acronyms ("WHO", "AP", "US") match only in capitals, so "Who" and "us" don't.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Literal

from pipeline.entities.gazetteer import Place, load_gazetteer
from pipeline.entities.lexicon_files import data_rows, data_words, split_aliases
from pipeline.entities.tokens import Token, elided, fold
from pipeline.model import EntityType

HeadType = Literal["ORG", "PLACE", "EVENT", "LAW"]
TitleKind = Literal["head", "modifier", "courtesy", "regnal"]


@dataclass(slots=True, eq=False)
class Known:
    """What a known phrase names. Places keep every candidate: context picks one.

    Compared by identity: one record per lexicon entry, however many names it has.
    """

    type: EntityType
    canonical: str
    places: list[Place] = field(default_factory=list)
    country_code: str | None = None
    agency: bool = False


def phrase_keys(phrase: str) -> tuple[str, ...]:
    """The token keys a phrase has in running text ("St. Peter's Square" -> st., peter, square)."""
    keys = []
    for word in fold(phrase).split():
        word = word.strip(",;:")
        if word.endswith("'s") and len(word) > 2:
            word = word[:-2]
        elif word.endswith("s'"):
            word = word[:-1]
        if word:
            keys.append(word)
    return tuple(keys)


def is_acronym(word: str) -> bool:
    """Capitals (and digits), at most six: "WHO", "U.S.", "OPEC+", "S&P"."""
    letters = word.replace(".", "").replace("+", "").replace("&", "").replace("-", "")
    return (
        1 < len(letters) <= 6
        and letters.isalnum()
        and letters.upper() == letters
        and not letters.isdigit()
    )


# The answer for text that starts no known phrase, shared: callers only read it.
_NOTHING: tuple[int, list[Known]] = (0, [])


@dataclass(slots=True)
class _Entry:
    keys: tuple[str, ...]
    surface: str | None  # set for acronyms: the exact capitals that must appear
    known: list[Known]
    # Positions after the first whose word every spelling capitalises: "Lee On" is a
    # town, "Lee on Tuesday" is not.
    capitals: frozenset[int]


def _split_elisions(keys: tuple[str, ...]) -> tuple[str, ...]:
    split: list[str] = []
    for key in keys:
        size = elided(key)
        split += [key[:size], key[size:]] if size else [key]
    return tuple(split)


def _capitalised_positions(phrase: str, keys: tuple[str, ...]) -> frozenset[int]:
    words = phrase.split()
    if len(words) != len(keys):
        return frozenset()  # a spelling whose words do not line up with its keys
    return frozenset(k for k, word in enumerate(words) if k and word[:1].isupper())


class PhraseIndex:
    """Known phrases, bucketed by their first two token keys (one for one-word names)."""

    def __init__(self) -> None:
        self._entries: dict[tuple[tuple[str, ...], str | None], _Entry] = {}
        self._buckets: dict[tuple[str, str | None], list[_Entry]] = {}

    def add(self, phrase: str, known: Known) -> None:
        keys = phrase_keys(phrase)
        if not keys:
            return
        split = _split_elisions(keys)
        if split != keys:
            self._add(phrase, split, known)  # "Côte d'Ivoire" as French copy is tokenised
        self._add(phrase, keys, known)

    def _add(self, phrase: str, keys: tuple[str, ...], known: Known) -> None:
        surface = phrase if is_acronym(phrase) else None
        capitals = _capitalised_positions(phrase, keys)
        entry = self._entries.get((keys, surface))
        if entry is None:
            entry = self._entries[(keys, surface)] = _Entry(keys, surface, [], capitals)
            bucket = self._buckets.setdefault((keys[0], keys[1] if len(keys) > 1 else None), [])
            bucket.append(entry)
        else:
            entry.capitals &= capitals
        if known not in entry.known:
            entry.known.append(known)

    def word(self, key: str) -> list[Known]:
        """What a one-word phrase of this key names, whatever its capitals ("orlen")."""
        found: list[Known] = []
        for entry in self._buckets.get((key, None), ()):
            if len(entry.keys) == 1:
                found += [k for k in entry.known if k not in found]
        return found

    def sort(self) -> None:
        """Put longer phrases first in every bucket (call once, after the last `add`)."""
        for bucket in self._buckets.values():
            bucket.sort(key=lambda e: -len(e.keys))

    def match(self, tokens: Sequence[Token], i: int) -> tuple[int, list[Known]]:
        """Longest known phrase starting at tokens[i]: (token count, what it names) or (0, [])."""
        first = tokens[i].key
        buckets = self._buckets
        if i + 1 < len(tokens) and not tokens[i + 1].after_break:
            bucket = buckets.get((first, tokens[i + 1].key))
            if bucket is not None:
                found = self._longest(bucket, tokens, i)
                if found[0]:
                    return found
        bucket = buckets.get((first, None))
        return _NOTHING if bucket is None else self._longest(bucket, tokens, i)

    @staticmethod
    def _longest(bucket: list[_Entry], tokens: Sequence[Token], i: int) -> tuple[int, list[Known]]:
        found_length = 0
        found: list[Known] = []
        for entry in bucket:
            n = len(entry.keys)
            if n < found_length:
                break  # longest first: every longer or equal entry has been tried
            if i + n > len(tokens) or not PhraseIndex._matches(entry, tokens, i):
                continue
            found_length = n
            found = found + [k for k in entry.known if k not in found]
        return (found_length, found) if found_length else _NOTHING

    @staticmethod
    def _matches(entry: _Entry, tokens: Sequence[Token], i: int) -> bool:
        n = len(entry.keys)
        if entry.surface is not None:
            written = tokens[i].text if n == 1 else " ".join(t.text for t in tokens[i : i + n])
            if written != entry.surface:
                return False
        if entry.capitals and not all(tokens[i + k].text[:1].isupper() for k in entry.capitals):
            return False
        return all(
            tokens[i + k].key == entry.keys[k] and not tokens[i + k].after_break
            for k in range(2, n)
        )


@dataclass(frozen=True, slots=True)
class Language:
    """How a language writes names, and its words around them (see language_words.tsv)."""

    code: str = "en"
    # German capitalises every noun: a capital is no evidence of a name there.
    nouns_capitalised: bool = False
    # French and Italian elide articles onto names: "l'AFP", "d'Airbus", "dell'Ovo".
    elisions: bool = False
    # French and Italian write institutions with one capital: "Organisation mondiale de la
    # santé", "Corte dei conti".
    lower_case_institutions: bool = False
    # Polish declines names: "w Płocku", "premiera Donalda Tuska".
    declines_names: bool = False
    # German and the Scandinavian languages write a genitive with a bare "-s": "Sachsens",
    # "Sveriges", "Norges".
    genitive_s: bool = False
    speech: frozenset[str] = frozenset()
    locatives: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()
    org_nouns: frozenset[str] = frozenset()
    title_endings: tuple[str, ...] = ()
    org_endings: tuple[str, ...] = ()
    body_endings: tuple[str, ...] = ()
    # Prefixes of one-word names of state bodies: "Rijkswaterstaat", "Rijksmuseum".
    body_prefixes: tuple[str, ...] = ()
    # Words for a kind of place before its name: "Kanton Uri", "Landkreis Ebersberg".
    place_nouns: frozenset[str] = frozenset()
    # Endings of compounds that name a valley, lake or square: "Kamptal", "Forggensee".
    place_endings: tuple[str, ...] = ()
    # Endings of one-word names of institutions, such as the Scandinavian definite
    # compounds "Fiskeridirektoratet", "Sametinget", "Finanstilsynet".
    institution_endings: tuple[str, ...] = ()
    # Lower-case words for a court or ministry whose name follows: "rechtbank Noord-Holland",
    # "ministère de la Transition écologique".
    institution_nouns: frozenset[str] = frozenset()
    # Prepositions spelled like other languages' name particles: Polish "do" ("to"), never
    # the "do" of "João do Carmo".
    prepositions: frozenset[str] = frozenset()
    # Words for public bodies named for their seat, and the preposition before the seat:
    # "Sąd Rejonowy w Gdyni", "Statsforvalteren i Vestland".
    seat_bodies: frozenset[str] = frozenset()
    seat_prepositions: frozenset[str] = frozenset()
    # The kind of division a body's seat is, in lower case after it: "i Jämtlands län".
    seat_divisions: frozenset[str] = frozenset()
    # Lower-case words for a court or council after its name: "Nordre Vestfold tingrett".
    trailing_bodies: frozenset[str] = frozenset()
    # Adjectives of nationality that the language capitalises: "de Amerikaanse ...".
    nationalities: frozenset[str] = frozenset()
    # A language the rules know few words of (Finnish, Czech, Hungarian, ...): a capital
    # still marks a name, but an unknown word opening a sentence may be any word, and
    # capitalised words side by side are a name only on firm evidence (a given name, a
    # title, a legal form or a head).
    words_unknown: bool = False
    # How the language declines place names, for inflection.place_forms: "fi", "cs", ...
    place_cases: str = ""
    # Turkish sets a name's case suffix off with an apostrophe ("Aydemir'in", "Samsun'da"):
    # tokens.tokenize cuts it and marks the word `possessive`.
    case_suffixes: bool = False
    # Hungarian writes the family name first: "Papp László", "Kovács Anna".
    surname_first: bool = False


ENGLISH = Language()
# Languages written in Cyrillic or Greek letters, read by their capitals (below).
CYRILLIC_AND_GREEK = frozenset("ru uk bg sr mk el".split())
_LANGUAGES = {
    "fr": Language("fr", elisions=True, lower_case_institutions=True),
    "es": Language("es"),
    "de": Language("de", nouns_capitalised=True, genitive_s=True),
    "pl": Language("pl", declines_names=True),
    # Italian writes institutions as French does: "Corte dei conti", "Consiglio dei ministri".
    "it": Language("it", elisions=True, lower_case_institutions=True),
    "nl": Language("nl"),
    "pt": Language("pt"),
    "sv": Language("sv", genitive_s=True),
    "no": Language("no", genitive_s=True),
    "da": Language("da", genitive_s=True),
    "fi": Language("fi", words_unknown=True, place_cases="fi"),
    "cs": Language("cs", words_unknown=True, place_cases="cs"),
    "sk": Language("sk", words_unknown=True, place_cases="cs"),
    "hu": Language("hu", words_unknown=True, place_cases="hu", surname_first=True),
    "hr": Language("hr", words_unknown=True, place_cases="hr"),
    "ro": Language("ro", words_unknown=True, place_cases="ro"),
    "tr": Language("tr", words_unknown=True, case_suffixes=True),
    "sl": Language("sl", words_unknown=True, place_cases="sl"),
    "id": Language("id", words_unknown=True),
    # Malay, and copy in Cyrillic and Greek letters, capitalises names as the languages above
    # do; their words are as little known to the rules. The Slavic languages and Greek write
    # institutions with one capital, as French does ("Министерство промышленности и
    # торговли"); Russian, Ukrainian, Serbian and Greek decline places, Bulgarian and
    # Macedonian do not.
    "ms": Language("ms", words_unknown=True),
    **{
        code: Language(code, words_unknown=True, lower_case_institutions=True)
        for code in ("bg", "mk")
    },
    **{
        code: Language(code, words_unknown=True, lower_case_institutions=True, place_cases="cyr")
        for code in ("ru", "uk", "sr")
    },
    "el": Language("el", words_unknown=True, lower_case_institutions=True, place_cases="el"),
}
# Written forms of one language under other codes: Bokmål and Nynorsk are Norwegian.
_SAME_LANGUAGE = {"nb": "no", "nn": "no"}


def language_code(language: object) -> str:
    """The two-letter code of a language tag ("fr-FR" -> "fr"); English when absent."""
    if not isinstance(language, str) or not language.strip():
        return "en"
    code = language.strip().lower().replace("_", "-").split("-")[0]
    return _SAME_LANGUAGE.get(code, code)


@dataclass(slots=True)
class Lexicons:
    phrases: PhraseIndex
    title_words: dict[str, TitleKind]
    # Multi-word titles by their first two keys: [(keys, kind), ...]
    title_phrases: dict[tuple[str, str], list[tuple[tuple[str, ...], TitleKind]]]
    role_nouns: frozenset[str]
    last_heads: dict[str, HeadType]
    first_heads: dict[str, HeadType]
    given_names: frozenset[str]
    common_words: frozenset[str]
    non_entities: frozenset[str]
    agencies: dict[str, str] = field(default_factory=dict)  # folded alias -> canonical
    # Names written in lower case ("dpa"): matched even though they have no capital.
    lower_case_names: frozenset[str] = frozenset()
    # People the news names by surname: folded name or surname -> full name.
    notable_people: dict[str, str] = field(default_factory=dict)
    language: Language = ENGLISH


def family_name_first(lex: Lexicons, words: Sequence[Token]) -> bool:
    """A family name and a given name, in a language that writes them so ("Papp László")."""
    return lex.language.surname_first and len(words) == 2 and words[1].key in lex.given_names


def _add_places(index: PhraseIndex) -> None:
    gazetteer = load_gazetteer()
    for name in gazetteer.written_names():
        index.add(name, Known("PLACE", name, places=gazetteer.candidates(name)))


def _add_named(
    index: PhraseIndex, file: str, agencies: dict[str, str], lower_case: set[str]
) -> None:
    for canonical, other_names in data_rows(file, 2):
        known = Known("ORG", canonical, agency=file == "agencies.tsv")
        for name in [canonical, *split_aliases(other_names)]:
            index.add(name, known)
            if known.agency:
                agencies[fold(name)] = canonical
            if name[:1].islower() and " " not in name:
                lower_case.add(fold(name))


def _add_demonyms(index: PhraseIndex) -> None:
    for canonical, iso, other_forms in data_rows("demonyms.tsv", 3):
        known = Known("NORP", canonical, country_code=iso or None)
        for name in [canonical, *split_aliases(other_forms)]:
            index.add(name, known)


def _titles() -> tuple[
    dict[str, TitleKind], dict[tuple[str, str], list[tuple[tuple[str, ...], TitleKind]]]
]:
    words: dict[str, TitleKind] = {}
    phrases: dict[tuple[str, str], list[tuple[tuple[str, ...], TitleKind]]] = {}
    for word, kind in data_rows("titles.tsv", 2):
        keys = phrase_keys(word)
        title_kind: TitleKind = kind  # type: ignore[assignment]
        if len(keys) == 1:
            # A word listed as both head and modifier ("Chief") is a head: it can end a title.
            if words.get(keys[0]) != "head":
                words[keys[0]] = title_kind
        else:
            phrases.setdefault((keys[0], keys[1]), []).append((keys, title_kind))
    return words, phrases


def _heads() -> tuple[dict[str, HeadType], dict[str, HeadType]]:
    last: dict[str, HeadType] = {}
    first: dict[str, HeadType] = {}
    for word, type_, position in data_rows("heads.tsv", 3):
        target = first if position == "first" else last
        target.setdefault(fold(word), type_)  # type: ignore[arg-type]
    return last, first


# Swedish, Norwegian and Danish put the definite article on the noun: "kommunalrådet Anna
# Berg", "ordföranden ...", "borgmesteren ...".
_DEFINITE_SUFFIXES = {"sv": ("en", "et", "n"), "no": ("en", "et", "n"), "da": ("en", "et", "n")}
_VOWELS = "aeiouyåäöæø"


def _with_definite_forms(roles: list[str], language: str) -> list[str]:
    """The role nouns of `language`, and their definite forms where it suffixes the article."""
    suffixes = _DEFINITE_SUFFIXES.get(language, ())
    definite = [
        role + suffix
        for role in roles
        for suffix in suffixes
        if (len(suffix) == 1) == (fold(role[-1]) in _VOWELS)
    ]
    return roles + definite


@cache
def load_lexicons(language: str = "en") -> Lexicons:
    """The lexicons for copy in `language` (a two-letter code), built once per process."""
    base = _english_lexicons()
    profile = _LANGUAGES.get(language)
    if profile is None:
        return base
    words: dict[str, list[str]] = {}
    for code, kind, listed in data_rows("language_words.tsv", 3):
        if code == language:
            words.setdefault(kind, []).extend(listed.split())

    def folded(kind: str) -> list[str]:
        return [fold(word) for word in words.get(kind, [])]

    titles = dict(base.title_words)
    for word in folded("titles"):
        titles[word] = "head"
    for word in folded("courtesy"):
        titles[word] = "courtesy"
    return replace(
        base,
        title_words=titles,
        role_nouns=base.role_nouns | set(_with_definite_forms(folded("roles"), language)),
        common_words=base.common_words | {w.lower() for w in words.get("common", [])},
        language=replace(
            profile,
            speech=frozenset(folded("speech")),
            locatives=frozenset(folded("locatives")),
            place_prepositions=frozenset(folded("place_prepositions")),
            org_nouns=frozenset(folded("org_nouns")),
            title_endings=tuple(folded("title_endings")),
            org_endings=tuple(folded("org_endings")),
            body_endings=tuple(folded("body_endings")),
            body_prefixes=tuple(folded("body_prefixes")),
            place_nouns=frozenset(folded("place_nouns")),
            place_endings=tuple(folded("place_endings")),
            institution_endings=tuple(folded("institution_endings")),
            institution_nouns=frozenset(folded("institution_nouns")),
            prepositions=frozenset(folded("prepositions")),
            seat_bodies=frozenset(folded("seat_bodies")),
            seat_prepositions=frozenset(folded("seat_prepositions")),
            seat_divisions=frozenset(folded("seat_divisions")),
            nationalities=frozenset(folded("nationalities")),
            trailing_bodies=frozenset(folded("trailing_bodies")),
        ),
    )


@cache
def _english_lexicons() -> Lexicons:
    index = PhraseIndex()
    agencies: dict[str, str] = {}
    lower_case: set[str] = set()
    _add_places(index)
    _add_demonyms(index)
    _add_named(index, "organizations.tsv", agencies, lower_case)
    _add_named(index, "agencies.tsv", agencies, lower_case)
    index.sort()
    title_words, title_phrases = _titles()
    last_heads, first_heads = _heads()
    return Lexicons(
        phrases=index,
        title_words=title_words,
        title_phrases=title_phrases,
        role_nouns=frozenset(data_words("role_nouns.txt")),
        last_heads=last_heads,
        first_heads=first_heads,
        given_names=frozenset(fold(w) for w in data_words("given_names.txt")),
        common_words=frozenset(data_words("common_words.txt")),
        non_entities=frozenset(fold(w) for w in data_words("non_entities.txt")),
        agencies=agencies,
        lower_case_names=frozenset(lower_case),
        notable_people={
            fold(name): canonical
            for canonical, other_names in data_rows("people.tsv", 2)
            for name in [canonical, *split_aliases(other_names)]
        },
    )
