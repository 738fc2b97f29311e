"""What a format module declares about itself: its name, how its payloads are
recognised, and its parser.

Each format module ends with one declaration, `WIRE_FORMAT`, of the kind
that matches what its parser reads:

- `BytesFormat`: the raw bytes (the teletype formats). Its `detect` looks
  at the payload, byte-order mark removed.
- `XmlFormat`: the parsed, namespace-free XML tree. It is detected by the
  local name of the root element, one of its `roots`.
- `JsonFormat`: the decoded JSON object. Its `detect` looks at that object.
- `FallbackFormat`: the raw bytes of a payload no other format claims
  (plain text). There is exactly one.

The registry collects the declarations; detection and `parse_story` work
from it alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from pipeline.formats.safe_xml import Element
from pipeline.model import RawStory

JsonObject = Mapping[str, object]


@dataclass(frozen=True, slots=True, kw_only=True)
class BytesFormat:
    name: str
    parse: Callable[[bytes], RawStory]
    detect: Callable[[bytes], bool]


@dataclass(frozen=True, slots=True, kw_only=True)
class XmlFormat:
    name: str
    parse: Callable[[Element], RawStory]
    roots: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class JsonFormat:
    name: str
    parse: Callable[[JsonObject], RawStory]
    detect: Callable[[JsonObject], bool]


@dataclass(frozen=True, slots=True, kw_only=True)
class FallbackFormat:
    name: str
    parse: Callable[[bytes], RawStory]


WireFormat = BytesFormat | XmlFormat | JsonFormat | FallbackFormat
