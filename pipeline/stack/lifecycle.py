"""`up`, `down` and `status` of the local stack: Kafka and Elasticsearch on 127.0.0.1.

`up`, `down` and `status` handle the single-node stack; `cluster_up`, `cluster_down` and
`cluster_status` the local cluster (`pipeline.stack.cluster`). Both are started, waited for
and stopped by the same code.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import config
from pipeline.config import load_settings, redact
from pipeline.errors import StackError
from pipeline.stack.cluster import LocalCluster, cluster_folder, ensure_kafka_cluster_id
from pipeline.stack.distributions import ensure_distributions
from pipeline.stack.elasticsearch import (
    EsNode,
    es_log_paths,
    es_probe,
    es_process,
    node_process,
    start_elasticsearch,
    start_node,
)
from pipeline.stack.kafka import (
    KafkaBroker,
    broker_process,
    kafka_log_paths,
    kafka_probe,
    kafka_process,
    start_broker,
    start_kafka,
)
from pipeline.stack.processes import ServerProcess, port_in_use, stop_all
from pipeline.stack.settings import StackSettings
from pipeline.stack.waiting import Probe, wait_until_healthy
from pipeline.stream.kafka_security import kafka_client_options

log = logging.getLogger(__name__)

# Kafka's controlled shutdown and Elasticsearch's node close both finish in seconds; a
# server still alive after this is killed.
STOP_TIMEOUT_S = 60.0
# A KRaft node whose fellow voters stopped first cannot finish its controlled shutdown (no
# controller is left to grant it) and keeps waiting: the cluster's nodes are killed
# sooner. They all stop together, so most often each has finished within a few seconds.
CLUSTER_STOP_TIMEOUT_S = 20.0


@dataclass(frozen=True)
class Endpoints:
    kafka_bootstrap: str
    es_url: str
    # Further settings the pipeline needs on these servers (a cluster's replication).
    pipeline_settings: Mapping[str, str] = field(default_factory=dict)

    def as_env(self) -> dict[str, str]:
        """The variables through which the app and the tests find the servers."""
        return {
            config.KAFKA_BOOTSTRAP.name: self.kafka_bootstrap,
            config.ES_URL.name: self.es_url,
            **self.pipeline_settings,
        }

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
class ClusterStatus:
    """Each node of the local cluster, then each cluster's own health (None: healthy)."""

    nodes: tuple[ServerStatus, ...]
    clusters: tuple[tuple[str, str | None], ...]

    @property
    def running(self) -> bool:
        return any(node.pid is not None for node in self.nodes)

    @property
    def healthy(self) -> bool:
        return all(node.healthy for node in self.nodes) and all(
            reason is None for _, reason in self.clusters
        )

    def summary(self) -> str:
        lines = [node.summary() for node in self.nodes]
        lines += [
            f"{name:<21} {'healthy' if reason is None else 'not healthy: ' + reason}"
            for name, reason in self.clusters
        ]
        return "\n".join(lines)


@dataclass(frozen=True)
class _Server:
    """One server as `up` and `status` see it: external, or managed by this stack."""

    name: str
    endpoint: str
    probe: Probe
    process: ServerProcess | None = None
    log_paths: tuple[Path, ...] = ()
    ports: tuple[int, ...] = ()
    start: Callable[[], ServerProcess] | None = None
    # Which distribution it runs from: "kafka" or "elasticsearch" (none when external).
    distribution: str = ""

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
    with _exclusive(_lock_path(settings)):
        kafka, elasticsearch = _servers(settings)
        # Elasticsearch first: it takes longest, and both JVMs start side by side.
        _start_and_wait(settings, [elasticsearch, kafka])
    return Endpoints(kafka_bootstrap=settings.kafka_bootstrap, es_url=settings.es_url)


def down(settings: StackSettings | None = None) -> None:
    """Stop every server this stack started (whatever KAFKA_BOOTSTRAP / ES_URL say now)."""
    settings = settings or StackSettings.from_env()
    with _exclusive(_lock_path(settings)):
        stop_all([kafka_process(settings), es_process(settings)], STOP_TIMEOUT_S)


def cluster_up(settings: StackSettings | None = None) -> Endpoints:
    """Start the nodes of the local cluster that are not running; wait until it is whole.

    Whole: every node answers, Kafka has all its brokers and every partition all its replicas
    in sync, Elasticsearch is green with all its nodes. Idempotent, so it also brings back a
    node that was stopped or killed, and returns once the others have caught it up.
    """
    settings = settings or StackSettings.from_env()
    settings.check_cluster_ports()
    with _exclusive(_lock_path(settings)):
        # The cluster runs from the single stack's distributions, fetched under its lock.
        ensure_distributions(settings, kafka=True, elasticsearch=True)
    ensure_kafka_cluster_id(cluster_folder(settings))
    cluster = LocalCluster.from_settings(settings)
    with _exclusive(cluster.lock_path):
        nodes = _cluster_nodes(cluster)
        _start_and_wait(settings, nodes, _cluster_checks(cluster))
    return Endpoints(
        kafka_bootstrap=cluster.kafka_bootstrap,
        es_url=cluster.es_url,
        pipeline_settings=cluster.pipeline_settings(),
    )


