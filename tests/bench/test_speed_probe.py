"""The speed probe times the same work on every run, and reports it in milliseconds."""

from __future__ import annotations

from pipeline.bench.speed_probe import probe_ms, workload


def test_the_workload_is_the_same_work_every_time() -> None:
    assert workload() == workload() == 61204037


def test_the_probe_reports_the_workloads_cpu_milliseconds() -> None:
    measured = probe_ms()
    assert measured > 0
    assert measured == round(measured, 1)
