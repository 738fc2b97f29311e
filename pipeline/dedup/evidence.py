"""What a story reports, compactly: the names and figures that say which event it is.

Word overlap alone cannot tell news apart. Two agencies writing up one event
share its people, places, figures and quotes but few five-word phrases
(resemblance mostly below 0.1), while two stories written from one template
(two companies' results, two central banks' decisions, two weather warnings,
two match reports) share most phrases and differ only in names and figures.
So each story carries its evidence:

* names: the words of the names the tagger found (people, organisations,
  places, the dateline's among them, events), most mentioned first. Words,
  not whole names, because agencies name one company "Kerkhof", "Kerkhof
  Semiconductors" or "Kerkhof Semiconductors NV", and the tagger's type for a
  name is less stable than the name itself. Generic words of names
  ("Ministry", "Group", titles), the agencies' own names and the reporter
  and editor of a sign-off line ("Kaisa Lehtonen / Pohjola") say nothing
  about the event and are left out. The words of a protagonist, a person or
  organisation mentioned more than once, are marked (`PROTAGONIST`, the top
  bit; the hash has the other 15): a story led by someone another story never
  names is another story, however much else they share (similarity.py). A
  name written as initials ("RBA") is never a protagonist's: other copy
  spells the body out. A word the tagger read in Cyrillic or Greek is hashed in
  Latin letters, as the Latin-script services write it ("Ελένη" is "Eleni",
  transliteration.py).
* figures: the numbers of the text in order of appearance, as values (2.4
  billion = 2,400 million = 2.4 bln = 2,4 Milliarden, 12% = 12 percent = 12
  Prozent, 19,370 = 19 370 = 19.370, 15,400 = 15 bin 400: the services on the
  continent write a decimal comma, thousands grouped by spaces or dots and their
  own scale words; 8.4sec = 8.4 seconds), scores ("2-1" = "2:1", and "84-79" =
  "84:79", which no clock can be) and race times (1:57.84 =
  1:57,84 = 1 minute, 57.84 seconds; a margin of 0.18 = 18 hundredths = 18
  Hundertstel). A count that opens a
  sentence, spelled out in English as house styles write it ("Fourteen
  people were rescued"), is the figure another agency writes in digits.
  Years, small counts that agencies spell out or not ("two"), days of the
  month ("March 13", "13 marzo", "13. März":
  a strike call and the minister on it the same day both name the date)
  and clock times and hours (local or GMT, at the writer's choice; "24
  hours", "24 ore") are left out. Each keeps how specific it is: "58.3"
  turns up by chance far less often than "20".

* quotes: runs of four words inside quotation marks ("a wall against
  chaos"). Agencies paraphrase a statement but quote its words as spoken, in
  full or in part, so a rewrite without a single figure still shares them.
  Each quoted passage gives all its four-word runs (a shorter one, itself);
  the eight with the lowest hashes are kept, a sample that two stories
  quoting the same passage draw alike.
* terms: the first content words of the headline (without its markers,
  "UPDATE 1-", "(AKTUALIZACJA)") and body other than names and the agency's
  own name (a sign-off such as "(VISTULA)"), terms.py: what the story is
  about. The same cast on another matter the same day is about other things.

* language: the story's (its primary subtag, "pt" of "pt-BR"). Quotes are
  words of one language: a rewrite in another translates them, so that two
  stories share none says nothing there (similarity.another_statement).

All are kept as 16-bit values (15 for names), at most 16 names, 16 figures, 8 quoted runs
and 16 terms, with the language code, in under 180 characters: small enough to
travel in the dedup state with every story. A chance collision of two hashes (1
in 16,384 per pair at worst) is far rarer than the tagger's own misses, which
the scoring (similarity.py) has to tolerate anyway.
`candidate_keys` lets the dedup index find a story by its evidence as it finds
it by its LSH bands.

Encoded as "ev5:names:numbers:quotes:terms:language"; "ev4:..." (the same
without the language), "ev3:..." (without protagonists either: its names' top
bit is hash, and is dropped when read),
"ev2:names:numbers:quotes" and "ev1:names:numbers", written before terms and
quotes were kept, still decode (without them): state written by an earlier
release stays comparable.
"""

from __future__ import annotations

import base64
import binascii
import re
import struct
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from heapq import merge
from itertools import combinations
from typing import TypeAlias, cast

import numpy as np

from pipeline.dedup.markers import strip_headline_markers, text_field
from pipeline.dedup.minhash import Keys
from pipeline.dedup.terms import fold, topic_terms
from pipeline.dedup.transliteration import latin
from pipeline.months import DAY_FIRST, ENGLISH, ENGLISH_ABBREVIATIONS, WEEKDAYS, alternation

