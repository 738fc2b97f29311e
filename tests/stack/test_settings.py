"""Settings and configuration of the local stack, checked without starting any server."""

from __future__ import annotations

import os
import stat
import string
import struct
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.config import checkout_root
from pipeline.errors import ConfigurationError
from pipeline.stack import Endpoints, StackError, StackSettings, local_pids
from pipeline.stack.elasticsearch import EsNode, jvm_options, local_node, node_settings
from pipeline.stack.es_server_args import encode_server_args
from pipeline.stack.java import java_feature_version
from pipeline.stack.kafka import local_broker, new_cluster_id, server_properties
from pipeline.stack.processes import ServerProcess, write_pid
from pipeline.stack.runtime import ServerRuntime, runtime_in, traversable_by_others
from pipeline.stack.templates import flat_settings, option_lines, render_template


def settings_from(**environ: str) -> StackSettings:
    return StackSettings.from_env(environ)


def properties(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in option_lines(text))


def es_runtime_for_test(tmp_path: Path) -> ServerRuntime:
    home = tmp_path / "elasticsearch-home"
    (home / "lib" / "entitlement-bridge").mkdir(parents=True)
    (home / "lib" / "entitlement-bridge" / "elasticsearch-entitlement-bridge-9.5.3.jar").touch()
    return runtime_in(tmp_path, home, service_user=None)


def es_node_for_test(tmp_path: Path, **environ: str) -> EsNode:
    """The stack's node under `environ`, running from a distribution laid out in tmp_path."""
    return replace(local_node(settings_from(**environ)), runtime=es_runtime_for_test(tmp_path))


# --- settings from the environment ---


def test_defaults_work_on_one_machine_without_default_ports() -> None:
    settings = settings_from()
    assert (settings.kafka_port, settings.kafka_controller_port) == (19092, 19093)
    assert (settings.es_port, settings.es_transport_port) == (19200, 19300)
    assert (settings.kafka_heap, settings.es_heap) == ("512m", "1g")
    assert settings.stack_dir == checkout_root() / ".stack"
    assert settings.kafka_bootstrap == "127.0.0.1:19092"
    assert settings.es_url == "http://127.0.0.1:19200"
    assert not settings.kafka_is_external
    assert not settings.es_is_external
    assert settings.es_service_user == "wirepipe"


def test_ports_heaps_and_folders_come_from_the_environment(tmp_path: Path) -> None:
    settings = settings_from(
        WIREPIPE_KAFKA_PORT="29092",
        WIREPIPE_ES_PORT="29200",
        WIREPIPE_KAFKA_HEAP="256M",
        WIREPIPE_ES_HEAP="2g",
        WIREPIPE_STACK_DIR=str(tmp_path / "stack"),
        WIREPIPE_STACK_START_TIMEOUT="30",
    )
    # The neighbouring ports follow the main ones unless set themselves.
    assert (settings.kafka_port, settings.kafka_controller_port) == (29092, 29093)
    assert (settings.es_port, settings.es_transport_port) == (29200, 29300)
    assert (settings.kafka_heap, settings.es_heap) == ("256m", "2g")
    assert settings.stack_dir == tmp_path / "stack"
    assert settings.start_timeout_s == 30.0
    assert settings.es_url == "http://127.0.0.1:29200"


def test_relative_stack_dir_becomes_absolute() -> None:
    settings = settings_from(WIREPIPE_STACK_DIR="some/where")
    assert settings.stack_dir == Path.cwd() / "some" / "where"


def test_empty_values_count_as_unset() -> None:
    settings = settings_from(WIREPIPE_KAFKA_PORT="", KAFKA_BOOTSTRAP=" ", ES_URL="")
    assert settings.kafka_port == 19092
    assert not settings.kafka_is_external
    assert not settings.es_is_external


def test_external_servers_are_used_as_given() -> None:
    settings = settings_from(KAFKA_BOOTSTRAP="k1:9092,k2:9092", ES_URL="https://es.example:9200/")
    assert settings.kafka_is_external and settings.es_is_external
    assert settings.kafka_bootstrap == "k1:9092,k2:9092"
    assert settings.es_url == "https://es.example:9200"


