"""The wire formats wirepipe reads, listed once.

Every format module declares itself in one value, `WIRE_FORMAT` (see
wire_format). FORMAT_MODULES lists those modules; from their declarations
this module derives everything detection and parse_story need: the format
names, the formats by name, the table of XML root elements and the ordered
detectors. A new format is its own module, a line in FORMAT_MODULES and its
tests.

Detectors of one kind are tried in FORMAT_MODULES order and the first that
says yes wins, so a narrow test must come before a broad one: ANPA-1312
before IPTC 7901 (any SOH-framed transmission), AP JSON before ninjs (any
object with news item fields).

Declarations that cannot work together are a programming error, reported
when pipeline.formats is imported rather than as a failed story later: a
listed module without a declaration, two formats with one name, two XML
formats claiming one root element, an XML format without roots, or other
than exactly one fallback.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import ModuleType

from pipeline.formats import (
    anpa,
    ap_json,
    iptc7901,
    newsml1,
    newsml_g2,
    ninjs,
    nitf,
    ritzau,
    text,
)
from pipeline.formats.wire_format import (
    BytesFormat,
    FallbackFormat,
    JsonFormat,
    WireFormat,
    XmlFormat,
)

FORMAT_MODULES: tuple[ModuleType, ...] = (
    text,
    nitf,
    newsml_g2,
    newsml1,
    ritzau,
    ap_json,
    ninjs,
    anpa,
    iptc7901,
)


class RegistryError(Exception):
    """The format declarations are missing or contradict each other."""


@dataclass(frozen=True, slots=True)
class Registry:
    by_name: Mapping[str, WireFormat]
    # Teletype and other formats told by their bytes, in the order they are tried.
    detected_bytes: tuple[BytesFormat, ...]
    # Local name of the root element -> the XML format it opens.
    xml_roots: Mapping[str, XmlFormat]
    # JSON formats, in the order they are tried.
    json: tuple[JsonFormat, ...]
    fallback: FallbackFormat


def declaration(module: ModuleType) -> WireFormat:
    """The `WIRE_FORMAT` a format module declares."""
    declared = getattr(module, "WIRE_FORMAT", None)
    if not isinstance(declared, WireFormat):
        raise RegistryError(f"{module.__name__} is listed as a format but declares no WIRE_FORMAT")
    return declared


def build_registry(modules: Iterable[ModuleType]) -> Registry:
    by_name: dict[str, WireFormat] = {}
    xml_roots: dict[str, XmlFormat] = {}
    for module in modules:
        wire_format = declaration(module)
        if wire_format.name in by_name:
            raise RegistryError(f"format {wire_format.name!r} is registered twice")
        by_name[wire_format.name] = wire_format
        if isinstance(wire_format, XmlFormat):
            if not wire_format.roots:
                raise RegistryError(f"XML format {wire_format.name!r} names no root element")
            for root in wire_format.roots:
                if root in xml_roots:
                    raise RegistryError(
                        f"XML root {root!r} is claimed by {xml_roots[root].name!r}"
                        f" and {wire_format.name!r}"
                    )
                xml_roots[root] = wire_format
    formats = list(by_name.values())
    fallbacks = [f for f in formats if isinstance(f, FallbackFormat)]
    if len(fallbacks) != 1:
        names = [f.name for f in fallbacks]
        raise RegistryError(f"exactly one format must be the fallback, not {names}")
    return Registry(
        by_name=by_name,
        detected_bytes=tuple(f for f in formats if isinstance(f, BytesFormat)),
        xml_roots=xml_roots,
        json=tuple(f for f in formats if isinstance(f, JsonFormat)),
        fallback=fallbacks[0],
    )


REGISTRY = build_registry(FORMAT_MODULES)
FORMAT_NAMES: tuple[str, ...] = tuple(REGISTRY.by_name)
