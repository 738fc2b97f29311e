"""Gathering the on-call's status: workers read over HTTP, counts turned into rates."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import orjson
import pytest

from pipeline.stream.metrics import PipelineMetrics
from pipeline.stream.status import WorkerStatus, parse_counters, stage_rates, worker_status
from tests.integration.pipeline_run import free_port


def counted(**by_stage: int) -> bytes:
    metrics = PipelineMetrics()
    for stage, count in by_stage.items():
        metrics.finished(stage, "indexed" if stage == "index" else "enriched", count=count)
    return metrics.exposition()


@pytest.fixture
def worker() -> Iterator[str]:
    """A stand-in worker whose /ready answers 503 with a reason."""
    page = counted(enrich=7, index=5)

    class Pages(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/ready":
                status, body = 503, orjson.dumps({"ready": False, "reasons": ["rebalancing"]})
            else:
                status, body = 200, page
            self.send_response(status)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_worker_is_read_from_its_ready_and_metrics_pages(worker: str) -> None:
    status = worker_status(worker)
    assert (status.ready, status.reasons) == (False, ("rebalancing",))
    assert status.counts[("enrich", "enriched")] == 7
    assert status.processed["index"] == 5
    assert set(status.last_message) == {"enrich", "index"}


def test_a_worker_that_does_not_answer_is_unready_and_says_so() -> None:
    status = worker_status(f"127.0.0.1:{free_port()}")
    assert not status.ready
    assert status.reasons[0].startswith("unreachable:")


def test_counters_are_read_from_the_metrics_page() -> None:
    counts, last = parse_counters(counted(dedup=4).decode())
    assert counts[("dedup", "enriched")] == 4
    assert counts[("index", "indexed")] == 0
    assert list(last) == ["dedup"]


def test_rates_add_up_the_workers_and_survive_a_restart() -> None:
    before = [
        WorkerStatus("a:1", 10.0, counts={("enrich", "enriched"): 100.0}),
        WorkerStatus("b:1", 10.0, counts={("enrich", "enriched"): 50.0}),
    ]
    after = [
        WorkerStatus("a:1", 12.0, counts={("enrich", "enriched"): 120.0}),  # 10 a second
        WorkerStatus("b:1", 14.0, counts={("enrich", "enriched"): 8.0}),  # restarted: 2 a second
        WorkerStatus("c:1", 14.0, counts={("enrich", "enriched"): 999.0}),  # new: no rate yet
    ]
    assert stage_rates(before, after) == {"enrich": 12.0}