def test_java_homes_prefer_the_stack_specific_variables(tmp_path: Path) -> None:
    settings = settings_from(
        JAVA_HOME=str(tmp_path / "jdk17"),
        ES_JAVA_HOME=str(tmp_path / "jdk21"),
        WIREPIPE_ES_JAVA_HOME=str(tmp_path / "jdk25"),
    )
    assert settings.kafka_java_home == tmp_path / "jdk17"
    assert settings.es_java_home == tmp_path / "jdk25"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("WIREPIPE_KAFKA_PORT", "kafka"),
        ("WIREPIPE_KAFKA_PORT", "0"),
        ("WIREPIPE_ES_PORT", "70000"),
        ("WIREPIPE_ES_HEAP", "1gb"),
        ("WIREPIPE_KAFKA_HEAP", "0m"),
        ("WIREPIPE_ES_VERSION", "9.5"),
        ("WIREPIPE_STACK_START_TIMEOUT", "-1"),
        ("WIREPIPE_STACK_START_TIMEOUT", "soon"),
    ],
)
def test_unusable_values_are_refused_with_the_variable_named(name: str, value: str) -> None:
    with pytest.raises(ConfigurationError, match=name):
        settings_from(**{name: value})


def test_two_servers_on_one_port_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="WIREPIPE_ES_PORT"):
        settings_from(WIREPIPE_KAFKA_PORT="19200")


def test_endpoints_export_the_variables_the_app_reads() -> None:
    endpoints = Endpoints(kafka_bootstrap="127.0.0.1:19092", es_url="http://127.0.0.1:19200")
    assert endpoints.as_env() == {
        "KAFKA_BOOTSTRAP": "127.0.0.1:19092",
        "ES_URL": "http://127.0.0.1:19200",
    }


# --- Kafka configuration ---


def test_kafka_is_a_single_kraft_node_on_loopback(tmp_path: Path) -> None:
    broker = local_broker(settings_from(WIREPIPE_STACK_DIR=str(tmp_path)))
    config = properties(server_properties(broker))
    assert config["process.roles"] == "broker,controller"
    assert config["controller.quorum.voters"] == "1@127.0.0.1:19093"
    assert config["listeners"] == "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093"
    assert config["advertised.listeners"] == "PLAINTEXT://127.0.0.1:19092"
    assert config["inter.broker.listener.name"] == "PLAINTEXT"
    assert config["listener.security.protocol.map"] == "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT"
    assert config["log.dirs"] == str(broker.runtime.data_dir)
    for internal_topic_setting in (
        "offsets.topic.replication.factor",
        "transaction.state.log.replication.factor",
        "transaction.state.log.min.isr",
    ):
        assert config[internal_topic_setting] == "1"
    assert config["group.initial.rebalance.delay.ms"] == "0"
    assert config["auto.create.topics.enable"] == "true"


def test_kafka_jvm_has_a_fixed_heap_and_logs_to_a_file(tmp_path: Path) -> None:
    options = option_lines(
        render_template(
            "kafka/jvm.options",
            {
                "heap": "512m",
                "log4j_config": tmp_path / "log4j.properties",
                "logs_dir": tmp_path,
                "tmp_dir": tmp_path / "tmp",
            },
        )
    )
    assert "-Xms512m" in options and "-Xmx512m" in options
    assert f"-Djava.io.tmpdir={tmp_path / 'tmp'}" in options
    assert f"-Dlog4j.configuration=file:{tmp_path / 'log4j.properties'}" in options
    assert f"-Dkafka.logs.dir={tmp_path}" in options


def test_kafka_cluster_ids_look_like_kafka_storages() -> None:
    cluster_id = new_cluster_id()
    assert len(cluster_id) == 22
    assert set(cluster_id) <= set(string.ascii_letters + string.digits + "-_")
    assert new_cluster_id() != cluster_id


def test_kafka_cluster_ids_never_look_like_an_option() -> None:
    # One random id in 64 starts with "-"; the storage tool refuses it as a missing argument.
    assert not any(new_cluster_id().startswith("-") for _ in range(2000))


# --- Elasticsearch configuration ---


def test_elasticsearch_is_a_single_node_on_loopback(tmp_path: Path) -> None:
    es_node = es_node_for_test(tmp_path, WIREPIPE_ES_PORT="29200")
    runtime = es_node.runtime
    node = node_settings(es_node)
    assert node["discovery.type"] == "single-node"
    assert node["network.host"] == "127.0.0.1"
    assert (node["http.port"], node["transport.port"]) == ("29200", "29300")
    assert node["cluster.routing.allocation.disk.threshold_enabled"] == "false"
    assert node["bootstrap.memory_lock"] == "false"
    assert node["path.home"] == str(runtime.home)
    assert node["path.data"] == str(runtime.data_dir)
    assert node["path.logs"] == str(runtime.logs_dir)


