"""IPTC 7901 text transmissions (dpa's international services).

Frame: SOH, a header line "eca062 4 i 211 ccccb dpa 061" (service and
sequence, priority, category, word count, selectors, source, sequence),
keyword lines such as "Germany-politics/", STX, a header block ending
with a line that ends in " =" (status words like REFILE or 1ST LEAD, the
headline, a byline: "By ...", "Von ...", "Av Name / NTB"), the hard-wrapped
story, ETX and a day-and-time trailer without a year (so it gives no timestamp). Some
desks end both the headline line and the byline line with " =" (dpa's
regional services: "... fertig =" then "Von Jana Weber, dpa ="): the
header block runs on over lines that end in " =" right after its end. A
header line after the headline that names people and then the agency after a
slash or a comma ("Petteri Nieminen / STT =", as desks of languages without a
word for "by" set it) is the byline too.
"""

from __future__ import annotations

import re

from pipeline.formats.decoding import decode_plain_text
from pipeline.formats.errors import StoryParseError
from pipeline.formats.transmissions import (
    FOREIGN_BYLINE,
    SOH,
    flag_from_header,
    is_transmission,
    lead_version,
    split_frame,
    strip_controls,
)
from pipeline.formats.wire_format import BytesFormat
from pipeline.model import RawStory

_HEADER_END = re.compile(r"\s=\s*$|^=$")
_STATUS_LINE = re.compile(
    r"^(?:REFILE|REPEAT|CORRECTION|CORRECTED|KILL|WITHDRAWN|URGENT|FLASH|BULLETIN|ADVISORY"
    r"|EMBARGO\b.*|(?:\d+(?:ST|ND|RD|TH)\s+)?LEAD|UPDATE|WRITETHRU)$",
    re.I,
)
_HEADER_BLOCK_LINES = 8
# A byline line without introducer, as desks of languages that use none set it under the
# headline: names, then the agency after a slash or a comma ("Petteri Nieminen / STT",
# "Kari Holm og Per Lie / NTB", "Jana Weber, dpa").
_NAME = r"[A-ZÀ-ÞĀ-ſ][\w'’.-]*"
_PERSON = rf"{_NAME}(?:\s+(?:{_NAME}|de|da|del|di|van|von|der|le|la)){{1,4}}"
_BARE_BYLINE = re.compile(
    rf"^{_PERSON}(?:\s+(?:and|und|et|y|e|og|och|ja|en|&)\s+{_PERSON})?"
    r"\s*[,/]\s*[^\W\d_][\w&.-]{1,15}$"
)


def parse_iptc7901(data: bytes) -> RawStory:
    text = decode_plain_text(data, max_control_ratio=0.2)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    head, body, _ = split_frame(text.lstrip(SOH))
    head_lines = [strip_controls(line).strip() for line in head.split("\n")]
    head_lines = [line for line in head_lines if line]
    fields = head_lines[0].split() if head_lines else []
    lines = [strip_controls(line).rstrip() for line in body.split("\n")]

    header: list[str] = []
    opening = lines[:_HEADER_BLOCK_LINES]
    end = next((i for i, line in enumerate(opening) if _HEADER_END.search(line)), None)
    if end is not None:
        while end + 1 < len(opening) and _HEADER_END.search(opening[end + 1]):
            end += 1
        header = [_HEADER_END.sub("", line).strip() for line in lines[: end + 1]]
        lines = lines[end + 1 :]
    status = [line for line in header if _STATUS_LINE.match(line)]
    texts = [line for line in header if line and line not in status]
    # The headline comes first; a byline without introducer only after it.
    bylines = [
        line
        for index, line in enumerate(texts)
        if line.startswith(("By ", "Von ", "Par ", "Por "))
        or FOREIGN_BYLINE.match(line)
        or (index and _BARE_BYLINE.match(line))
    ]
    headline = " ".join(line for line in texts if line not in bylines)
    body_text = "\n".join(lines).strip("\n")
    if not body_text.strip() and not headline:
        raise StoryParseError("not-a-story", "IPTC 7901 transmission without text")
    priority = fields[1] if len(fields) > 1 and fields[1].isdigit() else None
    source = next((f for f in reversed(fields[3:]) if f[:1].isalpha()), None)
    story = RawStory(
        format="iptc7901",
        body=body_text,
        source=source,
        headline=headline or None,
        slugline=" ".join(head_lines[1:]) or None,
        byline=bylines[0] if bylines else None,
        urgency=int(priority) if priority else None,
        subjects=[f"iptc7901cat:{fields[2]}"] if len(fields) > 2 and fields[2].isalpha() else [],
        ednote="\n".join(status) or None,
    )
    story.version = lead_version(" ".join(status))
    flag_from_header(story, " ".join(status))
    return story


# IPTC 7901 has no mark of its own: it is the transmission ANPA-1312, tried first, did not claim.
WIRE_FORMAT = BytesFormat(name="iptc7901", parse=parse_iptc7901, detect=is_transmission)
