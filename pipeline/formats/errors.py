"""The one error a format parser raises: the agent turns it into a DLQ record."""

from __future__ import annotations


class StoryParseError(ValueError):
    """The bytes are not a story in any format we read.

    `reason` is a short machine-readable tag for the DLQ ("empty",
    "too-large", "undecodable", "xml-syntax", "xml-forbidden",
    "json-syntax", "not-a-story", "unknown-format", "bad-structure");
    `detail` is a human hint.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason}: {detail}" if detail else reason)
