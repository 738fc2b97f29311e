"""Capitalised runs: the stretches of text where names can be.

A run is a maximal sequence of capitalised words, with the small words that
join names kept inside when the words around them say so:

- name particles between capitalised words ("Ursula von der Leyen",
  "Lula da Silva", "Abdulaziz bin Salman");
- "of"/"for" (and "the" after them) behind a word that heads an organisation,
  place or title ("Bank of England", "Bay of Bengal", "Secretary of State",
  "Council of the EU", "Office for National Statistics"); not "of the" between two
  bodies with heads of their own ("Purple Hill Observatory" of "the Andean Academy
  of Sciences"), nor "of"/"di" after a legal form, which leads to the company's seat
  ("... Products Inc. of Hamilton", "... Srl di Catania");
- the preposition before the seat of a public body named for it ("Sąd Rejonowy w
  Gdyni", "Statsforvalteren i Vestland"), and a lower-case word for a court or
  council after its name ("Nordre Vestfold tingrett", "Agder lagmannsrett");
- "and"/"&" and a bare number when the name they continue ends in such a head
  ("Food and Drug Administration", "Paris 2024 Olympic Games");
- commas and "and" between the one-word fields a body's name lists after its
  head and "of"/"for" ("Ministry of Economy, Trade and Industry", "Bank for
  Reconstruction and Development");
- a possessive when the name goes on to such a head ("People's Party",
  "Foreign Ministers' Meeting"), but not after a known name ("Russia's",
  "Modi's Bharatiya Janata Party");
- a company's legal form in lower case, after a comma or with a part in brackets
  ("Steppe Metals plc", "Tejo Ferries, S.A.", "Kiwano Storage (Pty) Ltd";
  legal_forms.py).

Known phrases (gazetteer, lexicons) are matched while building a run, so a
known name with small words inside ("Bosnia and Herzegovina", "Rio de
Janeiro") stays whole. A common word that only has a capital because it
starts a sentence ("The", "Speaking", Italian "Il" though a Kenyan village has
that name) never starts a run, and ends the one before it ("... Getijden B.V.
De centrale").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from pipeline.entities import legal_forms
from pipeline.entities.legal_forms import LEGAL_FORMS
from pipeline.entities.lexicons import CYRILLIC_AND_GREEK, Known, Lexicons
from pipeline.entities.tokens import ROMAN_NUMERALS, Token, fold

NAME_PARTICLES = frozenset(
    """von van der den de da do dos das du del della di la le los las bin ibn bint al el ter ten zu
    af d' l' des dei degli delle dell'""".split()
)
# Words that end a company's name and never name what a body deals with (unlike "Energy"
# of "Senate Energy and Natural Resources Committee"): after them "and" starts a new name.
_CLOSING_HEADS = LEGAL_FORMS | frozenset(
    "group holdings holding partners corporation company ventures enterprises industries".split()
)
# German articles that are also name particles ("von der Leyen"): between nouns, articles.
_GERMAN_ARTICLES = frozenset("der den des".split())
# "and" in the languages wire copy uses ("Codelco y SQM" is two companies).
# "of" after a head, in the languages wire copy uses: "Bundesagentur für Arbeit".
_OF_WORDS = frozenset(("of", "for", "fur", "para", "pour", "per", "voor"))
# Articles between "of"/"for" and the name's next word: "Council of the EU", "Fundación
# para el Desarrollo".
_ARTICLES_AFTER_OF = frozenset("the el la los las le les il lo het".split())
# How far back a public body's word may stand from the preposition before its seat:
# "Sąd Apelacyjny w ...", "Wojewódzki Sąd Administracyjny w ...".
_SEAT_BODY_WORDS = 3
_AND_WORDS = frozenset(("and", "&", "und", "et", "y", "e"))
# "and" between two seats of one public body: "Statsforvalteren i Troms og Finnmark".
_SEAT_ANDS = frozenset(("and", "og", "och"))
# How many words before its head and "of" a body's name may open with ("National Union of").
_HEAD_OPENING_WORDS = 3
# Small words between a role and the body it serves: "Formand for", "voorzitter van".
_ROLE_LINKS = _OF_WORDS | frozenset("of de van di del des du af".split())
# "of" before the fields of a body's name, in the languages the tagger reads, and the
# articles after it: "Ministry of Economy, Trade and ...", "Consejería de la Presidencia y ...".
_FIELD_LINKS = frozenset(
    ("of", "for", "fur", "de", "del", "da", "do", "di", "della", "para", "van", "voor")
)
_FIELD_ARTICLES = frozenset(("la", "el", "the"))
# "and" before a body's last field in languages whose "and" means something else in other
# languages' copy: "Landbouw, Visserij en Natuur" (Spanish "en" is "in"), "Rolnictwa i Rozwoju".
# "and" after the hyphen of a compound's first half ("Jeger- og Fiskerforbund"), and the
# shortest second compound it may complete.
_COMPOUND_ANDS = frozenset(("und", "og", "och", "en", "ja", "a", "i", "és", "si", "și"))
_COMPOUND_SECOND_HALF = 4
_FIELD_ANDS = {
    "nl": "en",
    "pl": "i",
    "hr": "i",
    "cs": "a",
    "sk": "a",
    # "Υπουργείο Αγροτικής Ανάπτυξης και Τροφίμων"
    **{"ru": "и", "uk": "і", "bg": "и", "sr": "и", "mk": "и", "el": "και"},
}
# Words of one field: "Consumer Affairs", "Ensino Superior", "Reto Demográfico".
_FIELD_WORDS = 2
# "and" inside a company's name that a legal form closes; Turkish "ve" is left in English copy.
_COMPANY_AND = frozenset(("&", "ve"))
# The same "and" in the languages read by their capitals, before a legal form only: "Kuhmon
# Puu ja Sahatavara Oy", "Borsodi Vízügyi és Turisztikai Zrt.", "Tejo Pesca și Conserve SRL".
_LANGUAGE_COMPANY_AND = {
    "fi": "ja",
    "hu": "es",  # "és", as folded
    "ro": "si",  # "și"
    "sl": "in",
    "hr": "i",
    "cs": "a",
    "sk": "a",
    "id": "dan",
    "ms": "dan",
}
# "on"/"in" inside a body's name, after the words whose names go on with them.
TOPIC_WORDS = {
    "on": frozenset(
        "committee commission council conference panel forum convention board task".split()
    ),
    "in": frozenset("force mission".split()),
}
_BODY_ENDINGS = (
    "agentur",
    "amt",
    "bank",
    "gericht",
    "anstalt",
    "institut",
    "behorde",
    "kammer",
    "ministerium",
)
# Words that open sentences and never a name, whatever follows them.
_FUNCTION_WORDS = frozenset(
    """a an the this that these those his her its their our my your some any no every each
    all both many most several such other another and but or nor so yet for if when while
    as at by in on of to from with without after before since because although though
    during despite until unless than then there here now also still even only just
    he she it we they you i who what which where why how not""".split()
)
# Small words inside a French or Italian institution's name: "Conseil d'État", "Banque
# centrale des États de l'Afrique de l'Ouest", "Haut Commissariat des Nations unies pour les
# réfugiés", "Corte dei conti", "Cassa Depositi e Prestiti".
_INSTITUTION_PARTICLES = frozenset(
    """de du des d' l' la le les pour aux di del della dello dei degli delle dell' e per van
    voor do da dos das""".split()
) | frozenset(
    # and those of Russian, Ukrainian, Bulgarian, Serbian, Macedonian and Greek names
    # ("Министерство на земеделието и храните", "Агенција за промоција и поддршка на туризмот")
    fold(word)
    for word in "и і та й на за по од от о об у в з із и της του των και".split()
)
# Endings of Russian, Ukrainian and Serbian adjectives in the genitive, dative and
# instrumental, before the noun they go with: "сельского хозяйства", "морських портів".
_SLAVIC_OBLIQUE_ADJECTIVES = tuple(
    fold(ending) for ending in "ого его ой ей ых их ої ій ог ег ском ским".split()
)
# Those of them that go on with a name only before its seat: "Привредни суд у Београду".
_SEAT_PARTICLES = frozenset(fold(word) for word in "у в з із".split())
# "and" before the last of the fields that commas list in those languages' names:
# "Министарство грађевинарства, саобраћаја и инфраструктуре".
_LISTED_FIELD_ANDS = frozenset(fold(word) for word in "и і та και".split())
_KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")
# Small words between a lower-case institution word and its name: "ministère de la ...".
_MAX_INSTITUTION_LINKS = 2
# Endings of French adjectives that follow an institution's first word: "Programme
# alimentaire mondial", "Compagnie nationale", "Conseil interprofessionnel".
_ADJECTIVE_ENDINGS = (
    "al ale aux ales ique iques aire aires el elle els elles ien ienne iens iennes ais aise ois"
    " oise e ee es ees if ive ifs ives eux euse ier iere iers ieres ain aine"
).split()


