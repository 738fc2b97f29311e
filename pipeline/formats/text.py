"""Plain-text copy as newsrooms receive it by mail or FTP (the seeds).

The whole text is the body: caption, dateline, byline and trailers glued
in it are the cleaner's business. Text must decode (UTF-8, else
Windows-1252 that is not binary noise) and contain at least one letter or
digit.
"""

from __future__ import annotations

from pipeline.formats.decoding import decode_plain_text
from pipeline.formats.errors import StoryParseError
from pipeline.formats.wire_format import FallbackFormat
from pipeline.model import RawStory


def parse_text(data: bytes) -> RawStory:
    text = decode_plain_text(data)
    if not any(ch.isalnum() for ch in text):
        raise StoryParseError("empty", "no words in text")
    return RawStory(format="text", body=text)


WIRE_FORMAT = FallbackFormat(name="text", parse=parse_text)
