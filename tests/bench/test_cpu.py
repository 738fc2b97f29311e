"""The bench's CPU accounting: the machine's busy share, the workers' seconds and the rest's."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pipeline.bench.cpu import CpuMeter, machine_seconds, tree_seconds

pytestmark = pytest.mark.skipif(not os.path.exists("/proc/stat"), reason="reads Linux /proc")

SPIN = "import time\nend = time.process_time() + 0.4\nwhile time.process_time() < end: pass\n"
# A worker's process that, once told to on stdin, starts a child which spins, as a worker's
# enrich child works.
SPINNING_CHILD = (
    "import subprocess, sys, time\n"
    "sys.stdin.readline()\n"
    f"subprocess.Popen([sys.executable, '-c', {SPIN + 'time.sleep(30)'!r}])\n"
    "time.sleep(30)\n"
)


def test_the_machine_is_never_busier_than_its_cores_allow() -> None:
    seconds = machine_seconds()
    assert seconds is not None
    busy, total = seconds
    assert 0 < busy <= total


def _spin_until_counted(process: subprocess.Popen[bytes], pids: list[int], base: float) -> None:
    while tree_seconds(pids) - base < 0.4:
        assert process.poll() is None


@pytest.mark.timeout(30)
def test_a_worker_and_its_children_are_counted_as_the_workers_time() -> None:
    worker = subprocess.Popen([sys.executable, "-c", SPINNING_CHILD], stdin=subprocess.PIPE)
    try:
        meter = CpuMeter.start([worker.pid])
        assert worker.stdin is not None
        worker.stdin.write(b"go\n")
        worker.stdin.flush()
        _spin_until_counted(worker, [worker.pid], meter.workers)
        report = meter.report(stories=4)
    finally:
        subprocess.run(["pkill", "-KILL", "-P", str(worker.pid)], check=False)
        worker.kill()
        worker.wait()
    assert report["worker_ms_per_story"] >= 100  # 0.4 s over 4 stories
    assert 0 < report["machine_busy_share"] <= 1
    assert report["other_ms_per_story"] >= 0


@pytest.mark.timeout(30)
def test_a_process_that_is_no_worker_is_not_the_workers_time() -> None:
    # The local stack's servers are the bench's children when it starts them: not workers.
    meter = CpuMeter.start([])
    server = subprocess.Popen([sys.executable, "-c", SPIN + "import time; time.sleep(30)"])
    try:
        _spin_until_counted(server, [server.pid], 0.0)
        report = meter.report(stories=4)
    finally:
        server.kill()
        server.wait()
    assert report["worker_ms_per_story"] == 0
    assert report["other_ms_per_story"] >= 50  # most of 0.4 s over 4 stories


@pytest.mark.timeout(30)
def test_a_server_named_by_its_pid_is_reported_apart() -> None:
    server = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.readline()\n" + SPIN + "sys.stdin.read()"],
        stdin=subprocess.PIPE,
    )
    try:
        meter = CpuMeter.start([], {"kafka": server.pid})
        assert server.stdin is not None
        server.stdin.write(b"go\n")
        server.stdin.flush()
        _spin_until_counted(server, [server.pid], meter.servers["kafka"][1])
        report = meter.report(stories=4)
    finally:
        server.kill()
        server.wait()
    assert report["servers_ms_per_story"]["kafka"] >= 100  # 0.4 s over 4 stories
    assert report["worker_ms_per_story"] == 0


def test_nothing_is_reported_for_no_stories() -> None:
    assert CpuMeter.start([]).report(stories=0) == {}
