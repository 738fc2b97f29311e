"""The worker's /metrics, /health and /ready pages, served in-process by its Faust web server."""

from __future__ import annotations

import asyncio
from pathlib import Path

import orjson
from aiohttp.test_utils import TestClient, TestServer
from prometheus_client.parser import text_string_to_metric_families

from pipeline.config import load_settings
from pipeline.stream.app import create_app


def answers(tmp_path: Path, *paths: str) -> dict[str, tuple[int, str, bytes]]:
    """Status, content type and body of each page of a fresh, never started app."""
    app = create_app(load_settings({"WIREPIPE_DATA_DIR": str(tmp_path)}))
    app.web.init_server()

    async def ask() -> dict[str, tuple[int, str, bytes]]:
        async with TestClient(TestServer(app.web.web_app)) as client:
            found = {}
            for path in paths:
                response = await client.get(path)
                kind = response.headers["Content-Type"]
                found[path] = (response.status, kind, await response.read())
            return found

    return asyncio.run(ask())


def test_health_answers_while_the_process_serves(tmp_path: Path) -> None:
    status, kind, body = answers(tmp_path, "/health")["/health"]
    assert (status, orjson.loads(body)) == (200, {"status": "up"})
    assert kind.startswith("application/json")


def test_ready_answers_503_with_every_reason_before_the_worker_runs(tmp_path: Path) -> None:
    status, kind, body = answers(tmp_path, "/ready")["/ready"]
    assert status == 503 and kind.startswith("application/json")
    document = orjson.loads(body)
    assert document["ready"] is False
    assert document["checks"] == {
        "partitions_assigned": False,
        "dedup_state_restored": False,
        "index_stage_running": False,
        "elasticsearch_reachable": False,
    }
    assert len(document["reasons"]) == 4


def test_metrics_are_served_in_the_text_format_prometheus_2_reads(tmp_path: Path) -> None:
    response = answers(tmp_path, "/metrics")["/metrics"]
    status, kind, body = response
    assert status == 200
    assert kind == "text/plain; version=0.0.4; charset=utf-8"
    families = {family.name: family for family in text_string_to_metric_families(body.decode())}
    assert "wirepipe_stage_messages" in families
    ready = families["wirepipe_worker_ready"].samples
    assert [(sample.name, sample.value) for sample in ready] == [("wirepipe_worker_ready", 0.0)]