class PhraseMatcher:
    """Known-phrase matches of one tokenised text, each looked up once."""

    def __init__(self, tokens: list[Token], lexicons: Lexicons) -> None:
        self.tokens = tokens
        self._phrases = lexicons.phrases
        self._cache: list[tuple[int, list[Known]] | None] = [None] * len(tokens)

    def __call__(self, i: int) -> tuple[int, list[Known]]:
        found = self._cache[i]
        if found is None:
            found = self._cache[i] = self._phrases.match(self.tokens, i)
        return found


@dataclass(slots=True)
class Unit:
    """A known phrase or one capitalised word inside a run (token indexes, end exclusive)."""

    start: int
    end: int
    known: list[Known] = field(default_factory=list)


@dataclass(slots=True)
class Run:
    start: int
    end: int
    units: list[Unit]
    # Goes on in lower case after its capitals, as a French institution's name does.
    institution: bool = False


def head_of(token: Token, lexicons: Lexicons) -> str | None:
    """The entity type a word gives the name it ends ("Bank" -> ORG), if any."""
    key = token.key
    found = lexicons.last_heads.get(key) or lexicons.last_heads.get(key.rstrip("."))
    if found is None and lexicons.language.nouns_capitalised and is_federal_body(key):
        return "ORG"
    if found is not None and not legal_forms.written_as_form(token):
        return None  # "Chiara Spa", not "... SpA"
    return found


def is_federal_body(key: str) -> bool:
    """A German federal or state body: "Bundesnetzagentur", "Bundesverwaltungsgericht",
    "Landesamt"; not "Bundesregierung", the government of whichever party."""
    return key.startswith(("bundes", "landes")) and key.endswith(_BODY_ENDINGS)


def is_org_noun(token: Token, lexicons: Lexicons) -> bool:
    """A German noun for a kind of organisation before its name: "Chemiekonzern",
    "Reederei", "Gewerkschaft" (data/language_words.tsv, org_endings)."""
    return token.capitalised and token.key.endswith(lexicons.language.org_endings)


def starts_body_name(token: Token, lexicons: Lexicons) -> bool:
    """A German compound that starts an institution's name, its place after it:
    "Landgericht Dortmund", "Sparkasse Leipzig" (data/language_words.tsv, body_endings)."""
    endings = lexicons.language.body_endings
    return bool(endings) and token.capitalised and token.key.endswith(endings)


def _can_precede_of(token: Token, lexicons: Lexicons) -> bool:
    key = token.key
    return (
        head_of(token, lexicons) is not None
        or key in lexicons.first_heads
        or lexicons.title_words.get(key) in ("head", "modifier")
    )