PREFIX = "ev5:"
# Earlier encodings and how many hashed parts each has: without the language, without
# protagonists, without terms, without quotes either.
_EARLIER_PREFIXES = {"ev4:": 4, "ev3:": 4, "ev2:": 3, "ev1:": 2}
# Hashed parts of the current encoding; the language code follows them.
_HASHED_PARTS = 4
# Encodings whose names carry protagonist marks.
_MARKED_PREFIXES = frozenset({PREFIX, "ev4:"})
# A language code as stored: a primary subtag ("pt", "fil"), or none.
_LANGUAGE_CODE = re.compile(r"[a-z]{0,8}")
# A name word's hash is its low 15 bits; the top bit marks a protagonist's words.
NAME_HASH = 0x7FFF
PROTAGONIST = 0x8000
# Hashes kept of each kind: the top of a story carries its event.
MAX_NAMES = 16
MAX_NUMBERS = 16
MAX_QUOTES = 8
QUOTE_WORDS = 4

_NAME_TYPES = frozenset({"PERSON", "ORG", "PLACE", "EVENT"})
# Who acts and speaks, as against where and at what: a protagonist is one of them
# mentioned more than once.
_ACTOR_TYPES = frozenset({"PERSON", "ORG"})
_NAME_WORD = re.compile(r"[^\W\d_]+")
# The longest initials a body goes by ("OSHA", "UNICEF").
MAX_INITIALS = 6
# The most words of a sign-off line ("Reporting by Jan Kowalski; Editing by Anna Nowak"),
# and what ends a sentence instead.
SIGN_OFF_WORDS = 8
_SENTENCE_ENDS = frozenset(".!?:;\"'\u201d\u00bb")
# Desk initials some services append to the last sentence itself ("... officials said.
# NSK RKS", "... a dit le ministre. JMR/PLT"): who filed and edited it.
DESK_INITIALS_TAIL = 24
_DESK_INITIALS = re.compile(r"(?<=[.!?\"\u201d\u00bb])[ \t]+(?:[A-Z]{2,4}\b[ /-]*){1,4}$")

# Words of names that name no particular thing: titles, legal forms, generic nouns.
_GENERIC_NAME_WORDS = frozenset(
    """
    the and for von van der den des del della di de du la le les los las das
    mr mrs ms dr prof sir lord lady saint st
    president prime minister chancellor governor deputy secretary chief executive ceo
    chairman chairwoman director head leader spokesman spokeswoman mayor king queen prince
    general colonel captain coach goalkeeper striker defender midfielder judge
    inc corp corporation co company companies ltd plc llc ag se sa nv bv asa ab oy gmbh spa
    group holding holdings international global national federal central state
    bank ministry department office agency authority council committee commission
    association union party university institute court police service services
    north south east west northern southern eastern western new city
    """.split()
)
_MONTHS = alternation(ENGLISH | ENGLISH_ABBREVIATIONS)
# Scale and per-cent words as the services on the continent write them: "2,4
# Milliarden", "1,1 mil millones", "3 mld", "2,8 miljoonan", "3,4 milyar", "412 bin",
# "12 Prozent", "3 por ciento", "30 prosenttia", "45 milliárd", "2,5 triliun", "6,42
# százalék"; in Cyrillic and Greek script too ("5,2 млн", "118 тисяч", "1,3 δισ."),
# and in Croatian, Serbian, Slovene and Vietnamese copy ("4,5 milijuna", "12 posto",
# "472 tỷ"); South Asian copy counts in lakhs and crores ("Rs 2,184 cr" is 21.84
# billion rupees, "4.5 lakh" 450,000); and a race's margin, "18 hundredths" or "18
# Hundertstel" of a second. Thousands in the other languages' words too ("90 ezer",
# "12 tusind", "40 duizend", "5 mila", "60 de mii", "90 ألف"), and Arabic copy's
# millions and billions.
_SCALE_WORDS = {
    1e3: "thousand tausend mil bin tys ribu tisíc tisuća tisuće tisuću hiljada hiljade tisoč"
    " тис тисяч тисячі тыс тысяч тысячи хиляди хил χιλ χιλιάδες nghìn ngàn"
    " ezer tusind tusen duizend tuhatta tuhannen mila mii ألف آلاف",
    1e6: "million mln mio millionen millions millones millón millon milioni milione miljoner"
    " miljon miljoen millioner milhões milhoes milhão milhao milion miliony milionów"
    " milioane miljoona miljoonaa miljoonan milyon millió juta milióna milióny miliónov milionů"
    " milijun milijuna milijuni miliona milijonov milijona млн мільйон мільйона мільйонів"
    " мільйони миллион миллиона миллионов милион милиона милиони εκατ εκατομμύριο"
    " εκατομμύρια εκατομμυρίων triệu مليون ملايين",
    1e9: "billion bln bn milliarde milliarden mrd milliard milliards miliardi miliardo mld"
    " miljarder miljard milliarder miliard miliardy miliardów miliarde miljardi miljardia"
    " miljardin milyar mil_millones mil_milhões mil_milhoes milliárd miliar miliárd"
    " milijarda milijarde milijardi milijard млрд мільярд мільярда мільярдів мільярди миллиард"
    " миллиарда миллиардов милиард милиарда δισ δισεκατομμύριο δισεκατομμύρια"
    " δισεκατομμυρίων tỷ tỉ مليار مليارات",
    1e12: "trillion trln triliun",
    1e5: "lakh lakhs lac लाख",
    1e7: "crore crores cr करोड़",
    1e-2: "hundredths hundertstel hundertstelsekunden centièmes centesimi centésimas",
}
_PERCENT_WORDS = (
    "% per_cent per_cento por_ciento por_cento pour_cent pct prozent procent prosent"
    " prosenttia prosentin la_sută la_suta százalék persen percenta percentá posto odstotkov"
    " odstotka відсотків відсотка відсотки процентов процента τοις_εκατό phần_trăm"
)
# Korean, Japanese and Chinese count in myriads, the unit written on to the figure and
# a counter or particle on to the unit ("12만대", 120,000 cars; "3억 달러", "12万辆",
# "4億円"): a myriad ends a figure whatever follows it.
_MYRIADS = {
    myriad: scale
    for scale, myriads in ((1e4, "만万萬"), (1e8, "억亿億"), (1e12, "조兆"))
    for myriad in myriads
}
_MYRIAD = f"[{''.join(_MYRIADS)}]"
# "_" stands for a space a unit may be written with or without; a unit is looked up
# with its words run together ("milmillones").
_SCALES = {
    word.replace("_", ""): scale for scale, words in _SCALE_WORDS.items() for word in words.split()
} | _MYRIADS
_PERCENT = frozenset(word.replace("_", "") for word in _PERCENT_WORDS.split())
_UNIT_WORDS = [*_PERCENT_WORDS.split(), *" ".join(_SCALE_WORDS.values()).split()]
# Letters to what may follow them; "" marks the end of a word.
_Tree: TypeAlias = dict[str, "_Tree"]


