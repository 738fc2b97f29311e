"""The local Apache Kafka broker: a single KRaft process that is broker and controller."""

from __future__ import annotations

import base64
import contextlib
import logging
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from pipeline.errors import StackError
from pipeline.stack.distributions import kafka_dist_dir
from pipeline.stack.java import find_java_home, java_executable
from pipeline.stack.processes import ServerProcess, accepts_connections, start_detached
from pipeline.stack.settings import StackSettings
from pipeline.stack.templates import option_lines, render_template, template_path

log = logging.getLogger(__name__)

KAFKA_MAIN_CLASS = "kafka.Kafka"
KAFKA_MINIMUM_JAVA = 11
# Created by the health check of the local broker; proves that topic creation works.
HEALTH_TOPIC = "wirepipe.stack.health"
HEALTH_GROUP = "wirepipe-stack-health"


def kafka_dir(settings: StackSettings) -> Path:
    return settings.stack_dir / "kafka"


def kafka_log_paths(settings: StackSettings) -> tuple[Path, Path]:
    """The JVM's own output (start-up failures), then the broker's log."""
    logs_dir = kafka_dir(settings) / "logs"
    return logs_dir / "stdout.log", logs_dir / "server.log"


def kafka_process(settings: StackSettings) -> ServerProcess:
    config = kafka_dir(settings) / "config" / "server.properties"
    return ServerProcess(
        name="Kafka",
        pid_file=settings.stack_dir / "run" / "kafka.pid",
        main_class=KAFKA_MAIN_CLASS,
        marker=str(config),
    )


def start_kafka(settings: StackSettings) -> ServerProcess:
    """Write the broker's configuration, format its storage once, start it detached."""
    home = kafka_dir(settings)
    config_dir, data_dir, logs_dir = home / "config", home / "data", home / "logs"
    for folder in (config_dir, data_dir, logs_dir):
        folder.mkdir(parents=True, exist_ok=True)
    server_properties = config_dir / "server.properties"
    server_properties.write_text(
        render_template(
            "kafka/server.properties",
            {
                "port": settings.kafka_port,
                "controller_port": settings.kafka_controller_port,
                "data_dir": data_dir,
            },
        ),
        encoding="utf-8",
    )
    log4j_config = config_dir / "log4j.properties"
    log4j_config.write_bytes(template_path("kafka/log4j.properties").read_bytes())
    jvm_options = option_lines(
        render_template(
            "kafka/jvm.options",
            {"heap": settings.kafka_heap, "log4j_config": log4j_config, "logs_dir": logs_dir},
        )
    )
    java = str(
        java_executable(
            find_java_home(settings.kafka_java_home, KAFKA_MINIMUM_JAVA, "Kafka", needs_jdk=False)
        )
    )
    classpath = str(kafka_dist_dir(settings) / "libs" / "*")
    if not (data_dir / "meta.properties").is_file():
        _format_storage(java, jvm_options, classpath, server_properties, logs_dir)
    server = kafka_process(settings)
    start_detached(
        [java, *jvm_options, "-cp", classpath, KAFKA_MAIN_CLASS, str(server_properties)],
        cwd=home,
        env=os.environ,
        log_path=logs_dir / "stdout.log",
        pid_file=server.pid_file,
    )
    return server


def kafka_probe(bootstrap: str, *, exercise: bool) -> str | None:
    """None when the broker answers; why not otherwise.

    The broker answers a metadata request. With `exercise` (servers the stack manages), it also
    creates a topic and finds a consumer-group coordinator, which needs __consumer_offsets: that
    is what tests and workers need first, and what lags behind a bare open port.
    """
    host, _, port = bootstrap.split(",")[0].rpartition(":")
    if port.isdigit() and not accepts_connections(host.strip("[]") or "127.0.0.1", int(port)):
        return f"nothing accepts connections on {bootstrap}"
    with _quiet_kafka_client():
        return _ask_broker(bootstrap, exercise=exercise)


def _ask_broker(bootstrap: str, *, exercise: bool) -> str | None:
    try:
        admin = KafkaAdminClient(
            bootstrap_servers=bootstrap,
            client_id="wirepipe-stack-health",
            request_timeout_ms=5000,
        )
    except (KafkaError, OSError, ValueError) as error:
        return f"no broker answers on {bootstrap}: {error!r}"
    try:
        admin.list_topics()
        if exercise:
            with contextlib.suppress(TopicAlreadyExistsError):
                admin.create_topics([NewTopic(HEALTH_TOPIC, 1, 1)])
            admin.describe_groups([HEALTH_GROUP])
    except (KafkaError, OSError) as error:
        return f"broker on {bootstrap} is not ready: {error!r}"
    finally:
        admin.close()
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
    """A KRaft cluster id: a random UUID, URL-safe base64 without padding (as kafka-storage)."""
    return base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode("ascii")


def _format_storage(
    java: str, jvm_options: list[str], classpath: str, server_properties: Path, logs_dir: Path
) -> None:
    log.info("formatting Kafka storage for %s", server_properties)
    # The tool needs logging set up like the broker, but not the broker's large heap.
    options = [option for option in jvm_options if not option.startswith(("-Xms", "-Xmx"))]
    formatted = subprocess.run(
        [
            java,
            *options,
            "-cp",
            classpath,
            "kafka.tools.StorageTool",
            "format",
            "--cluster-id",
            new_cluster_id(),
            "--config",
            str(server_properties),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=logs_dir,
    )
    if formatted.returncode != 0:
        raise StackError(f"formatting Kafka storage failed:\n{formatted.stdout}{formatted.stderr}")
