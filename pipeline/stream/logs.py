"""Log lines for people (`text`) or for a log pipeline (`json`, ECS-style), per WIREPIPE_LOG_FORMAT.

A JSON line carries `@timestamp`, `log.level`, `log.logger`, `message` and
`service.name`, the exception as `error.*` when there is one, and the
`wirepipe.*` fields a call passes with `extra=log_fields(...)`: the stage,
story id and reason of a dead letter, so the letters of one stage or reason
can be found without parsing messages. The worker's logging is set up by
Faust from `faust_logging_config`, the command line's by `configure_logging`.
"""

from __future__ import annotations

import logging
import traceback
from datetime import UTC, datetime
from typing import Any

import orjson

SERVICE_NAME = "wirepipe"
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_FIELDS = "wirepipe"  # the LogRecord attribute that `log_fields` fills


def log_fields(
    *, stage: str, story_id: str | None = None, reason: str | None = None
) -> dict[str, Any]:
    """The `extra=` of a log call about one message of one stage."""
    fields = {"stage": stage, "story_id": story_id, "reason": reason}
    return {_FIELDS: {name: value for name, value in fields.items() if value is not None}}


class JsonFormatter(logging.Formatter):
    """One ECS-style JSON object per line."""

    def format(self, record: logging.LogRecord) -> str:
        document: dict[str, Any] = {
            "@timestamp": datetime.fromtimestamp(record.created, UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
            "log.level": record.levelname.lower(),
            "log.logger": record.name,
            "message": record.getMessage(),
            "service.name": SERVICE_NAME,
        }
        for name, value in getattr(record, _FIELDS, {}).items():
            document[f"wirepipe.{name}"] = value
        if record.exc_info and record.exc_info[0] is not None:
            kind, error, trace = record.exc_info
            document["error.type"] = kind.__name__
            document["error.message"] = str(error)
            document["error.stack_trace"] = "".join(traceback.format_exception(kind, error, trace))
        return orjson.dumps(document, default=str).decode()


def formatter(log_format: str) -> logging.Formatter:
    return JsonFormatter() if log_format == "json" else logging.Formatter(TEXT_FORMAT)


def configure_logging(log_format: str, level: int) -> None:
    """The command line's logging: one handler on standard error."""
    handler = logging.StreamHandler()
    handler.setFormatter(formatter(log_format))
    logging.basicConfig(level=level, handlers=[handler])


def faust_logging_config(log_format: str) -> dict[str, Any]:
    """The worker's `logging_config` for Faust; empty keeps Faust's own (coloured) lines."""
    if log_format != "json":
        return {}
    # Merged into Faust's configuration, keeping its level; the handler is replaced.
    return {
        "version": 1,
        "merge": True,
        "formatters": {"json": {"()": JsonFormatter}},
        "handlers": {
            "default": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "stream": "ext://sys.stdout",
            }
        },
    }