def _institution_end(tokens: list[Token], j: int, lexicons: Lexicons, after_head: bool) -> int:
    """Where a French institution's name that goes on in lower case after tokens[j - 1]
    ends; j when it does not go on.

    Its words are adjectives right after the head (`after_head`: "Programme alimentaire
    mondial"),
    small words, capitalised words, and a word after a small word ("de la santé"); a
    lower-case word after a capitalised one counts only if the name goes on after it
    ("Nations unies pour les réfugiés"), so "Conseil d'État genevois s'inquiète" ends
    at "État". A common word (a verb, a pronoun) ends it.
    """
    end = j
    adjectives = after_head  # adjectives follow the head word: "Conseil d'État genevois" ends
    after_small_word = tentative = False
    k = j
    while k < len(tokens) and k - j < 14:
        token = tokens[k]
        if token.after_break:
            break
        key = token.key
        if not token.is_word:
            if not _comma_before_field(tokens, k):
                break
            after_small_word, adjectives, tentative = True, False, False
        elif key in _SEAT_PARTICLES and not _next_is_capitalised(tokens, k + 1):
            break  # "... Чувашии в среду": "in" before a time, no seat
        elif key in _INSTITUTION_PARTICLES or (
            # "Chambre de commerce et d'industrie", "Ministère de l'Économie et des Finances",
            # "Caisse des Dépôts et Consignations"
            key == "et" and _institution_field_follows(tokens, k + 1, lexicons)
        ):
            after_small_word, adjectives, tentative = True, False, False
        elif token.capitalised:
            if key in lexicons.given_names and _next_is_capitalised(tokens, k + 1):
                # "... Сдружение Добруджанско зърно Ивайло Тодоров": a person follows, and
                # in the Slavic languages the word before the person ends the name
                if tentative and lexicons.language.words_unknown:
                    end = k
                break
            end, after_small_word, adjectives, tentative = k + 1, False, False, False
        elif key.endswith("'") or token.text.lower() in lexicons.common_words:
            break
        elif legal_forms.is_form(tokens, k + 1, LEGAL_FORMS):
            end = k + 2  # "Société marocaine d'hydrogène vert SA": the form ends the name
            break
        elif after_small_word or (adjectives and key.endswith(tuple(_ADJECTIVE_ENDINGS))):
            end, after_small_word = k + 1, False
        elif lexicons.language.words_unknown and key.endswith(_SLAVIC_OBLIQUE_ADJECTIVES):
            # "Министерство сельского хозяйства": the adjective's noun goes on with the name
            after_small_word, adjectives, tentative = True, False, False
        elif (
            not tentative
            and (not adjectives or lexicons.language.words_unknown)
            and tokens[k - 1].capitalised
        ):
            # "unies" of "Nations unies ...", kept if the name goes on; in the Slavic
            # languages a noun in the genitive after the head ("Министерство промышленности")
            tentative = True
        else:
            break
        k += 1
    return end


# Lower-case adjectives a Slavic body's name may hold between its capitalised first word and
# the word for the body: "Харківська міська рада", "Одеської обласної військової адміністрації".
_BODY_ADJECTIVES = 3


def _adjectives_and_body(tokens: list[Token], end: int, lexicons: Lexicons) -> int:
    """Where a Slavic or Greek body's name that a capitalised adjective starts ends, when
    lower-case adjectives and a word for a body follow it (data/language_words.tsv,
    trailing_bodies), with what names it after that ("Привредни суд у Београду",
    "Арбитражный суд Республики Татарстан"), or lower-case words and a legal form
    ("Фрушкогорски винари а.д."); `end` when none does."""
    language = lexicons.language
    if language.code not in CYRILLIC_AND_GREEK:
        return end
    for k in range(end, min(end + _BODY_ADJECTIVES + 1, len(tokens))):
        token = tokens[k]
        if k > end and not token.after_break:
            # a company's name in sentence case: "Фрушкогорски винари а.д.", "... ЕООД"
            if legal_forms.is_form(tokens, k, LEGAL_FORMS):
                return k + 1
            if token.key in legal_forms.STARTS and legal_forms.legal_form_end(tokens, k) > k:
                return legal_forms.legal_form_end(tokens, k)
        if token.key in language.trailing_bodies and not token.after_break:
            return _institution_end(tokens, k + 1, lexicons, after_head=True)
        if (
            token.capitalised
            or token.after_break
            or not token.is_word
            or token.text in lexicons.common_words
        ):
            return end  # "Председателят на общинския съвет": no adjectives
    return end


def _comma_before_field(tokens: list[Token], k: int) -> bool:
    """Whether the comma at tokens[k] lists a field of a Slavic or Greek institution's name
    in lower case, "and" and the last field two or three words on ("..., саобраћаја и
    инфраструктуре")."""
    if tokens[k].text != "," or k + 3 >= len(tokens) or tokens[k + 1].capitalised:
        return False
    return any(tokens[m].key in _LISTED_FIELD_ANDS for m in (k + 2, k + 3))


def _institution_field_follows(tokens: list[Token], k: int, lexicons: Lexicons) -> bool:
    """Whether the word after "et" goes on an institution's name: a small word ("et des
    Finances"), a word in lower case after one ("dépôts et consignations"), or one
    capitalised word no lexicon knows that ends the name ("et Consignations"; "et Air
    France" is another name)."""
    if k >= len(tokens) or tokens[k].after_break:
        return False
    token = tokens[k]
    if token.key in _INSTITUTION_PARTICLES:
        return True
    if not token.capitalised:
        # "Caisse des dépôts et consignations": lower case after lower case
        return (
            token.is_word
            and not tokens[k - 2].capitalised
            and token.text.lower() not in lexicons.common_words
        )
    return not lexicons.phrases.match(tokens, k)[0] and not _next_is_capitalised(tokens, k + 1)


def _capitalised_stretch(tokens: list[Token], j: int) -> list[Token]:
    """The capitalised words from tokens[j] up to the first word that is not."""
    stretch = []
    while (
        j < len(tokens)
        and tokens[j].is_word
        and tokens[j].capitalised
        and not tokens[j].after_break
    ):
        stretch.append(tokens[j])
        if tokens[j].possessive:
            break
        j += 1
    return stretch


def _stretch_ends_in_head(tokens: list[Token], j: int, lexicons: Lexicons) -> bool:
    stretch = _capitalised_stretch(tokens, j)
    while stretch and stretch[-1].key in ROMAN_NUMERALS:
        stretch.pop()
    return bool(stretch) and head_of(stretch[-1], lexicons) is not None


def _next_is_capitalised(tokens: list[Token], j: int) -> bool:
    return (
        j < len(tokens)
        and tokens[j].is_word
        and tokens[j].capitalised
        and not tokens[j].after_break
    )


