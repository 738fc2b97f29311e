"""Wire formats in, one RawStory out.

    parse_story(data, format=None) -> RawStory
    detect_format(data) -> str          # one of FORMAT_NAMES
    StoryParseError(reason, detail)     # the only error parse_story raises

One module per format: text (plain copy), nitf (NITF 3.x), newsml_g2
(NewsML-G2 items, messages, packages), newsml1 (NewsML 1.x), ninjs (IPTC
ninjs 1.x and 2.x), ap_json (AP Media API), anpa (ANPA-1312), iptc7901
(IPTC 7901), ritzau (Ritzau RBNews XML). detect picks the format from the
first bytes, safe_xml parses untrusted XML (no entity expansion, no
external entities, size limit), decoding turns bytes into text, markup
turns story markup into paragraphs and captions, times normalises
timestamps to UTC, fields coerces versions, statuses and signals, and
transmissions holds what the two teletype formats share.

Every payload is capped at MAX_STORY_BYTES (5 MB by default, env
WIREPIPE_MAX_XML_BYTES).

Parsers remove markup but do not clean: glued captions, datelines,
bylines and trailers are left for pipeline.clean.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pipeline.formats.anpa import parse_anpa
from pipeline.formats.ap_json import parse_ap_json
from pipeline.formats.detect import FORMAT_NAMES, detect_format, sniff
from pipeline.formats.errors import StoryParseError
from pipeline.formats.iptc7901 import parse_iptc7901
from pipeline.formats.newsml1 import parse_newsml1
from pipeline.formats.newsml_g2 import parse_newsml_g2
from pipeline.formats.ninjs import parse_ninjs
from pipeline.formats.nitf import parse_nitf
from pipeline.formats.ritzau import parse_ritzau
from pipeline.formats.safe_xml import MAX_XML_BYTES, Element, parse_xml
from pipeline.formats.text import parse_text
from pipeline.model import RawStory

__all__ = ["FORMAT_NAMES", "MAX_XML_BYTES", "StoryParseError", "detect_format", "parse_story"]

MAX_STORY_BYTES = MAX_XML_BYTES

_XML_PARSERS: dict[str, Callable[[Element], RawStory]] = {
    "nitf": parse_nitf,
    "newsml-g2": parse_newsml_g2,
    "newsml-1": parse_newsml1,
    "ritzau": parse_ritzau,
}
_JSON_PARSERS: dict[str, Callable[[Any], RawStory]] = {
    "ninjs": parse_ninjs,
    "ap-json": parse_ap_json,
}
_BYTES_PARSERS: dict[str, Callable[[bytes], RawStory]] = {
    "text": parse_text,
    "anpa": parse_anpa,
    "iptc7901": parse_iptc7901,
}
# What a parser may trip over on malformed-but-parseable input (a JSON field
# of the wrong type, an absurdly deep tree): reported as a parse error.
_STRUCTURE_ERRORS = (
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    IndexError,
    RecursionError,
    OverflowError,
)


def _parse(data: bytes, kind: str, document: Any) -> RawStory:
    if kind in _BYTES_PARSERS:
        return _BYTES_PARSERS[kind](data)
    if kind in _XML_PARSERS:
        return _XML_PARSERS[kind](parse_xml(data))
    if document is None:
        document = sniff(data)[1]
        if document is None:
            raise StoryParseError("not-a-story", f"payload is not {kind} JSON")
    return _JSON_PARSERS[kind](document)


def parse_story(data: bytes, *, format: str | None = None) -> RawStory:
    """Parse one story; `format` (one of FORMAT_NAMES) skips detection."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise StoryParseError("not-a-story", f"expected bytes, got {type(data).__name__}")
    data = bytes(data)
    if len(data) > MAX_STORY_BYTES:
        raise StoryParseError("too-large", f"{len(data)} bytes > {MAX_STORY_BYTES}")
    if format is not None and format not in FORMAT_NAMES:
        names = ", ".join(FORMAT_NAMES)
        raise StoryParseError("unknown-format", f"{format!r} is not one of {names}")
    try:
        if format is None:
            kind, document = sniff(data)
        else:
            kind, document = format, None
            if not data.strip():
                raise StoryParseError("empty", "no bytes")
        return _parse(data, kind, document)
    except StoryParseError:
        raise
    except _STRUCTURE_ERRORS as exc:
        raise StoryParseError("bad-structure", f"{type(exc).__name__}: {exc}") from exc
