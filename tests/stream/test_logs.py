"""Log lines as ECS-style JSON (WIREPIPE_LOG_FORMAT=json), for the worker and the command line."""

from __future__ import annotations

import logging
import logging.config
import subprocess
import sys
from collections.abc import Iterator

import orjson
import pytest

from pipeline.stream.logs import JsonFormatter, faust_logging_config, log_fields


@pytest.fixture
def root_logging() -> Iterator[None]:
    """Put the root logger back as it was: a test here replaces its handlers."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def record(message: str, *args: object, **extra: object) -> logging.LogRecord:
    log = logging.getLogger("wirepipe")
    made = log.makeRecord("wirepipe", logging.WARNING, __file__, 1, message, args, None, extra=extra)
    made.created = 1_767_225_600.25  # 2026-01-01T00:00:00.250Z
    return made


def test_a_dead_letter_warning_carries_stage_story_and_reason() -> None:
    line = JsonFormatter().format(
        record(
            "dead letter from %s",
            "enrich",
            **log_fields(stage="enrich", story_id="urn:afp:123", reason="xml-syntax"),
        )
    )
    assert orjson.loads(line) == {
        "@timestamp": "2026-01-01T00:00:00.250Z",
        "log.level": "warning",
        "log.logger": "wirepipe",
        "message": "dead letter from enrich",
        "service.name": "wirepipe",
        "wirepipe.stage": "enrich",
        "wirepipe.story_id": "urn:afp:123",
        "wirepipe.reason": "xml-syntax",
    }


def test_fields_not_given_are_left_out_and_an_exception_is_kept() -> None:
    try:
        raise ValueError("bad batch")
    except ValueError:
        made = record("bulk failed", **log_fields(stage="index"))
        made.exc_info = sys.exc_info()
    document = orjson.loads(JsonFormatter().format(made))
    assert document["wirepipe.stage"] == "index"
    assert "wirepipe.story_id" not in document
    assert document["error.type"] == "ValueError"
    assert document["error.message"] == "bad batch"
    assert "Traceback" in document["error.stack_trace"]


def log_in_a_fresh_process(log_format: str) -> list[str]:
    """What the command line's logging writes on standard error, set up as `main` does."""
    probe = (
        "import logging\n"
        "from pipeline.stream.logs import configure_logging\n"
        f"configure_logging({log_format!r}, logging.INFO)\n"
        "logging.getLogger('wirepipe').info('replayed %d letters', 3)\n"
        "logging.getLogger('wirepipe').debug('not shown at info')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout == ""
    return done.stderr.splitlines()


def test_the_command_line_logs_json_lines_on_standard_error() -> None:
    lines = log_in_a_fresh_process("json")
    assert [orjson.loads(line)["message"] for line in lines] == ["replayed 3 letters"]


def test_text_stays_the_default_for_people() -> None:
    [line] = log_in_a_fresh_process("text")
    assert line.endswith("INFO wirepipe: replayed 3 letters")


def test_the_worker_gets_a_json_handler_from_faust_and_keeps_faust_lines_otherwise(
    root_logging: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert faust_logging_config("text") == {}
    config = faust_logging_config("json")
    # What mode does with a "merge" configuration: its own defaults, then ours on top.
    config.pop("merge")
    mode_defaults = {"disable_existing_loggers": False, "root": {"level": "INFO", "handlers": ["default"]}}
    logging.config.dictConfig(mode_defaults | config)
    logging.getLogger("faust.worker").info("[^Worker]: Ready")
    document = orjson.loads(capsys.readouterr().out)
    assert document["message"] == "[^Worker]: Ready"
    assert document["log.logger"] == "faust.worker"
