"""The local cluster's configuration and the pipeline's replication settings, without servers."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.cli.main import build_parser
from pipeline.config import load_settings
from pipeline.errors import ConfigurationError
from pipeline.stack import Endpoints, LocalCluster, StackSettings, cluster_status
from pipeline.stack.elasticsearch import local_node, node_process, node_settings
from pipeline.stack.kafka import broker_process, local_broker, server_properties
from pipeline.stack.templates import option_lines


def cluster_in(folder: Path, **environ: str) -> LocalCluster:
    return LocalCluster.from_settings(
        StackSettings.from_env({"WIREPIPE_STACK_DIR": str(folder), **environ})
    )


def properties(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in option_lines(text))


# --- the pipeline's settings ---


@pytest.mark.parametrize(("replicas", "in_sync"), [("1", 1), ("2", 1), ("3", 2), ("5", 2)])
def test_min_insync_replicas_default_leaves_room_for_one_broker_down(
    replicas: str, in_sync: int
) -> None:
    settings = load_settings({"WIREPIPE_REPLICATION_FACTOR": replicas})
    assert settings.min_insync_replicas == in_sync


def test_min_insync_replicas_above_the_replication_factor_is_refused() -> None:
    environ = {"WIREPIPE_REPLICATION_FACTOR": "2", "WIREPIPE_MIN_INSYNC_REPLICAS": "3"}
    with pytest.raises(ConfigurationError, match="WIREPIPE_MIN_INSYNC_REPLICAS=3"):
        load_settings(environ)
    environ["WIREPIPE_MIN_INSYNC_REPLICAS"] = "2"
    assert load_settings(environ).min_insync_replicas == 2


def test_up_prints_the_settings_that_replicate_the_pipeline(tmp_path: Path) -> None:
    cluster = cluster_in(tmp_path)
    endpoints = Endpoints(
        cluster.kafka_bootstrap, cluster.es_url, pipeline_settings=cluster.pipeline_settings()
    )
    settings = load_settings(endpoints.as_env())
    assert settings.kafka_servers == ["127.0.0.1:29092", "127.0.0.1:29093", "127.0.0.1:29094"]
    assert settings.es_url == "http://127.0.0.1:29200"
    replication = (settings.replication_factor, settings.min_insync_replicas)
    assert replication == (3, 2)
    assert settings.index_replicas == 1


# --- Kafka nodes ---


def test_three_kafka_nodes_form_one_quorum_and_replicate_everything(tmp_path: Path) -> None:
    nodes = cluster_in(tmp_path).kafka_nodes
    configs = [properties(server_properties(node)) for node in nodes]
    assert [config["node.id"] for config in configs] == ["1", "2", "3"]
    voters = "1@127.0.0.1:29192,2@127.0.0.1:29193,3@127.0.0.1:29194"
    for node, config in zip(nodes, configs, strict=True):
        assert config["process.roles"] == "broker,controller"
        assert config["controller.quorum.voters"] == voters
        assert config["listeners"] == (
            f"PLAINTEXT://127.0.0.1:{node.port},CONTROLLER://127.0.0.1:{node.controller_port}"
        )
        assert config["log.dirs"] == str(node.runtime.data_dir)
        assert node.runtime.base.parts[-2:] == ("cluster", f"kafka-{node.node_id}")
        for replicated in ("default.replication.factor", "offsets.topic.replication.factor"):
            assert config[replicated] == "3"
        assert config["min.insync.replicas"] == config["transaction.state.log.min.isr"] == "2"
        assert config["unclean.leader.election.enable"] == "false"


def test_kafka_nodes_are_formatted_with_one_cluster_id(tmp_path: Path) -> None:
    from pipeline.stack.cluster import ensure_kafka_cluster_id

    assert {node.cluster_id for node in cluster_in(tmp_path).kafka_nodes} == {None}
    ensure_kafka_cluster_id(tmp_path / "cluster")
    ids = {node.cluster_id for node in cluster_in(tmp_path).kafka_nodes}
    ensure_kafka_cluster_id(tmp_path / "cluster")
    assert ids == {node.cluster_id for node in cluster_in(tmp_path).kafka_nodes}
    assert len(ids) == 1 and None not in ids


def test_the_single_broker_is_unchanged_by_the_cluster(tmp_path: Path) -> None:
    config = properties(server_properties(local_broker(StackSettings.from_env({}))))
    assert config["node.id"] == "1"
    assert config["controller.quorum.voters"] == "1@127.0.0.1:19093"
    assert config["offsets.topic.replication.factor"] == "1"


# --- Elasticsearch nodes ---


def test_three_elasticsearch_nodes_find_each_other(tmp_path: Path) -> None:
    nodes = cluster_in(tmp_path).es_nodes
    settings = [node_settings(node) for node in nodes]
    assert [s["node.name"] for s in settings] == [f"wirepipe-cluster-{n}" for n in (1, 2, 3)]
    assert [(s["http.port"], s["transport.port"]) for s in settings] == [
        ("29200", "29300"),
        ("29201", "29301"),
        ("29202", "29302"),
    ]
    for node in settings:
        assert node["cluster.name"] == "wirepipe-cluster"
        assert node["discovery.seed_hosts"] == "127.0.0.1:29300,127.0.0.1:29301,127.0.0.1:29302"
        assert node["cluster.initial_master_nodes"] == (
            "wirepipe-cluster-1,wirepipe-cluster-2,wirepipe-cluster-3"
        )
        assert "discovery.type" not in node
        assert node["network.host"] == "127.0.0.1"


def test_each_server_is_recognised_by_its_own_command_line_only(tmp_path: Path) -> None:
    """Stopping the single-node stack never stops a cluster node, nor one node another."""
    stack_settings = StackSettings.from_env({"WIREPIPE_STACK_DIR": str(tmp_path)})
    cluster = LocalCluster.from_settings(stack_settings)
    markers = [
        *(node_process(node).marker for node in (local_node(stack_settings), *cluster.es_nodes)),
        *(
            broker_process(node).marker
            for node in (local_broker(stack_settings), *cluster.kafka_nodes)
        ),
    ]
    for marker in markers:
        assert [other for other in markers if marker in other] == [marker]


# --- ports and the command line ---


def test_cluster_ports_must_stay_apart_from_the_single_node_stack(tmp_path: Path) -> None:
    StackSettings.from_env({}).check_cluster_ports()
    clash = StackSettings.from_env({"WIREPIPE_CLUSTER_ES_PORT": "19099"})
    with pytest.raises(ConfigurationError, match="WIREPIPE_CLUSTER_ES_PORT"):
        clash.check_cluster_ports()
    beyond = StackSettings.from_env({"WIREPIPE_CLUSTER_KAFKA_PORT": "65500"})
    with pytest.raises(ConfigurationError, match="beyond the last port"):
        beyond.check_cluster_ports()
    # The single-node stack alone may use any ports, the cluster's defaults included.
    StackSettings.from_env({"WIREPIPE_KAFKA_PORT": "29092"})


def test_status_of_a_cluster_never_started_lists_each_node_stopped(tmp_path: Path) -> None:
    status = cluster_status(StackSettings.from_env({"WIREPIPE_STACK_DIR": str(tmp_path)}))
    assert len(status.nodes) == 6
    assert not status.running and not status.healthy
    assert status.clusters == ()
    assert all("not running" in line for line in status.summary().splitlines())


def test_stack_commands_take_cluster() -> None:
    for command in ("up", "down", "status"):
        args = build_parser().parse_args(["stack", command, "--cluster"])
        assert (args.stack_command, args.cluster) == (command, True)
    assert build_parser().parse_args(["stack", "down"]).cluster is False
