"""The one error a format parser raises; the dead-letter code files it under its reason."""

from __future__ import annotations

from pipeline.errors import ParseError


class StoryParseError(ParseError):
    """The bytes are not a story in any format we read.

    `reason` is a short machine-readable tag for the dead-letter topic
    ("empty", "too-large", "undecodable", "xml-syntax", "xml-forbidden",
    "json-syntax", "not-a-story", "unknown-format", "bad-structure");
    `detail` is a human hint.
    """