def _prefix_tree(words: Iterable[str]) -> str:
    """A regular expression matching any of `words`, its alternatives branching letter by letter.

    After every figure the pattern tries the unit words: as one flat alternation of
    two hundred words it tried each in turn (3 microseconds a figure), where a
    tree fails at its first letter. A longer word is tried before a word it
    starts with, so that "mil millones" is read whole and not as "mil". "_" in a
    word stands for a space it may be written with or without.
    """
    tree: _Tree = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: _Tree) -> str:
    branches = [
        (r"\s?" if letter == "_" else re.escape(letter)) + _branches(child)
        for letter, child in sorted(node.items())
        if letter
    ]
    if not branches:
        return ""
    pattern = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{pattern})?" if "" in node else pattern


_UNIT = _prefix_tree(_UNIT_WORDS)
# A count of thousands with its remainder after the word, as Turkish and Spanish copy
# writes it: "15 bin 400" and "2 mil 500" are the 15,400 and 2,500 of another service.
_THOUSANDS = _prefix_tree(_SCALE_WORDS[1e3].split())
# A quoted passage within one paragraph, in straight, curly or angle quotes.
_QUOTE_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb'
_QUOTED = re.compile(rf"[{_QUOTE_MARKS}]([^{_QUOTE_MARKS}\n]+)[{_QUOTE_MARKS}]")
_QUOTE_WORD = re.compile(r"\w+")
# A run's hash is the CRC-32 of "q:" and the run: the prefix's CRC, continued.
_QUOTE_SEED = zlib.crc32(b"q:")
# A run of digits and separators: where a figure may start. One cheap scan finds
# them; each is then read by _FIGURE, anchored, instead of scanning the text once
# per kind of figure.
_DIGIT_RUN = re.compile(r"\d[\d,.:-]*")
_NOT_AFTER = frozenset(".,:-")  # "Covid-19", "1.5.2", "3:2": not a figure of its own
# Japanese and Chinese write no spaces: a figure follows a kana or ideograph ("召回12万辆").
# Arabic and Hebrew write a conjunction or preposition on to the figure it precedes
# ("و64 مصابا", "بـ45", "ב-12"): the figure is one all the same.
_UNSPACED = re.compile("[\u3040-\u30ff\u4e00-\u9fff\u0590-\u06ff]")
# After a figure, Japanese, Chinese and Korean write its counter on to it ("14人", "1987戸",
# "23명"); a counter of the calendar or the clock makes it a date or a time ("16日", "4時12分",
# "2027年", "17일").
_COUNTER = "[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]"
_CALENDAR_COUNTERS = frozenset("年月日時时分秒년월일시분초")
# Korean and Japanese write a large figure as myriads and thousands in turn: "1조5천억"
# (1.5 trillion), "17만4천" (174,000), "1万6469" (16,469), "2억5천만" (250 million).
_EAST_ASIAN_PART = re.compile(rf"(\d+(?:\.\d+)?)([천千])?({_MYRIAD})?")
# One: a thousand, or a myriad with more digits after it (a lone "12만" is read as any
# figure with its unit).
_EAST_ASIAN_FIGURE = re.compile(
    rf"(?=\d+(?:\.\d+)?(?:[천千]|{_MYRIAD}\d))(?:\d+(?:\.\d+)?[천千]?{_MYRIAD}?)+"
)
_COUNTER_CHAR = re.compile(_COUNTER)
# A score is "2-1", or "2:1" as the services on the continent write it; a clock's
# minutes ("18:30", "05.15 uur", "klo 14.40") have two digits, a colon score's second
# number has one, or two where the first is more than a clock's hours (a basketball or
# handball score, "84:79", "31:28", "102:98"). Thousands are grouped by commas, or by
# spaces ("19 370", also no-break and thin ones) in Czech, French, Polish and Nordic
# copy, or written with the word and the remainder after it ("15 bin 400"); a comma before
# other than three digits ("0,9310", "2,8") is a decimal one. A unit written on to
# its figure ("8.4sec", "10km") leaves the figure as it is. A race time is "1:57.84",
# "1:57,84" with a decimal comma, or "1 minute, 57.84 seconds" in words.
_FIGURE_PATTERN = (
    r"(?P<race>\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,2})(?!\w)"
    r"|(?P<race_minutes>\d{1,2})\s*min(?:ute)?s?\b,?\s*(?P<race_seconds>\d{1,2}[.,]\d{1,2})"
    r"\s*sec(?:ond)?s?(?!\w)"
    r"|(?P<clock>\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b\.?|uhr\b|uur\b|h\b)"
    r"|(?:(?<=\bklo )|(?<=\bkl\. )|(?<=godz\. ))\d{1,2}[:.]\d{2}(?!\d)"
    r"|\d{3,4}\s*(?:GMT|UTC|ET|CET)\b)"
    r"|(?P<high>\d{1,3})(?:-(?P<low>\d{1,3})"
    r"|:(?P<colon_low>\d|(?:(?<=\b(?:2[5-9]|[3-9]\d):)|(?<=\b\d{3}:))\d{2,3}))"
    r"(?![\w-]|[.,:]\d)"
    r"|(?P<int>{dot_groups}[1-9]\d{0,2}(?:,\d{3})+(?!\d)"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)"
    r"(?P<frac>\.\d+|,\d{1,2}(?!\d)|,\d{4,}|(?<=(?<!\d)0),\d+)?"
    r"(?:st|nd|rd|th|km|kg|secs?|mins?|mph|cm|mm)?"
    rf"(?:\s*(?:(?P<thousands>{_THOUSANDS})[ \u00a0](?P<rest>\d{{1,3}})(?!\w|[.,:-]\d)"
    rf"|(?:de\s)?(?P<unit>{_UNIT})(?!\w)|(?P<myriad>{_MYRIAD})))?"
    rf"(?:(?<={_MYRIAD})|(?!\w)|(?={_COUNTER}))"
)
# Where a decimal comma is written, thousands may be grouped by dots ("9.000 Anleger",
# "40.000 vierkante meter"): read so in copy of those languages only, since English
# copy writes "$1.125 billion".
_DOT_GROUPS = r"[1-9]\d{0,2}(?:\.\d{3})+(?![\d.])|"
_FIGURE = re.compile(_FIGURE_PATTERN.replace("{dot_groups}", ""), re.IGNORECASE)
_FIGURE_DOT_GROUPS = re.compile(_FIGURE_PATTERN.replace("{dot_groups}", _DOT_GROUPS), re.IGNORECASE)
_DECIMAL_COMMA_LANGUAGES = frozenset(
    """
    bg ca cs da de el es et fi fr hr hu id it lt lv nb nl nn no pl pt ro ru sk sl sr sv tr uk
    vi
    """.split()
)
_NOT_GROUPING = re.compile(r"[,. \u00a0\u202f]")
# The services on the continent put the day first: "13. März", "13 mars", "13 de
# marzo", "13 marzo", "11 Aralık", "8 decembrie", "10. joulukuuta".
_DAY_FIRST_MONTHS = alternation(DAY_FIRST)
_DATE_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", re.IGNORECASE)
_DATE_AFTER = re.compile(rf"^\.?\s*(?:de\s+)?(?:{_MONTHS}|{_DAY_FIRST_MONTHS})\b", re.IGNORECASE)
# Brazilian copy gives the day of the month in brackets after the weekday: "nesta
# sexta-feira (19)", "na quinta (18)" (a Portuguese weekday goes without its "-feira").
_WEEKDAY_BEFORE = re.compile(
    rf"\b(?:{alternation(WEEKDAYS)}|segunda|terça|quarta|quinta|sexta)\s*\(\s*$", re.IGNORECASE
)
_TIME_AFTER = re.compile(
    r"^\s*(?:a\.?m\b|p\.?m\b|GMT|UTC|hours\b|h\b|uhr\b|stunden\b|heures\b|horas\b|ore\b)",
    re.IGNORECASE,
)
# English counts from ten on, spelled out where house styles spell them: at the
# start of a sentence ("Fourteen people were rescued"); elsewhere they write
# digits. Under ten they are left out, like their digits. A capital first letter
# also keeps the scan cheap: `re` skips to the few capitals of a text.
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
_UNITS = "one two three four five six seven eight nine"
_WORD_VALUES = {
    **dict(zip(_TEENS.split(), range(10, 20), strict=True)),
    **dict(zip(_TENS.split(), range(20, 100, 10), strict=True)),
    **dict(zip(_UNITS.split(), range(1, 10), strict=True)),
}
# "Forty thousand" is left out, not read as 40: scaled counts are rare in words.
_SPELLED = re.compile(
    r"[EFNST](?<![^\W\d_][EFNST])(?i:"
    r"(?<=T)(?:en|welve|hirteen|wenty|hirty)|(?<=E)(?:leven|ighteen|ighty)"
    r"|(?<=F)(?:ourteen|ifteen|orty|ifty)|(?<=S)(?:ixteen|eventeen|ixty|eventy)"
    r"|(?<=N)(?:ineteen|inety))"
    rf"(?:[- ](?i:{_UNITS.replace(' ', '|')}))?(?![^\W\d_])"
    r"(?![ -](?i:hundred|thousand|million|billion))"
)


