"""`up`, `down` and `status` of the local stack: Kafka and Elasticsearch on 127.0.0.1."""

from __future__ import annotations

import contextlib
import fcntl
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline import config
from pipeline.config import load_settings, redact
from pipeline.errors import StackError
from pipeline.stack.distributions import ensure_distributions
from pipeline.stack.elasticsearch import es_log_paths, es_probe, es_process, start_elasticsearch
from pipeline.stack.kafka import kafka_log_paths, kafka_probe, kafka_process, start_kafka
from pipeline.stack.processes import ServerProcess, port_in_use, stop_all
from pipeline.stack.settings import StackSettings
from pipeline.stack.waiting import Probe, wait_until_healthy
from pipeline.stream.kafka_security import kafka_client_options

log = logging.getLogger(__name__)

# Kafka's controlled shutdown and Elasticsearch's node close both finish in seconds; a
# server still alive after this is killed.
STOP_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class Endpoints:
    kafka_bootstrap: str
    es_url: str

    def as_env(self) -> dict[str, str]:
        """The variables through which the app and the tests find the servers."""
        return {config.KAFKA_BOOTSTRAP.name: self.kafka_bootstrap, config.ES_URL.name: self.es_url}

    def redacted_env(self) -> dict[str, str]:
        """`as_env` to print: a password in the URL is masked."""
        return {name: redact(value) for name, value in self.as_env().items()}


@dataclass(frozen=True)
class ServerStatus:
    name: str
    external: bool
    endpoint: str
    pid: int | None
    healthy: bool
    detail: str

    def summary(self) -> str:
        if self.external:
            origin = "external"
        elif self.pid is not None:
            origin = f"pid {self.pid}"
        else:
            origin = "stopped"
        health = "healthy" if self.healthy else "not healthy"
        return f"{self.name:<20} {self.endpoint:<24} {origin:<10} {health}: {self.detail}"


@dataclass(frozen=True)
class StackStatus:
    kafka: ServerStatus
    elasticsearch: ServerStatus

    @property
    def healthy(self) -> bool:
        return self.kafka.healthy and self.elasticsearch.healthy

    def summary(self) -> str:
        return f"{self.kafka.summary()}\n{self.elasticsearch.summary()}"


@dataclass(frozen=True)
class _Server:
    """One server as `up` and `status` see it: external, or managed by this stack."""

    name: str
    endpoint: str
    probe: Probe
    process: ServerProcess | None = None
    log_paths: tuple[Path, ...] = ()
    ports: tuple[int, ...] = ()
    start: Callable[[StackSettings], ServerProcess] | None = None

    @property
    def needs_start(self) -> bool:
        return self.process is not None and self.process.running_pid() is None

    def describe(self) -> ServerStatus:
        pid = self.process.running_pid() if self.process is not None else None
        if self.process is not None and pid is None:
            return ServerStatus(self.name, False, self.endpoint, None, False, "not running")
        reason = self.probe()
        detail = reason or (f"log {self.log_paths[-1]}" if self.log_paths else "reachable")
        return ServerStatus(
            self.name, self.process is None, self.endpoint, pid, reason is None, detail
        )


def up(settings: StackSettings | None = None) -> Endpoints:
    """Make Kafka and Elasticsearch available and healthy; start those not yet running.

    Servers named by KAFKA_BOOTSTRAP / ES_URL are used as they are. Idempotent: servers of the
    stack that already run are reused, so a second call returns within a second.
    """
    settings = settings or StackSettings.from_env()
    started: list[ServerProcess] = []
    with _exclusive(settings):
        deadline = time.monotonic() + settings.start_timeout_s
        kafka, elasticsearch = _servers(settings)
        # Elasticsearch first: it takes longest, and both JVMs start side by side.
        to_start = [server for server in (elasticsearch, kafka) if server.needs_start]
        for server in to_start:
            _check_ports_are_free(server)
        ensure_distributions(
            settings,
            kafka=any(server is kafka for server in to_start),
            elasticsearch=any(server is elasticsearch for server in to_start),
        )
        try:
            for server in to_start:
                assert server.start is not None
                log.info("starting %s on %s", server.name, server.endpoint)
                started.append(server.start(settings))
            for server in (kafka, elasticsearch):
                wait_until_healthy(
                    server.name,
                    server.probe,
                    deadline,
                    server=server.process,
                    log_paths=server.log_paths,
                )
        except BaseException:
            stop_all(started, STOP_TIMEOUT_S)
            raise
    return Endpoints(kafka_bootstrap=settings.kafka_bootstrap, es_url=settings.es_url)


def down(settings: StackSettings | None = None) -> None:
    """Stop every server this stack started (whatever KAFKA_BOOTSTRAP / ES_URL say now)."""
    settings = settings or StackSettings.from_env()
    with _exclusive(settings):
        stop_all([kafka_process(settings), es_process(settings)], STOP_TIMEOUT_S)


def status(settings: StackSettings | None = None) -> StackStatus:
    settings = settings or StackSettings.from_env()
    kafka, elasticsearch = _servers(settings)
    return StackStatus(kafka=kafka.describe(), elasticsearch=elasticsearch.describe())


def status_report(settings: StackSettings | None = None) -> str:
    """`status` as text, one line per server."""
    return status(settings).summary() + "\n"


def is_running(settings: StackSettings | None = None) -> bool:
    """Whether a server of this stack already runs (someone ran `up` and wants it kept)."""
    settings = settings or StackSettings.from_env()
    return any(
        server.process is not None and server.process.running_pid() is not None
        for server in _servers(settings)
    )


def _servers(settings: StackSettings) -> tuple[_Server, _Server]:
    bootstrap, es_url = settings.kafka_bootstrap, settings.es_url
    if settings.kafka_is_external:
        kafka = _Server(
            "Kafka",
            bootstrap,
            # Reached as the pipeline's own clients reach it, with their TLS and SASL.
            lambda: kafka_probe(
                bootstrap, exercise=False, client_options=kafka_client_options(load_settings())
            ),
        )
    else:
        kafka = _Server(
            f"Kafka {settings.kafka_version}",
            bootstrap,
            lambda: kafka_probe(bootstrap, exercise=True),
            process=kafka_process(settings),
            log_paths=kafka_log_paths(settings),
            ports=(settings.kafka_port, settings.kafka_controller_port),
            start=start_kafka,
        )
    if settings.es_is_external:
        elasticsearch = _Server("Elasticsearch", redact(es_url), lambda: es_probe(es_url))
    else:
        elasticsearch = _Server(
            f"Elasticsearch {settings.es_version}",
            es_url,
            lambda: es_probe(es_url),
            process=es_process(settings),
            log_paths=es_log_paths(settings),
            ports=(settings.es_port, settings.es_transport_port),
            start=start_elasticsearch,
        )
    return kafka, elasticsearch


def _check_ports_are_free(server: _Server) -> None:
    busy = [port for port in server.ports if port_in_use(port)]
    if busy:
        raise StackError(
            f"cannot start {server.name}: port(s) {busy} on 127.0.0.1 are taken by another "
            "program; choose others with WIREPIPE_KAFKA_PORT / WIREPIPE_ES_PORT"
        )


@contextlib.contextmanager
def _exclusive(settings: StackSettings) -> Iterator[None]:
    """One `up` or `down` at a time per stack dir (parallel test sessions share it)."""
    lock_path = settings.stack_dir / "run" / "stack.lock"
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
