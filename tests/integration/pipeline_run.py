"""One isolated pipeline deployment on the real servers, for a test.

Each run has its own topic prefix, index alias, Faust app id and state
folder, so tests never see each other's messages or documents. Workers are
real `wirepipe worker` processes.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline.config import Settings, load_settings
from pipeline.index.client import es_client
from pipeline.index.setup import ensure_index
from pipeline.stream.clients import kafka_producer
from pipeline.stream.dead_letter_topic import list_dead_letters
from pipeline.stream.dead_letters import DeadLetter
from pipeline.stream.topics import ensure_topics


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


READY_MARK = b"Ready"


class PipelineRun:
    def __init__(
        self, workdir: Path, *, partitions: int = 4, environment: dict[str, str] | None = None
    ) -> None:
        tag = uuid.uuid4().hex[:10]
        self.workdir = workdir
        self.env = os.environ | {
            "WIREPIPE_APP_ID": f"wirepipe-test-{tag}",
            "WIREPIPE_TOPIC_PREFIX": f"test-{tag}.",
            "WIREPIPE_INDEX_ALIAS": f"test-{tag}-wire-articles",
            "WIREPIPE_PARTITIONS": str(partitions),
            "WIREPIPE_WEB_PORT": "0",
            "WIREPIPE_BULK_INTERVAL": "0.3",
            # A killed worker's partitions move on sooner (the broker's floor is 6 s).
            "WIREPIPE_SESSION_TIMEOUT": "8",
        } | (environment or {})
        self.settings = self._settings()
        self.workers: dict[str, subprocess.Popen[bytes]] = {}
        self.es = es_client(self.settings, request_timeout=60)
        self.producer = kafka_producer(self.settings, client_id="wirepipe-test")

    def _settings(self) -> Settings:
        return load_settings(self.env)

    def setup(self) -> None:
        ensure_topics(self.settings)
        ensure_index(self.es, self.settings)

    def log_path(self, name: str) -> Path:
        return self.workdir / f"worker-{name}.log"

    def start_worker(self, name: str = "w1", *, wait: float = 120.0, web_port: int = 0) -> None:
        env = self.env | {
            "WIREPIPE_DATA_DIR": str(self.workdir / f"data-{name}"),
            "WIREPIPE_WEB_PORT": str(web_port),
        }
        log_path = self.log_path(name)
        seen = log_path.stat().st_size if log_path.exists() else 0
        log = log_path.open("ab")
        self.workers[name] = subprocess.Popen(
            [sys.executable, "-m", "pipeline.cli", "worker", "-l", "info"],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=self.workdir,
            start_new_session=True,
        )
        self._wait_for_log(name, READY_MARK, wait, after=seen)

    def _wait_for_log(self, name: str, mark: bytes, timeout: float, *, after: int) -> None:
        """Wait for `mark` in the log past byte `after` (a restart appends to the old log)."""
        deadline = time.monotonic() + timeout
        path = self.log_path(name)
        while time.monotonic() < deadline:
            if mark in path.read_bytes()[after:]:
                return
            if self.workers[name].poll() is not None:
                raise RuntimeError(f"worker {name} exited:\n{self.tail(name)}")
            time.sleep(0.5)
        raise TimeoutError(f"worker {name} not ready after {timeout}s:\n{self.tail(name)}")

    def tail(self, name: str, lines: int = 60) -> str:
        text = self.log_path(name).read_text(errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    def kill_worker(self, name: str = "w1") -> None:
        """SIGKILL: no shutdown, no final commit, as a crash would."""
        process = self.workers.pop(name)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)

    def stop_worker(self, name: str = "w1") -> None:
        process = self.workers.pop(name)
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)

    def produce(
        self, value: bytes, key: str | None = None, *, partition: int | None = None
    ) -> None:
        self.producer.send(
            self.settings.topics.raw,
            key=key.encode() if key is not None else None,
            value=value,
            partition=partition,
        )
        self.producer.flush()

    def search(self, **body: Any) -> dict[str, Any]:
        self.es.indices.refresh(index=self.settings.index_alias)
        return dict(self.es.search(index=self.settings.index_alias, **body))

    def wait_for(
        self, condition: Callable[[], bool], timeout: float = 90.0, what: str = "condition"
    ) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if condition():
                return
            time.sleep(0.5)
        logs = "\n".join(self.tail(name) for name in self.workers)
        raise AssertionError(f"timed out waiting for {what}\n{logs}")

    def count(self, query: dict[str, Any] | None = None) -> int:
        self.es.indices.refresh(index=self.settings.index_alias)
        body = {"query": query} if query else {}
        return int(self.es.count(index=self.settings.index_alias, **body)["count"])

    def worker_stats(self, web_port: int) -> dict[str, Any]:
        """Outcome counts by stage, from the worker's /metrics (those above 0)."""
        from pipeline.stream.status import worker_status

        stages: dict[str, dict[str, int]] = {}
        for (stage, outcome), count in worker_status(f"127.0.0.1:{web_port}").counts.items():
            if count:
                stages.setdefault(stage, {})[outcome] = int(count)
        return {"stages": stages}

    def dead_letters(self) -> list[DeadLetter]:
        return list(list_dead_letters(self.settings, limit=10_000))

    def close(self) -> None:
        for name in list(self.workers):
            self.stop_worker(name)
        self.producer.close()
        self.es.close()