# Names and figures recur from story to story: each is hashed once in a while.
@lru_cache(maxsize=1 << 14)
def _name_hash(word: str) -> int:
    return zlib.crc32(f"n:{word}".encode()) & NAME_HASH


@lru_cache(maxsize=1 << 14)
def _figure_hash(token: str) -> int:
    """A figure's 14-bit hash under its specificity (1-3) in the top two bits."""
    return (zlib.crc32(f"d:{token}".encode()) & 0x3FFF) | (specificity(token) << 14)


_NOT_DIGITS = str.maketrans("", "", "st.:-")
# Three significant digits or more: the most specific figures.
MOST_SPECIFIC = 3


def specificity(token: str) -> int:
    """How rarely a figure turns up by chance: its significant digits, 1 to 3.

    "4" and "20" are in every other story; "58.3", "1,840" or a score of 34-30 are not.
    """
    digits = token.partition("e")[0].translate(_NOT_DIGITS).strip("0")
    return max(1, min(MOST_SPECIFIC, len(digits)))


def figure_specificity(figure: int) -> int:
    """The specificity stored with a figure's hash."""
    return figure >> 14


@dataclass(frozen=True, slots=True)
class Evidence:
    """Hashed name words, figures and terms of a story, most salient first, its quotes and
    the language they are words of ("" when unknown)."""

    names: tuple[int, ...]
    numbers: tuple[int, ...]
    quotes: tuple[int, ...] = ()
    terms: tuple[int, ...] = ()
    language: str = ""

    def encode(self) -> str:
        parts = (self.names, self.numbers, self.quotes, self.terms)
        return PREFIX + ":".join(_pack(part) for part in parts) + ":" + self.language

    @staticmethod
    def decode(encoded: object) -> Evidence | None:
        """The evidence of an encoded string, None if absent or damaged."""
        if not isinstance(encoded, str):
            return None
        current = encoded.startswith(PREFIX)
        expected = _HASHED_PARTS if current else _EARLIER_PREFIXES.get(encoded[:4])
        if expected is None:
            return None
        texts = encoded[len(PREFIX) :].split(":")
        language = texts.pop() if current else ""
        parts = [_unpack(part) for part in texts]
        if len(parts) != expected or None in parts or not _LANGUAGE_CODE.fullmatch(language):
            return None
        # The earliest encodings end before quotes or terms: none kept.
        names, numbers, quotes, terms = [*cast(list[tuple[int, ...]], parts), (), ()][:4]
        evidence = Evidence(names, numbers, quotes, terms, language)
        if encoded[:4] in _MARKED_PREFIXES:
            return evidence
        # Earlier names are 16-bit hashes without marks: compared on their low 15 bits.
        plain = _first_unique((name & NAME_HASH for name in evidence.names), MAX_NAMES)
        return Evidence(plain, evidence.numbers, evidence.quotes, evidence.terms)

    @property
    def name_hashes(self) -> tuple[int, ...]:
        """The names without their protagonist marks: what two stories' names compare by."""
        return _unmarked(self.names)


