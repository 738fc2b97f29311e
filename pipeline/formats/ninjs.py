"""IPTC ninjs JSON, 1.x (flat: headline, body_html, byline ...) and 2.x
(lists: headlines[], bodies[], descriptions[], by).

- Bodies: an HTML rendition is preferred to plain text, because only the
  HTML keeps paragraph boundaries (2.x text bodies are often one line).
- Pictures and graphics are stories without body: the caption (description
  role caption/text, description_text, else the text body) becomes
  captions[0], credited to by/byline, the creditline description or the
  photographer in authors; its copyrightholder travels with it, for a
  credit that names the photographer alone.
- Associated pictures (associations, a dict in 1.x and a list in 2.x)
  become captions of the story.
- An "embargoed" time makes the story withheld; pubstatus "canceled"
  kills it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TypedDict

from pipeline.formats.fields import (
    add_signals,
    apply_status,
    as_int,
    as_text,
    item_type_of,
    language_tag,
    pubstatus_of,
    unique,
)
from pipeline.formats.markup import MarkupText, html_text
from pipeline.formats.times import to_utc_iso
from pipeline.formats.wire_format import JsonFormat, JsonObject
from pipeline.model import Caption, Credit, ItemType, RawStory

_PICTURE_TYPES = ("picture", "graphic", "photo", "image")
_HTML_ROLES = ("html", "xhtml", "html5", "richhtml5", "nitf")
# Fields of a news item; an object with two of them is taken for ninjs.
_NINJS_KEYS = frozenset(
    {
        "uri",
        "guid",
        "headline",
        "headlines",
        "body_html",
        "body_text",
        "bodies",
        "versioncreated",
        "type",
        "byline",
        "by",
        "descriptions",
    }
)


def _dicts(value: object) -> list[JsonObject]:
    if isinstance(value, Mapping):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, Mapping)]
    return []


def _by_role(entries: object, *roles: str) -> str | None:
    for entry in _dicts(entries):
        if str(entry.get("role") or "").lower() in roles:
            value = as_text(entry.get("value"))
            if value:
                return value
    return None


def _first_value(entries: object) -> str | None:
    return next((as_text(e.get("value")) for e in _dicts(entries) if as_text(e.get("value"))), None)


def body_markup(item: JsonObject) -> MarkupText:
    """The story text of a ninjs or AP item: HTML rendition first, then text."""
    html = as_text(item.get("body_html"))
    text = as_text(item.get("body_text"))
    for body in _dicts(item.get("bodies")):
        role = str(body.get("role") or "").lower()
        kind = str(body.get("contenttype") or "").lower()
        value = as_text(body.get("value"))
        if value and not html and (role in _HTML_ROLES or "html" in kind) and "ttnitf" not in role:
            html = value
        elif value and not text and (role == "text" or kind == "text/plain"):
            text = value
    if html:
        return html_text(html)
    return MarkupText(paragraphs=[text] if text else [])


def _credit(item: JsonObject) -> str | None:
    photographer = next(
        (
            as_text(a.get("name"))
            for a in _dicts(item.get("authors"))
            if str(a.get("role") or "").lower() == "photographer"
        ),
        None,
    )
    return (
        as_text(item.get("byline"))
        or as_text(item.get("by"))
        or _by_role(item.get("descriptions"), "creditline", "credit")
        or as_text(item.get("description_creditline"))
        or photographer
    )


def picture_caption(item: JsonObject) -> Caption | None:
    text = (
        _by_role(item.get("descriptions"), "caption", "text")
        or as_text(item.get("description_caption"))
        or as_text(item.get("description_text"))
        or _first_value(item.get("descriptions"))
        or as_text(item.get("body_text"))
        or _first_value(item.get("headlines"))
        or as_text(item.get("headline"))
    )
    credit = _credit(item)
    if not text and not credit:
        return None
    holder = as_text(item.get("copyrightholder"))
    return Caption(text or "", Credit(credit) if credit else None, holder)


def _associations(item: JsonObject) -> Iterable[JsonObject]:
    associations = item.get("associations")
    if isinstance(associations, Mapping):
        return _dicts(list(associations.values()))
    return _dicts(associations)


def is_picture(item: JsonObject) -> bool:
    return str(item.get("type") or "").lower() in _PICTURE_TYPES


def _subjects(item: JsonObject) -> list[str]:
    entries = _dicts(item.get("subjects")) + _dicts(item.get("subject"))
    return unique(
        as_text(e.get("name")) or as_text(e.get("code")) or as_text(e.get("literal"))
        for e in entries
    )


def body_and_captions(item: JsonObject) -> tuple[MarkupText, list[Caption], bool]:
    """The body markup and captions of a ninjs-family item; a picture's caption comes first."""
    picture = is_picture(item)
    markup = MarkupText() if picture else body_markup(item)
    captions = list(markup.captions)
    if picture:
        caption = picture_caption(item)
        captions[:0] = [caption] if caption else []
    return markup, captions, picture


class ItemTimesAndStatus(TypedDict):
    """RawStory fields the ninjs family names alike (AP's JSON included)."""

    language: str | None
    urgency: int | None
    firstcreated: str | None
    versioncreated: str | None
    embargo: str | None
    ednote: str | None
    type: ItemType


def item_times_and_status(item: JsonObject) -> ItemTimesAndStatus:
    return {
        "language": language_tag(item.get("language")),
        "urgency": as_int(item.get("urgency")),
        "firstcreated": to_utc_iso(item.get("firstcreated")),
        "versioncreated": to_utc_iso(item.get("versioncreated")),
        "embargo": to_utc_iso(item.get("embargoed")),
        "ednote": as_text(item.get("ednote")),
        "type": item_type_of(item.get("type")) or "text",
    }


def finish_item(story: RawStory, item: JsonObject) -> RawStory:
    add_signals(story, item.get("signals"))
    apply_status(story, pubstatus_of(item.get("pubstatus")))
    return story


def parse_ninjs(item: JsonObject) -> RawStory:
    markup, captions, picture = body_and_captions(item)
    for associated in _associations(item):
        if is_picture(associated):
            caption = picture_caption(associated)
            if caption:
                captions.append(caption)
    located = as_text(item.get("located"))
    story = RawStory(
        format="ninjs",
        body=markup.body,
        guid=as_text(item.get("guid")) or as_text(item.get("uri")),
        version=as_int(item.get("version")),
        source=as_text(item.get("source"))
        or as_text(item.get("copyrightholder"))
        or as_text(item.get("provider"))
        or _by_role(item.get("descriptions"), "creditline"),
        headline=_by_role(item.get("headlines"), "main")
        or _first_value(item.get("headlines"))
        or as_text(item.get("headline")),
        slugline=as_text(item.get("slugline")),
        byline=None if picture else as_text(item.get("byline")) or as_text(item.get("by")),
        dateline=as_text(item.get("dateline"))
        or markup.dateline
        or (located if located and located.count(",") < 2 else None),
        abstract=_by_role(item.get("descriptions"), "summary", "abstract")
        or (
            None
            if picture
            else as_text(item.get("description_text")) or _by_role(item.get("descriptions"), "text")
        ),
        captions=captions,
        subjects=_subjects(item),
        **item_times_and_status(item),
    )
    return finish_item(story, item)


def _looks_like_news_item(document: JsonObject) -> bool:
    return len(_NINJS_KEYS & document.keys()) >= 2


WIRE_FORMAT = JsonFormat(name="ninjs", parse=parse_ninjs, detect=_looks_like_news_item)
