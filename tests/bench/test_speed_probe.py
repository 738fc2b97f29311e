"""The speed probe times the same work on every run, and reports it in milliseconds."""

from __future__ import annotations

from pipeline.bench.speed_probe import probe_ms, speed_scaled_ratio, workload


def test_the_workload_is_the_same_work_every_time() -> None:
    assert workload() == workload() == 61204037


def test_the_probe_reports_the_workloads_cpu_milliseconds() -> None:
    measured = probe_ms()
    assert measured > 0
    assert measured == round(measured, 1)


def test_rates_at_one_speed_compare_as_they_are() -> None:
    assert speed_scaled_ratio(30.0, [200.0, 200.0], 40.0, [190.0, 210.0]) == 0.75


def test_a_slower_machine_is_weighed_out_of_the_ratio() -> None:
    # The second burst ran while the probe took 30% longer and reached 1/1.3 of the rate:
    # the code kept its speed; the machine did not.
    assert speed_scaled_ratio(30.0, [390.0], 39.0, [300.0]) == 1.0
    # Slower still than the machine explains: the code lost speed.
    assert speed_scaled_ratio(24.0, [390.0], 39.0, [300.0]) == 0.8
