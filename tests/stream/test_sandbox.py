"""The enrich sandbox: a budget that no story can defeat, and the stream goes on after it."""

from __future__ import annotations

import time
from collections.abc import Iterator

import orjson
import pytest

from pipeline.errors import OverBudget, ParseError, UnexpectedError
from pipeline.stream.sandbox import Budget, EnrichSandbox

PROBES = "tests.stream.sandbox_probes:misbehave"
BUDGET = Budget(cpu_seconds=0.5, memory_bytes=64 * 1024 * 1024, max_output_bytes=10_000)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[EnrichSandbox]:
    box = EnrichSandbox(BUDGET, handler=PROBES)
    box.start()
    yield box
    box.close()


def run(box: EnrichSandbox, data: bytes):
    return box.enrich(data, key=None, received_at="2026-01-01T00:00:00.000Z", max_story_bytes=1000)


def assert_goes_on(box: EnrichSandbox) -> None:
    assert orjson.loads(run(box, b"after").payload)["body"] == "fine"


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    ("payload", "reason"),
    [(b"spin", "timeout"), (b"allocate", "too-large"), (b"die", "crashed"), (b"huge", "too-large")],
)
def test_a_story_over_budget_is_refused_and_the_next_one_goes_through(
    sandbox: EnrichSandbox, payload: bytes, reason: str
) -> None:
    with pytest.raises(OverBudget) as raised:
        run(sandbox, payload)
    assert raised.value.reason == reason
    assert_goes_on(sandbox)


@pytest.mark.timeout(60)
def test_a_story_that_waits_without_using_cpu_meets_the_wall_clock() -> None:
    box = EnrichSandbox(Budget(0.1, 64 * 1024 * 1024, 10_000), handler=PROBES)
    try:
        box.start()
        started = time.monotonic()
        with pytest.raises(OverBudget, match="wall time"):
            run(box, b"sleep")
        assert time.monotonic() - started < 30
    finally:
        box.close()


def test_an_unforeseen_error_is_reported_with_its_class(sandbox: EnrichSandbox) -> None:
    with pytest.raises(UnexpectedError) as raised:
        run(sandbox, b"bug")
    assert raised.value.detail == "KeyError: 'minhash'"
    assert_goes_on(sandbox)


@pytest.mark.timeout(120)
def test_the_real_enrich_path_reports_parse_errors_with_their_reason() -> None:
    box = EnrichSandbox(Budget(5.0, 512 * 1024 * 1024, 16 * 1024 * 1024))
    try:
        with pytest.raises(ParseError) as raised:
            run(box, b"<nitf><body>")
        assert raised.value.reason == "xml-syntax"
        story = b"LONDON (Reuters) - The harbour reopened on Tuesday, officials said.\n"
        document = orjson.loads(run(box, story).payload)
        assert document["body"].startswith("The harbour reopened")
    finally:
        box.close()


def test_closing_leaves_no_process(sandbox: EnrichSandbox) -> None:
    box = EnrichSandbox(BUDGET, handler=PROBES)
    box.start()
    processes = [box._child.process, box._spare.process]  # type: ignore[union-attr]
    box.close()
    assert all(process.poll() is not None for process in processes)
