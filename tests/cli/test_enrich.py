"""`wirepipe enrich`: the pure stages from the command line, no server."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import orjson
import pytest

from pipeline.cli.main import main
from tests.integration.stories import HARBOUR_STORY
from tests.story_files import STORIES


def run_enrich(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict], str]:
    code = main(["enrich", *args])
    captured = capsys.readouterr()
    lines = [orjson.loads(line) for line in captured.out.splitlines() if line.strip()]
    return code, lines, captured.err


def test_a_folder_gives_one_document_per_story_in_name_order(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, documents, _ = run_enrich(capsys, str(STORIES))
    files = sorted(p for p in STORIES.iterdir() if p.is_file())
    assert code == 0
    # A kill prints the tombstones of the versions it retracts after it.
    produced = [d for d in documents if not d["dedup"].get("retracted_by")]
    assert len(produced) == len(files)
    for document in documents:
        assert document["id"] and document["pubstatus"] in ("usable", "withheld", "canceled")
        assert document["decision"]["action"] in ("index", "skip")
        assert "raw" not in document
        assert "minhash" not in document["dedup"]


def test_dedup_runs_across_the_given_stories(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "1_original.txt").write_text(HARBOUR_STORY)
    (tmp_path / "2_redelivered.txt").write_text(HARBOUR_STORY)
    resent = HARBOUR_STORY.replace("EPA/PAWEL NOWAKOWSKI / POOL / PAP", "REUTERS/Anna Kowalska")
    (tmp_path / "3_other_credit.txt").write_text(resent)
    _, documents, _ = run_enrich(capsys, str(tmp_path))
    first, second, third = documents
    assert first["decision"] == {"action": "index", "reason": "new-story"}
    assert second["decision"] == {"action": "skip", "reason": "duplicate-content"}
    assert third["dedup"]["cluster_id"] == first["id"]
    assert third["dedup"]["duplicate_of"] == first["id"]


def test_without_dedup_prints_the_enriched_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "story.txt").write_text(HARBOUR_STORY)
    _, [document], _ = run_enrich(capsys, "--no-dedup", "--with-raw", str(tmp_path))
    assert document["raw"] == HARBOUR_STORY
    assert document["guid"] == "story"  # the file's stem names a story without a guid
    assert document["captions"][0]["credit"]["agencies"] == ["EPA", "PAP"]


def test_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(HARBOUR_STORY.encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, [document], _ = run_enrich(capsys, "-")
    assert code == 0
    assert document["body"].startswith("Fisheries Commissioner Ilse Varga said")


def test_unparseable_story_is_reported_and_the_rest_still_printed(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "a_broken.xml").write_bytes(b"<?xml version='1.0'?><nitf><body><p>")
    (tmp_path / "b_story.txt").write_text(HARBOUR_STORY)
    code, documents, err = run_enrich(capsys, str(tmp_path))
    assert code == 1
    assert "a_broken.xml" in err and "xml-syntax" in err
    assert len(documents) == 1
