"""The format registry: every format declared once, detected and parsed, and
declarations that cannot work together refused when the package is imported."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

import orjson
import pytest

import pipeline.formats
from pipeline.formats import FORMAT_NAMES, StoryParseError, detect_format, parse_story
from pipeline.formats.registry import (
    FORMAT_MODULES,
    REGISTRY,
    RegistryError,
    build_registry,
    declaration,
)
from pipeline.formats.wire_format import BytesFormat, FallbackFormat, JsonFormat, XmlFormat
from pipeline.model import RawStory

SAMPLES = {
    "text": "text_xinhua_bridge.txt",
    "nitf": "nitf_efe_housing.xml",
    "newsml-g2": "g2_reuters_correction.xml",
    "newsml-1": "newsml1_afp_floods.xml",
    "ninjs": "ninjs2_dpa_books_embargo.json",
    "ap-json": "apjson_rail_bill.json",
    "anpa": "anpa_storms_writethru.tst",
    "iptc7901": "iptc7901_dpa_heating.txt",
    "ritzau": "ritzau_annulled.xml",
}


def _story(data: bytes) -> RawStory:
    return RawStory(format="fake", body=data.decode())


def _module(name: str, wire_format: object | None) -> ModuleType:
    module = ModuleType(name)
    if wire_format is not None:
        vars(module)["WIRE_FORMAT"] = wire_format
    return module


FALLBACK = _module("fake.text", FallbackFormat(name="text", parse=_story))


def test_every_registered_format_has_a_sample():
    assert set(SAMPLES) == set(FORMAT_NAMES)


@pytest.mark.parametrize("name", FORMAT_NAMES)
def test_every_registered_format_is_detected_and_parsed(name, story_bytes):
    data = story_bytes(SAMPLES[name])
    assert REGISTRY.by_name[name].name == name
    assert detect_format(data) == name
    assert parse_story(data).format == name
    assert parse_story(data, format=name).format == name


def test_format_names_come_from_the_listed_modules_in_order():
    assert tuple(declaration(module).name for module in FORMAT_MODULES) == FORMAT_NAMES


def test_every_format_module_of_the_package_is_listed():
    declaring = set()
    for info in pkgutil.iter_modules(pipeline.formats.__path__):
        module = importlib.import_module(f"pipeline.formats.{info.name}")
        if hasattr(module, "WIRE_FORMAT"):
            declaring.add(module)
    assert declaring == set(FORMAT_MODULES)


def test_an_ap_item_is_not_taken_for_ninjs(story_bytes):
    # A bare AP item has ninjs fields too: AP JSON is asked first.
    item = orjson.loads(story_bytes("apjson_picture_rally.json"))["data"]["item"]
    assert {"uri", "type", "headline"} <= item.keys()
    assert detect_format(orjson.dumps(item)) == "ap-json"


@pytest.mark.parametrize("data", [b"", b"Quake hits Chile"])
def test_unknown_format_name_is_a_parse_error(data):
    with pytest.raises(StoryParseError) as error:
        parse_story(data, format="docx")
    assert error.value.reason == "unknown-format"
    assert "docx" in error.value.detail


def test_a_listed_module_without_declaration_fails():
    with pytest.raises(RegistryError, match=r"fake\.empty .*declares no WIRE_FORMAT"):
        build_registry([FALLBACK, _module("fake.empty", None)])


def test_a_declaration_of_the_wrong_type_fails():
    with pytest.raises(RegistryError, match="declares no WIRE_FORMAT"):
        build_registry([FALLBACK, _module("fake.odd", {"name": "odd"})])


def test_a_format_registered_twice_fails():
    twice = _module("fake.nitf2", XmlFormat(name="text", parse=lambda root: _story(b""),
                                             roots=("other",)))
    with pytest.raises(RegistryError, match="'text' is registered twice"):
        build_registry([FALLBACK, twice])


def test_the_same_module_listed_twice_fails():
    with pytest.raises(RegistryError, match="registered twice"):
        build_registry([FALLBACK, FALLBACK])


def test_two_xml_formats_claiming_one_root_fail():
    one = _module("fake.a", XmlFormat(name="a", parse=lambda root: _story(b""), roots=("doc",)))
    two = _module("fake.b", XmlFormat(name="b", parse=lambda root: _story(b""), roots=("doc",)))
    with pytest.raises(RegistryError, match="'doc' is claimed by 'a' and 'b'"):
        build_registry([FALLBACK, one, two])


def test_an_xml_format_without_roots_fails():
    rootless = _module("fake.x", XmlFormat(name="x", parse=lambda root: _story(b""), roots=()))
    with pytest.raises(RegistryError, match="names no root"):
        build_registry([FALLBACK, rootless])


@pytest.mark.parametrize("fallbacks", [0, 2])
def test_exactly_one_fallback(fallbacks):
    modules = [_module(f"fake.t{i}", FallbackFormat(name=f"t{i}", parse=_story))
               for i in range(fallbacks)]
    with pytest.raises(RegistryError, match="fallback"):
        build_registry(modules)


def test_registry_tables_follow_the_declarations():
    teletype = _module("fake.tty", BytesFormat(name="tty", parse=_story,
                                                detect=lambda data: data[:1] == b"\x01"))
    ap = _module("fake.ap", JsonFormat(name="ap", parse=lambda doc: _story(b""),
                                       detect=lambda doc: "data" in doc))
    item = _module("fake.item", JsonFormat(name="item", parse=lambda doc: _story(b""),
                                           detect=lambda doc: True))
    xml = XmlFormat(name="g2", parse=lambda root: _story(b""), roots=("newsItem", "newsMessage"))
    registry = build_registry([FALLBACK, teletype, ap, item, _module("fake.g2", xml)])
    assert list(registry.by_name) == ["text", "tty", "ap", "item", "g2"]
    assert registry.fallback.name == "text"
    assert [f.name for f in registry.detected_bytes] == ["tty"]
    assert [f.name for f in registry.json] == ["ap", "item"]
    assert registry.xml_roots == {"newsItem": xml, "newsMessage": xml}
