"""An Elasticsearch data node dies under a running pipeline: every story is indexed once.

1,200 stories flow through one worker. Once the first are indexed, a node holding a copy
of the index (the primary where it can; never the node the worker talks to, which stands
for the address a newsroom gives its clients) is killed with SIGKILL, and restarted 20
seconds later. With one replica per shard the remaining copy takes the writes meanwhile,
so indexing goes on while the node is away; after it returns the index holds one
document per story, none missing, none doubled, none dead-lettered.
"""

from __future__ import annotations

import time

from tests.cluster.faults import Cluster
from tests.cluster.flow import Feeder, assert_indexed_exactly_once
from tests.integration.pipeline_run import PipelineRun

STORIES = 1200
PER_SECOND = 25
OUTAGE_SECONDS = 20.0


def test_data_node_killed_mid_stream(cluster: Cluster, cluster_run: PipelineRun) -> None:
    run = cluster_run
    run.start_worker()
    feeder = Feeder(run, "es-kill", STORIES, PER_SECOND).start()
    victim = cluster.es_node_with_a_copy_of(run.settings.first_index)
    assert feeder.sent < STORIES, "the feed ended before the node was killed"
    cluster.kill(victim)
    killed_at = time.monotonic()
    try:
        indexed_at_kill = run.count()
        run.wait_for(
            lambda: run.count() >= indexed_at_kill + 200,
            timeout=OUTAGE_SECONDS,
            what=f"stories indexed while {victim.name} is away",
        )
        time.sleep(max(0.0, killed_at + OUTAGE_SECONDS - time.monotonic()))
    finally:
        cluster.restore()
    feeder.join()
    assert_indexed_exactly_once(run, feeder.keys, timeout=240)
