"""Tagging a whole article: body, headline, captions, credit lines and dateline.

The body is tagged first; the other texts are read with what the body taught
(a title-case headline such as "Blinken Says Russia Shows No Signs" keeps only
known names and names the story already has). Copy in French, Spanish, German,
Polish, Italian, Dutch, Portuguese, Swedish, Norwegian and Danish is read with
that language's words (lexicons.load_lexicons). Finnish, Czech, Slovak, Romanian,
Hungarian, Croatian, Slovene, Turkish, Indonesian and Malay copy, and Russian, Ukrainian,
Bulgarian, Serbian, Macedonian and Greek copy in its own letters, whose words the rules
barely know, is read by its capitals, with caution (lexicons.Language.words_unknown); copy
in another language is tagged with known names only, since its capitals may say nothing of
names.

What goes into the flat lists used for aggregations:

- `persons`, `organizations`, `places` hold every entity the story itself
  mentions, captions, the dateline place and the dateline's agencies included
  ("(Reuters) -", "(APA/dpa) -": the agency that files the story is an
  organisation of the story, and a desk searches by it);
- they leave out provenance: a credit line's photographers (PERSON entities
  with source "credit" and role "photographer") and picture agencies, unless
  the story also names them;
- `place_locations` and `countries` come from the story's PLACE entities.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager

from pipeline.entities.candidates import find_candidates, find_known_names
from pipeline.entities.canonical import canonicalise, name_words
from pipeline.entities.gazetteer import lookup_place
from pipeline.entities.lexicons import language_code, load_lexicons
from pipeline.entities.mentions import Mention, Source
from pipeline.entities.tokens import fold
from pipeline.model import Article, CaptionDoc, EntityDoc

# Languages read in full, or by their capitals with a few of their words (Finnish, Czech,
# Slovak, Romanian, Hungarian, Croatian, Slovene, Turkish, Indonesian, Malay, Russian,
# Ukrainian, Bulgarian, Serbian, Macedonian, Greek: `words_unknown` in lexicons.Language);
# copy in others is tagged with known names only.
READ_LANGUAGES = frozenset(
    "en eng fr es de pl it nl pt sv no da fi cs sk ro hu hr sl tr id ms ru uk bg sr mk el".split()
)
_PROVENANCE_SOURCES = {"PERSON": {"credit"}, "ORG": {"credit"}}
# Desk codes after an agency's name in a dateline ("dpa/lby", "dpa/th"): not agencies.
_DESK_CODE = re.compile(r"^[a-z]{1,3}$")


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _capitals_say_nothing(text: str) -> bool:
    """Whether capitals say nothing: all capitals ("KILL"), or title case ("Blinken Says ...")."""
    letters = [ch for ch in text if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters):
        return True
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.6


def _title(name: str) -> str:
    letters = [ch for ch in name if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and len(letters) > 4:
        return " ".join(part.capitalize() for part in name.split())
    return name.strip()


def _credit_mentions(captions: list[CaptionDoc]) -> list[Mention]:
    """Photographers (PERSON, role "photographer") and agencies (ORG) of the credit lines."""
    agencies = load_lexicons().agencies
    mentions = []
    for caption in captions:
        credit = caption.get("credit") if isinstance(caption, dict) else None
        if not isinstance(credit, dict):
            continue
        for name in credit.get("photographers") or []:
            if isinstance(name, str) and name.strip():
                mentions.append(
                    Mention(_title(name), 0, 0, "credit", "PERSON", roles=["photographer"])
                )
        for name in credit.get("agencies") or []:
            if isinstance(name, str) and name.strip():
                canonical = agencies.get(fold(name.strip()), name.strip())
                mentions.append(Mention(name.strip(), 0, 0, "credit", "ORG", canonical=canonical))
    return mentions


# Keystone-SDA and Keystone-ATS write a Swiss town with its canton's code: "Biel BE",
# "Cully VD". The code is no part of the town's name, and says the town is Swiss.
_SWISS_CANTON = re.compile(
    r"^(.+) (?:AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|VS|ZG|ZH)$"
)


def _dateline_mentions(dateline: object) -> list[Mention]:
    """The dateline's places ("NUSA DUA, Indonesia" -> Nusa Dua, Indonesia) and its agency."""
    if not isinstance(dateline, dict):
        return []
    mentions: list[Mention] = []
    place_text = _text(dateline.get("place"))
    parts = []
    hint = None
    for part in (p.strip() for p in place_text.split(",") if p.strip()):
        if part[0].isdigit():
            continue  # a date the cleaner left with the place: "KUALA LUMPUR, 2 Dis"
        if swiss := _SWISS_CANTON.match(part):
            part, hint = swiss.group(1), "CH"
        # "DUBAI/LONDON" is two places, "Frankfurt/Main" one.
        known_whole = lookup_place(_title(part)) is not None
        parts += (
            [_title(part)] if known_whole else [_title(p) for p in part.split("/") if p.strip()]
        )
    for part in reversed(parts):
        place = lookup_place(part, hint)
        if place is not None and place.kind == "country":
            hint = place.country_code
    for part in parts:
        place = lookup_place(part, hint)
        if place is None:
            mentions.append(Mention(part, 0, 0, "dateline", "PLACE", country_code=hint))
        else:
            mentions.append(
                Mention(part, 0, 0, "dateline", "PLACE", canonical=place.name, place=place)
            )
    for agency in dateline_agencies(_agency_group(dateline)):
        canonical = load_lexicons().agencies.get(fold(agency))
        mentions.append(Mention(agency, 0, 0, "dateline", "ORG", canonical=canonical))
    return mentions


