"""Which wire format a payload is in, from its first bytes.

The candidates are the registered formats (see registry), asked in this
order:

- the detectors of the bytes formats (SOH-framed teletype copy);
- "<" and an element name: XML, by the local name of the root element
  ("nitf", "newsMessage" ...); a root no format claims is not a story;
- "{", or "[" that parses as JSON: the detectors of the JSON formats on the
  decoded object; JSON that none of them claims is not a story;
- anything else is the fallback format, plain text ("<<< URGENT >>>",
  "[EMBARGOED] ...").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

import orjson

from pipeline.formats.decoding import split_bom
from pipeline.formats.errors import StoryParseError
from pipeline.formats.registry import REGISTRY
from pipeline.formats.wire_format import JsonObject, WireFormat

_XML_ROOT = re.compile(
    rb"<(?!\?|!)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)",
)
# The declaration's name and ids are read possessively: a DOCTYPE that never ends
# is given up at once, not retried at every length.
_XML_PROLOG = re.compile(
    rb"^\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^\[>]*+(?:\[.*?\])?\s*>\s*)*", re.S
)


class Sniffed(NamedTuple):
    wire_format: WireFormat
    # The decoded object when the payload is JSON, so that it is decoded once.
    document: JsonObject | None = None


def xml_root_name(data: bytes) -> str | None:
    prolog = _XML_PROLOG.match(data[:65536])
    match = _XML_ROOT.match(data, prolog.end() if prolog else 0)
    return match.group(1).decode("ascii", "replace") if match else None


def _json_format(body: bytes, first: bytes) -> Sniffed:
    try:
        document: object = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        if first == b"[":
            return Sniffed(REGISTRY.fallback)  # "[EMBARGOED] ..." is text, not broken JSON
        raise StoryParseError("json-syntax", str(exc)) from exc
    if isinstance(document, Mapping):
        for wire_format in REGISTRY.json:
            if wire_format.detect(document):
                return Sniffed(wire_format, document)
    raise StoryParseError("not-a-story", "JSON without news item fields")


def sniff(data: bytes) -> Sniffed:
    """The format of a payload, with the decoded JSON object when it is JSON."""
    body, _ = split_bom(data)
    start = body.lstrip(b" \t\r\n\x16")
    if not start:
        raise StoryParseError("empty", "no bytes")
    for bytes_format in REGISTRY.detected_bytes:
        if bytes_format.detect(body):
            return Sniffed(bytes_format)
    first = start[:1]
    if first == b"<":
        name = xml_root_name(start)
        if name is not None:
            xml_format = REGISTRY.xml_roots.get(name)
            if xml_format is None:
                raise StoryParseError("not-a-story", f"unknown XML root {name!r}")
            return Sniffed(xml_format)
    elif first in (b"{", b"["):
        return _json_format(body, first)
    return Sniffed(REGISTRY.fallback)


def detect_format(data: bytes) -> str:
    """The format name of a payload (one of FORMAT_NAMES); StoryParseError if none fits."""
    return sniff(data).wire_format.name
