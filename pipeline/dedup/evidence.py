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
  ("Ministry", "Group", titles) and the agencies' own names say nothing about
  the event and are left out.
* figures: the numbers of the text in order of appearance, as values (2.4
  billion = 2,400 million = 2.4 bln, 12% = 12 percent), scores ("2-1") and
  race times. Years, small counts that agencies spell out ("two"), days of
  the month and clock times (local or GMT, at the writer's choice) are left
  out. Each keeps how specific it is: "58.3" turns up by chance far less
  often than "20".

Both are kept as 16-bit values, at most 16 of each, in under 100 characters:
small enough to travel in the dedup state with every story. A chance
collision of two hashes (1 in 16,384 per pair at worst) is far rarer than the
tagger's own misses, which the scoring (similarity.py) has to tolerate anyway.
`candidate_keys` lets the dedup index find a story by its evidence as it finds
it by its LSH bands.
"""

from __future__ import annotations

import base64
import binascii
import re
import struct
import unicodedata
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from pipeline.dedup.markers import text_field
from pipeline.dedup.minhash import Keys

PREFIX = "ev1:"
# Hashes kept of each kind: the top of a story carries its event.
MAX_NAMES = 16
MAX_NUMBERS = 16

_NAME_TYPES = frozenset({"PERSON", "ORG", "PLACE", "EVENT"})
_NAME_WORD = re.compile(r"[^\W\d_]+")
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
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april"
    "|june|july|august|september|october|november|december"
)
_SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    "trln": 1e12,
}
_PERCENT = frozenset({"%", "percent", "pct"})
# A run of digits and separators: where a figure may start. One cheap scan finds
# them; each is then read by _FIGURE, anchored, instead of scanning the text once
# per kind of figure.
_DIGIT_RUN = re.compile(r"\d[\d,.:-]*")
_NOT_AFTER = frozenset(".,:-")  # "Covid-19", "1.5.2", "3:2": not a figure of its own
_FIGURE = re.compile(
    r"(?P<race>\d{1,2}:\d{2}(?::\d{2})?\.\d{1,2})(?!\w)"
    r"|(?P<clock>\d{1,2}[:.]\d{2}\s*[ap]\.?m\b\.?|\d{3,4}\s*(?:GMT|UTC|ET|CET)\b)"
    r"|(?P<high>\d{1,3})-(?P<low>\d{1,3})(?![\w-]|[.,:]\d)"
    r"|(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?P<frac>\.\d+)?(?:st|nd|rd|th)?"
    r"(?:\s*(?P<unit>%|per\s?cent|pct|(?:thousand|million|mln|billion|bln|bn|trillion|trln)\b))?"
    r"(?!\w)",
    re.IGNORECASE,
)
_DATE_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", re.IGNORECASE)
_DATE_AFTER = re.compile(rf"^\s*(?:{_MONTHS})\b", re.IGNORECASE)
_TIME_AFTER = re.compile(r"^\s*(?:a\.?m\b|p\.?m\b|GMT|UTC|hours\b|h\b)", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower case without accents: "Krško" and "Krsko" are one place."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _name_hash(word: str) -> int:
    return zlib.crc32(f"n:{word}".encode()) & 0xFFFF


def _figure_hash(token: str) -> int:
    """A figure's 14-bit hash under its specificity (1-3) in the top two bits."""
    return (zlib.crc32(f"d:{token}".encode()) & 0x3FFF) | (specificity(token) << 14)


_NOT_DIGITS = str.maketrans("", "", "st.:-")


def specificity(token: str) -> int:
    """How rarely a figure turns up by chance: its significant digits, 1 to 3.

    "4" and "20" are in every other story; "58.3", "1,840" or a score of 34-30 are not.
    """
    digits = token.partition("e")[0].translate(_NOT_DIGITS).strip("0")
    return max(1, min(3, len(digits)))


def figure_specificity(figure: int) -> int:
    """The specificity stored with a figure's hash."""
    return figure >> 14


@dataclass(frozen=True, slots=True)
class Evidence:
    """Hashed name words and figures of a story, most salient first."""

    names: tuple[int, ...]
    numbers: tuple[int, ...]

    def encode(self) -> str:
        return PREFIX + _pack(self.names) + ":" + _pack(self.numbers)

    @staticmethod
    def decode(encoded: object) -> Evidence | None:
        """The evidence of an encoded string, None if absent or damaged."""
        if not isinstance(encoded, str) or not encoded.startswith(PREFIX):
            return None
        parts = encoded[len(PREFIX) :].split(":")
        if len(parts) != 2:
            return None
        names, numbers = (_unpack(part) for part in parts)
        if names is None or numbers is None:
            return None
        return Evidence(names, numbers)


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
    names = _unique(_name_hash(word) for word in name_words(article))[:MAX_NAMES]
    numbers = _unique(_figure_hash(token) for token in number_tokens(text))[:MAX_NUMBERS]
    return Evidence(tuple(names), tuple(numbers))


def _unique(values: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(values))


def _agency_words(article: Mapping[str, object]) -> set[str]:
    """Words of the story's own agency names: who wrote it, not what it is about."""
    names = [text_field(article, "source")]
    dateline = article.get("dateline")
    if isinstance(dateline, Mapping):
        names.append(text_field(dateline, "agency"))
    return {word for name in names for word in _NAME_WORD.findall(fold(name))}


def name_words(article: Mapping[str, object]) -> list[str]:
    """Folded words of the story's names, most mentioned name first."""
    entities = article.get("entities")
    if not isinstance(entities, list):
        return []
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
        weight = mentions if isinstance(mentions, int) and not isinstance(mentions, bool) else 1
        ranked.append((-weight, position, name))
    agency = _agency_words(article)
    words = []
    for _, _, name in sorted(ranked):
        for word in _NAME_WORD.findall(fold(name)):
            if len(word) >= 3 and word not in _GENERIC_NAME_WORDS and word not in agency:
                words.append(word)
    return words


def number_tokens(text: str) -> list[str]:
    """The figures of `text` as canonical tokens, in order of appearance (see the docstring)."""
    tokens = []
    for run in _DIGIT_RUN.finditer(text):
        start = run.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in _NOT_AFTER):
            continue
        match = _FIGURE.match(text, start)
        if match is None or match.group("clock"):
            continue
        if match.group("race"):
            tokens.append("t" + match.group("race"))
        elif match.group("high"):
            high, low = sorted((int(match.group("high")), int(match.group("low"))), reverse=True)
            tokens.append(f"s{high}-{low}")
        elif (token := _number_token(match, text)) is not None:
            tokens.append(token)
    return tokens


