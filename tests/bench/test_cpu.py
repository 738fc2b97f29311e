"""The bench's CPU accounting: the machine's busy share and the seconds of the processes it started."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pipeline.bench.cpu import CpuMeter, descendants_seconds, machine_seconds

pytestmark = pytest.mark.skipif(not os.path.exists("/proc/stat"), reason="reads Linux /proc")

SPIN = "import time\nend = time.process_time() + 0.4\nwhile time.process_time() < end: pass\n"


def test_the_machine_is_never_busier_than_its_cores_allow() -> None:
    seconds = machine_seconds()
    assert seconds is not None
    busy, total = seconds
    assert 0 < busy <= total


@pytest.mark.timeout(30)
def test_a_child_that_spins_is_counted_as_the_workers_time() -> None:
    meter = CpuMeter.start()
    child = subprocess.Popen([sys.executable, "-c", SPIN + "import time; time.sleep(30)"])
    try:
        while descendants_seconds(os.getpid()) - meter.workers < 0.4:
            assert child.poll() is None
        report = meter.report(stories=4)
    finally:
        child.kill()
        child.wait()
    assert report["worker_ms_per_story"] >= 100  # 0.4 s over 4 stories
    assert 0 < report["machine_busy_share"] <= 1
    assert report["other_ms_per_story"] >= 0


def test_nothing_is_reported_for_no_stories() -> None:
    assert CpuMeter.start().report(stories=0) == {}
