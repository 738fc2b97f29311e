"""The errors wirepipe raises on purpose, each carrying a machine-readable `reason`.

A stage that gives up on a message raises a `WirepipeError`; the stream shell
files the message in the dead-letter topic under `error.reason` ("xml-syntax",
"too-large", "bulk-rejected" ...) with `str(error)` as the human detail. Any
other exception is a bug or an input nobody foresaw: it is dead-lettered too,
under its own message, and the letter's `error` header names its class, so
operations can tell the two apart.

    WirepipeError
    ├── ParseError          the bytes are not a story in any format we read
    ├── IndexingError       Elasticsearch refused a document for good
    ├── ConfigurationError  a setting has a value that cannot be used
    └── StackError          a local server could not be fetched, started or reached
"""

from __future__ import annotations


class WirepipeError(Exception):
    """Base of every deliberate error; `reason` is a short tag, the message a human hint."""

    default_reason = "error"

    def __init__(self, reason: str | None = None, detail: str = "") -> None:
        self.reason = reason or self.default_reason
        self.detail = detail
        super().__init__(f"{self.reason}: {detail}" if detail else self.reason)


class ParseError(WirepipeError, ValueError):
    """The bytes are not a story in any format we read."""

    default_reason = "not-a-story"


class IndexingError(WirepipeError):
    """Elasticsearch refused a document, or a whole request, for good."""

    default_reason = "index-rejected"


class ConfigurationError(WirepipeError, ValueError):
    """A setting (an environment variable) has a value that cannot be used.

    The message names the variable and what it must be, e.g.
    "WIREPIPE_SESSION_TIMEOUT=2: must be at least 6 seconds".
    """

    default_reason = "configuration"

    def __init__(self, detail: str) -> None:
        super().__init__(self.default_reason, detail)

    def __str__(self) -> str:
        return self.detail


class StackError(WirepipeError, RuntimeError):
    """A server of the local stack could not be obtained, started, reached or stopped."""

    default_reason = "stack"

    def __init__(self, detail: str) -> None:
        super().__init__(self.default_reason, detail)

    def __str__(self) -> str:
        return self.detail
