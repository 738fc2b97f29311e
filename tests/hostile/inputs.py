"""Hostile payloads: stories built to make the pure stages slow, crash or lose text.

Each `Hostile` builds a payload of about `size` bytes (at most 1 MB in the
tests and the benchmark) around one shape that once cost a worker its event
loop, or that could: a regular expression's backtracking (URLs and
e-mail addresses in a trailer, copyright signs after a byline, spaces before
a line end, a URL in a credit), a loop that decodes one entity level per pass,
a lookup that scans every name found so far, out-of-range timestamps, text in
angle brackets, over-long fields, and the shapes wire copy repeats (titles,
initials, datelines, dashes, quotes, hyphen-wraps, captions, brackets,
nesting), in every wire format.

The builders import nothing from `pipeline`, so the benchmark can feed the
same payloads to another checkout of it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from xml.sax.saxutils import escape

STORIES = Path(__file__).resolve().parents[1] / "fixtures" / "stories"
Outcome = Literal["story", "error"]


@dataclass(frozen=True, slots=True)
class Hostile:
    name: str
    build: Callable[[int], bytes]
    # "story": enrich_story must return an article; "error": it must raise StoryParseError.
    expect: Outcome = "story"


def repeat(unit: str, size: int) -> str:
    """`unit` repeated to about `size` bytes of UTF-8 (at least once)."""
    return unit * max(1, size // max(1, len(unit.encode())))


def _padded(hostile: str, size: int) -> str:
    """A short story with `hostile` as its last paragraph, padded to about `size` bytes."""
    lead = "Officials said the talks would continue on Tuesday. "
    filler = repeat(lead, max(0, size - len(hostile.encode()) - 2))
    return f"{filler}\n\n{hostile}"


def _surname(number: int) -> str:
    """A made-up surname per number: "Bakodu", "Bakofa" ... (distinct, capitalised)."""
    consonants, vowels = "bdfgklmnprstvz", "aeiou"
    letters = []
    for _ in range(4):
        number, c = divmod(number, len(consonants))
        number, v = divmod(number, len(vowels))
        letters += [consonants[c], vowels[v]]
    return "".join(letters).capitalize()


_GIVEN = ("Anna", "James", "Maria", "John", "Olga", "Pedro", "Ingrid", "Wang", "Fatima", "Lars")


def people_said(size: int) -> str:
    sentences = []
    total = 0
    number = 0
    while total < size:
        sentence = f"{_GIVEN[number % len(_GIVEN)]} {_surname(number)} said. "
        sentences.append(sentence)
        total += len(sentence)
        number += 1
    return "".join(sentences)


# -- envelopes: one story of each wire format around a text ----------------------------------


def text(body: str) -> bytes:
    return body.encode()


def nitf(body: str, *, head: str = "", media: str = "") -> bytes:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n"))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<nitf><head><title>Hostile</title>'
        f'<docdata management-status="usable"><doc-id id-string="h-1"/>'
        f'<date.issue norm="20240521T141000+0200"/></docdata>{head}</head>'
        "<body><body.head><hedline><hl1>Hostile story</hl1></hedline></body.head>"
        f"<body.content>{paragraphs}{media}</body.content></body></nitf>"
    ).encode()


def newsml_g2(body: str, *, headline: str = "Hostile story", created: str = "") -> bytes:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n"))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>'
        '<newsItem guid="urn:h:1" version="1"><itemMeta>'
        '<itemClass qcode="ninat:text"/><pubStatus qcode="stat:usable"/>'
        f"<versionCreated>{escape(created or '2024-04-22T15:31:08Z')}</versionCreated>"
        f"</itemMeta><contentMeta><headline>{escape(headline)}</headline></contentMeta>"
        '<contentSet><inlineXML contenttype="application/xhtml+xml">'
        f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{paragraphs}</body></html>'
        "</inlineXML></contentSet></newsItem></itemSet></newsMessage>"
    ).encode()


def newsml1(body: str) -> bytes:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n"))
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<NewsML Version="1.2"><NewsItem>'
        "<Identification><NewsIdentifier><ProviderId>afp.com</ProviderId>"
        "<NewsItemId>H-1</NewsItemId><RevisionId>1</RevisionId>"
        "<PublicIdentifier>urn:newsml:afp.com:H-1:1</PublicIdentifier></NewsIdentifier>"
        "</Identification><NewsComponent><NewsLines><HeadLine>Hostile story</HeadLine>"
        "</NewsLines><ContentItem><MediaType FormalName=\"Text\"/><DataContent>"
        f"<nitf><body><body.content>{paragraphs}</body.content></body></nitf>"
        "</DataContent></ContentItem></NewsComponent></NewsItem></NewsML>"
    ).encode()


def ritzau(body: str) -> bytes:
    html = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n"))
    return (
        '<?xml version="1.0"?>\n<RBNews><NewsID>h-1</NewsID>'
        "<PublishDate>2024-02-20T14:05:00.000</PublishDate><headline>Hostile</headline>"
        f"<town>Aarhus</town><origin>/ritzau/</origin><content>{escape(html)}</content>"
        "</RBNews>"
    ).encode()


def ninjs(body: str = "", **fields: object) -> bytes:
    item: dict[str, object] = {
        "guid": "urn:h:1",
        "type": "text",
        "headline": "Hostile story",
        "versioncreated": "2024-07-05T06:00:00+02:00",
    }
    if body:
        item["body_text"] = body
    item.update(fields)
    return json.dumps(item, ensure_ascii=False).encode()


def ap_json(body: str) -> bytes:
    html = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n"))
    item = {
        "altids": {"itemid": "h1"},
        "type": "text",
        "headline": "Hostile story",
        "bylines": [{"by": "JANE DOE", "title": "Associated Press"}],
        "body_html": html,
    }
    return json.dumps({"api_version": "2.0", "data": {"item": item}}, ensure_ascii=False).encode()


def anpa(body: str, *, header: str = "Storms knock out power") -> bytes:
    paragraphs = "\n".join(f"\t   {p}" for p in body.split("\n\n"))
    return (
        "\x16\x16\x01W1234\x1fasian\n"
        "r a\x13\x11 BC-US--Hostile   05-28 0412\n"
        "\x02\x02BC-US--Hostile,412<\n"
        f"^{header}<\n^By JANE DOE=\n^Associated Press=\n{paragraphs}\n"
        "\x03AP-WF-05-28-24 1845GMT<\n"
    ).encode()


def iptc7901(body: str, *, header: str = "Germany to phase out subsidies") -> bytes:
    return (
        f"\x01eca045 3 i 310  dpa 0112\r\n\r\nGermany/energy/\r\n\x02UPDATE\n{header} =\r\n\r\n"
        f"{body}\r\n\x03"
    ).encode()


ENVELOPES: dict[str, Callable[[str], bytes]] = {
    "text": text,
    "nitf": nitf,
    "newsml-g2": newsml_g2,
    "newsml-1": newsml1,
    "ritzau": ritzau,
    "ninjs": ninjs,
    "ap-json": ap_json,
    "anpa": anpa,
    "iptc7901": iptc7901,
}

# One paragraph of everything at once: the body every format carries in "format-*".
MIXED = (
    "By Jane Doe, ©©©© Reuters http://a http://a    \n"
    "Shares of <Acme Corp> rose &amp;amp;lt; while President Former J. J. Smith said "
    '"-- ``quoted\'\' -- negotia-\ntions (((x))) www.www.www. x'
)


def _realistic(size: int) -> bytes:
    """A real story's paragraphs repeated: a long but ordinary text."""
    story = (STORIES / "text_reuters_retail_trailer.txt").read_text()
    paragraphs = story.split("\n\n")[1:4]
    return repeat("\n\n".join(paragraphs) + "\n\n", size).encode()


