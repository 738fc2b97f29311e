"""`wirepipe setup --kibana URL`: the import's outcome is the command's, against a fake Kibana.

The topics and the index are the integration tests' business; here they are
skipped so that only the Kibana step runs.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pipeline.cli.main import main
from tests.index.fake_kibana import FakeKibana, fake_kibana


@pytest.fixture
def kibana(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeKibana]:
    monkeypatch.setattr("pipeline.cli.setup.set_up", lambda settings: None)
    for name in ("WIREPIPE_KIBANA_USERNAME", "WIREPIPE_KIBANA_PASSWORD", "WIREPIPE_ES_USERNAME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("WIREPIPE_INDEX_ALIAS", "desk-b-articles")
    with fake_kibana() as server:
        yield server


def test_an_import_kibana_refuses_fails_the_command(
    kibana: FakeKibana, capsys: pytest.CaptureFixture[str]
) -> None:
    kibana.answer = {
        "success": False,
        "successCount": 13,
        "errors": [
            {
                "id": "wire-desk",
                "type": "dashboard",
                "title": "Wire desk",
                "error": {"type": "unsupported_type"},
            }
        ],
    }
    assert main(["setup", "--kibana", kibana.url]) == 1
    error = capsys.readouterr().err
    assert "kibana-import" in error and "dashboard/wire-desk (Wire desk): unsupported_type" in error


def test_a_successful_import_logs_in_and_says_so(
    kibana: FakeKibana, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WIREPIPE_KIBANA_USERNAME", "elastic")
    monkeypatch.setenv("WIREPIPE_KIBANA_PASSWORD", "s3cret")
    kibana.answer = {"success": True, "successCount": 14}
    assert main(["setup", "--kibana", kibana.url]) == 0
    assert "14 saved objects imported" in capsys.readouterr().out
    (request,) = kibana.requests
    assert request["headers"]["Authorization"].startswith("Basic ")
    assert b'"title":"desk-b-articles"' in request["body"]


def test_without_kibana_nothing_is_imported(kibana: FakeKibana) -> None:
    assert main(["setup"]) == 0
    assert kibana.requests == []


def test_a_kibana_url_must_be_a_url(kibana: FakeKibana) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["setup", "--kibana", "kibana:5601"])
    assert stopped.value.code == 2
