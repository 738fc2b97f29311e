"""docker-compose.yml's `cluster` profile has the topology of `wirepipe stack up --cluster`.

Read as text, like the security checks beside it (the project has no YAML parser).
"""

from __future__ import annotations

from pipeline import config
from pipeline.stack.settings import CLUSTER_NODES
from tests.stack.test_compose_security import block

NODES = range(1, CLUSTER_NODES + 1)
CLUSTER_SERVICES = (
    *(f"kafka-{n}" for n in NODES),
    "cluster-es-certs",
    *(f"es-{n}" for n in NODES),
    "cluster-es-security",
    "cluster-setup",
    "cluster-worker-1",
    "cluster-worker-2",
)
# The anchors a cluster service may take its profile from.
PROFILED_ANCHORS = {
    "*kafka-node": "x-kafka-node",
    "*es-node": "x-es-node",
    "*cluster-worker": "x-cluster-worker",
}


def test_every_cluster_service_is_in_the_cluster_profile_only() -> None:
    for name in CLUSTER_SERVICES:
        service = block(f"  {name}")
        anchors = [
            anchor
            for reference, anchor in PROFILED_ANCHORS.items()
            if f"<<: {reference}" in service
        ]
        text = service + "".join(block(anchor) for anchor in anchors)
        assert "profiles: [cluster]" in text, name
    single = ("  kafka", "  elasticsearch", "  setup", "  worker-1", "  worker-2")
    assert not any("profiles:" in block(name) for name in single)


def test_three_kafka_nodes_one_quorum_everything_replicated() -> None:
    shared = block("x-kafka-node-environment")
    voters = ",".join(f"{n}@kafka-{n}:9093" for n in NODES)
    assert f"KAFKA_CONTROLLER_QUORUM_VOTERS: {voters}" in shared
    assert "KAFKA_PROCESS_ROLES: broker,controller" in shared
    for setting in ("DEFAULT_REPLICATION_FACTOR", "OFFSETS_TOPIC_REPLICATION_FACTOR"):
        assert f"KAFKA_{setting}: 3" in shared
    assert "KAFKA_MIN_INSYNC_REPLICAS: 2" in shared
    assert "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: 2" in shared
    assert 'KAFKA_UNCLEAN_LEADER_ELECTION_ENABLE: "false"' in shared
    first_port = config.CLUSTER_KAFKA_PORT.default
    for n in NODES:
        node = block(f"  kafka-{n}")
        port = first_port + n - 1
        assert f"KAFKA_NODE_ID: {n}\n" in node
        assert f"INTERNAL://kafka-{n}:9092,HOST://127.0.0.1:{port}" in node
        assert f"127.0.0.1:{port}:19092" in node
        assert f"kafka-{n}-data:/var/lib/kafka/data" in node


def test_three_elasticsearch_nodes_one_cluster_each_with_its_certificate() -> None:
    shared = block("x-es-node-environment")
    names = ",".join(f"es-{n}" for n in NODES)
    assert f"discovery.seed_hosts: {names}" in shared
    assert f"cluster.initial_master_nodes: {names}" in shared
    assert 'xpack.security.transport.ssl.enabled: "true"' in shared
    assert "discovery.type" not in shared
    for n in NODES:
        node = block(f"  es-{n}")
        assert f"node.name: es-{n}\n" in node
        assert f"certs/es-{n}/es-{n}.key" in node and f"certs/es-{n}/es-{n}.crt" in node
    assert f"127.0.0.1:{config.CLUSTER_ES_PORT.default}:9200" in block("  es-1")


def test_the_cluster_pipeline_replicates_its_topics_and_index() -> None:
    environment = block("x-wirepipe-cluster-environment")
    assert "KAFKA_BOOTSTRAP: " + ",".join(f"kafka-{n}:9092" for n in NODES) in environment
    assert 'WIREPIPE_REPLICATION_FACTOR: "3"' in environment
    assert 'WIREPIPE_MIN_INSYNC_REPLICAS: "2"' in environment
    assert 'WIREPIPE_INDEX_REPLICAS: "1"' in environment
    for service in ("  cluster-setup", "x-cluster-worker"):
        assert "environment: *wirepipe-cluster-environment" in block(service)
    assert "cluster-setup:\n      condition: service_completed_successfully" in block(
        "x-cluster-worker"
    )
