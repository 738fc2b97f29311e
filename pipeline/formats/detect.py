"""Which wire format a payload is in, from its first bytes.

- SOH-framed teletype text: ANPA-1312 when it starts with SYN or carries a
  unit separator (0x1F) in its first line, IPTC 7901 otherwise;
- "<" and an element name: XML, by the name of the root element (nitf,
  NewsML-G2 newsMessage / newsItem / packageItem, NewsML 1 NewsML, Ritzau
  RBNews); any other root is not a story;
- "{", or "[" that parses as JSON: AP Media API (an API envelope or an
  item with altids.itemid) or ninjs (anything else that looks like a news
  item);
- anything else is plain text ("<<< URGENT >>>", "[EMBARGOED] ...").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import orjson

from pipeline.formats.decoding import split_bom
from pipeline.formats.errors import StoryParseError

FORMAT_NAMES: tuple[str, ...] = (
    "text",
    "nitf",
    "newsml-g2",
    "newsml-1",
    "ninjs",
    "ap-json",
    "anpa",
    "iptc7901",
    "ritzau",
)

_XML_ROOT = re.compile(
    rb"<(?!\?|!)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)",
)
_XML_PROLOG = re.compile(
    rb"^\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>\s*)*", re.S
)
_ROOT_FORMATS = {
    "nitf": "nitf",
    "newsMessage": "newsml-g2",
    "newsItem": "newsml-g2",
    "packageItem": "newsml-g2",
    "NewsML": "newsml-1",
    "RBNews": "ritzau",
}
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


def xml_root_name(data: bytes) -> str | None:
    prolog = _XML_PROLOG.match(data[:65536])
    match = _XML_ROOT.match(data, prolog.end() if prolog else 0)
    return match.group(1).decode("ascii", "replace") if match else None


def json_format(document: Any) -> str | None:
    if not isinstance(document, Mapping):
        return None
    if isinstance(document.get("data"), Mapping) and (
        "api_version" in document or {"item", "items"} & set(document["data"])
    ):
        return "ap-json"
    altids = document.get("altids")
    if isinstance(altids, Mapping) and "itemid" in altids:
        return "ap-json"
    if len(_NINJS_KEYS & set(document)) >= 2:
        return "ninjs"
    return None


def sniff(data: bytes) -> tuple[str, Any]:
    """The format name, and the decoded JSON document when it is JSON (parsed once)."""
    body, _ = split_bom(data)
    start = body.lstrip(b" \t\r\n\x16")
    if not start:
        raise StoryParseError("empty", "no bytes")
    first = start[:1]
    if first == b"\x01":
        first_line = start[:80].split(b"\n", 1)[0]
        return ("anpa" if body.startswith(b"\x16") or b"\x1f" in first_line else "iptc7901"), None
    if first == b"<":
        name = xml_root_name(start)
        if name in _ROOT_FORMATS:
            return _ROOT_FORMATS[name], None
        if name is not None:
            raise StoryParseError("not-a-story", f"unknown XML root {name!r}")
    elif first in (b"{", b"["):
        try:
            document = orjson.loads(body)
        except orjson.JSONDecodeError as exc:
            if first == b"[":
                return "text", None  # "[EMBARGOED] ..." is text, not broken JSON
            raise StoryParseError("json-syntax", str(exc)) from exc
        kind = json_format(document)
        if kind is None:
            raise StoryParseError("not-a-story", "JSON without news item fields")
        return kind, document
    return "text", None


def detect_format(data: bytes) -> str:
    """The format name of a payload (one of FORMAT_NAMES); StoryParseError if none fits."""
    return sniff(data)[0]
