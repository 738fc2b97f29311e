"""AP Media API JSON: a content response ({"data": {"item": ...}}), a feed
page ({"data": {"items": [{"item": ...}]}}, the first item is taken) or a
bare item.

AP items are ninjs-like. The guid is altids.itemid (stable across
versions; etag changes with each); bylines is a list of {by, title}; a
picture's caption is description_caption and its credit
description_creditline or the photographer. Text bodies are delivered as
separate NITF renditions, so an item without body_html/body_text has an
empty body.

The source is the item's provider; without one, AP, unless the bylines' titles
name another newsroom ("The Canadian Press", whose copy AP's API carries): the
source is then left to the cleaner, which reads it off the byline.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from pipeline.formats.errors import StoryParseError
from pipeline.formats.fields import (
    as_int,
    as_text,
    unique,
)
from pipeline.formats.ninjs import body_and_captions, finish_item, item_times_and_status
from pipeline.formats.wire_format import JsonFormat, JsonObject
from pipeline.model import RawStory

_AP_TITLE = re.compile(r"\bAP\b|Associated Press", re.I)


def _has_itemid(document: JsonObject) -> bool:
    altids = document.get("altids")
    return isinstance(altids, Mapping) and "itemid" in altids


def _is_ap_document(document: JsonObject) -> bool:
    """An API envelope (data holding an item or items, or beside an api_version) or an AP item.

    AP items would pass for ninjs too, so this is tried before ninjs.
    """
    data = document.get("data")
    if isinstance(data, Mapping) and ("api_version" in document or {"item", "items"} & data.keys()):
        return True
    return _has_itemid(document)


def ap_item(document: JsonObject) -> JsonObject | None:
    """The item inside an AP Media API envelope, or the document if it is an item."""
    data = document.get("data")
    if isinstance(data, Mapping):
        item = data.get("item")
        items = data.get("items")
        if item is None and isinstance(items, list) and items:
            first = items[0]
            item = first.get("item") if isinstance(first, Mapping) else None
        return item if isinstance(item, Mapping) else None
    return document if _has_itemid(document) else None


def _byline(item: JsonObject) -> str | None:
    bylines = item.get("bylines")
    entries = [b for b in bylines if isinstance(b, Mapping)] if isinstance(bylines, list) else []
    names = []
    for entry in entries:
        name, title = as_text(entry.get("by")), as_text(entry.get("title"))
        names.append(f"{name}, {title}" if name and title else name)
    return "; ".join(unique(names)) or as_text(item.get("byline"))


def _assumed_source(item: JsonObject) -> str | None:
    """AP for an item without provider, unless its bylines are titled for another newsroom
    only ("The Canadian Press"): AP's staff are titled "AP ..." or "Associated Press"."""
    bylines = item.get("bylines")
    entries = [e for e in bylines if isinstance(e, Mapping)] if isinstance(bylines, list) else []
    titles = [title for e in entries if (title := as_text(e.get("title")))]
    if titles and not any(_AP_TITLE.search(title) for title in titles):
        return None
    return "AP"


def _names(value: object) -> list[str | None]:
    if not isinstance(value, list):
        return []
    return [as_text(v.get("name")) for v in value if isinstance(v, Mapping)]


def parse_ap_json(document: JsonObject) -> RawStory:
    item = ap_item(document)
    if item is None:
        raise StoryParseError("not-a-story", "no AP item in document")
    altids = item.get("altids")
    if not isinstance(altids, Mapping):
        altids = {}
    markup, captions, picture = body_and_captions(item)
    story = RawStory(
        format="ap-json",
        body=markup.body,
        guid=as_text(altids.get("itemid")) or as_text(item.get("uri")),
        version=as_int(item.get("version")),
        source=as_text(item.get("provider")) or _assumed_source(item),
        headline=as_text(item.get("headline")) or as_text(item.get("title")),
        slugline=as_text(item.get("slugline")),
        byline=None if picture else _byline(item),
        dateline=as_text(item.get("dateline")),
        abstract=as_text(item.get("description_summary")) or as_text(item.get("headline_extended")),
        captions=captions,
        subjects=unique(_names(item.get("subject"))),
        **item_times_and_status(item),
    )
    return finish_item(story, item)


WIRE_FORMAT = JsonFormat(name="ap-json", parse=parse_ap_json, detect=_is_ap_document)