def _number_token(match: re.Match[str], text: str) -> str | None:
    digits = match.group("int")
    fraction = match.group("frac") or ""
    unit = (match.group("unit") or "").lower().replace(" ", "")
    value = float(digits.replace(",", "") + fraction)
    scale = _SCALES.get(unit, 1.0)
    marked = bool(fraction) or scale != 1.0 or unit in _PERCENT
    if not marked:
        if value < 10:
            return None  # "two", "three": spelled out by some, written in digits by others
        if "," not in digits and len(digits) == 4 and 1900 <= value <= 2100:
            return None  # a year
        before = text[max(0, match.start() - 12) : match.start()]
        after = text[match.end() : match.end() + 12]
        if value <= 31 and (_DATE_BEFORE.search(before) or _DATE_AFTER.match(after)):
            return None  # a day of the month
        if _TIME_AFTER.match(after):
            return None
    return f"{value * scale:.6g}"


# Candidate keys: one per pair of a leading name and a leading figure, in a key
# space of their own (top byte 0xFF; LSH band keys carry their band number).
KEY_NAMES = 5
KEY_NUMBERS = 4
_KEY_SPACE = 0xFF << 56


def candidate_keys(evidence: Evidence | None) -> Keys:
    """Keys under which stories naming the same actor with the same figure meet.

    Independent rewrites of one event share almost no five-word phrases, so
    LSH never proposes them; they do name the same people with the same
    figures ("Kerkhof" and "2.4 billion"), a pair that unrelated stories
    rarely share.
    """
    if evidence is None:
        return np.empty(0, dtype=np.uint64)
    numbers = evidence.numbers[:KEY_NUMBERS]
    names = evidence.names[:KEY_NAMES]
    keys = [_KEY_SPACE | name << 16 | number for name in names for number in numbers]
    return np.array(keys, dtype=np.uint64)
