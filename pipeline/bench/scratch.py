"""A throwaway deployment on the running servers: the benchmark's own workers, topics and index.

Each `Scratch` has its own Faust app id, topic prefix, index alias and state
folder, so a benchmark never sees (or disturbs) another pipeline's messages
and documents on the same servers. Workers are real `wirepipe worker`
processes, started in their own process group; `remove` stops them and
deletes every topic, consumer group, index and template the deployment
made, the dedup state topic and Faust's own topics included.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from elasticsearch import Elasticsearch

from pipeline.bench.end_to_end import Feed
from pipeline.bench.stories import Story
from pipeline.config import Settings
from pipeline.index.client import es_client
from pipeline.index.setup import ensure_index
from pipeline.index.template import template_name
from pipeline.stream.clients import kafka_admin, kafka_producer
from pipeline.stream.index_consumer import index_group
from pipeline.stream.topics import ensure_topics

READY_MARK = b"Ready"  # Faust logs "[^Worker]: Ready" once it serves
STOP_SECONDS = 90.0  # past `wirepipe worker --processes`'s own grace for its children


class WorkerTrouble(RuntimeError):
    """A benchmark worker exited, never became ready or did not index what it was sent."""


@dataclasses.dataclass
class Worker:
    process: subprocess.Popen[bytes]
    log: Path


class Scratch:
    def __init__(
        self, base: Settings, folder: Path, name: str, servers: Mapping[str, int] | None = None
    ) -> None:
        self.name = name
        self.servers = dict(servers or {})  # the local stack's server pids, for the CPU split
        tag = f"{name}-{uuid.uuid4().hex[:8]}"
        self.folder = folder / tag
        self.folder.mkdir(parents=True)
        self.settings = dataclasses.replace(
            base,
            app_id=f"wirepipe-bench-{tag}",
            topic_prefix=f"bench-{tag}.",
            index_alias=f"bench-{tag}-wire-articles",
        )
        self.workers: list[Worker] = []
        self.started = 0  # workers started so far: each gets its own, empty, data folder
        self.es: Elasticsearch = es_client(self.settings, request_timeout=60)

    def set_up(self, *, topics: bool = True) -> None:
        if topics:
            ensure_topics(self.settings)
        ensure_index(self.es, self.settings)

    @contextmanager
    def feed(self) -> Iterator[Feed]:
        producer = kafka_producer(self.settings, client_id="wirepipe-bench")
        try:
            pids = [worker.process.pid for worker in self.workers]
            yield Feed(
                self.es,
                producer,
                self.settings.topics.raw,
                self.settings.index_alias,
                pids,
                self.servers,
            )
        finally:
            producer.close()

    def start_workers(
        self, count: int, *, processes: int = 1, ready_within: float = 180.0
    ) -> float:
        """Start `count` workers (each of `processes` processes); seconds until all are ready."""
        started = time.monotonic()
        for number in range(self.started, self.started + count):
            log = self.folder / f"worker-{number}.log"
            command = [sys.executable, "-m", "pipeline.cli", "worker", "-l", "info"]
            command += ["--web-port", "0", "--data-dir", str(self.folder / f"data-{number}")]
            if processes > 1:
                command += ["--processes", str(processes)]
            with log.open("ab") as output:
                process = subprocess.Popen(
                    command,
                    stdout=output,
                    stderr=subprocess.STDOUT,
                    env=os.environ | self.settings.endpoint_environment(),
                    cwd=self.folder,
                    start_new_session=True,
                )
            self.workers.append(Worker(process, log))
            self.started += 1
        for worker in self.workers[-count:]:
            self._wait_ready(worker, processes, started + ready_within)
        return time.monotonic() - started

    def _wait_ready(self, worker: Worker, processes: int, deadline: float) -> None:
        while worker.log.read_bytes().count(READY_MARK) < processes:
            if worker.process.poll() is not None:
                raise WorkerTrouble(f"a benchmark worker exited; its log: {worker.log}")
            if time.monotonic() > deadline:
                raise WorkerTrouble(
                    f"a benchmark worker did not become ready; its log: {worker.log}"
                )
            time.sleep(0.2)

    def warm_up(self, feed: Feed, stories: Sequence[Story], say: Callable[[str], None]) -> None:
        """Stories through the workers before any timing: the lexicons load, every consumer
        joins its group. Raises WorkerTrouble if they do not all become searchable."""
        result = feed.burst(stories, say, f"{self.name} warm-up")
        if not result["complete"]:
            raise WorkerTrouble(
                f"the workers indexed {result['searchable']} of {result['documents']} warm-up "
                f"stories; their logs are in {self.folder}"
            )

    def stop_workers(self) -> None:
        for worker in self.workers:
            _stop(worker.process)
        self.workers.clear()

    def remove(self, say: Callable[[str], None]) -> None:
        """Stop the workers and delete what the deployment created on the servers; the index
        goes even when the Kafka side fails, and the other way round."""
        self.stop_workers()
        try:
            topics = self._remove_from_kafka()
        finally:
            indices = self._remove_from_elasticsearch()
        say(f"removed {topics} topics and {indices} indices of {self.settings.app_id}")

    def _remove_from_kafka(self) -> int:
        prefixes = (self.settings.topic_prefix, self.settings.app_id)
        admin = kafka_admin(self.settings, client_id="wirepipe-bench")
        try:
            topics = [t for t in admin.list_topics() if t.startswith(prefixes)]
            if topics:
                admin.delete_topics(topics)
            # kafka-python 3 renamed delete_consumer_groups; a group never formed is
            # reported back as an error per group, not raised.
            delete_groups = getattr(admin, "delete_groups", None) or admin.delete_consumer_groups
            delete_groups([self.settings.app_id, index_group(self.settings)])
        finally:
            admin.close()
        return len(topics)

    def _remove_from_elasticsearch(self) -> int:
        alias = self.settings.index_alias
        try:
            indices = list(self.es.indices.get(index=f"{alias}*", expand_wildcards="all"))
            if indices:
                self.es.indices.delete(index=",".join(indices))
            if self.es.indices.exists_index_template(name=template_name(alias)):
                self.es.indices.delete_index_template(name=template_name(alias))
        finally:
            self.es.close()
        return len(indices)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the worker's process group (its sandbox children too), SIGKILL if it lingers."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:  # the group is gone already
        return
    try:
        process.wait(timeout=STOP_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