def _joins(tokens: list[Token], j: int, lexicons: Lexicons, match: PhraseMatcher) -> bool:
    """Whether the small word tokens[j] sits inside the run that ends at tokens[j - 1]."""
    token, before = tokens[j], tokens[j - 1]
    if token.after_break or before.possessive:
        return False
    key = token.key
    if (key in NAME_PARTICLES or key in _OF_WORDS) and legal_forms.seat_follows(tokens, j):
        return False
    if key in lexicons.language.seat_prepositions and _names_seat(tokens, j, lexicons):
        return True  # "Sąd Rejonowy w Gdyni", "Statsforvalteren i Vestland"
    if _joins_seats(tokens, j, lexicons):
        return True  # "Statsforvalteren i Troms og Finnmark"
    if key in NAME_PARTICLES and key not in lexicons.language.prepositions:
        after = j + 1
        while after < len(tokens) and tokens[after].key in NAME_PARTICLES:
            after += 1
        if not _next_is_capitalised(tokens, after):
            return False
        if (
            key in _GERMAN_ARTICLES
            and lexicons.language.nouns_capitalised
            and before.key not in NAME_PARTICLES
            and not _can_precede_of(before, lexicons)
            and not is_org_noun(before, lexicons)
        ):
            # "der Vorstand der Kesselbach AG": an article between two nouns, unless a
            # name's head comes before it ("Verband der Chemischen Industrie").
            return False
        if key != "von":
            return True
        # "Stefan Linz von der Erste Group": "von der" before an organisation's name is
        # "of the", no particle of the name before it.
        return head_of(_capitalised_stretch(tokens, after)[-1], lexicons) != "ORG"
    if key in _OF_WORDS:
        if not _can_precede_of(before, lexicons) and not _adjective_after_head(tokens, j, lexicons):
            return False
        after = j + 2 if j + 1 < len(tokens) and tokens[j + 1].key in _ARTICLES_AFTER_OF else j + 1
        if not _next_is_capitalised(tokens, after):
            return False
        if after == j + 2 and _body_of_body(tokens, j, lexicons):
            return False
        # "Ridgeline Health Partners of Nashville": a company's home town follows a word
        # that only ends names; "Bank of England", "University of Geneva" start with theirs,
        # and "Communist Party of China" names its country.
        # A landmark's head is not a company's: "Palace of Westminster", "Gateway of India".
        ends_only = before.key not in lexicons.first_heads and head_of(before, lexicons) == "ORG"
        places = [p for k in match(after)[1] if k.type == "PLACE" for p in k.places]
        town = all(p.kind == "city" for p in places) and any(not p.minor for p in places)
        return not (ends_only and town)
    if key in _ARTICLES_AFTER_OF and before.key in _OF_WORDS:
        return _next_is_capitalised(tokens, j + 1)
    if key == "the":
        return False
    if key in TOPIC_WORDS and before.key in TOPIC_WORDS[key]:
        # "Basel Committee on Banking Supervision", "UN Interim Force in Lebanon"
        return _next_is_capitalised(tokens, j + 1)
    if _ampersand_in_company(tokens, j, lexicons):
        return True  # "Tejo & Douro, S.A.": rivers both, and one company
    if key == _FIELD_ANDS.get(lexicons.language.code):
        return _in_topic_list(tokens, j, lexicons, match)  # "Landbouw, Visserij en Natuur"
    if key in _AND_WORDS:
        if not _next_is_capitalised(tokens, j + 1):
            # "Transición Ecológica y el Reto Demográfico"
            return (
                j + 1 < len(tokens)
                and tokens[j + 1].key in _FIELD_ARTICLES
                and _in_topic_list(tokens, j, lexicons, match)
            )
        if _names_something(match(j + 1)[1]):
            return _in_topic_list(tokens, j, lexicons, match)  # "de Energía y Minas"
        if _stretch_ends_in_head(tokens, j + 1, lexicons):
            return not _closes_a_name(tokens, j)
        if _in_topic_list(tokens, j, lexicons, match):
            return True  # "European Bank for Reconstruction and Development"
        # "Minister of Foreign Affairs and Trade"
        return lexicons.title_words.get(before.key) == "modifier" and (
            lexicons.title_words.get(tokens[j + 1].key) == "modifier"
        )
    if key == ",":
        return _in_topic_list(tokens, j, lexicons, match)  # "Ministry of Economy, Trade and ..."
    if token.is_word and token.text.isdigit():
        return _next_is_capitalised(tokens, j + 1) and _stretch_ends_in_head(
            tokens, j + 1, lexicons
        )
    return False


def _adjective_after_head(tokens: list[Token], j: int, lexicons: Lexicons) -> bool:
    """Whether the word before "of"/"para" at tokens[j] is an adjective after a body's head
    that opens its name, in the languages that write adjectives after nouns: "Comisión
    Internacional para la Conservación ...", "Comité Interprofessionnel pour ...";
    English puts them first ("National Institute for ...")."""
    return (
        lexicons.language.code != "en"
        and j >= 2
        and tokens[j - 1].capitalised
        and lexicons.first_heads.get(tokens[j - 2].key) == "ORG"
    )


