"""Bylines: "By Jane Doe, Reuters" -> "Jane Doe, Reuters".

A byline paragraph is short, opens with an introducer (By, Von, Par,
Por, Door, Av, Af, Di, Da) and continues with names only: capitalised
words, name particles, "and"/"und"/"et"/"y"/"og"/"och" and commas, then
optionally an affiliation after a comma. So "By contrast, the ..." or
German "Von Berlin aus ..." are not bylines: the word after the
introducer, or a later word, is not a name.

Names in capitals ("By PAUL BYRNE and ALMUDENA CALATRAVA") are
title-cased; agency acronyms (NTB-AFP-DPA, AP) are left alone.
"""

from __future__ import annotations

import re

from pipeline.clean.agencies import normalise_agency
from pipeline.clean.limits import BYLINE_LIMIT
from pipeline.clean.repair import capitalise_words

BYLINE_INTRODUCERS = frozenset({"by", "von", "par", "por", "door", "av", "af", "di", "da"})
_INTRODUCER = re.compile(r"^(?:By|BY|by|Von|VON|Par|PAR|Por|POR|Door|Av|Af|Di|Da)\b[:\s]*")
_JOINERS = frozenset(
    {
        "and",
        "und",
        "et",
        "y",
        "e",
        "og",
        "och",
        "en",
        "&",
        "with",
        "mit",
        "avec",
        "con",
        "in",
        "à",
        "a",
        "from",
        "aus",
    }
)
_PARTICLES = frozenset(
    {
        "de",
        "da",
        "di",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "du",
        "le",
        "la",
        "al",
        "el",
        "bin",
        "ibn",
        "ten",
        "ter",
        "dos",
        "das",
        "st.",
    }
)
_NAME = re.compile(r"^[A-ZÀ-ÞĀ-ſΑ-ΩА-Я][\w.'’-]*,?$|^[A-Z]\.?,?$")
_MAX_WORDS = 16


def _names_only(text: str) -> bool:
    names, _, affiliation = text.partition(",")
    words = names.split()
    if not words or not _NAME.match(words[0]):
        return False
    for word in words:
        lower = word.lower().rstrip(",")
        if not (_NAME.match(word) or lower in _JOINERS or lower in _PARTICLES):
            return False
    return all(
        w[:1].isupper()
        or w[:1].isdigit()
        or w.lower() in _JOINERS | _PARTICLES
        or normalise_agency(w)
        for w in affiliation.replace(",", " ").split()
    )


def _title_case(part: str) -> str:
    """ "PAUL BYRNE and ALMUDENA CALATRAVA" -> "Paul Byrne and Almudena Calatrava";
    single words ("NTB-AFP-DPA", "BBC") and agency names stay as written."""
    words = part.split()
    capitals = {w for w in words if any(c.isalpha() for c in w) and w.isupper()}
    if len(capitals) < 2:
        return part
    return " ".join(
        capitalise_words(w) if w in capitals and not normalise_agency(w) else w for w in words
    )


def _separate_agency(text: str) -> str:
    """Byline lines run together: "Jane Doe Associated Press" -> "Jane Doe, Associated Press"."""
    if "," in text:
        return text
    words = text.split()
    for size in (3, 2, 1):
        if len(words) > size + 1 and normalise_agency(" ".join(words[-size:])):
            return f"{' '.join(words[:-size])}, {' '.join(words[-size:])}"
    return text


def tidy_byline(text: str) -> str | None:
    """A byline without its introducer, names in capitals title-cased."""
    text = _separate_agency(_INTRODUCER.sub("", " ".join(text.split())).strip(" ,;="))
    if not text:
        return None
    return ", ".join(_title_case(part.strip()) for part in text.split(",") if part.strip())


def parse_byline(paragraph: str) -> str | None:
    """The byline when the paragraph is one ("By Jane Doe, Reuters"), else None."""
    if len(paragraph) > BYLINE_LIMIT:
        return None  # too long to be a byline: it stays in the body, whole
    text = " ".join(paragraph.split())
    match = _INTRODUCER.match(text)
    if not match or not match.group(0).strip() or len(text.split()) > _MAX_WORDS:
        return None
    rest = text[match.end() :]
    if not _names_only(rest):
        return None
    return tidy_byline(text)