def test_elasticsearch_jvm_options_are_fully_rendered(tmp_path: Path) -> None:
    node = es_node_for_test(tmp_path, WIREPIPE_ES_HEAP="768m")
    runtime = node.runtime
    options = jvm_options(node)
    assert "-Xms768m" in options and "-Xmx768m" in options
    assert f"-Des.path.home={runtime.home}" in options
    assert f"-Djava.io.tmpdir={runtime.tmp_dir}" in options
    assert f"--module-path={runtime.home}/lib" in options
    assert not [option for option in options if "$" in option]


def test_flat_settings_refuse_nested_yaml() -> None:
    assert flat_settings("# comment\na.b: c\n\nd: e:f\n") == {"a.b": "c", "d": "e:f"}
    with pytest.raises(StackError):
        flat_settings("cluster:\n  - name")


def test_server_args_match_the_elasticsearch_stream_layout() -> None:
    encoded = encode_server_args({"node.name": "n1"}, Path("/c"), Path("/l"))
    keystore_class = b"org.elasticsearch.common.settings.KeyStoreWrapper"
    assert encoded == (
        b"\x01\x01\x00"  # daemonize, quiet, no pid file
        + bytes([len(keystore_class)])
        + keystore_class
        + struct.pack(">i", 7)  # keystore format version
        + b"\x00\x00\x00\x00"  # no password, no data, no entries, not closed
        + b"\x01"  # one node setting
        + b"\x09node.name"
        + b"\x00\x02n1"  # a generic String value
        + b"\x02/c"
        + b"\x02/l"
    )


def test_server_args_encode_text_as_java_does() -> None:
    # é takes 2 bytes, € 3; a character beyond the BMP is two UTF-16 units of 3 bytes each.
    encoded = encode_server_args({"k": "é€😀"}, Path("/c"), Path("/l"))
    assert b"\x04\xc3\xa9\xe2\x82\xac\xed\xa0\xbd\xed\xb8\x80" in encoded


def test_long_settings_lengths_use_several_vint_bytes() -> None:
    encoded = encode_server_args({"k": "x" * 300}, Path("/c"), Path("/l"))
    assert b"\xac\x02" + b"x" * 300 in encoded


# --- processes, folders and Java ---


def test_a_pid_file_of_another_program_is_not_taken_for_the_server(tmp_path: Path) -> None:
    server = ServerProcess(
        name="Kafka",
        pid_file=tmp_path / "kafka.pid",
        main_class="kafka.Kafka",
        marker=str(tmp_path / "server.properties"),
    )
    assert server.running_pid() is None
    write_pid(server.pid_file, os.getpid())
    assert server.running_pid() is None


def test_folders_closed_to_other_users_are_detected(folder_open_to_others: Path) -> None:
    base = folder_open_to_others
    if not traversable_by_others(base):
        pytest.skip(f"{tempfile.gettempdir()} itself is closed to other users")
    (base / "open" / "stack").mkdir(parents=True)
    (base / "closed" / "stack").mkdir(parents=True)
    os.chmod(base / "open", 0o755)
    os.chmod(base / "closed", 0o700)
    assert traversable_by_others(base / "open" / "stack")
    assert traversable_by_others(base / "open" / "stack" / "not-yet-created")
    assert not traversable_by_others(base / "closed" / "stack")
    os.chmod(base / "closed", stat.S_IRWXU | stat.S_IXOTH)
    assert traversable_by_others(base / "closed" / "stack")


@pytest.mark.parametrize(
    ("release", "version"),
    [
        ('JAVA_VERSION="25.0.3"\n', 25),
        ('IMPLEMENTOR="Debian"\nJAVA_VERSION="17.0.15"\n', 17),
        ('JAVA_VERSION="21"\n', 21),
        ('JAVA_VERSION="1.8.0_392"\n', 1),
        ("IMPLEMENTOR=x\n", None),
    ],
)
def test_java_versions_are_read_from_the_release_file(
    tmp_path: Path, release: str, version: int | None
) -> None:
    (tmp_path / "release").write_text(release)
    assert java_feature_version(tmp_path) == version


def test_a_stack_never_started_or_external_has_no_local_pids(tmp_path: Path) -> None:
    assert local_pids(settings_from(WIREPIPE_STACK_DIR=str(tmp_path))) == {}
    external = settings_from(
        WIREPIPE_STACK_DIR=str(tmp_path),
        KAFKA_BOOTSTRAP="kafka.example.org:9092",
        ES_URL="http://es.example.org:9200",
    )
    assert local_pids(external) == {}