def _in_topic_list(tokens: list[Token], j: int, lexicons: Lexicons, match: PhraseMatcher) -> bool:
    """Whether the comma or "and" at tokens[j] joins the fields a body's name lists after its
    head and "of"/"for": "Ministry of Economy, Trade and Industry", "Bank for Reconstruction
    and Development", "Bundesamt für Seeschifffahrt und Hydrographie", "Department of
    Agriculture, Trade and Consumer Protection". Each field is one or two words no lexicon
    knows, and the list closes with "and" and a last field that ends the run, so "the Bank
    of Canada and Barclays" is no list. Polish names
    its fields in the genitive, with no "of": "Ministerstwo Rolnictwa i Rozwoju Wsi"."""
    # Backwards to "of" over capitalised words and commas first: most commas and "and"s
    # after a name have none, and are let go before any word is looked up.
    k = _field_start(tokens, j, lexicons)
    while k is not None and k >= 2 and tokens[k - 1].text == ",":
        k = _field_start(tokens, k - 1, lexicons)
    if k is None or k < 1:
        return False
    link = k - 1
    if link >= 1 and tokens[link].key in _FIELD_ARTICLES and tokens[link - 1].key in _FIELD_LINKS:
        link -= 1  # "Consejería de la Presidencia y Justicia"
    if tokens[link].key in _FIELD_LINKS and link >= 1:
        head = tokens[link - 1]
    elif lexicons.language.declines_names:
        head = tokens[link]  # "Ministerstwo Rolnictwa"
    else:
        return False
    if not _heads_body(head, lexicons) and not (
        # "Instituto Nacional de Investigación y Desarrollo": an adjective after the head
        tokens[link].key in _FIELD_LINKS
        and link >= 2
        and head.capitalised
        and _heads_body(tokens[link - 2], lexicons)
    ):
        return False
    if not all(_is_field(tokens, field, match) for field in range(k, j) if tokens[field].is_word):
        return False
    and_words = _AND_WORDS | {_FIELD_ANDS.get(lexicons.language.code, "and")}
    k = j
    while tokens[k].text == ",":
        after = _field_end(tokens, k + 1, match)
        if after is None or after + 1 >= len(tokens):
            return False
        k = after
    if tokens[k].key not in and_words:
        return False
    first = k + 2 if k + 1 < len(tokens) and tokens[k + 1].key in _FIELD_ARTICLES else k + 1
    # Outside English the last field may be a town's name too: "Ministerio de Energía y Minas".
    last = _field_end(tokens, first, match)
    if last is None and lexicons.language.code != "en" and _is_field(tokens, first, match, True):
        last = first + 1
    return last is not None and not _next_is_capitalised(tokens, last)


def _heads_body(token: Token, lexicons: Lexicons) -> bool:
    """Whether a word heads an organisation's name, first or last: "Ministry", "Instituto"."""
    return "ORG" in (head_of(token, lexicons), lexicons.first_heads.get(token.key))


def _field_start(tokens: list[Token], end: int, lexicons: Lexicons) -> int | None:
    """Where the field of one or two capitalised words that ends before tokens[end] starts;
    the body's own head is none of it ("Ministerstwo Rolnictwa")."""
    k = end - 1
    if k < 0 or not tokens[k].capitalised:
        return None
    before = tokens[k - 1] if k > 0 else None
    if before is not None and before.capitalised and not tokens[k].after_break:
        return k if lexicons.first_heads.get(before.key) == "ORG" else k - 1
    return k


def _field_end(tokens: list[Token], k: int, match: PhraseMatcher) -> int | None:
    """The end of a field of one or two words from tokens[k], each naming nothing on its own."""
    if not _is_field(tokens, k, match):
        return None
    if _FIELD_WORDS > 1 and _is_field(tokens, k + 1, match):
        return k + 2
    return k + 1


def _is_field(tokens: list[Token], k: int, match: PhraseMatcher, towns: bool = False) -> bool:
    """A capitalised word that names nothing on its own (or, with `towns`, only a town): one
    field of a body's remit."""
    if not (
        0 <= k < len(tokens)
        and tokens[k].capitalised
        and not tokens[k].after_break
        and not tokens[k].possessive
    ):
        return False
    length, known = match(k)
    if towns:
        return length <= 1 and all(
            kn.type == "PLACE" and all(p.kind == "city" for p in kn.places) for kn in known
        )
    return not _names_something(known)


def _body_of_body(tokens: list[Token], j: int, lexicons: Lexicons) -> bool:
    """Whether "of the" at tokens[j] stands between two bodies' names, each with its own head:
    "Kestrel Ridge Observatory of the Andean Academy of Sciences" is an observatory and
    the academy it belongs to. A head that starts names too is one with what follows
    ("Bank of the South", "Political Bureau of the ... Central Committee")."""
    before = tokens[j - 1]
    if (
        j < 2
        or not tokens[j - 2].capitalised
        or head_of(before, lexicons) != "ORG"
        or before.key in lexicons.first_heads
    ):
        return False
    stretch = _capitalised_stretch(tokens, j + 2)
    return len(stretch) > 1 and (
        head_of(stretch[-1], lexicons) == "ORG"
        or lexicons.first_heads.get(stretch[-1].key) == "ORG"
    )


def _names_seat(tokens: list[Token], j: int, lexicons: Lexicons) -> bool:
    """Whether the preposition at tokens[j] leads to the seat of a public body named for it,
    one of the few words of the run before it being a word for such a body."""
    if not _next_is_capitalised(tokens, j + 1):
        return False
    bodies = lexicons.language.seat_bodies
    k = j - 1
    while k >= 0 and k >= j - _SEAT_BODY_WORDS and tokens[k].is_word and tokens[k].capitalised:
        if tokens[k].key in bodies:
            return True
        k -= 1
    return False


def _goes_on_in_body(
    tokens: list[Token], start: int, j: int, lexicons: Lexicons, match: PhraseMatcher
) -> bool:
    """Whether the small word at tokens[j] goes on with the name of a body whose head opens
    the run, however many times "of" and "and" come back in it: "National Union of Port and
    Maritime Workers of Cameroon", "Associação dos Produtores de Soja e Milho de Mato
    Grosso". "and" goes on only to a word that names nothing on its own ("the Association
    of Rice Millers and China" is two names)."""
    token = tokens[j]
    key = token.key
    # The word itself first: most words after a run are no "of" or "and", and let go here.
    if key in _OF_WORDS or (key in NAME_PARTICLES and key not in lexicons.language.prepositions):
        after = j + 2 if j + 1 < len(tokens) and tokens[j + 1].key in _ARTICLES_AFTER_OF else j + 1
        goes_on = _next_is_capitalised(tokens, after)
    else:
        goes_on = (
            key in _AND_WORDS
            and key != "&"
            and _next_is_capitalised(tokens, j + 1)
            and not _names_something(match(j + 1)[1])
        )
    return (
        goes_on
        and not token.after_break
        and not tokens[j - 1].possessive
        and _opens_with_body_of(tokens, start, j, lexicons)
    )


def _opens_with_body_of(tokens: list[Token], start: int, j: int, lexicons: Lexicons) -> bool:
    """Whether the run that starts at tokens[start] opens with a body's head and "of" before
    tokens[j]: "National Union of", "Associação dos"."""
    last = min(j - 1, start + _HEAD_OPENING_WORDS)
    return any(
        _heads_body(tokens[k], lexicons)
        and (tokens[k + 1].key in _OF_WORDS or tokens[k + 1].key in NAME_PARTICLES)
        for k in range(start, last)
    )


