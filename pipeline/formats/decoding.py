"""Bytes to text, the way wire feeds need it.

Agencies declare charsets that lie: a feed labelled iso-8859-1 is often
UTF-8 (AFP's 2024 NewsML profile, Ritzau via NTB). Bytes that are valid
UTF-8 and contain non-ASCII characters are practically never Latin-1 text,
so valid UTF-8 wins over a single-byte label. Otherwise the label is
honoured, and text without one falls back from UTF-8 to Windows-1252.

Plain text full of control characters is binary, not text; but a control
right after a UTF-8 lead byte read as Windows-1252 ("Ñ\x81", Russian "с"
in mojibake) is a byte that code page lacks, and is not counted: the
cleaner repairs such text.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter

from pipeline.formats.errors import StoryParseError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_XML_ENCODING = re.compile(
    rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']"""
)
_SINGLE_BYTE_LABELS = re.compile(
    r"^(?:iso-?8859-?\d+|latin-?\d|(?:windows|cp)-?12\d\d|us-ascii|ascii)$", re.I
)
# Control characters other than tab, newline, carriage return and form feed:
# random bytes are full of them, real text almost never.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_MOJIBAKE_CONTROL = re.compile(r"(?<=[\u00c2-\u00df])[\x80-\x9f]")


def split_bom(data: bytes) -> tuple[bytes, str | None]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :], encoding
    return data, None


def declared_xml_encoding(data: bytes) -> str | None:
    match = _XML_ENCODING.match(data[:300])
    return match.group(1).decode("ascii").lower() if match else None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode with BOM, then a trustworthy declaration, then UTF-8, then Windows-1252."""
    data, bom_encoding = split_bom(data)
    if bom_encoding:
        return data.decode(bom_encoding, errors="replace")
    if declared and not declared.startswith("utf"):
        if _SINGLE_BYTE_LABELS.match(declared) and not data.isascii():
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                pass
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def decode_xml(data: bytes) -> str:
    return decode_bytes(data, declared_xml_encoding(data))


def _unassigned_count(text: str) -> int:
    """Unassigned, private-use and replacement code points: what bytes misread as UTF-16 give.

    Each distinct character is looked up once: a text has few of them.
    """
    if text.isascii():
        return 0
    return sum(
        count for char, count in Counter(text).items()
        if char == "\ufffd" or unicodedata.category(char) in ("Cn", "Co", "Cs")
    )  # fmt: skip


def decode_plain_text(data: bytes, *, max_control_ratio: float = 0.02) -> str:
    """Decode a text transmission; reject binary garbage that only decodes as Latin-1.

    Garbage that happens to start with a UTF-16 byte-order mark decodes without
    error, into code points no text uses; those are counted as well.
    """
    text = decode_bytes(data)
    limit = max(2, len(text) * max_control_ratio)
    controls = len(_CONTROL.findall(text))
    if controls > limit:  # rarely: only then are the controls of mojibake told apart
        controls -= len(_MOJIBAKE_CONTROL.findall(text))
    if text and (controls > limit or _unassigned_count(text) > limit):
        raise StoryParseError("undecodable", "binary data, not text")
    return text
