"""Kafka nodes die under a running pipeline: every story is still indexed exactly once.

3,000 stories flow through one worker, fed at a steady rate once the first are indexed.
Then the broker leading the busiest of the pipeline's partitions is killed with SIGKILL and
restarted 30 seconds later; once the cluster is whole again, the active controller (the
KRaft quorum's leader) is killed and restarted 30 seconds later, the feed still running.
Producers, the worker's consumers and its groups' coordinators meet leader elections on
every partition the dead node led, and a controller election; with three replicas and two
required in sync, writes go on while a node is away. Then the index must hold one document
per story: none missing, none doubled, none dead-lettered.

Both failures share one stream because the worker's throughput on a small machine, not the
failures, sets how long a scenario takes.
"""

from __future__ import annotations

import time

from tests.cluster.faults import Cluster
from tests.cluster.flow import Feeder, assert_indexed_exactly_once
from tests.integration.pipeline_run import PipelineRun

STORIES = 3000
# About what one worker indexes here; the feed outlasts both failures.
PER_SECOND = 36
OUTAGE_SECONDS = 30.0


def kill_for_a_while(cluster: Cluster, run: PipelineRun, feeder: Feeder, node_id: int) -> None:
    """Kill Kafka node `node_id` while stories flow; bring it back `OUTAGE_SECONDS` later."""
    assert feeder.sent < STORIES, "the feed ended before the node was killed"
    cluster.kill(cluster.kafka_node(node_id))
    killed_at = time.monotonic()
    try:
        run.wait_for(
            lambda: cluster.active_controller() not in (None, node_id),
            timeout=OUTAGE_SECONDS,
            what=f"a controller other than the killed node {node_id}",
        )
        time.sleep(max(0.0, killed_at + OUTAGE_SECONDS - time.monotonic()))
    finally:
        cluster.restore()


def test_partition_leader_then_controller_killed_mid_stream(
    cluster: Cluster, cluster_run: PipelineRun
) -> None:
    run = cluster_run
    topics = run.settings.topics
    run.start_worker()
    feeder = Feeder(run, "kafka-kill", STORIES, PER_SECOND).start()

    controller = cluster.active_controller()
    busiest = cluster.busiest_partition(
        [topics.raw, topics.enriched, topics.articles], led_by_other_than=controller
    )
    assert busiest.messages > 0
    kill_for_a_while(cluster, run, feeder, busiest.leader)

    controller = cluster.active_controller()
    assert controller is not None
    kill_for_a_while(cluster, run, feeder, controller)

    feeder.join()
    assert_indexed_exactly_once(run, feeder.keys, timeout=240)
