"""`wirepipe worker --processes N`: children started, a dead one restarted, SIGTERM passed on."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

SUPERVISED = textwrap.dedent(
    """
    import sys
    from pipeline.stream.supervisor import Child, Supervisor
    folder = sys.argv[1]
    crashing = f"open('{folder}/starts', 'a').write('x'); raise SystemExit(3)"
    lasting = (
        "import signal, sys, time\\n"
        f"signal.signal(signal.SIGTERM, lambda *a: (open('{folder}/stopped', 'w'), sys.exit(0)))\\n"
        "time.sleep(60)"
    )
    children = [Child(0, [sys.executable, "-c", crashing]), Child(1, [sys.executable, "-c", lasting])]
    sys.exit(Supervisor(children).run())
    """
)


def test_children_are_restarted_and_stopped_with_the_supervisor(tmp_path: Path) -> None:
    supervisor = subprocess.Popen([sys.executable, "-c", SUPERVISED, str(tmp_path)])
    deadline = time.monotonic() + 20
    starts = tmp_path / "starts"
    while time.monotonic() < deadline:
        if starts.exists() and len(starts.read_text()) >= 2:
            break
        time.sleep(0.2)
    supervisor.send_signal(signal.SIGTERM)
    assert supervisor.wait(timeout=30) == 0
    assert len(starts.read_text()) >= 2  # the crashing child was started again
    assert (tmp_path / "stopped").exists()  # the lasting one heard SIGTERM
