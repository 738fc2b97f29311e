"""Wire formats in, one RawStory out.

    parse_story(data, format=None, max_bytes=DEFAULT_MAX_STORY_BYTES) -> RawStory
    detect_format(data) -> str          # one of FORMAT_NAMES
    StoryParseError(reason, detail)     # the only error parse_story raises

There is one module per format (text, nitf, newsml_g2, ninjs, anpa ...),
and each ends with its declaration, `WIRE_FORMAT`: the format's name, how
it is recognised (a test on the bytes, XML root element names, a test on
the decoded JSON object, or being the fallback) and its parser;
wire_format defines these kinds of declaration. registry lists the format
modules once and derives FORMAT_NAMES, the XML root table and the ordered
detectors from their declarations; it refuses, when this package is
imported, declarations that cannot work together (a name registered
twice, a listed module declaring nothing). Adding a format is writing its
module, adding it to registry.FORMAT_MODULES and testing it; nothing here
changes.

detect picks the format from the first bytes, safe_xml parses untrusted
XML (no entity expansion, no external entities, size limit), decoding
turns bytes into text, markup turns story markup into paragraphs and
captions, times normalises timestamps to UTC, fields coerces versions,
statuses and signals, and transmissions holds what the two teletype
formats share.

A payload over `max_bytes` is refused as "too-large" before anything reads
it; the caller passes the configured limit, DEFAULT_MAX_STORY_BYTES (5 MiB)
otherwise. Nothing here reads the environment.

Parsers remove markup but do not clean: glued captions, datelines,
bylines and trailers are left for pipeline.clean.
"""

from __future__ import annotations

from pipeline.formats.detect import Sniffed, detect_format, sniff
from pipeline.formats.errors import StoryParseError
from pipeline.formats.registry import FORMAT_NAMES, REGISTRY
from pipeline.formats.safe_xml import DEFAULT_MAX_STORY_BYTES, parse_xml
from pipeline.formats.wire_format import JsonFormat, WireFormat, XmlFormat
from pipeline.model import RawStory

__all__ = [
    "DEFAULT_MAX_STORY_BYTES",
    "FORMAT_NAMES",
    "StoryParseError",
    "detect_format",
    "parse_story",
]

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


def _registered(name: str) -> WireFormat:
    wire_format = REGISTRY.by_name.get(name)
    if wire_format is None:
        names = ", ".join(FORMAT_NAMES)
        raise StoryParseError("unknown-format", f"{name!r} is not one of {names}")
    return wire_format


def _parse(sniffed: Sniffed, data: bytes, max_bytes: int) -> RawStory:
    wire_format, document = sniffed
    if isinstance(wire_format, XmlFormat):
        return wire_format.parse(parse_xml(data, max_bytes=max_bytes))
    if isinstance(wire_format, JsonFormat):
        if document is None:
            # A format named by the caller: the payload must still be a JSON object.
            document = sniff(data).document
            if document is None:
                raise StoryParseError("not-a-story", f"payload is not {wire_format.name} JSON")
        return wire_format.parse(document)
    return wire_format.parse(data)


def parse_story(
    data: bytes, *, format: str | None = None, max_bytes: int = DEFAULT_MAX_STORY_BYTES
) -> RawStory:
    """Parse one story; `format` (one of FORMAT_NAMES) skips detection.

    A payload of more than `max_bytes` bytes is refused as "too-large".
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise StoryParseError("not-a-story", f"expected bytes, got {type(data).__name__}")
    data = bytes(data)
    if len(data) > max_bytes:
        raise StoryParseError("too-large", f"{len(data)} bytes > {max_bytes}")
    named = None if format is None else _registered(format)
    try:
        if named is None:
            sniffed = sniff(data)
        elif not data.strip():
            raise StoryParseError("empty", "no bytes")
        else:
            sniffed = Sniffed(named)
        return _parse(sniffed, data, max_bytes)
    except StoryParseError:
        raise
    except _STRUCTURE_ERRORS as exc:
        raise StoryParseError("bad-structure", f"{type(exc).__name__}: {exc}") from exc
