"""`wirepipe bench` on the real servers, small: every section but the slow ones reports, the
bursts and the steady run are seen through to the index, and nothing is left behind."""

from __future__ import annotations

import re

import pytest

from pipeline.bench.options import BenchOptions
from pipeline.bench.runner import run_bench
from pipeline.config import load_settings
from pipeline.index.client import es_client
from pipeline.stream.clients import kafka_admin
from tests.integration.conftest import servers  # noqa: F401 (the stack, as a fixture)

pytestmark = pytest.mark.integration


@pytest.mark.usefixtures("servers")
def test_a_small_bench_measures_every_section_and_cleans_up() -> None:
    options = BenchOptions(
        stories=40, burst=60, steady_rate=10, steady_seconds=3, skip=frozenset({"dedup"})
    )
    said: list[str] = []
    report = run_bench(options, load_settings(), said.append)

    assert report["stories"]["count"] == 2 * 60 + 30
    machine = report["machine"]
    assert machine["speed_probe_ms"] > 0 and machine["speed_probe_ms_at_end"] > 0
    assert report["pure"]["stories"] == 40 and report["pure"]["per_second"] > 0
    assert report["bulk"]["outcomes"] == {"indexed": report["pure"]["documents"]}
    bursts = report["e2e"]["bursts"]
    assert [b["complete"] for b in bursts] == [True, True]
    assert all(b["searchable"] == b["documents"] > 0 for b in bursts)
    assert report["e2e"]["second_over_first"] > 0 and report["e2e"]["over_pure"] > 0
    assert report["e2e"]["second_over_first_at_equal_speed"] > 0
    assert all(len(b["speed_probe_ms"]) == 2 and min(b["speed_probe_ms"]) > 0 for b in bursts)
    latency = report["latency"]
    assert latency["unseen"] == 0 and latency["measured"] > 20
    assert 0 < latency["p50_seconds"] <= latency["p99_seconds"] <= latency["max_seconds"]
    assert "workers" not in report and "dedup" not in report

    app_ids = re.findall(r"of (wirepipe-bench-\S+)$", "\n".join(said), re.M)
    assert len(app_ids) == 2  # the bulk index's deployment and the workers'
    settings = load_settings()
    admin = kafka_admin(settings, client_id="wirepipe-bench-test")
    try:
        topics = admin.list_topics()
    finally:
        admin.close()
    tags = [app_id.removeprefix("wirepipe-bench-") for app_id in app_ids]
    assert not [t for t in topics if any(tag in t for tag in tags)]
    with es_client(settings, request_timeout=30) as es:
        assert not [i for i in es.indices.get(index="bench-*") if any(tag in i for tag in tags)]
