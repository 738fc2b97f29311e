"""`wirepipe status`: the on-call's screen, its JSON and its exit status, over a gathered state."""

from __future__ import annotations

import time
from collections import Counter

import orjson
import pytest
from rich.console import Console

from pipeline.cli.main import main
from pipeline.cli.status import render, status_document
from pipeline.stream import status as gathering
from pipeline.stream.dead_letter_topic import LetterStats
from pipeline.stream.status import ElasticsearchStatus, Status, WorkerStatus

RAW, ARTICLES = "wire.raw", "wire.articles"


def a_status(*, ready: bool = True) -> Status:
    now = time.time()
    worker = WorkerStatus(
        "127.0.0.1:6066",
        0.0,
        ready=ready,
        reasons=() if ready else ("Elasticsearch has not answered for 40s: probe unanswered",),
        counts={
            ("enrich", "enriched"): 90.0,
            ("enrich", "dead-letter"): 3.0,
            ("index", "indexed"): 80.0,
        },
        last_message={"enrich": now - 5, "index": now - 125},
    )
    letters = LetterStats(
        attempts={("enrich", "xml-syntax"): Counter({1: 2}), ("enrich", "empty"): Counter({1: 1})},
        verdicts=Counter({"permanent": 3}),
    )
    lag = {("wirepipe", RAW, 0): 4, ("wirepipe", RAW, 1): 0, ("wirepipe-index", ARTICLES, 0): 0}
    problems = [] if ready else [f"worker 127.0.0.1:6066 not ready: {worker.reasons[0]}"]
    return Status(
        workers=[worker],
        rates={"enrich": 12.5, "index": 11.0},
        lag=lag,
        dead_letters=letters,
        elasticsearch=ElasticsearchStatus("green", documents=80, size_bytes=3 * 1024 * 1024),
        problems=problems,
    )


def screen(status: Status) -> str:
    console = Console(record=True, width=140)
    console.print(render(status))
    return console.export_text()


def test_the_screen_shows_rates_lag_dead_letters_elasticsearch_and_workers() -> None:
    text = screen(a_status(ready=False))
    assert "UNHEALTHY" in text
    assert "12.5" in text and "11.0" in text  # messages per second
    assert "2m ago" in text  # the index stage's last message
    assert "1/2" in text  # one raw partition of two behind
    assert "xml-syntax" in text and "3 letters, 0 replayable" in text
    assert "green" in text and "80 documents, 3.0 MB" in text
    assert "Elasticsearch has not answered for 40s" in text


def test_the_json_document_carries_the_same() -> None:
    document = status_document(a_status())
    assert document["healthy"] is True
    assert document["stages"]["enrich"] == {
        "per_second": 12.5,
        "outcomes": {"enriched": 90, "dead-letter": 3},
        "last_message_at": document["stages"]["enrich"]["last_message_at"],
    }
    assert document["consumer_lag"] == {
        "total": 4,
        "partitions": {"wirepipe": {RAW: {"0": 4, "1": 0}}, "wirepipe-index": {ARTICLES: {"0": 0}}},
    }
    assert document["dead_letters"]["by_reason"] == {"empty": 1, "xml-syntax": 2}
    assert document["elasticsearch"] == {
        "cluster": "green",
        "documents": 80,
        "size_bytes": 3 * 1024 * 1024,
    }
    assert document["workers"] == [{"address": "127.0.0.1:6066", "ready": True, "reasons": []}]


@pytest.mark.parametrize(("ready", "code"), [(True, 0), (False, 1)])
def test_the_exit_status_says_whether_something_is_unhealthy(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], ready: bool, code: int
) -> None:
    monkeypatch.setattr(gathering, "gather_status", lambda settings, **_: a_status(ready=ready))
    assert main(["status", "--json"]) == code
    assert orjson.loads(capsys.readouterr().out)["healthy"] is ready


def test_watch_refreshes_with_the_previous_reading_until_interrupted(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    given: list[object] = []
    returned: list[Status] = []

    def gather(settings: object, *, previous: object = None) -> Status:
        given.append(previous)
        returned.append(a_status(ready=len(returned) == 0))
        return returned[-1]

    def sleep(seconds: float) -> None:
        assert seconds == 0.5
        if len(returned) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(gathering, "gather_status", gather)
    monkeypatch.setattr("pipeline.cli.status.time.sleep", sleep)
    assert main(["status", "--watch", "--json", "--interval", "0.5"]) == 1  # the last reading
    first, second = (orjson.loads(line) for line in capsys.readouterr().out.splitlines())
    assert (first["healthy"], second["healthy"]) == (True, False)
    # Rates of a refresh are counted since the reading before it.
    assert given == [None, returned[0].workers]


def test_the_interval_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["status", "--watch", "--interval", "0"])
    assert "--interval" in capsys.readouterr().err
