"""ANPA-1312 transmissions (AP's classic wire).

Frame: SYN SYN SOH, the selector and sequence, a line with priority,
category, two format bytes, the keyword (slug), date and word count; STX,
the story, ETX, a trailer such as "AP-WF-11-13-13 1509GMT".

Inside the story, lines that start with "^" are header lines ending in
"<" (or "=" for byline lines): the keyword/take line ("BC-LT--Argentina-
Cancer Beauty,466"), the headline, photo references ("AP Photo XNP101"),
editors' notes ("Eds: ...", "EDITOR'S NOTE _ ..."), the byline and its
title ("By PAUL BYRNE and ALMUDENA CALATRAVA=", "Associated Press=", in
the services' other languages "Por Elena Castro", names only after the
introducer). A
header line after the headline that is none of these is the summary.
Paragraphs start with a tab. Some systems drop the "^" and "=" marks:
when no line before the first paragraph carries a "^", every line there
is a header line, and a short line right after the byline ("Associated
Press", "AP Sports Writer") is the byline's title. AP writes a dash as " _ ", made " — " here.
When the second format byte is 0x12 the text is preformatted (agate,
tables): every line is kept as its own paragraph.
"""

from __future__ import annotations

import re

from pipeline.formats.decoding import decode_plain_text
from pipeline.formats.errors import StoryParseError
from pipeline.formats.transmissions import (
    FOREIGN_BYLINE,
    SOH,
    flag_from_header,
    lead_version,
    opening_line,
    split_frame,
    strip_controls,
)
from pipeline.formats.wire_format import BytesFormat
from pipeline.model import RawStory

_PRIORITY = {"f": 1, "b": 2, "u": 3, "r": 5, "d": 6}
_INFO = re.compile(r"^([a-z])\s+([a-z])\s*([\x11-\x14]{0,2})\s*(.*)$")
_KEYWORD_LINE = re.compile(r"^(?:\s*(\S+(?:\s+\S+)*?))\s+\d\d-\d\d\s+\d+\s*$")
_TRAILER = re.compile(r"([A-Z]{2,4})-[A-Z]{2}-(\d\d)-(\d\d)-(\d\d)\s+(\d\d)(\d\d)\s*GMT")
_WORD_COUNT = re.compile(r",\s*\d+\s*$")
_ANPA_DASH = re.compile(r"(?<=\S) _ (?=\S)")
# A byline's title line: a few words, not a sentence.
_TITLE_WORDS = 5
_NOTE = re.compile(
    r"^\(?\s*(?:Eds?:|EDITOR'?S NOTE|AP Photos?\b|With AP Photos?|AP Video|AP Graphic)", re.I
)


def _header_text(line: str) -> str:
    return line.lstrip("^").rstrip().rstrip("<=").strip()


def _unmarked_header(lines: list[str]) -> bool:
    """No line before the first paragraph (tab-indented) is marked with "^"."""
    for line in lines:
        if line.startswith("\t"):
            return True
        if line.startswith("^"):
            return False
    return False


def _is_byline_title(line: str, value: str) -> bool:
    """The line after a byline is its title when marked "=" or when it is a few words."""
    return line.rstrip().endswith("=") or (
        len(value.split()) <= _TITLE_WORDS and not value.endswith(".")
    )


def parse_anpa(data: bytes) -> RawStory:
    text = decode_plain_text(data.replace(b"\x16", b""), max_control_ratio=0.2)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    head, body, trailer = split_frame(text.lstrip(SOH))
    head_lines = [line for line in head.splitlines() if line.strip()]
    info = _INFO.match(head_lines[1]) if len(head_lines) > 1 else None
    preformatted = bool(info and "\x12" in info.group(3))
    keyword_match = _KEYWORD_LINE.match(info.group(4)) if info else None

    slugline = headline = byline = None
    notes: list[str] = []
    summary: list[str] = []
    by_parts: list[str] = []
    paragraphs: list[str] = []
    current: list[str] = []

    def close() -> None:
        if current:
            paragraphs.append(" ".join(current) if not preformatted else "\n".join(current))
            current.clear()

    lines = [strip_controls(raw_line) for raw_line in body.split("\n")]
    unmarked = _unmarked_header(lines)
    in_body = after_byline = False
    for line in lines:
        header = line.startswith("^") or (unmarked and line.strip() and line[:1] != "\t")
        if not in_body and header:
            value = _header_text(line)
            byline_line = (
                value.startswith("By ")
                or bool(FOREIGN_BYLINE.match(value))
                or (after_byline and _is_byline_title(line, value))
            )
            after_byline = byline_line or line.rstrip().endswith("=")
            if slugline is None:
                slugline = _WORD_COUNT.sub("", value)
            elif _NOTE.match(value):
                notes.append(value)
            elif byline_line or line.rstrip().endswith("="):
                by_parts.append(value)
            elif headline is None:
                headline = value
            elif value:
                summary.append(value)
            continue
        if line.startswith("\t"):
            in_body = True
            close()
        # "<" ends a line in ANPA layout codes; it is not text.
        stripped = _header_text(line) if line.startswith("^") else line.strip().rstrip("<").rstrip()
        if not stripped or stripped == "END":
            if not preformatted:
                close()
            continue
        current.append(stripped)
        if preformatted:
            close()
    close()
    if not paragraphs and not headline:
        raise StoryParseError("not-a-story", "ANPA transmission without text")
    byline = ", ".join(by_parts) or None
    story = RawStory(
        format="anpa",
        body="\n\n".join(_ANPA_DASH.sub(" — ", p) for p in paragraphs),
        slugline=slugline or (keyword_match.group(1) if keyword_match else None),
        headline=headline,
        byline=byline,
        abstract=" ".join(summary) or None,
        urgency=_PRIORITY.get(info.group(1)) if info else None,
        subjects=[f"a1312cat:{info.group(2)}"] if info else [],
        ednote="\n".join(notes) or None,
    )
    moment = _TRAILER.search(trailer)
    if moment:
        agency, month, day, year, hour, minute = moment.groups()
        story.source = agency
        story.versioncreated = f"20{year}-{month}-{day}T{hour}:{minute}:00Z"
    take = slugline or ""
    story.version = lead_version(take)
    flag_from_header(story, take)
    return story


def _is_anpa(payload: bytes) -> bool:
    """A transmission sent after SYN characters, or with a unit separator (0x1F) in its
    opening line: IPTC 7901 transmissions have neither."""
    line = opening_line(payload)
    return line is not None and (payload.startswith(b"\x16") or b"\x1f" in line)


WIRE_FORMAT = BytesFormat(name="anpa", parse=parse_anpa, detect=_is_anpa)
