"""What the two teletype formats (ANPA-1312, IPTC 7901) share: the SOH
that opens a transmission, control characters that frame a story and
header lines that flag its state."""

from __future__ import annotations

import re

from pipeline.formats.fields import add_signal
from pipeline.model import RawStory

SOH, STX, ETX = "\x01", "\x02", "\x03"
# SYN characters and line breaks may come before the SOH; the match is the
# opening line, at most 80 bytes, where ANPA-1312 puts its unit separators.
_OPENING_LINE = re.compile(rb"[ \t\r\n\x16]*(\x01[^\n]{0,79})")
# Control characters that carry no text once the framing has been read.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]")
# Take keys and header words that say what this transmission is.
_UPDATE = re.compile(r"\b(?:\d+(?:st|nd|rd|th)\s*(?:Ld|Lead)|Writethru|Lead|Update)\b", re.I)
_CORRECTION = re.compile(r"\b(?:Correction|Corrects|Corrected|Correct)\b", re.I)
_KILL = re.compile(r"\b(?:Kill|Killed|Withdrawn|Withdrawal|Elimination|Cancel(?:led|ed)?)\b", re.I)
_LEAD_NUMBER = re.compile(r"\b(\d+)(?:st|nd|rd|th)\s*(?:Ld|Lead)\b", re.I)
# A byline header line in the wire's other languages, "Por Elena Castro", "Av Ingrid Haugen /
# NTB": the introducer, then names only (a headline may open "Por qué ..."), perhaps the
# agency after a comma or a slash.
FOREIGN_BYLINE = re.compile(
    r"^(?:Por|POR|Par|PAR|Von|VON|Door|Av|AV|Af|Di)\s+[A-ZÀ-ÞĀ-ſ][\w'’.-]*"
    r"(?:,?\s+(?:[A-ZÀ-ÞĀ-ſ][\w'’.-]*|y|e|et|und|og|och|en|de|da|del|di|van|von|der|le|la))*"
    r"(?:\s*[,/]\s*[^\W\d_][\w&.-]*(?: [^\W\d_][\w&.-]*){0,3})?$"
)


def opening_line(payload: bytes) -> bytes | None:
    """The first line of a SOH-framed transmission, None when the payload is not one."""
    match = _OPENING_LINE.match(payload)
    return match.group(1) if match else None


def is_transmission(payload: bytes) -> bool:
    return opening_line(payload) is not None


def strip_controls(text: str) -> str:
    return _CONTROL.sub("", text)


def split_frame(text: str) -> tuple[str, str, str]:
    """(header before STX, text between STX and ETX, trailer after ETX)."""
    head, _, rest = text.partition(STX)
    if not rest:
        head, rest = "", text
    body, _, trailer = rest.partition(ETX)
    return head, body, trailer


def flag_from_header(story: RawStory, words: str) -> None:
    """Signals (and a kill) from take keys such as "1st Ld-Writethru", "CORRECTION", "KILL"."""
    if _KILL.search(words):
        story.pubstatus = "canceled"
        add_signal(story, "kill")
    if _CORRECTION.search(words):
        add_signal(story, "correction")
    if _UPDATE.search(words):
        add_signal(story, "update")


def lead_version(words: str) -> int | None:
    """An Nth lead (write-through) is version N + 1 of the story."""
    match = _LEAD_NUMBER.search(words)
    return int(match.group(1)) + 1 if match else None