def _captions(size: int) -> str:
    return repeat("A man walks past a damaged building in Kyiv. REUTERS/Jane Doe\n\n", size)


def _nitf_media(size: int) -> bytes:
    # Distinct captions: the same picture delivered twice is one caption.
    block = (
        '<media media-type="image"><media-caption>Leaders meet in Bali, picture {}.'
        "</media-caption><media-producer>EPA/DITA ALANGKARA / POOL</media-producer></media>"
    )
    count = max(1, size // len(block))
    return nitf("Text of the story.", media="".join(block.format(i) for i in range(count)))


def _associations(size: int) -> bytes:
    pictures = [
        {"type": "picture", "description_text": f"A man walks, {i}.", "byline": "AP Photo/J. Roe"}
        for i in range(max(1, size // 90))
    ]
    return ninjs("Text of the story.", associations=pictures)


def _deep_xml(size: int) -> bytes:
    depth = max(1, size // 7)
    return nitf("", media="<p>" + "<b>" * depth + "deep text" + "</b>" * depth + "</p>")


def _deep_json(size: int) -> bytes:
    depth = max(1, size // 2)
    return ('{"guid": "x", "headline": "h", "subjects": ' + "[" * depth + "]" * depth + "}").encode()


HOSTILE: tuple[Hostile, ...] = (
    # Backtracking regular expressions.
    Hostile("trailer-urls", lambda n: _padded("http://a" * 70 + " !", n).encode()),
    Hostile("trailer-emails", lambda n: _padded("a@b.cdef" * 70 + " !", n).encode()),
    Hostile("agency-noise-byline", lambda n: ("By Jane Doe, " + repeat("©", n) + "x").encode()),
    Hostile("agency-noise-source", lambda n: ninjs("Text.", source=repeat("©", n) + "x")),
    Hostile("trailing-spaces", lambda n: ("Text here.\n" + repeat(" ", n) + "x\n").encode()),
    Hostile("trailing-tabs", lambda n: ("Text here.\n" + repeat("\t", n) + "x\n").encode()),
    Hostile("credit-url", lambda n: ninjs(
        type="picture", description_text="A man walks.", byline=repeat("www.", n) + " x")),
    Hostile("credit-url-text", lambda n: ("A man walks. Photo: " + repeat("www.", n) + " x").encode()),
    Hostile("timestamp-spaces", lambda n: ninjs(
        "Text.", versioncreated="2024-01-01" + repeat(" ", n) + "x")),
    Hostile("doctype-spaces", lambda n: ("<!DOCTYPE" + repeat(" ", n)).encode()),
    Hostile("html-open-tag", lambda n: ninjs(body_html="<p>Text.</p><" + repeat("a", n))),
    Hostile("html-attribute", lambda n: ninjs(
        body_html='<p class="' + repeat("x", n) + '">Text.</p>')),
    Hostile("html-charref", lambda n: ninjs(body_html="<p>Text &#" + repeat("9", n) + ";</p>")),
    # Loops that go round once per level or per name.
    Hostile("nested-entities", lambda n: ("Text &" + repeat("amp;", n) + "lt;").encode()),
    Hostile("nested-escaped-tags", lambda n: (
        "Text " + repeat("&amp;", n // 2) + "lt;p" + repeat("&amp;", n // 2) + "gt;x").encode()),
    Hostile("many-people", lambda n: people_said(n).encode()),
    Hostile("many-organisations", lambda n: "".join(
        f"{_surname(i)} Group said. " for i in range(max(1, n // 18))).encode()),
    Hostile("large-story", lambda n: repeat("Paris. ", n).encode()),
    Hostile("large-realistic", _realistic),
    # Values a field cannot hold.
    Hostile("timestamp-out-of-range", lambda n: ninjs(
        repeat("Text of the story. ", n), versioncreated="9999-12-31T23:59:59-14:00",
        firstcreated="0001-01-01T00:00:00+14:00")),
    Hostile("angle-bracket-text", lambda n: repeat(
        "Shares of <Acme Corp> rose while bonds <fell sharply>. ", n).encode()),
    Hostile("huge-guid", lambda n: ninjs("Text.", guid=repeat("g", n))),
    Hostile("huge-headline", lambda n: ninjs("Text.", headline=repeat("Headline word ", n))),
    Hostile("huge-byline", lambda n: ninjs("Text.", byline=repeat("JANE DOE ", n))),
    Hostile("huge-slugline", lambda n: ninjs("Text.", slugline=repeat("slug-", n))),
    Hostile("huge-dateline", lambda n: ninjs("Text.", dateline=repeat("PARIS ", n))),
    Hostile("many-subjects", lambda n: ninjs(
        "Text.", subjects=[{"name": f"subject {i}"} for i in range(max(1, n // 24))])),
    Hostile("huge-urgency", lambda n: ninjs(repeat("Text. ", n), urgency=10**15)),
    # Shapes wire copy repeats.
    Hostile("nested-brackets", lambda n: (
        repeat("(", n // 3) + "x" + repeat(")", n // 3) + repeat("[<", n // 6)).encode()),
    Hostile("repeated-titles", lambda n: (repeat("Former ", n) + "Smith said.").encode()),
    Hostile("repeated-title-heads", lambda n: (
        repeat("President Minister Secretary ", n) + "Smith said.").encode()),
    Hostile("initials", lambda n: (repeat("J. ", n) + "Smith said.").encode()),
    Hostile("dotted-initials", lambda n: (repeat("J.", n) + " Smith said.").encode()),
    Hostile("capitalised-run", lambda n: (repeat("Aaaa Bbbb ", n) + "said.").encode()),
    Hostile("datelines", lambda n: (repeat("WASHINGTON (AP) — ", n) + "Text.").encode()),
    Hostile("dashes", lambda n: (repeat("- ", n // 3) + repeat("—", n // 6) + "x").encode()),
    Hostile("quotes", lambda n: (
        repeat('"', n // 4) + repeat("``", n // 8) + repeat("''", n // 8) + "x").encode()),
    Hostile("hyphen-wraps", lambda n: repeat("negotia-\ntions self-\ndefence ", n).encode()),
    Hostile("short-lines", lambda n: repeat("a\n", n).encode()),
    Hostile("caption-credits", lambda n: _captions(n).encode()),
    Hostile("credit-slashes", lambda n: (repeat("REUTERS/", n) + "x").encode()),
    Hostile("many-media", _nitf_media),
    Hostile("many-associations", _associations),
    Hostile("deep-xml", _deep_xml),
    Hostile("deep-json", _deep_json, "error"),
    Hostile("mojibake", lambda n: repeat("DÃ©cÃ¨s de Naomi, Ã\u00ad© l'âge de 90 ans. ", n).encode()),
    Hostile("controls", lambda n: repeat(
        "&am\x00p; and &am&shy;p; in text that is otherwise quite ordinary. ", n).encode()),
    # Every format around the same mixed paragraph.
    *(
        Hostile(f"format-{name}", lambda n, wrap=wrap: wrap(repeat(MIXED + "\n\n", n)))
        for name, wrap in ENVELOPES.items()
    ),
    Hostile("anpa-header", lambda n: anpa("Text.", header=repeat("^Header line< ", n))),
    Hostile("iptc7901-header", lambda n: iptc7901("Text.", header=repeat("a = ", n))),
)
HOSTILE_BY_NAME = {hostile.name: hostile for hostile in HOSTILE}
