from __future__ import annotations

import pytest

from pipeline.errors import ParseError
from pipeline.formats import FORMAT_NAMES, StoryParseError, detect_format, parse_story
from tests.story_files import STORIES

EXPECTED = {
    "text_": "text",
    "nitf_": "nitf",
    "g2_": "newsml-g2",
    "newsml1_": "newsml-1",
    "ninjs": "ninjs",
    "apjson_": "ap-json",
    "anpa_": "anpa",
    "iptc7901_": "iptc7901",
    "ritzau_": "ritzau",
}


@pytest.mark.parametrize("path", sorted(STORIES.iterdir()), ids=lambda p: p.name)
def test_fixture_format_is_detected(path):
    expected = next(fmt for prefix, fmt in EXPECTED.items() if path.name.startswith(prefix))
    assert detect_format(path.read_bytes()) == expected
    assert parse_story(path.read_bytes()).format == expected


def test_every_format_has_a_fixture():
    detected = {detect_format(p.read_bytes()) for p in STORIES.iterdir()}
    assert detected == set(FORMAT_NAMES)


def test_explicit_format_overrides_detection(story_bytes):
    # NITF bytes read as plain text: the markup is then the text.
    story = parse_story(story_bytes("nitf_efe_housing.xml"), format="text")
    assert story.format == "text"
    assert "<nitf" in story.body


def test_wrong_explicit_format_is_a_parse_error(story_bytes):
    with pytest.raises(StoryParseError):
        parse_story(story_bytes("text_xinhua_bridge.txt"), format="ninjs")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \r\n\t ", "empty"),
        (b"<html><body>hi</body></html>", "not-a-story"),
        (b'{"$schema": "x", "properties": {}}', "not-a-story"),
        (b"{not json", "json-syntax"),
        (b"<nitf><body>", "xml-syntax"),
        (b"\x00\x01\x02\x03\xff\xfe\x80\x81" * 20, "undecodable"),
        # A UTF-16 byte-order mark in front of junk decodes without error, into unassigned code points.
        (b"\xff\xfe\xfa not text \x80\x81" * 10, "undecodable"),
        (b"....!!!", "empty"),
    ],
)
def test_unparseable_input_raises_the_typed_error(data, reason):
    with pytest.raises(StoryParseError) as error:
        parse_story(data)
    assert error.value.reason == reason
    assert isinstance(error.value, ParseError)  # the dead-letter code reads reason from the base


@pytest.mark.parametrize("text", [b"<<< URGENT >>> Quake hits Chile", b"[EMBARGOED] Budget leaks"])
def test_text_that_looks_like_markup_is_text(text):
    assert detect_format(text) == "text"


def test_mojibake_with_bytes_windows_1252_lacks_is_text():
    # "Москва" as UTF-8 read as Windows-1252 and sent on as UTF-8: 0x81 is no
    # character of that code page and comes through as a control.
    text = "Москва: новые станции метро открылись. " * 10
    mojibake = "".join(
        bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8")
    )
    story = parse_story(mojibake.encode("utf-8"))
    assert "\x81" in story.body


def test_latin1_text_falls_back_to_windows_1252():
    story = parse_story(b"Caf\xe9 owners in S\xe3o Paulo protest \x93taxes\x94")
    assert story.body == "Café owners in São Paulo protest \u201ctaxes\u201d"


def test_real_utf16_text_with_a_byte_order_mark_is_a_story():
    story = parse_story("Café owners in Lyon said on Monday the strike had ended.".encode("utf-16"))
    assert story.body.startswith("Café owners in Lyon")
