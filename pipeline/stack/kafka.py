"""The local Apache Kafka brokers: KRaft processes that are each broker and controller.

`local_broker` describes the stack's own broker, PLAINTEXT on 127.0.0.1; `start_broker`
renders and starts any `KafkaBroker`, so a broker with TLS and SASL on its client listener
(the integration tests start one) and the three nodes of the local cluster (`cluster`) run
from the same code and the same distribution.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import os
import subprocess
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from pipeline.errors import StackError
from pipeline.stack.distributions import kafka_dist_dir
from pipeline.stack.java import find_java_home, java_executable
from pipeline.stack.processes import ServerProcess, accepts_connections, run_as, start_detached
from pipeline.stack.runtime import ServerRuntime, prepare_runtime, server_runtime, write_private
from pipeline.stack.settings import StackSettings
from pipeline.stack.templates import option_lines, render_template, template_path

log = logging.getLogger(__name__)

KAFKA_MAIN_CLASS = "kafka.Kafka"
KAFKA_MINIMUM_JAVA = 11
# Created by the health check of the local broker; proves that topic creation works.
HEALTH_TOPIC = "wirepipe.stack.health"
HEALTH_GROUP = "wirepipe-stack-health"


@dataclass(frozen=True)
class KafkaBroker:
    """One KRaft broker: its runtime, ports, and its client listener's security.

    The stack's own broker (`local_broker`) listens with PLAINTEXT. A broker with TLS or
    SASL names that protocol as its `listener` and gives the server properties it needs
    (keystore, SASL mechanisms, the broker's own login) as `listener_properties`; its SCRAM
    users are created when its storage is formatted (`scram_users`, as `kafka-storage
    format --add-scram` takes them, e.g. `SCRAM-SHA-512=[name=alice,password=...]`).

    A node of a cluster renders another `template`, names the quorum's `quorum_voters`
    (`id@host:port,...`) and formats its storage with the `cluster_id` all nodes share;
    alone, a broker is node 1 and its own quorum.
    """

    runtime: ServerRuntime
    dist_dir: Path
    port: int
    controller_port: int
    heap: str
    java_home: Path | None
    pid_file: Path
    listener: str = "PLAINTEXT"
    listener_properties: Mapping[str, str] = field(default_factory=dict)
    scram_users: tuple[str, ...] = ()
    name: str = "Kafka"
    node_id: int = 1
    quorum_voters: str | None = None
    template: str = "kafka/server.properties"
    cluster_id: str | None = None

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def config_dir(self) -> Path:
        return self.runtime.base / "config"

    @property
    def server_properties(self) -> Path:
        return self.config_dir / "server.properties"

    @property
    def log_paths(self) -> tuple[Path, Path]:
        """The JVM's own output (start-up failures), then the broker's log."""
        return self.runtime.logs_dir / "stdout.log", self.runtime.logs_dir / "server.log"


def local_broker(settings: StackSettings) -> KafkaBroker:
    dist = kafka_dist_dir(settings)
    return KafkaBroker(
        runtime=server_runtime(settings, "kafka", dist, settings.kafka_service_user),
        dist_dir=dist,
        port=settings.kafka_port,
        controller_port=settings.kafka_controller_port,
        heap=settings.kafka_heap,
        java_home=settings.kafka_java_home,
        pid_file=settings.stack_dir / "run" / "kafka.pid",
    )


def kafka_log_paths(settings: StackSettings) -> tuple[Path, Path]:
    return local_broker(settings).log_paths


def kafka_process(settings: StackSettings) -> ServerProcess:
    return broker_process(local_broker(settings))


def start_kafka(settings: StackSettings) -> ServerProcess:
    return start_broker(local_broker(settings))


def broker_process(broker: KafkaBroker) -> ServerProcess:
    return ServerProcess(
        name=broker.name,
        pid_file=broker.pid_file,
        main_class=KAFKA_MAIN_CLASS,
        marker=str(broker.server_properties),
    )


def server_properties(broker: KafkaBroker) -> str:
    """The broker's server.properties: the template, then its listener's security."""
    rendered = render_template(
        broker.template,
        {
            "listener": broker.listener,
            "port": broker.port,
            "controller_port": broker.controller_port,
            "data_dir": broker.runtime.data_dir,
            "node_id": broker.node_id,
            "quorum_voters": broker.quorum_voters
            or f"{broker.node_id}@127.0.0.1:{broker.controller_port}",
        },
    )
    if not broker.listener_properties:
        return rendered
    lines = "".join(f"{key}={value}\n" for key, value in broker.listener_properties.items())
    return f"{rendered}\n# Security of the {broker.listener} listener.\n{lines}"


def start_broker(broker: KafkaBroker) -> ServerProcess:
    """Write the broker's configuration, format its storage once, start it detached."""
    runtime = broker.runtime
    prepare_runtime(runtime, broker.dist_dir, broker.config_dir)
    write_private(runtime, broker.server_properties, server_properties(broker))
    log4j_config = broker.config_dir / "log4j.properties"
    write_private(
        runtime, log4j_config, template_path("kafka/log4j.properties").read_text(encoding="utf-8")
    )
    jvm_options = option_lines(
        render_template(
            "kafka/jvm.options",
            {
                "heap": broker.heap,
                "log4j_config": log4j_config,
                "logs_dir": runtime.logs_dir,
                "tmp_dir": runtime.tmp_dir,
            },
        )
    )
    java = str(
        java_executable(
            find_java_home(broker.java_home, KAFKA_MINIMUM_JAVA, "Kafka", needs_jdk=False)
        )
    )
    classpath = str(runtime.home / "libs" / "*")
    if not (runtime.data_dir / "meta.properties").is_file():
        _format_storage(broker, java, jvm_options, classpath)
    server = broker_process(broker)
    start_detached(
        [java, *jvm_options, "-cp", classpath, KAFKA_MAIN_CLASS, str(broker.server_properties)],
        cwd=runtime.base,
        env=os.environ,
        log_path=broker.log_paths[0],
        pid_file=server.pid_file,
        user=runtime.service_user,
    )
    return server


def kafka_probe(
    bootstrap: str,
    *,
    exercise: bool,
    client_options: Mapping[str, Any] | None = None,
    brokers: int = 1,
) -> str | None:
    """None when the broker answers; why not otherwise.

    The broker answers a metadata request. With `exercise` (servers the stack manages), it also
    creates a topic and finds a consumer-group coordinator, which needs __consumer_offsets: that
    is what tests and workers need first, and what lags behind a bare open port.
    `client_options` (TLS, SASL) are the admin client's, for a broker that asks for them.
    A cluster of `brokers` is exercised with a topic of as many replicas, and is healthy only
    when every partition has all its replicas in sync: after a broker came back, not before
    it has caught up.
    """
    addresses = [address.strip() for address in bootstrap.split(",") if address.strip()]
    if not any(_accepts_connections(address) for address in addresses):
        return f"nothing accepts connections on {bootstrap}"
    with _quiet_kafka_client():
        return _ask_broker(
            bootstrap, exercise=exercise, client_options=client_options or {}, brokers=brokers
        )


def _accepts_connections(address: str) -> bool:
    host, _, port = address.rpartition(":")
    return not port.isdigit() or accepts_connections(host.strip("[]") or "127.0.0.1", int(port))


def _ask_broker(
    bootstrap: str, *, exercise: bool, client_options: Mapping[str, Any], brokers: int
) -> str | None:
    try:
        admin = KafkaAdminClient(
            bootstrap_servers=bootstrap,
            client_id="wirepipe-stack-health",
            request_timeout_ms=5000,
            **client_options,
        )
    except (KafkaError, OSError, ValueError) as error:
        return f"no broker answers on {bootstrap}: {error!r}"
    try:
        admin.list_topics()
        if exercise:
            with contextlib.suppress(TopicAlreadyExistsError):
                admin.create_topics([NewTopic(HEALTH_TOPIC, 1, brokers)])
            admin.describe_groups([HEALTH_GROUP])
        if exercise and brokers > 1:
            return _replication_lag(admin, brokers)
    except (KafkaError, OSError) as error:
        return f"broker on {bootstrap} is not ready: {error!r}"
    finally:
        admin.close()
    return None


def _replication_lag(admin: KafkaAdminClient, brokers: int) -> str | None:
    """Why a cluster of `brokers` is not fully replicated, or None when it is."""
    registered = len(admin.describe_cluster()["brokers"])
    if registered < brokers:
        return f"{registered} of {brokers} brokers are registered"
    lagging = [
        f"{topic['name']}-{partition['partition_index']}"
        for topic in admin.describe_topics()
        for partition in topic["partitions"]
        if len(partition["isr_nodes"]) < len(partition["replica_nodes"])
    ]
    if lagging:
        shown = ", ".join(sorted(lagging)[:5]) + (" ..." if len(lagging) > 5 else "")
        return f"{len(lagging)} partitions have replicas out of sync: {shown}"
    return None


@contextlib.contextmanager
def _quiet_kafka_client() -> Iterator[None]:
    """kafka-python logs every connection at INFO; a probe every 250 ms would flood the log."""
    client_log = logging.getLogger("kafka")
    level = client_log.level
    client_log.setLevel(max(level, logging.WARNING))
    try:
        yield
    finally:
        client_log.setLevel(level)


def new_cluster_id() -> str:
    """A KRaft cluster id: a random UUID, URL-safe base64 without padding (as kafka-storage).

    Like Kafka's own `Uuid.randomUuid`, never one that starts with "-": the storage tool
    would take it for an option.
    """
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode("ascii")
        if not cluster_id.startswith("-"):
            return cluster_id


def _format_storage(broker: KafkaBroker, java: str, jvm_options: list[str], classpath: str) -> None:
    log.info("formatting Kafka storage for %s", broker.server_properties)
    # The tool needs logging set up like the broker, but not the broker's large heap.
    options = [option for option in jvm_options if not option.startswith(("-Xms", "-Xmx"))]
    scram = [argument for user in broker.scram_users for argument in ("--add-scram", user)]
    formatted = subprocess.run(
        [
            java,
            *options,
            "-cp",
            classpath,
            "kafka.tools.StorageTool",
            "format",
            "--cluster-id",
            broker.cluster_id or new_cluster_id(),
            "--config",
            str(broker.server_properties),
            *scram,
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=broker.runtime.logs_dir,
        **run_as(broker.runtime.service_user),
    )
    if formatted.returncode != 0:
        raise StackError(f"formatting Kafka storage failed:\n{formatted.stdout}{formatted.stderr}")
