"""`wirepipe dlq list|stats|replay` from the command line, over an in-memory DLQ."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import orjson
import pytest

from pipeline.cli.dlq import since_moment, stats_table
from pipeline.cli.main import main
from pipeline.config import load_settings
from pipeline.stream.dead_letter_topic import tally
from tests.stream.dlq_broker import Broker, fake_kafka, file_letters, letter

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


@pytest.fixture
def broker(monkeypatch: pytest.MonkeyPatch) -> Broker:
    monkeypatch.setenv("WIREPIPE_TOPIC_PREFIX", "cli.")
    monkeypatch.setenv("WIREPIPE_APP_ID", "cli-test")
    monkeypatch.delenv("WIREPIPE_DLQ_MAX_ATTEMPTS", raising=False)
    broker = fake_kafka(monkeypatch)
    file_letters(broker, load_settings().topics)
    return broker


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[list[dict], str, str]:
    assert main(["dlq", *args]) == 0
    out, err = capsys.readouterr()
    lines = [orjson.loads(line) for line in out.splitlines() if line.startswith("{")]
    return lines, out, err


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2h", NOW - timedelta(hours=2)),
        ("30m", NOW - timedelta(minutes=30)),
        ("7d", NOW - timedelta(days=7)),
        ("90s", NOW - timedelta(seconds=90)),
        (" 1w ", NOW - timedelta(weeks=1)),
        ("2026-03-01", datetime(2026, 3, 1, tzinfo=UTC)),
        ("2026-03-01T09:30", datetime(2026, 3, 1, 9, 30, tzinfo=UTC)),
        ("2026-03-01T09:30:00Z", datetime(2026, 3, 1, 9, 30, tzinfo=UTC)),
        ("2026-03-01T09:30:00+02:00", datetime(2026, 3, 1, 7, 30, tzinfo=UTC)),
        ("999999999999w", datetime.min.replace(tzinfo=UTC)),
    ],
)
def test_since_reads_a_duration_or_an_iso_moment(text: str, expected: datetime) -> None:
    assert since_moment(text, NOW) == expected


@pytest.mark.parametrize("text", ["yesterday", "", "2x", "-2h", "2 hours", "h", "2026-13-01"])
def test_since_refuses_anything_else(text: str) -> None:
    with pytest.raises(ValueError, match="neither a duration"):
        since_moment(text, NOW)


def test_a_bad_since_stops_the_command_with_its_reason(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["dlq", "list", "--since", "last tuesday"])
    assert stopped.value.code == 2
    assert "neither a duration" in capsys.readouterr().err


def test_list_prints_the_selected_letters_as_json_lines(
    broker: Broker, capsys: pytest.CaptureFixture[str]
) -> None:
    letters, _, _ = run(capsys, "list")
    assert len(letters) == 6
    assert {entry["key"]: entry["attempt"] for entry in letters}["tired"] == 5
    letters, _, _ = run(capsys, "list", "--stage", "index")
    assert [entry["key"] for entry in letters] == ["tired", "c"]
    letters, _, _ = run(capsys, "list", "--reason", "xml-forbidden", "--since", "2000-01-01")
    assert [entry["key"] for entry in letters] == ["held"]
    letters, _, _ = run(capsys, "list", "-n", "2")
    assert len(letters) == 2


def test_stats_as_a_table_and_as_json(broker: Broker, capsys: pytest.CaptureFixture[str]) -> None:
    _, table, _ = run(capsys, "stats")
    assert "index   connection reset" in table
    assert "1×1 5×1" in table
    assert table.splitlines()[-1] == (
        "6 letters: 3 replayable; held back: 1 permanent reason, 1 attempts used up, "
        "1 unknown stage"
    )
    document = orjson.loads(run(capsys, "stats", "--json")[1])
    assert document["letters"] == 6 and document["replayable"] == 3
    assert document["held"] == {"permanent": 1, "exhausted": 1, "unknown-stage": 1}
    assert document["by_stage"] == {"dedup": 1, "enrich": 2, "index": 2, "\ufffd": 1}
    assert document["by_attempt"] == {"1": 5, "5": 1}
    assert {"stage": "index", "reason": "connection reset", "letters": 2,
            "attempts": {"1": 1, "5": 1}} in document["groups"]  # fmt: skip


def test_a_long_reason_is_cut_in_the_table() -> None:
    table = stats_table(tally([letter("dedup", "k", RuntimeError("x" * 500))], max_attempts=5))
    assert max(len(line) for line in table.splitlines()) < 120
    assert "x…" in table


def test_a_dry_run_prints_what_would_be_sent_and_sends_nothing(
    broker: Broker, capsys: pytest.CaptureFixture[str]
) -> None:
    replays, _, report = run(capsys, "replay", "--dry-run")
    assert {(entry["key"], entry["replay_topic"], entry["replay_attempt"]) for entry in replays} == {
        ("a", "cli.wire.raw", 2), ("b", "cli.wire.enriched", 2), ("c", "cli.wire.articles", 2),
    }  # fmt: skip
    assert report.startswith("would replay 3 dead letters")
    assert "1 permanent reason, 1 attempts used up, 1 unknown stage" in report
    assert broker.sent == []


def test_replay_sends_the_selection_and_force_sends_the_held(
    broker: Broker, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, report = run(capsys, "replay", "--stage", "enrich")
    assert report.startswith("replayed 1 dead letters (cli.wire.raw: 1)")
    assert [key for _, key, _, _ in broker.sent] == [b"a"]
    run(capsys, "replay", "--reason", "xml-forbidden", "--force")
    assert [(topic, key) for topic, key, _, _ in broker.sent][-1] == ("cli.wire.raw", b"held")
    _, _, report = run(capsys, "replay", "--limit", "1")
    assert report.startswith("replayed 1 dead letters")