def current_evidence(encoded: object) -> Evidence | None:
    """The evidence of a string in the current encoding; None for an earlier one or none.

    Where the article is at hand (a fingerprint made by an earlier enrich), its
    evidence is better made again than read without terms or language.
    """
    if not isinstance(encoded, str) or not encoded.startswith(PREFIX):
        return None
    return Evidence.decode(encoded)


def _pack(values: tuple[int, ...]) -> str:
    return base64.b64encode(struct.pack(f"<{len(values)}H", *values)).decode("ascii")


def _unpack(text: str) -> tuple[int, ...] | None:
    try:
        raw = binascii.a2b_base64(text, strict_mode=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) % 2:
        return None
    return struct.unpack(f"<{len(raw) // 2}H", raw)


def story_evidence(article: Mapping[str, object]) -> Evidence:
    """The evidence of an enriched article (its `entities` and text); no state, no I/O."""
    body = text_field(article, "body")
    text = body if body.strip() else text_field(article, "headline")
    agency = _agency_words(article)
    marked = list(_name_words(article, agency))
    words = [word for word, _ in marked]
    language = article.get("language")
    code = _language_code(language if isinstance(language, str) else None)
    names = _marked_names(marked, code)
    figures = _number_tokens(text, code)
    numbers = _first_unique(map(_figure_hash, figures), MAX_NUMBERS)
    headline = strip_headline_markers(text_field(article, "headline"))
    # The agency's own name, in a sign-off such as "(VISTULA)", is no more a term than a name.
    terms = topic_terms(f"{headline}\n{body}", [*words, *agency])
    return Evidence(names, numbers, quote_sample(text), terms, code)


