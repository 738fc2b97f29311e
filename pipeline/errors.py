"""The errors wirepipe raises on purpose, each carrying a machine-readable `reason`.

A stage that gives up on a message raises a `WirepipeError`; the stream shell
files the message in the dead-letter topic under `error.reason` ("xml-syntax",
"too-large", "bulk-rejected" ...) with `str(error)` as the human detail. Any
other exception is a bug or an input nobody foresaw: it is dead-lettered too,
under its own message, and the letter's `error` header names its class, so
operations can tell the two apart.

    WirepipeError
    ├── ParseError          the bytes are not a story in any format we read
    ├── OverBudget          a story took more CPU time or memory than it may
    ├── UnexpectedError     an exception nobody foresaw, reported by an isolated stage
    ├── RecordError         a message between stages that is not an article document
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

    def __reduce__(self) -> tuple[object, ...]:
        # Errors cross process boundaries (the enrich sandbox): keep reason and detail.
        return (_rebuild, (type(self), self.reason, self.detail))


def _rebuild(cls: type[WirepipeError], reason: str, detail: str) -> WirepipeError:
    error = cls.__new__(cls)
    WirepipeError.__init__(error, reason, detail)
    return error


class ParseError(WirepipeError, ValueError):
    """The bytes are not a story in any format we read."""

    default_reason = "not-a-story"


class OverBudget(WirepipeError):
    """A story went over its budget: "timeout" (CPU time), "too-large" (memory, output size)
    or "crashed" (the process running it died)."""

    default_reason = "timeout"


class UnexpectedError(WirepipeError):
    """An exception nobody foresaw, raised where a stage runs isolated; `detail` names its class.

    The reason is the exception's message, as for one raised in the agent itself.
    """

    default_reason = "unexpected"

    @classmethod
    def wrapping(cls, error: BaseException) -> UnexpectedError:
        name = type(error).__name__
        return cls(str(error) or name, f"{name}: {error}")


class RecordError(WirepipeError, ValueError):
    """A message on wire.enriched or wire.articles that is not an article document.

    Only a producer other than the pipeline, or a hand-made replay, puts one
    there: "bad-record" with what is wrong in the detail.
    """

    default_reason = "bad-record"


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
