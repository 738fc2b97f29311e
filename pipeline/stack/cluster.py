"""The local cluster: three Kafka nodes and three Elasticsearch nodes on 127.0.0.1.

`wirepipe stack up --cluster` runs the servers in the shape a newsroom that outgrew one
machine runs them, small enough for a 2-core laptop, so that what a broker or a data node
dying does to the pipeline can be tried (tests/cluster does):

* Kafka: three KRaft nodes, each broker *and* controller. Combined roles take three JVMs
  instead of six, and lose nothing here: with one node down, two of three controller voters
  remain (a quorum) and two of three replicas of every partition (min.insync.replicas=2).
  Dedicated controllers pay off where broker load could starve the quorum, which a local
  cluster never sees. Every topic, the internal ones included, has three replicas.
* Elasticsearch: three master-eligible data nodes, so one may die and a master is still
  elected; the pipeline's index gets one replica per shard (`WIREPIPE_INDEX_REPLICAS=1`).

The cluster has its own folder, <stack dir>/cluster (each node's data and logs, pid files,
its own lock) and its own ports (WIREPIPE_CLUSTER_KAFKA_PORT, WIREPIPE_CLUSTER_ES_PORT), so
it runs beside the single-node stack. `up` prints the settings the pipeline needs on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline import config
from pipeline.stack.distributions import es_dist_dir, kafka_dist_dir
from pipeline.stack.elasticsearch import EsNode
from pipeline.stack.kafka import KafkaBroker, new_cluster_id
from pipeline.stack.runtime import server_runtime
from pipeline.stack.settings import CLUSTER_NODES as NODES
from pipeline.stack.settings import CLUSTER_PORT_OFFSET as PORT_OFFSET
from pipeline.stack.settings import StackSettings

CLUSTER_NAME = "wirepipe-cluster"
INDEX_REPLICAS = 1
KAFKA_CLUSTER_ID_FILE = "kafka-cluster-id"


@dataclass(frozen=True)
class LocalCluster:
    """The nodes of the local cluster, as `settings` place them."""

    folder: Path
    kafka_nodes: tuple[KafkaBroker, ...]
    es_nodes: tuple[EsNode, ...]

    @classmethod
    def from_settings(cls, settings: StackSettings) -> LocalCluster:
        folder = cluster_folder(settings)
        run = folder / "run"
        kafka_ports = [settings.cluster_kafka_port + index for index in range(NODES)]
        voters = ",".join(
            f"{index + 1}@127.0.0.1:{port + PORT_OFFSET}" for index, port in enumerate(kafka_ports)
        )
        cluster_id = read_kafka_cluster_id(folder)
        kafka_nodes = tuple(
            KafkaBroker(
                runtime=server_runtime(
                    settings,
                    f"cluster/kafka-{index + 1}",
                    kafka_dist_dir(settings),
                    settings.kafka_service_user,
                ),
                dist_dir=kafka_dist_dir(settings),
                port=port,
                controller_port=port + PORT_OFFSET,
                heap=settings.cluster_kafka_heap,
                java_home=settings.kafka_java_home,
                pid_file=run / f"kafka-{index + 1}.pid",
                name=f"Kafka node {index + 1}",
                node_id=index + 1,
                quorum_voters=voters,
                template="kafka/cluster.properties",
                cluster_id=cluster_id,
            )
            for index, port in enumerate(kafka_ports)
        )
        es_ports = [settings.cluster_es_port + index for index in range(NODES)]
        names = [f"{CLUSTER_NAME}-{index + 1}" for index in range(NODES)]
        shared_values = {
            "cluster_name": CLUSTER_NAME,
            "seed_hosts": ",".join(f"127.0.0.1:{port + PORT_OFFSET}" for port in es_ports),
            "initial_master_nodes": ",".join(names),
        }
        es_nodes = tuple(
            EsNode(
                name=f"Elasticsearch node {index + 1}",
                runtime=server_runtime(
                    settings,
                    f"cluster/elasticsearch-{index + 1}",
                    es_dist_dir(settings),
                    settings.es_service_user,
                ),
                dist_dir=es_dist_dir(settings),
                http_port=port,
                transport_port=port + PORT_OFFSET,
                heap=settings.cluster_es_heap,
                java_home=settings.es_java_home,
                pid_file=run / f"elasticsearch-{index + 1}.pid",
                template="elasticsearch/cluster-node.yml",
                template_values={**shared_values, "node_name": names[index]},
            )
            for index, port in enumerate(es_ports)
        )
        return cls(folder=folder, kafka_nodes=kafka_nodes, es_nodes=es_nodes)

    @property
    def kafka_bootstrap(self) -> str:
        return ",".join(node.bootstrap for node in self.kafka_nodes)

    @property
    def es_url(self) -> str:
        """The first node's: the pipeline's clients talk to one node, which routes to all."""
        return self.es_nodes[0].url

    @property
    def lock_path(self) -> Path:
        return self.folder / "run" / "cluster.lock"

    def pipeline_settings(self) -> dict[str, str]:
        """The settings, beyond where the servers are, that make the pipeline replicate."""
        return {
            config.REPLICATION_FACTOR.name: str(NODES),
            config.MIN_INSYNC_REPLICAS.name: str(config.default_min_insync_replicas(NODES)),
            config.INDEX_REPLICAS.name: str(INDEX_REPLICAS),
        }


def cluster_folder(settings: StackSettings) -> Path:
    return settings.stack_dir / "cluster"


def read_kafka_cluster_id(folder: Path) -> str | None:
    """The id all Kafka nodes' storage is formatted with, once `ensure_kafka_cluster_id` ran."""
    path = folder / KAFKA_CLUSTER_ID_FILE
    return path.read_text(encoding="ascii").strip() if path.is_file() else None


def ensure_kafka_cluster_id(folder: Path) -> None:
    if read_kafka_cluster_id(folder) is None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / KAFKA_CLUSTER_ID_FILE).write_text(new_cluster_id() + "\n", encoding="ascii")
