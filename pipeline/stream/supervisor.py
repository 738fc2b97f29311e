"""`wirepipe worker --processes N`: N worker processes on one host, in one consumer group.

A worker process runs Python one thread at a time, so it uses about one
core (its enrich sandbox a second). A host with more cores runs more
workers: Kafka divides the partitions among them exactly as among workers on
several hosts, so N is bounded by the partition count, and each holds the
whole dedup window in memory (see pipeline.stream.dedup_log). Each child is an
ordinary `wirepipe worker` with its own state folder (`<data dir>/process-<i>`)
and web port (`<web port> + i`); the supervisor only starts them, restarts
one that dies (after a pause that doubles up to a minute), and passes
SIGTERM and SIGINT on, waiting for every child to shut down.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from types import FrameType

from pipeline.config import Settings

log = logging.getLogger("wirepipe")

FIRST_PAUSE = 1.0
LONGEST_PAUSE = 60.0
STOP_GRACE = 60.0


@dataclass
class Child:
    number: int
    command: list[str]
    process: subprocess.Popen[bytes] | None = None
    pause: float = FIRST_PAUSE
    restart_at: float = 0.0

    def start(self) -> None:
        # A session of its own: Ctrl-C reaches the supervisor, which passes it on once.
        self.process = subprocess.Popen(self.command, start_new_session=True)
        log.info("worker process %d started (pid %d)", self.number, self.process.pid)


@dataclass
class Supervisor:
    children: list[Child]
    stopping: bool = False
    _signalled: list[int] = field(default_factory=list)

    def run(self) -> int:
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, self._stop)
        for child in self.children:
            child.start()
        while not self.stopping:
            self._restart_the_dead()
            time.sleep(0.5)
        return self._shut_down()

    def _stop(self, signum: int, frame: FrameType | None) -> None:
        self.stopping = True
        self._signalled.append(signum)

    def _restart_the_dead(self) -> None:
        now = time.monotonic()
        for child in self.children:
            process = child.process
            if process is not None and process.poll() is not None:
                log.warning(
                    "worker process %d exited with %s; restarting in %.0fs",
                    child.number,
                    process.returncode,
                    child.pause,
                )
                child.process, child.restart_at = None, now + child.pause
                child.pause = min(LONGEST_PAUSE, child.pause * 2)
            elif process is None and now >= child.restart_at:
                child.start()

    def _shut_down(self) -> int:
        signum = self._signalled[0] if self._signalled else signal.SIGTERM
        running = [c.process for c in self.children if c.process and c.process.poll() is None]
        for process in running:
            process.send_signal(signum)
        deadline = time.monotonic() + STOP_GRACE
        for process in running:
            try:
                process.wait(timeout=max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                log.warning("worker process %d did not stop in time: killed", process.pid)
                process.kill()
                process.wait()
        return 0


def supervise(settings: Settings, processes: int, *, loglevel: str) -> int:
    """Run `processes` workers under `settings` until SIGTERM or SIGINT."""
    children = []
    for number in range(processes):
        port = settings.web_port + number if settings.web_port else 0
        command = [sys.executable, "-m", "pipeline.cli", "worker", "--processes", "1"]
        command += ["--web-port", str(port), "--loglevel", loglevel]
        command += ["--data-dir", str(settings.data_dir / f"process-{number}")]
        children.append(Child(number, command))
    return Supervisor(children).run()