# A parenthesised group of a raw dateline: "(APA/dpa)", "(awp/sda)".
_GROUP = re.compile(r"\(([^()]{1,60})\)")


def _agency_group(dateline: dict[str, object]) -> str:
    """The dateline's agency field, or the whole group it was taken from: the cleaner keeps
    the first agency of "Vienna (APA/dpa) -", and the story names both."""
    agency = _text(dateline.get("agency"))
    for match in _GROUP.finditer(_text(dateline.get("raw"))):
        group = match.group(1)
        if agency and fold(agency) in {fold(part.strip()) for part in group.split("/")}:
            return group
    return agency


def dateline_agencies(text: str) -> list[str]:
    """The agencies of a dateline's agency field: "APA/dpa" is two; "dpa/lby" is dpa, as
    two or three lower-case letters beside a name are a desk's code (dpa's Bavarian desk)."""
    known = load_lexicons().agencies
    parts = [part.strip() for part in text.split("/") if part.strip()]
    return [
        part
        for part in parts
        if fold(part) in known or not _DESK_CODE.match(part) or len(parts) == 1
    ]


def _story_names(mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Names the body gives, as word keys; people also by each word ("Blinken")."""
    names: set[tuple[str, ...]] = set()
    said = {(m.text, m.type == "PERSON") for m in mentions if m.type is not None}
    for text, person in said:
        words = name_words(text)
        names.add(words)
        if person:
            names.update((word,) for word in words if len(word) > 2)
    names.discard(())
    return names


def _story_mentions(article: Article) -> list[Mention]:
    code = language_code(article.get("language"))
    read = code in READ_LANGUAGES
    lexicons = load_lexicons(code)
    body_text = _text(article.get("body"))
    body = (
        find_candidates(body_text, "body", lexicons)
        if read
        else find_known_names(body_text, "body", set(), lexicons)
    )
    story_names = _story_names(body)
    mentions = list(body)
    delivered = article.get("captions")
    captions = delivered if isinstance(delivered, list) else []
    texts: list[tuple[Source, str]] = [("headline", _text(article.get("headline")))]
    texts += [("caption", _text(c.get("text"))) for c in captions if isinstance(c, dict)]
    for source, text in texts:
        if not read or (source == "headline" and _capitals_say_nothing(text)):
            mentions += find_known_names(
                text, source, story_names, lexicons, towns_named=source == "headline"
            )
        else:
            mentions += find_candidates(text, source, lexicons)
    mentions += _credit_mentions(captions)
    mentions += _dateline_mentions(article.get("dateline"))
    return mentions


def is_provenance(entity: EntityDoc) -> bool:
    """Only a credit line or the dateline's agency names it: who made the story, not its subject."""
    only = _PROVENANCE_SOURCES.get(entity["type"])
    return only is not None and set(entity["sources"]) <= only


@contextmanager
def _cyclic_collector_paused() -> Iterator[None]:
    """Tagging makes a few objects per word (tokens, runs, mentions) and frees them all
    by reference counting: nothing it builds refers back to itself. While they live,
    each full pass of Python's cyclic collector reads every one of them, and a long
    story triggers passes often enough to cost more than the tagging; so the collector
    waits until the story is tagged."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def tag_article(article: Article) -> Article:
    """Set the entity fields of `article` (see the package docstring) and return it."""
    with _cyclic_collector_paused():
        entities = canonicalise(_story_mentions(article))
    story = [e for e in entities if not is_provenance(e)]
    article["entities"] = entities
    article["persons"] = [e["name"] for e in story if e["type"] == "PERSON"]
    article["organizations"] = [e["name"] for e in story if e["type"] == "ORG"]
    places = [e for e in story if e["type"] == "PLACE"]
    article["places"] = [e["name"] for e in places]
    article["place_locations"] = [e["location"] for e in places if "location" in e]
    article["countries"] = list(
        dict.fromkeys(e["country_code"] for e in places if e.get("country_code"))
    )
    return article
