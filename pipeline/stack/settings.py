"""Settings of the local stack, from the variables `pipeline.config` declares.

Every value has a default that works on one machine; the ports are deliberately not Kafka's
and Elasticsearch's own, so the stack never collides with servers a developer already runs.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from pipeline import config
from pipeline.errors import ConfigurationError, StackError

# The local cluster (`pipeline.stack.cluster`): its nodes take ports in a row from the first
# one set, and their controller or transport ports as many this far above.
CLUSTER_NODES = 3
CLUSTER_PORT_OFFSET = 100


def assets_dir() -> Path:
    """Maven poms, configuration templates and launcher sources of the local stack.

    They ship inside the package; Maven and javac read them by path, so they must be files
    on disk, as pip installs them, not members of a zip archive.
    """
    folder = resources.files("pipeline.stack") / "files"
    if not isinstance(folder, Path):
        raise StackError(f"the local stack's files are not on disk ({folder}): install with pip")
    return folder


@dataclass(frozen=True)
class StackSettings:
    stack_dir: Path
    kafka_port: int
    kafka_controller_port: int
    es_port: int
    es_transport_port: int
    cluster_kafka_port: int
    cluster_es_port: int
    kafka_heap: str
    cluster_kafka_heap: str
    cluster_es_heap: str
    es_heap: str
    kafka_version: str
    es_version: str
    kafka_java_home: Path | None
    es_java_home: Path | None
    es_service_user: str
    kafka_service_user: str
    external_kafka_bootstrap: str | None
    external_es_url: str | None
    start_timeout_s: float
    maven_command: str
    maven_repo_local: Path | None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> StackSettings:
        env = os.environ if environ is None else environ
        kafka_port = config.KAFKA_PORT.read(env)
        es_port = config.ES_PORT.read(env)
        settings = cls(
            stack_dir=config.state_dir(env),
            kafka_port=kafka_port,
            kafka_controller_port=config.KAFKA_CONTROLLER_PORT.read(env) or kafka_port + 1,
            es_port=es_port,
            es_transport_port=config.ES_TRANSPORT_PORT.read(env) or es_port + 100,
            cluster_kafka_port=config.CLUSTER_KAFKA_PORT.read(env),
            cluster_es_port=config.CLUSTER_ES_PORT.read(env),
            kafka_heap=config.KAFKA_HEAP.read(env),
            cluster_kafka_heap=config.CLUSTER_KAFKA_HEAP.read(env),
            cluster_es_heap=config.CLUSTER_ES_HEAP.read(env),
            es_heap=config.ES_HEAP.read(env),
            kafka_version=config.KAFKA_VERSION.read(env),
            es_version=config.ES_VERSION.read(env),
            kafka_java_home=config.KAFKA_JAVA_HOME.read(env) or config.JAVA_HOME.read(env),
            es_java_home=config.ES_JAVA_HOME.read(env) or config.ES_JAVA_HOME_STANDARD.read(env),
            es_service_user=config.ES_USER.read(env),
            kafka_service_user=config.KAFKA_USER.read(env),
            external_kafka_bootstrap=config.KAFKA_BOOTSTRAP.read(env),
            external_es_url=config.ES_URL.read(env),
            start_timeout_s=config.STACK_START_TIMEOUT.read(env),
            maven_command=config.MAVEN.read(env),
            maven_repo_local=config.MAVEN_REPO_LOCAL.read(env),
        )
        settings._check_ports_are_distinct()
        return settings

    @property
    def kafka_bootstrap(self) -> str:
        return self.external_kafka_bootstrap or f"127.0.0.1:{self.kafka_port}"

    @property
    def es_url(self) -> str:
        return self.external_es_url or f"http://127.0.0.1:{self.es_port}"

    @property
    def kafka_is_external(self) -> bool:
        return self.external_kafka_bootstrap is not None

    @property
    def es_is_external(self) -> bool:
        return self.external_es_url is not None

    def _check_ports_are_distinct(self) -> None:
        _check_distinct(self._single_node_ports())

    def check_cluster_ports(self) -> None:
        """The local cluster's ports are distinct, and apart from the single-node stack's."""
        _check_distinct(
            [
                *self._single_node_ports(),
                *(
                    (f"{variable.name} + {offset}", first + offset)
                    for variable, first in (
                        (config.CLUSTER_KAFKA_PORT, self.cluster_kafka_port),
                        (config.CLUSTER_ES_PORT, self.cluster_es_port),
                    )
                    for node in range(CLUSTER_NODES)
                    for offset in (node, node + CLUSTER_PORT_OFFSET)
                ),
            ]
        )

    def _single_node_ports(self) -> list[tuple[str, int]]:
        return [
            (config.KAFKA_PORT.name, self.kafka_port),
            (config.KAFKA_CONTROLLER_PORT.name, self.kafka_controller_port),
            (config.ES_PORT.name, self.es_port),
            (config.ES_TRANSPORT_PORT.name, self.es_transport_port),
        ]


def _check_distinct(ports: list[tuple[str, int]]) -> None:
    seen: dict[int, str] = {}
    for name, port in ports:
        if port in seen:
            raise ConfigurationError(f"{name} and {seen[port]} are both {port}")
        if port > 65535:
            raise ConfigurationError(f"{name} is {port}, beyond the last port")
        seen[port] = name