def _language_code(language: str | None) -> str:
    """The primary subtag of a language tag, lower case ("pt" of "pt-BR"), "" if none."""
    code = (language or "").partition("-")[0].lower()
    return code if _LANGUAGE_CODE.fullmatch(code) else ""


def quote_sample(text: str) -> tuple[int, ...]:
    """The lowest 32-bit hashes of the quoted four-word runs, as 16-bit values, lowest first."""
    runs: set[str] = set()
    for quoted in _QUOTED.findall(text):
        words = _QUOTE_WORD.findall(fold(quoted))
        if len(words) < 2:
            continue  # a single word in quotes is a term, not a statement
        width = min(QUOTE_WORDS, len(words))
        runs.update(" ".join(words[i : i + width]) for i in range(len(words) - width + 1))
    lowest = sorted(zlib.crc32(run.encode(), _QUOTE_SEED) for run in runs)[:MAX_QUOTES]
    return tuple(dict.fromkeys(value & 0xFFFF for value in lowest))


def _unmarked(names: tuple[int, ...]) -> tuple[int, ...]:
    """`names` without their protagonist marks."""
    # An unmarked name stays the same object: restoring the window reads every story's
    # leading names, and a new integer for each left the allocator's pools fragmented
    # (25 more resident bytes a story in benchmarks/bench_dedup_state.py).
    return tuple(name - PROTAGONIST if name >= PROTAGONIST else name for name in names)


def _marked_names(words: Iterable[tuple[str, bool]], language: str) -> tuple[int, ...]:
    """The first MAX_NAMES distinct name hashes, each marked if a protagonist's word.

    A word the tagger read in Cyrillic or Greek is hashed in Latin letters, as the
    other services write it (transliteration.py; `language` picks the scheme).
    """
    kept: dict[int, int] = {}
    for word, protagonist in words:
        value = _name_hash(latin(word, language))
        kept[value] = kept.get(value, 0) | (PROTAGONIST if protagonist else 0)
        if len(kept) == MAX_NAMES:
            break
    return tuple(value | mark for value, mark in kept.items())


def _first_unique(values: Iterable[int], limit: int) -> tuple[int, ...]:
    """The first `limit` distinct values; reads no further (a long story has many figures)."""
    kept: dict[int, None] = {}
    for value in values:
        kept[value] = None
        if len(kept) == limit:
            break
    return tuple(kept)


def _agency_words(article: Mapping[str, object]) -> set[str]:
    """Words of the story's own agency names: who wrote it, not what it is about."""
    names = [text_field(article, "source")]
    dateline = article.get("dateline")
    if isinstance(dateline, Mapping):
        names.append(text_field(dateline, "agency"))
    return {word for name in names for word in _NAME_WORD.findall(fold(name))}


def name_words(article: Mapping[str, object]) -> list[str]:
    """Folded words of the story's names, most mentioned name first."""
    return [word for word, _ in _name_words(article, _agency_words(article))]


def _name_words(article: Mapping[str, object], agency: set[str]) -> Iterator[tuple[str, bool]]:
    """Folded name words but `agency`, most mentioned name first, each marked if a protagonist's."""
    entities = article.get("entities")
    if not isinstance(entities, list):
        return
    sign_off = _sign_off_start(text_field(article, "body"))
    ranked = []
    for position, entity in enumerate(entities):
        if not isinstance(entity, Mapping):
            continue
        kind, name = entity.get("type"), entity.get("name")
        mentions, sources = entity.get("mentions"), entity.get("sources")
        if not isinstance(kind, str) or kind not in _NAME_TYPES or not isinstance(name, str):
            continue
        if isinstance(sources, list) and sources and all(s == "credit" for s in sources):
            continue  # a photographer or a picture agency: provenance
        if sign_off is not None and _only_after(entity, sign_off):
            continue  # the reporter or editor of a sign-off: provenance too
        weight = mentions if isinstance(mentions, int) and not isinstance(mentions, bool) else 1
        protagonist = weight > 1 and kind in _ACTOR_TYPES and not _initialism(name)
        ranked.append((-weight, position, name, protagonist))
    for _, _, name, protagonist in sorted(ranked):
        for word in _telling_words(name):
            if word not in agency:
                yield word, protagonist