def _named_for_seat(tokens: list[Token], start: int, end: int, lexicons: Lexicons) -> bool:
    """Whether the run tokens[start:end] is a public body's name that goes on with its seat
    ("Sąd Rejonowy w Gdyni", "Statsforvalteren i Vestland")."""
    prepositions = lexicons.language.seat_prepositions
    return (
        bool(prepositions)
        and end - start > 2
        and any(
            tokens[k].key in prepositions and _names_seat(tokens, k, lexicons)
            for k in range(start + 1, end - 1)
        )
    )


def _joins_seats(tokens: list[Token], j: int, lexicons: Lexicons) -> bool:
    """Whether "and" or a comma at tokens[j] joins a further seat to a public body's first
    one: a body that serves several regions is named for all of them ("Statsforvalteren i
    Troms og Finnmark", "Statsforvalteren i Østfold, Buskerud, Oslo og Akershus"); a comma
    only in a list that "and" closes."""
    key = tokens[j].key
    if (key != "," and key not in _SEAT_ANDS) or not _next_is_capitalised(tokens, j + 1):
        return False
    seat = j - 2
    while seat >= 1 and tokens[seat].text == "," and tokens[seat - 1].capitalised:
        seat -= 2  # back over the seats the list has named
    if seat < 0 or tokens[seat].key not in lexicons.language.seat_prepositions:
        return False
    if key == ",":
        k = j + 2
        while k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].capitalised:
            k += 2
        if k >= len(tokens) or tokens[k].key not in _SEAT_ANDS:
            return False
    return _names_seat(tokens, seat, lexicons)


def _seat_division_after(tokens: list[Token], start: int, end: int, lexicons: Lexicons) -> bool:
    """Whether the lower-case word at tokens[end] is the kind of division a public body's
    seat is, and so part of its name: "Länsstyrelsen i Jämtlands län"."""
    if not lexicons.language.seat_divisions:
        return False  # most languages name no division after a seat
    after = tokens[end] if end < len(tokens) else None
    return (
        after is not None
        and after.key in lexicons.language.seat_divisions
        and not after.capitalised
        and not after.after_break
        and tokens[start].key in lexicons.language.seat_bodies
    )


def _ampersand_in_company(tokens: list[Token], j: int, lexicons: Lexicons) -> bool:
    """Whether "&" (or Turkish "ve", or the "and" of a language read by its capitals) at
    tokens[j] joins the words of one company's name, whatever names its words are on their
    own: "&" always ("Tejo & Douro, S.A.", "Solaris Bus & Coach"), "ve" and the others before
    a legal form ("Anadolu Tekstil Sanayi ve Ticaret A.Ş.", "Kuhmon Puu ja Sahatavara Oy")."""
    key = tokens[j].key
    if key not in _COMPANY_AND and key != _LANGUAGE_COMPANY_AND.get(lexicons.language.code):
        return False
    if not _next_is_capitalised(tokens, j + 1):
        return False
    if tokens[j].text == "&":
        return True  # "Solaris Bus & Coach", "Marks & Spencer": running text joins with "and"
    stretch = _capitalised_stretch(tokens, j + 1)
    end = j + 1 + len(stretch)
    if stretch[-1].key in LEGAL_FORMS:
        return True
    return end < len(tokens) and legal_forms.legal_form_end(tokens, end) > end


def _hyphenated_given_name(tokens: list[Token], j: int, lexicons: Lexicons) -> bool:
    """A Korean given name of two syllables after a family name, its second syllable in
    lower case: "Lee Jae-myung", "Kim Kyung-soo"; not "Kim-backed"."""
    token, before = tokens[j], tokens[j - 1]
    return (
        before.capitalised
        and before.key in lexicons.given_names
        and not token.after_break
        and _KOREAN_GIVEN_NAME.fullmatch(token.text) is not None
        and not token.text.lower().endswith(("ed", "ing", "based"))
    )


def _is_trailing_body(token: Token, lexicons: Lexicons) -> bool:
    """A lower-case word for a court or council after its own name, or its bare "-s"
    genitive: "Nordre Vestfold tingrett", "Kalix kommuns ordförande" (named without the
    "-s", see mention_writer.py)."""
    bodies = lexicons.language.trailing_bodies
    key = token.key
    return key in bodies or (
        lexicons.language.genitive_s and key.endswith("s") and key[:-1] in bodies
    )


def _completes_suspended_compound(tokens: list[Token], j: int, lexicons: Lexicons) -> bool:
    """Whether tokens[j] is the hyphen of a compound's first half that "and" and a second
    compound complete, inside one name: "Industrie- und Handelskammer", "Norges Jeger- og
    Fiskerforbund", "Mark- och miljööverdomstolen"; not a title ("Wirtschafts- und
    Energieminister"), nor in copy read by its capitals only."""
    if tokens[j].text != "-" or tokens[j].start != tokens[j - 1].end or j + 2 >= len(tokens):
        return False
    conjunction, word = tokens[j + 1], tokens[j + 2]
    language = lexicons.language
    return (
        not language.words_unknown
        and conjunction.key in _COMPOUND_ANDS
        and not (language.title_endings and word.key.endswith(language.title_endings))
        and conjunction.text.islower()
        and word.is_word
        and not word.after_break
        and len(word.text) > _COMPOUND_SECOND_HALF
        and word.text.isalpha()
    )


# Lower-case words a company's name in sentence case holds between its capitalised words.
_SENTENCE_CASE_WORDS = 2