def cluster_down(settings: StackSettings | None = None) -> None:
    """Stop every node of the local cluster."""
    cluster = LocalCluster.from_settings(settings or StackSettings.from_env())
    with _exclusive(cluster.lock_path):
        stop_all(
            [server.process for server in _cluster_nodes(cluster) if server.process is not None],
            CLUSTER_STOP_TIMEOUT_S,
        )


def cluster_status(settings: StackSettings | None = None) -> ClusterStatus:
    cluster = LocalCluster.from_settings(settings or StackSettings.from_env())
    nodes = tuple(server.describe() for server in _cluster_nodes(cluster))
    checks: tuple[tuple[str, str | None], ...] = ()
    if any(node.pid is not None for node in nodes):
        checks = tuple((name, probe()) for name, probe in _cluster_checks(cluster))
    return ClusterStatus(nodes=nodes, clusters=checks)


def status(settings: StackSettings | None = None) -> StackStatus:
    settings = settings or StackSettings.from_env()
    kafka, elasticsearch = _servers(settings)
    return StackStatus(kafka=kafka.describe(), elasticsearch=elasticsearch.describe())


def status_report(settings: StackSettings | None = None) -> str:
    """`status` as text, one line per server."""
    return status(settings).summary() + "\n"


def local_pids(settings: StackSettings | None = None) -> dict[str, int]:
    """The pids of this stack's running servers by name ("kafka", "elasticsearch"); servers
    named by KAFKA_BOOTSTRAP / ES_URL are not this stack's and are left out."""
    settings = settings or StackSettings.from_env()
    kafka, elasticsearch = _servers(settings)
    pids = {
        name: server.process.running_pid() if server.process is not None else None
        for name, server in (("kafka", kafka), ("elasticsearch", elasticsearch))
    }
    return {name: pid for name, pid in pids.items() if pid is not None}


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
            start=lambda: start_kafka(settings),
            distribution="kafka",
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
            start=lambda: start_elasticsearch(settings),
            distribution="elasticsearch",
        )
    return kafka, elasticsearch


def _cluster_nodes(cluster: LocalCluster) -> list[_Server]:
    """Elasticsearch's nodes first, as in `up`."""
    return [_es_node(node) for node in cluster.es_nodes] + [
        _kafka_node(node) for node in cluster.kafka_nodes
    ]


def _es_node(node: EsNode) -> _Server:
    return _Server(
        node.name,
        node.url,
        lambda: es_probe(node.url),
        process=node_process(node),
        log_paths=node.log_paths,
        ports=(node.http_port, node.transport_port),
        start=lambda: start_node(node),
        distribution="elasticsearch",
    )


def _kafka_node(node: KafkaBroker) -> _Server:
    return _Server(
        node.name,
        node.bootstrap,
        lambda: kafka_probe(node.bootstrap, exercise=False),
        process=broker_process(node),
        log_paths=node.log_paths,
        ports=(node.port, node.controller_port),
        start=lambda: start_broker(node),
        distribution="kafka",
    )


def _cluster_checks(cluster: LocalCluster) -> list[tuple[str, Probe]]:
    brokers, es_nodes = len(cluster.kafka_nodes), len(cluster.es_nodes)
    return [
        (
            "Kafka cluster",
            lambda: kafka_probe(cluster.kafka_bootstrap, exercise=True, brokers=brokers),
        ),
        ("Elasticsearch cluster", lambda: es_probe(cluster.es_url, green=True, nodes=es_nodes)),
    ]


def _start_and_wait(
    settings: StackSettings,
    servers: Sequence[_Server],
    checks: Sequence[tuple[str, Probe]] = (),
) -> None:
    """Start those of `servers` not running, in order; wait for each, then each check.

    Servers started here are stopped again if one of them is not healthy in time.
    """
    deadline = time.monotonic() + settings.start_timeout_s
    to_start = [server for server in servers if server.needs_start]
    for server in to_start:
        _check_ports_are_free(server)
    wanted = {server.distribution for server in to_start}
    ensure_distributions(settings, kafka="kafka" in wanted, elasticsearch="elasticsearch" in wanted)
    started: list[ServerProcess] = []
    try:
        for server in to_start:
            assert server.start is not None
            log.info("starting %s on %s", server.name, server.endpoint)
            started.append(server.start())
        for server in servers:
            wait_until_healthy(
                server.name,
                server.probe,
                deadline,
                server=server.process,
                log_paths=server.log_paths,
            )
        for name, probe in checks:
            wait_until_healthy(name, probe, deadline)
    except BaseException:
        stop_all(started, STOP_TIMEOUT_S)
        raise


def _check_ports_are_free(server: _Server) -> None:
    busy = [port for port in server.ports if port_in_use(port)]
    if busy:
        raise StackError(
            f"cannot start {server.name}: port(s) {busy} on 127.0.0.1 are taken by another "
            "program; choose others with WIREPIPE_KAFKA_PORT / WIREPIPE_ES_PORT"
        )


def _lock_path(settings: StackSettings) -> Path:
    return settings.stack_dir / "run" / "stack.lock"


@contextlib.contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    """One `up` or `down` at a time per stack (parallel test sessions share it)."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