def _sign_off_start(body: str) -> int | None:
    """Where the body's closing line starts if it is a sign-off, not a sentence.

    Services close an item with its reporter and editor ("Kaisa Lehtonen /
    Pohjola", "Muhabir: Deniz Kaya", "CARPATIA/(A - autor: Ana Moldovan,
    editor: Radu Ene)"): a short line after the story that ends in no full
    stop, or the desk's initials after its last one. The names in it say who
    wrote the story, not what it is about.
    """
    story = body.rstrip()
    if initials := _DESK_INITIALS.search(story, max(0, len(story) - DESK_INITIALS_TAIL)):
        return initials.start()
    start = story.rfind("\n") + 1
    line = story[start:]
    if not start or line[-1] in _SENTENCE_ENDS or len(_NAME_WORD.findall(line)) > SIGN_OFF_WORDS:
        return None
    return start


def _only_after(entity: Mapping[str, object], start: int) -> bool:
    """Every mention of `entity` in the body is at `start` or after, and it has some."""
    offsets = entity.get("offsets")
    if not isinstance(offsets, list) or not offsets:
        return False
    sources = entity.get("sources")
    if isinstance(sources, list) and "headline" in sources:
        return False
    return all(
        isinstance(offset, list) and offset and isinstance(offset[0], int) and offset[0] >= start
        for offset in offsets
    )


def _initialism(name: str) -> bool:
    """A name written as initials ("RBA", "OSHA"): not a protagonist's, however often named.

    Other copy names the same body in full ("Reserve Bank of Australia"), in
    another language's initials or both, so a story that never writes these
    letters may well name it: that cannot say the story is about someone else
    (similarity.another_lead). Its words still count as names.
    """
    return len(name) <= MAX_INITIALS and name.isalpha() and name.isupper()


# Names recur from story to story, each is read once in a while.
@lru_cache(maxsize=1 << 14)
def _telling_words(name: str) -> tuple[str, ...]:
    """The folded words of a name that tell what it names: no titles, legal forms, short words."""
    words = _NAME_WORD.findall(fold(name))
    return tuple(word for word in words if len(word) >= 3 and word not in _GENERIC_NAME_WORDS)


def number_tokens(text: str, language: str | None = None) -> list[str]:
    """The figures of `text` as canonical tokens, in order of appearance (see the docstring).

    `language` (an ISO 639-1 code) says whether dots may group thousands.
    """
    return list(_number_tokens(text, language))


def _number_tokens(text: str, language: str | None) -> Iterator[str]:
    """Figures in digits and counts spelled out, merged in order of appearance."""
    figure = _FIGURE_DOT_GROUPS if _language_code(language) in _DECIMAL_COMMA_LANGUAGES else _FIGURE
    for _, token in merge(_digit_figures(text, figure), _spelled_figures(text)):
        yield token


def _spelled_figures(text: str) -> Iterator[tuple[int, str]]:
    for match in _SPELLED.finditer(text):
        value = sum(_WORD_VALUES[word] for word in re.split("[- ]", match.group().lower()))
        yield match.start(), f"{value:.6g}"


def _digit_figures(text: str, figure: re.Pattern[str]) -> Iterator[tuple[int, str]]:
    read_to = 0  # the end of the last figure: "370" of "19 370" is no figure of its own
    for run in _DIGIT_RUN.finditer(text):
        start = run.start()
        if start < read_to:
            continue
        before = text[start - 1] if start else " "
        if (before.isalnum() and not _UNSPACED.match(before)) or before in _NOT_AFTER:
            continue
        if (east_asian := _east_asian_figure(text, start)) is not None:
            read_to, written_in_turn = east_asian
            yield start, written_in_turn
            continue
        match = figure.match(text, start)
        if match is None or match.group("clock"):
            continue
        read_to = match.end()
        if match.group("race"):
            yield start, "t" + match.group("race").replace(",", ".")
        elif minutes := match.group("race_minutes"):
            whole, _, hundredths = match.group("race_seconds").replace(",", ".").partition(".")
            yield start, f"t{int(minutes)}:{int(whole):02d}.{hundredths}"
        elif match.group("high"):
            low = match.group("low") or match.group("colon_low")
            high, low = sorted((int(match.group("high")), int(low)), reverse=True)
            yield start, f"s{high}-{low}"
        elif (token := _number_token(match, text)) is not None:
            yield start, token


def _east_asian_figure(text: str, start: int) -> tuple[int, str] | None:
    """(end, token) of a figure written in myriads and thousands in turn from `start`
    ("1조5천억", "17만4천"), or None where there is none."""
    whole = _EAST_ASIAN_FIGURE.match(text, start)
    if whole is None:
        return None
    total = section = 0.0
    for part in _EAST_ASIAN_PART.finditer(whole.group()):
        value = float(part.group(1)) * (1e3 if part.group(2) else 1.0)
        if part.group(3):
            total += (section + value) * _MYRIADS[part.group(3)]
            section = 0.0
        else:
            section += value
    return whole.end(), f"{total + section:.6g}"


