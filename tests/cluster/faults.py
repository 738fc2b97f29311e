"""Node failures on the local cluster: which node to kill, killing it, bringing it back.

A node is killed as a crash kills it, SIGKILL to its process group: no controlled shutdown,
no leadership handed over, nothing flushed. It comes back through `stack.cluster_up`, which
restarts what is not running and returns once the cluster is whole again (every partition's
replicas in sync, Elasticsearch green), ready for the next scenario.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition
from kafka.errors import KafkaError

from pipeline import stack
from pipeline.index.template import template_name
from pipeline.stack import Endpoints, LocalCluster, StackSettings
from pipeline.stack.elasticsearch import EsNode, node_process
from pipeline.stack.kafka import KafkaBroker, broker_process
from pipeline.stack.processes import ServerProcess
from tests.integration.pipeline_run import PipelineRun


@dataclass(frozen=True)
class Partition:
    topic: str
    partition: int
    leader: int
    messages: int


@dataclass
class Cluster:
    endpoints: Endpoints
    nodes: LocalCluster = field(
        default_factory=lambda: LocalCluster.from_settings(StackSettings.from_env())
    )

    @property
    def bootstrap(self) -> str:
        return self.endpoints.kafka_bootstrap

    def kafka_node(self, node_id: int) -> KafkaBroker:
        return next(node for node in self.nodes.kafka_nodes if node.node_id == node_id)

    def active_controller(self) -> int | None:
        """The node leading the KRaft quorum, None while it elects one.

        (Metadata's `controller_id` names any broker: clients never talk to controllers.)
        """
        try:
            with _admin(self.bootstrap) as admin:
                quorum = admin.describe_metadata_quorum()
        except KafkaError:
            return None
        leader = int(quorum["topics"][0]["partitions"][0]["leader_id"])
        return leader if leader >= 0 else None

    def busiest_partition(self, topics: list[str], *, led_by_other_than: int | None) -> Partition:
        """Of `topics`' partitions led by another node than `led_by_other_than`, the one
        holding the most messages."""
        with _admin(self.bootstrap) as admin:
            described = admin.describe_topics(topics)
        leaders = {
            TopicPartition(topic["name"], partition["partition_index"]): partition["leader_id"]
            for topic in described
            for partition in topic["partitions"]
            if partition["leader_id"] != led_by_other_than
        }
        consumer = KafkaConsumer(bootstrap_servers=self.bootstrap)
        try:
            ends = consumer.end_offsets(list(leaders))
        finally:
            consumer.close()
        busiest = max(leaders, key=lambda tp: ends[tp])
        return Partition(busiest.topic, busiest.partition, leaders[busiest], ends[busiest])

    def es_node_with_a_copy_of(self, index: str) -> EsNode:
        """A node holding a copy of `index`, the primary if it can, but not the node the
        pipeline talks to: that one stands for the address a newsroom gives its clients."""
        from elasticsearch import Elasticsearch

        with Elasticsearch(self.endpoints.es_url, request_timeout=30) as es:
            shards = es.cat.shards(index=index, format="json", h="prirep,node,state")
        primaries = Counter(shard["node"] for shard in shards if shard["prirep"] == "p")
        holders = {shard["node"] for shard in shards if shard["state"] == "STARTED"}
        by_name = {node.template_values["node_name"]: node for node in self.nodes.es_nodes}
        entry = self.nodes.es_nodes[0]
        candidates = [by_name[name] for name in holders if by_name[name] != entry]
        assert candidates, f"only the entry node holds {index}: {shards}"
        return max(candidates, key=lambda node: primaries[node.template_values["node_name"]])

    def kill(self, node: KafkaBroker | EsNode) -> None:
        process = broker_process(node) if isinstance(node, KafkaBroker) else node_process(node)
        kill(process)

    @contextlib.contextmanager
    def deployment(self, workdir: Path) -> Iterator[PipelineRun]:
        """A pipeline deployment of its own, replicated as `up --cluster` says; afterwards its
        workers are stopped and its topics and index removed."""
        run = PipelineRun(workdir, environment=self.endpoints.as_env())
        run.setup()
        try:
            yield run
        finally:
            for name in list(run.workers):
                run.stop_worker(name)
            self.remove(run)
            run.close()

    def remove(self, run: PipelineRun) -> None:
        """A finished deployment's topics, index and template: the cluster keeps its data
        from one session to the next, and every topic slows a restarted node's recovery."""
        settings = run.settings
        with _admin(self.bootstrap) as admin:
            mine = [
                name
                for name in admin.list_topics()
                if name.startswith((settings.topic_prefix, settings.app_id))
            ]
            if mine:
                admin.delete_topics(mine)
        run.es.indices.delete(index=f"{settings.index_alias}-*", ignore_unavailable=True)
        run.es.indices.delete_index_template(name=template_name(settings.index_alias))

    def restore(self) -> None:
        """Restart whatever is down; return once the cluster is whole again."""
        stack.cluster_up()


def kill(process: ServerProcess) -> None:
    pids = process.find_pids()
    assert pids, f"{process.name} is not running"
    for pid in pids:
        os.killpg(pid, signal.SIGKILL)
    deadline = time.monotonic() + 30
    while process.find_pids():
        for pid in pids:
            # The session started the nodes: collect their exit status, or they stay zombies.
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)
        assert time.monotonic() < deadline, f"{process.name} survived SIGKILL"
        time.sleep(0.1)


@contextlib.contextmanager
def _admin(bootstrap: str) -> Iterator[KafkaAdminClient]:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="wirepipe-cluster-test")
    try:
        yield admin
    finally:
        admin.close()