def _sentence_case_company_words(
    tokens: list[Token], start: int, j: int, lexicons: Lexicons
) -> int:
    """How many lower-case words from tokens[j] go on a company's name that Central European
    registers write in sentence case, capitalised words and a lower-case legal form (or one
    after a comma) following them: "Lužické sklo Nový Bor, s.r.o.", "Slovenské liečebné
    kúpele Piešťany, a.s.", "Solni cvet Piran, d.o.o."; 0 when none do. Only in copy read by
    its capitals in Latin letters, whose registers name companies so; never over a common
    word or a word for a company ("Nováka firma X, s.r.o." is no name), nor after a person's
    name that opens the run (tokens[start:j]: "Heli Vuokatti asianajotoimisto ... Oy")."""
    language = lexicons.language
    if not language.words_unknown or language.code in CYRILLIC_AND_GREEK:
        return 0
    if any(t.key in lexicons.given_names for t in tokens[start:j]):
        return 0
    k = j
    while k < len(tokens) and k - j < _SENTENCE_CASE_WORDS:
        token = tokens[k]
        if (
            token.capitalised
            or token.after_break
            or not token.text.isalpha()
            or token.text in lexicons.common_words
            or token.key in language.org_nouns
        ):
            break
        k += 1
    if k == j:
        return 0
    # "Lomnické lanovky, a.s.": the form may follow the lower-case words themselves
    after = k + len(_capitalised_stretch(tokens, k))
    closed = after < len(tokens) and legal_forms.legal_form_end(tokens, after) > after
    return k - j if closed else 0


def _closes_a_name(tokens: list[Token], j: int) -> bool:
    """Whether "and" at tokens[j] stands between two companies' names, each of two words or
    more, the first closed by a word that ends such names: "Alpine Salt Holdings and Nordic
    Timber Partners"; not "Securities and Exchange Commission", "Morvan et Fils" or the legal
    form "GmbH & Co. KG". Two names that end in the same head are two as well: "Lighthouse
    Beach and Sharpes Beach", "Hythe Hospital and Elmridge Hospital"."""
    before = tokens[j - 1]
    if j < 2 or not tokens[j - 2].capitalised:
        return False
    after = _capitalised_stretch(tokens, j + 1)
    if len(after) < 2:
        return False
    if after[-1].key == before.key:
        return True
    return before.key in _CLOSING_HEADS and tokens[j + 1].key not in LEGAL_FORMS


def _names_something(known: list[Known]) -> bool:
    """Whether a known phrase is a name to keep apart, not a word that is some small
    town's name too ("Industry", California, of "Commerce and Industry")."""
    return any(k.type != "PLACE" or any(not p.minor for p in k.places) for k in known)


def _continues_after_possessive(
    tokens: list[Token], j: int, unit: Unit, lexicons: Lexicons, match: PhraseMatcher
) -> bool:
    if unit.known or not _next_is_capitalised(tokens, j):
        return False
    length, known = match(j)
    if length > 1 or any(k.type != "PLACE" for k in known):
        return False  # a known name follows: "Modi's Bharatiya Janata Party"
    return _stretch_ends_in_head(tokens, j, lexicons)


def _is_sentence_word(tokens: list[Token], i: int, lexicons: Lexicons) -> bool:
    """A common word capitalised only because it starts a sentence or quotation (but a
    title word may start a name: "Foreign Minister Sergei Lavrov"; and so may a word that
    is no function word, when the name it starts has a head: "Government House said")."""
    token = tokens[i]
    if lexicons.language.words_unknown and _unknown_opener(tokens, i, lexicons):
        return True
    if _role_before_body(tokens, i, lexicons):
        return True
    if not (
        token.sentence_start
        and token.text.lower() in lexicons.common_words
        and token.key not in lexicons.title_words
    ):
        return False
    if lexicons.language.code != "en" or token.key in _FUNCTION_WORDS:
        return True  # the other languages list only their function words as common
    return not (
        len(_capitalised_stretch(tokens, i)) > 1 and _stretch_ends_in_head(tokens, i, lexicons)
    )


def _role_before_body(tokens: list[Token], i: int, lexicons: Lexicons) -> bool:
    """A role noun that opens a sentence and the small word after it: "Formand for Fanø
    Borgerforening, ...", "Chairman of Kestrel Mining ...": the role of someone the
    sentence goes on to name, no part of the body's name."""
    token = tokens[i]
    if not token.sentence_start or token.key not in lexicons.role_nouns:
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        after is not None
        and after.is_word
        and after.key in _ROLE_LINKS
        and not after.capitalised
        # with the name right after the body, the run is a title's ("Formand for ...
        # Forening Svend Hansen"), read as such
        and not any(t.key in lexicons.given_names for t in _capitalised_stretch(tokens, i + 2))
    )


def _unknown_opener(tokens: list[Token], i: int, lexicons: Lexicons) -> bool:
    """In a language whose words the rules do not know, a sentence's first word may be any
    word ("Rekonstrukce", "Toimitusjohtaja"): no part of a longer name unless it is a given
    name, a title or a word that heads a name ("Kementerian ...", "Ministerul ..."), or the
    name it starts ends in a head or legal form ("Kallaveden Laivat
    Oy"). Alone, it is read as lone words are, on firm evidence only ("Suomessa")."""
    token = tokens[i]
    if not token.sentence_start or token.key in lexicons.given_names:
        return False
    if token.key in lexicons.title_words or token.key in lexicons.first_heads:
        return False  # a title, or a word that heads a body's name: "Ministerstvo ..."
    stretch = len(_capitalised_stretch(tokens, i))
    if (
        stretch == 2
        and lexicons.language.surname_first
        and tokens[i + 1].key in lexicons.given_names
    ):
        return False  # "Papp László elmondta": a family name first
    after = i + stretch
    return stretch > 1 and not (
        _stretch_ends_in_head(tokens, i, lexicons)
        or (after < len(tokens) and legal_forms.legal_form_end(tokens, after) > after)
    )


def _names_no_place(found: tuple[int, list[Known]], lexicons: Lexicons) -> bool:
    """Whether a sentence's first word names nothing but a small town, if anything: "Il"
    (a Kenyan village) opening an Italian sentence is the article; "La Paz" is a city.
    Outside English a one-word name that is one of the language's common words is that
    word: "Para" (Pará, a Brazilian state) opening a Portuguese sentence is "for"."""
    length, known = found
    if length == 1 and lexicons.language.code != "en" and not lexicons.language.words_unknown:
        return True
    return not length or (length == 1 and not _names_something(known))


def _article_before_headed_name(
    tokens: list[Token], i: int, lexicons: Lexicons, match: PhraseMatcher
) -> bool:
    """An article before a name its head starts, though the two words name a town too:
    "El Banco Santander" (El Banco, Colombia), "La Junta de Andalucía" (La Junta, Colorado)."""
    length, known = match(i)
    return (
        length > 1
        and lexicons.first_heads.get(tokens[i + 1].key) == "ORG"
        and all(k.type == "PLACE" for k in known)
    )


