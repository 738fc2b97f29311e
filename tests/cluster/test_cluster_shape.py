"""The local cluster is what `wirepipe stack up --cluster` promises, and the pipeline uses it so.

Three Kafka nodes and three Elasticsearch nodes, each shown by `wirepipe stack status`; the
pipeline's topics, Kafka's own and the index are all replicated: three copies of every
partition with two required in sync, one replica of every shard.
"""

from __future__ import annotations

import subprocess
import sys

from kafka import KafkaAdminClient
from kafka.admin import ConfigResource, ConfigResourceType

from pipeline import stack
from tests.cluster.faults import Cluster
from tests.integration.pipeline_run import PipelineRun


def test_status_shows_each_node_healthy(cluster: Cluster) -> None:
    status = stack.cluster_status()
    assert [node.name for node in status.nodes] == [
        *(f"Elasticsearch node {number}" for number in (1, 2, 3)),
        *(f"Kafka node {number}" for number in (1, 2, 3)),
    ]
    assert status.healthy, status.summary()
    shown = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "stack", "status", "--cluster"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for node in status.nodes:
        assert f"{node.name}" in shown and node.endpoint in shown
    assert "Kafka cluster" in shown and "Elasticsearch cluster" in shown


def test_topics_and_index_are_replicated(cluster: Cluster, cluster_run: PipelineRun) -> None:
    settings = cluster_run.settings
    assert (settings.replication_factor, settings.min_insync_replicas) == (3, 2)
    topics = [*settings.topics.all(), "__consumer_offsets"]
    admin = KafkaAdminClient(bootstrap_servers=cluster.bootstrap)
    try:
        described = admin.describe_topics(topics)
        configs = admin.describe_configs(
            [
                ConfigResource(ConfigResourceType.TOPIC, topic, configs=["min.insync.replicas"])
                for topic in topics
            ],
            config_filter="all",  # __consumer_offsets has the brokers' own
        )
    finally:
        admin.close()
    for topic in described:
        for partition in topic["partitions"]:
            assert len(partition["replica_nodes"]) == 3, topic["name"]
            assert len(partition["isr_nodes"]) == 3, topic["name"]
    for topic in topics:
        assert configs["topic"][topic]["min.insync.replicas"]["value"] == "2", topic

    index = cluster_run.es.indices.get_settings(index=settings.first_index)
    assert index[settings.first_index]["settings"]["index"]["number_of_replicas"] == "1"
    health = cluster_run.es.cluster.health(
        index=settings.first_index, wait_for_status="green", timeout="30s"
    )
    assert (health["status"], health["active_shards"]) == ("green", 2)
