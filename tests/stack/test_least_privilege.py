"""The local servers' files are private to the user that runs them, never root when root starts.

Elasticsearch and Kafka share one runtime (`pipeline.stack.runtime`): the same folders, modes
and service user. Starting a real broker this way is tests/integration/test_secure_kafka.py.
"""

from __future__ import annotations

import os
import pwd
import subprocess
from pathlib import Path

import pytest

from pipeline.stack import StackSettings
from pipeline.stack.elasticsearch import es_runtime
from pipeline.stack.kafka import KafkaBroker, local_broker, server_properties
from pipeline.stack.processes import run_as
from pipeline.stack.runtime import (
    PRIVATE_FILE,
    PRIVATE_FOLDER,
    SHARED_RUNTIME_ROOT,
    prepare_runtime,
    runtime_in,
    server_runtime,
    write_private,
)
from pipeline.stack.templates import option_lines

SERVICE_USER = "wirepipe"
as_root = pytest.mark.skipif(os.geteuid() != 0, reason="only root hands servers to a user")


def properties(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in option_lines(text))


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_a_servers_folders_and_configuration_are_private(tmp_path: Path) -> None:
    home = tmp_path / "dist"
    home.mkdir()
    runtime = runtime_in(tmp_path / "kafka", home, None)
    prepare_runtime(runtime, home, runtime.base / "config")
    for folder in (runtime.base, runtime.data_dir, runtime.logs_dir, runtime.tmp_dir):
        assert mode(folder) == PRIVATE_FOLDER
    assert mode(runtime.base / "config") == PRIVATE_FOLDER
    config = runtime.base / "config" / "server.properties"
    write_private(runtime, config, "sasl=secret\n")
    assert mode(config) == PRIVATE_FILE


@pytest.mark.parametrize("euid", [0, 1000])
def test_both_servers_run_as_the_service_user_when_root_starts_them(
    folder_open_to_others: Path, monkeypatch: pytest.MonkeyPatch, euid: int
) -> None:
    monkeypatch.setattr(os, "geteuid", lambda: euid)
    settings = StackSettings.from_env(
        {"WIREPIPE_STACK_DIR": str(folder_open_to_others / "stack"), "WIREPIPE_KAFKA_USER": "kafka-runner"}
    )
    kafka, elasticsearch = local_broker(settings).runtime, es_runtime(settings)
    expected = ("kafka-runner", SERVICE_USER) if euid == 0 else (None, None)
    assert (kafka.service_user, elasticsearch.service_user) == expected
    assert kafka.base == folder_open_to_others / "stack" / "kafka"
    assert elasticsearch.base == folder_open_to_others / "stack" / "elasticsearch"


def test_a_stack_dir_closed_to_others_moves_the_servers_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    closed = tmp_path / "closed"
    closed.mkdir(mode=0o700)
    settings = StackSettings.from_env({"WIREPIPE_STACK_DIR": str(closed / "stack")})
    dist = closed / "stack" / "dist" / "kafka-3.9.2"
    runtime = server_runtime(settings, "kafka", dist, SERVICE_USER)
    assert runtime.base.parent == runtime.home.parent
    assert runtime.base.parent.parent == SHARED_RUNTIME_ROOT
    assert (runtime.base.name, runtime.home.name) == ("kafka", "kafka-3.9.2")


@as_root
def test_root_hands_the_folders_to_the_service_user(folder_open_to_others: Path) -> None:
    home = folder_open_to_others / "dist"
    home.mkdir()
    base = folder_open_to_others / "kafka"
    (base / "data").mkdir(parents=True)  # left by a start before servers had their own user
    (base / "data" / "meta.properties").write_text("node.id=1\n")
    runtime = runtime_in(base, home, SERVICE_USER)
    prepare_runtime(runtime, home, base / "config")
    write_private(runtime, base / "config" / "server.properties", "x=1\n")
    account = pwd.getpwnam(SERVICE_USER)
    for path in (base, base / "data", base / "data" / "meta.properties", base / "logs",
                 base / "config", base / "config" / "server.properties"):
        assert path.stat().st_uid == account.pw_uid, path


@as_root
def test_processes_started_for_a_user_run_as_that_user() -> None:
    done = subprocess.run(
        ["id", "-u"], capture_output=True, text=True, check=True, **run_as(SERVICE_USER)
    )
    assert int(done.stdout) == pwd.getpwnam(SERVICE_USER).pw_uid != 0


def test_a_broker_listener_with_tls_and_sasl(tmp_path: Path) -> None:
    runtime = runtime_in(tmp_path / "kafka", tmp_path / "dist", None)
    broker = KafkaBroker(
        runtime=runtime,
        dist_dir=runtime.home,
        port=29092,
        controller_port=29093,
        heap="256m",
        java_home=None,
        pid_file=tmp_path / "kafka.pid",
        listener="SASL_SSL",
        listener_properties={"sasl.enabled.mechanisms": "SCRAM-SHA-512"},
    )
    config = properties(server_properties(broker))
    assert config["listeners"] == "SASL_SSL://127.0.0.1:29092,CONTROLLER://127.0.0.1:29093"
    assert config["advertised.listeners"] == "SASL_SSL://127.0.0.1:29092"
    assert config["inter.broker.listener.name"] == "SASL_SSL"
    assert config["listener.security.protocol.map"] == "CONTROLLER:PLAINTEXT,SASL_SSL:SASL_SSL"
    assert config["sasl.enabled.mechanisms"] == "SCRAM-SHA-512"
