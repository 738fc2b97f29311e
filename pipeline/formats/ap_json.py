"""AP Media API JSON: a content response ({"data": {"item": ...}}), a feed
page ({"data": {"items": [{"item": ...}]}}, the first item is taken) or a
bare item.

AP items are ninjs-like. The guid is altids.itemid (stable across
versions; etag changes with each); bylines is a list of {by, title}; a
picture's caption is description_caption and its credit
description_creditline or the photographer. Text bodies are delivered as
separate NITF renditions, so an item without body_html/body_text has an
empty body.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pipeline.formats.errors import StoryParseError
from pipeline.formats.fields import (
    as_int,
    as_text,
    unique,
)
from pipeline.formats.ninjs import body_and_captions, finish_item, item_times_and_status
from pipeline.model import RawStory


def ap_item(document: object) -> Mapping[str, Any] | None:
    """The item inside an AP Media API envelope, or the document if it is an item."""
    if not isinstance(document, Mapping):
        return None
    data = document.get("data")
    if isinstance(data, Mapping):
        item = data.get("item")
        if item is None and isinstance(data.get("items"), list) and data["items"]:
            first = data["items"][0]
            item = first.get("item") if isinstance(first, Mapping) else None
        return item if isinstance(item, Mapping) else None
    altids = document.get("altids")
    if isinstance(altids, Mapping) and "itemid" in altids:
        return document
    return None


def _byline(item: Mapping[str, Any]) -> str | None:
    bylines = item.get("bylines")
    entries = [b for b in bylines if isinstance(b, Mapping)] if isinstance(bylines, list) else []
    names = []
    for entry in entries:
        name, title = as_text(entry.get("by")), as_text(entry.get("title"))
        names.append(f"{name}, {title}" if name and title else name)
    return "; ".join(unique(names)) or as_text(item.get("byline"))


def _names(value: object) -> list[str | None]:
    if not isinstance(value, list):
        return []
    return [as_text(v.get("name")) for v in value if isinstance(v, Mapping)]


def parse_ap_json(document: object) -> RawStory:
    item = ap_item(document)
    if item is None:
        raise StoryParseError("not-a-story", "no AP item in document")
    altids = item.get("altids") if isinstance(item.get("altids"), Mapping) else {}
    markup, captions, picture = body_and_captions(item)
    story = RawStory(
        format="ap-json",
        body=markup.body,
        guid=as_text(altids.get("itemid")) or as_text(item.get("uri")),
        version=as_int(item.get("version")),
        source=as_text(item.get("provider")) or "AP",
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