def _institution_noun_before(tokens: list[Token], i: int, lexicons: Lexicons) -> int | None:
    """Where a lower-case word for a court or ministry that the name at tokens[i] completes
    starts: "de rechtbank Noord-Holland", "le ministère de la Transition écologique", "il
    tribunale di Torino" (data/language_words.tsv, institution_nouns); None when none does."""
    nouns = lexicons.language.institution_nouns
    k = i - 1
    while k >= 0 and i - k <= _MAX_INSTITUTION_LINKS and tokens[k].key in _INSTITUTION_PARTICLES:
        k -= 1
    if k < 0 or tokens[k].key not in nouns or tokens[k].capitalised:
        return None
    if any(t.after_break for t in tokens[k + 1 : i + 1]):
        return None
    return k


def build_runs(tokens: list[Token], lexicons: Lexicons, match: PhraseMatcher) -> Iterator[Run]:
    """All capitalised runs of a tokenised text, in order, one at a time."""
    n = len(tokens)
    lower_case_names = lexicons.lower_case_names
    institution_nouns = lexicons.language.institution_nouns
    # Where a run can start: a capitalised word, or a name written in lower case. Most
    # words are neither, and are passed over here at the speed of a comprehension.
    starts = [k for k, t in enumerate(tokens) if t.capitalised or t.key in lower_case_names]
    i = 0
    for i_start in starts:
        if i_start < i:
            continue  # inside the run just read
        i = i_start
        token = tokens[i]
        if not token.capitalised:
            length, known = match(i)
            if length:  # "told dpa"
                yield Run(i, i + length, [Unit(i, i + length, known)])
                i += length
            continue
        if _is_sentence_word(tokens, i, lexicons) and (
            _names_no_place(match(i), lexicons)
            or _article_before_headed_name(tokens, i, lexicons, match)
        ):
            continue
        units: list[Unit] = []
        suspended_compound = False  # an institution's name: "Industrie- und Handelskammer"
        j = i
        while j < n:
            current = tokens[j]
            if units and (
                current.after_break
                or (current.sentence_start and _is_sentence_word(tokens, j, lexicons))
            ):
                break  # "... Getijdenenergie B.V. De centrale": the article opens a sentence
            if current.capitalised:
                length, known = match(j)
                unit = Unit(j, j + (length or 1), known)  # an unknown word knows nothing
                units.append(unit)
                j = unit.end
                if tokens[j - 1].possessive and not _continues_after_possessive(
                    tokens, j, unit, lexicons, match
                ):
                    break
                if tokens[j - 1].key in legal_forms.LEGAL_FORMS and (
                    lexicons.language.words_unknown
                    or (j < n and tokens[j].key in lexicons.given_names)
                ):
                    # "Pohjanlahden Tekniikka Oy Oulussa", "Uzdrowisko Zdrój S.A. Marek
                    # Nowak": the form ends the name
                    break
                continue
            if units and "-" in current.text and _hyphenated_given_name(tokens, j, lexicons):
                units.append(Unit(j, j + 1))  # "Lee Jae-myung"
                j += 1
                continue
            if units and (lower := _sentence_case_company_words(tokens, i, j, lexicons)):
                units += [Unit(k, k + 1) for k in range(j, j + lower)]  # "Lužické sklo ..."
                j += lower
                continue
            if units and _completes_suspended_compound(tokens, j, lexicons):
                units.append(Unit(j + 2, j + 3))  # "Norges Jeger- og Fiskerforbund"
                suspended_compound = True
                j += 3
                continue
            after_known_name = (
                current.key in _AND_WORDS
                and units
                and _names_something(units[-1].known)
                and not _ampersand_in_company(tokens, j, lexicons)
            )
            if (
                units
                and not after_known_name
                and (
                    _joins(tokens, j, lexicons, match)
                    or _goes_on_in_body(tokens, i, j, lexicons, match)
                )
            ):
                j += 1
                continue
            break
        end = units[-1].end
        if end < n and tokens[end].key in legal_forms.STARTS and not tokens[end - 1].possessive:
            end = legal_forms.legal_form_end(tokens, end)
        if end < n and _seat_division_after(tokens, i, end, lexicons):
            yield Run(i, end + 1, units, institution=True)  # "Länsstyrelsen i Jämtlands län"
            i = end + 1
            continue
        body_end = end if units[-1].known else _adjectives_and_body(tokens, end, lexicons)
        if body_end > end:
            # "Харківська міська рада", "Арбитражный суд Республики Татарстан"
            yield Run(i, body_end, units, institution=True)
            i = body_end
            continue
        if (
            end < n
            and _is_trailing_body(tokens[end], lexicons)
            and not tokens[end].capitalised
            and not tokens[end].after_break
        ):
            yield Run(i, end + 1, units, institution=True)  # "Nordre Vestfold tingrett"
            i = end + 1
            continue
        noun = _institution_noun_before(tokens, i, lexicons) if institution_nouns else None
        if noun is not None:
            # "rechtbank Noord-Holland", "ministère de la Transition écologique"
            if lexicons.language.lower_case_institutions:
                end = _institution_end(tokens, end, lexicons, after_head=True)
            yield Run(noun, end, units, institution=True)
            i = end
            continue
        if lexicons.language.lower_case_institutions and any(
            lexicons.first_heads.get(tokens[u.start].key) == "ORG" for u in units
        ):
            after_head = lexicons.first_heads.get(tokens[end - 1].key) == "ORG"
            institution_end = _institution_end(tokens, end, lexicons, after_head)
            if institution_end > end:
                units += [
                    Unit(k, k + 1) for k in range(end, institution_end) if tokens[k].capitalised
                ]
                yield Run(i, institution_end, units, institution=True)
                i = institution_end
                continue
        # "Statsforvalteren i Troms og Finnmark": a body named for its seats is one name,
        # though its seats are known places.
        institution = suspended_compound or _named_for_seat(tokens, i, end, lexicons)
        yield Run(i, end, units, institution=institution)
        i = end
