"""Settings of the local stack, read from the environment (12-factor).

Every value has a default that works on one machine; the ports are deliberately not Kafka's
and Elasticsearch's own, so the stack never collides with servers a developer already runs.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DEFAULT_KAFKA_VERSION = "3.9.2"
DEFAULT_ES_VERSION = "9.5.3"

_HEAP_SIZE = re.compile(r"^[1-9][0-9]*[kKmMgG]$")
_VERSION = re.compile(r"^[0-9]+\.[0-9]+\.[0-9]+$")


class SettingsError(ValueError):
    """An environment variable of the stack has a value that cannot be used."""


def project_root() -> Path:
    """The repository this package was installed from (editable install), else the cwd."""
    checkout = Path(__file__).resolve().parents[2]
    return checkout if (checkout / "deploy" / "local").is_dir() else Path.cwd()


def assets_dir() -> Path:
    """Maven poms and configuration templates of the local stack."""
    return project_root() / "deploy" / "local"


@dataclass(frozen=True)
class StackSettings:
    stack_dir: Path
    kafka_port: int
    kafka_controller_port: int
    es_port: int
    es_transport_port: int
    kafka_heap: str
    es_heap: str
    kafka_version: str
    es_version: str
    kafka_java_home: Path | None
    es_java_home: Path | None
    es_service_user: str
    external_kafka_bootstrap: str | None
    external_es_url: str | None
    start_timeout_s: float
    maven_command: str
    maven_repo_local: Path | None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> StackSettings:
        env = _Environment(os.environ if environ is None else environ)
        kafka_port = env.port("WIREPIPE_KAFKA_PORT", 19092)
        es_port = env.port("WIREPIPE_ES_PORT", 19200)
        settings = cls(
            stack_dir=env.path("WIREPIPE_STACK_DIR") or project_root() / ".stack",
            kafka_port=kafka_port,
            kafka_controller_port=env.port("WIREPIPE_KAFKA_CONTROLLER_PORT", kafka_port + 1),
            es_port=es_port,
            es_transport_port=env.port("WIREPIPE_ES_TRANSPORT_PORT", es_port + 100),
            kafka_heap=env.heap("WIREPIPE_KAFKA_HEAP", "512m"),
            es_heap=env.heap("WIREPIPE_ES_HEAP", "1g"),
            kafka_version=env.version("WIREPIPE_KAFKA_VERSION", DEFAULT_KAFKA_VERSION),
            es_version=env.version("WIREPIPE_ES_VERSION", DEFAULT_ES_VERSION),
            kafka_java_home=env.path("WIREPIPE_KAFKA_JAVA_HOME") or env.path("JAVA_HOME"),
            es_java_home=env.path("WIREPIPE_ES_JAVA_HOME") or env.path("ES_JAVA_HOME"),
            es_service_user=env.text("WIREPIPE_ES_USER") or "wirepipe",
            external_kafka_bootstrap=env.text("KAFKA_BOOTSTRAP"),
            external_es_url=_without_trailing_slash(env.text("ES_URL")),
            start_timeout_s=env.positive_float("WIREPIPE_STACK_START_TIMEOUT", 180.0),
            maven_command=env.text("WIREPIPE_MAVEN") or "mvn",
            maven_repo_local=env.path("WIREPIPE_MAVEN_REPO_LOCAL"),
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
        ports = {
            "WIREPIPE_KAFKA_PORT": self.kafka_port,
            "WIREPIPE_KAFKA_CONTROLLER_PORT": self.kafka_controller_port,
            "WIREPIPE_ES_PORT": self.es_port,
            "WIREPIPE_ES_TRANSPORT_PORT": self.es_transport_port,
        }
        seen: dict[int, str] = {}
        for name, port in ports.items():
            if port in seen:
                raise SettingsError(f"{name} and {seen[port]} are both {port}")
            seen[port] = name


class _Environment:
    """Typed reads of environment variables; an empty value counts as unset."""

    def __init__(self, environ: Mapping[str, str]) -> None:
        self._environ = environ

    def text(self, name: str) -> str | None:
        value = self._environ.get(name, "").strip()
        return value or None

    def path(self, name: str) -> Path | None:
        value = self.text(name)
        return Path(value).expanduser().resolve() if value else None

    def port(self, name: str, default: int) -> int:
        value = self.text(name)
        if value is None:
            return default
        if not value.isdigit() or not 1 <= int(value) <= 65535:
            raise SettingsError(f"{name}={value!r} is not a TCP port (1-65535)")
        return int(value)

    def heap(self, name: str, default: str) -> str:
        value = self.text(name) or default
        if not _HEAP_SIZE.match(value):
            raise SettingsError(f"{name}={value!r} is not a JVM heap size such as 512m or 1g")
        return value.lower()

    def version(self, name: str, default: str) -> str:
        value = self.text(name) or default
        if not _VERSION.match(value):
            raise SettingsError(f"{name}={value!r} is not a release version such as {default}")
        return value

    def positive_float(self, name: str, default: float) -> float:
        value = self.text(name)
        if value is None:
            return default
        try:
            number = float(value)
        except ValueError:
            number = 0.0
        if number <= 0:
            raise SettingsError(f"{name}={value!r} is not a positive number of seconds")
        return number


def _without_trailing_slash(url: str | None) -> str | None:
    return url.rstrip("/") if url else None