def _number_token(match: re.Match[str], text: str) -> str | None:
    digits = match.group("int")
    # A decimal comma ("0,3%", "2,4 Milliarden") as the services on the continent write it.
    fraction = (match.group("frac") or "").replace(",", ".")
    unit = match.group("unit") or match.group("thousands") or match.group("myriad") or ""
    unit = "".join(unit.lower().split())
    digits = _NOT_GROUPING.sub("", digits)
    value = float(digits + fraction)
    if (rest := match.group("rest")) and not fraction:
        value += int(rest) / 1e3  # "15 bin 400": 15.4 thousand
    scale = _SCALES.get(unit, 1.0)
    marked = bool(fraction) or scale != 1.0 or unit in _PERCENT
    if not marked:
        after = text[match.end() : match.end() + 12]
        counter = after[:1] if _COUNTER_CHAR.match(after) else ""
        if counter in _CALENDAR_COUNTERS:
            return None  # "16日", "4時": a date or a time
        if value < 10:
            return None  # "two", "three": spelled out by some, written in digits by others
        year = len(digits) == 4 and digits == match.group("int") and 1900 <= value <= 2100
        if year and not counter:
            return None  # a year; "1987戸" counts households
        before = text[max(0, match.start() - 12) : match.start()]
        before_weekday = text[max(0, match.start() - 16) : match.start()]
        if value <= 31 and (
            _DATE_BEFORE.search(before)
            or _DATE_AFTER.match(after)
            or (_WEEKDAY_BEFORE.search(before_weekday) and after.lstrip().startswith(")"))
        ):
            return None  # a day of the month
        if _TIME_AFTER.match(after):
            return None
    return f"{value * scale:.6g}"


# Candidate keys: one per pair of a leading name and a leading figure, one per
# pair of leading names and one per pair of leading telling figures, each in a
# key space of its own (top byte 0xFF, 0xFE and 0xFD; LSH band keys carry their
# band number). Ten of the first two: a rewrite naming two of the leading names
# meets under their pair, so a name needs only the lede's two figures beside it
# (four cost ten more index entries a story and found nothing more).
KEY_NAMES = 5
KEY_NUMBERS = 2
# Figures of two significant digits or more among the first three: "34", "2.6",
# "19,370", not the "10" or "50" of every other story. At most three pairs.
KEY_FIGURES = 3
KEY_FIGURE_SPECIFICITY = 2
# A leading name beside each of the first terms (headline first): a one-sentence brief
# naming one place and no figure ("3 dead in Dhanbad mine blast") has no pair of
# names or figures to meet its story under, but names the place the story leads with
# and draws its first words from the story's headline.
KEY_TERMS = 2
_KEY_SPACE = 0xFF << 56
_NAME_PAIR_SPACE = 0xFE << 56
_FIGURE_PAIR_SPACE = 0xFD << 56
_NAME_TERM_SPACE = 0xFC << 56
_NO_KEYS = np.empty(0, dtype=np.uint64)


def candidate_keys(evidence: Evidence | None) -> Keys:
    """Keys under which stories naming the same actors with the same figure or quotes meet.

    Independent rewrites of one event share almost no five-word phrases, so
    LSH never proposes them; they do name the same people with the same
    figures ("Kerkhof" and "2.4 billion"), a pair that unrelated stories
    rarely share. A rewrite without figures is confirmed by its names with its
    quotes or its terms (similarity.py), so every story is also found by each
    pair of its leading names. Where the tagger reads other names in each
    (another language's service, a brief it finds one place in, a rewrite
    leading with other people), two of the same telling figures still meet:
    a pair of them ("34" avalanche victims aged "41") is rarer than either. A
    brief naming one thing meets its story under that name and one of its
    first terms (KEY_TERMS). A key lists only its newest stories (the
    settings' `band_cap`), so a pair every story names stays cheap.
    """
    return np.concatenate(query_keys(evidence))


def query_keys(evidence: Evidence | None) -> tuple[Keys, Keys, Keys]:
    """`candidate_keys` in three: those of names, of pairs of figures, of a name and a term.

    The dedup engine asks for fewer candidates under pairs of figures and
    under a name with a term than under names: a pair finds the rewrite whose
    names the tagger read otherwise, a name with a term the brief naming one
    place, and in a busy window also stories that happen to give the same two
    figures or name the same place on the same subject, each a candidate to read.
    """
    if evidence is None:
        return _NO_KEYS, _NO_KEYS, _NO_KEYS
    numbers = evidence.numbers[:KEY_NUMBERS]
    names = _unmarked(evidence.names[:KEY_NAMES])
    keys = [_KEY_SPACE | name << 16 | number for name in names for number in numbers]
    keys += [_NAME_PAIR_SPACE | min(a, b) << 16 | max(a, b) for a, b in combinations(names, 2)]
    figures = [
        figure
        for figure in evidence.numbers[:KEY_FIGURES]
        if figure_specificity(figure) >= KEY_FIGURE_SPECIFICITY
    ]
    pairs = [_FIGURE_PAIR_SPACE | min(a, b) << 16 | max(a, b) for a, b in combinations(figures, 2)]
    subjects = [
        _NAME_TERM_SPACE | name << 16 | term
        for name in names
        for term in evidence.terms[:KEY_TERMS]
    ]
    return (
        np.array(keys, dtype=np.uint64),
        np.array(pairs, dtype=np.uint64),
        np.array(subjects, dtype=np.uint64),
    )
