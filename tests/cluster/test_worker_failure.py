"""One of two workers dies and comes back: nothing is lost, nothing doubled.

1,200 stories flow through two workers sharing the partitions. Once the first are
indexed, one worker is killed with SIGKILL; the other takes its partitions after the
session timeout, and the killed one is restarted and takes some back, each time
rebuilding its dedup state from the replicated state topic. Then every story is one
document, stories sent again, under their own guid or another, are recognised as known
rather than indexed again (the state survived both hand-overs), and the worker that stayed
up is still ready.
"""

from __future__ import annotations

import time

from pipeline.stream.status import worker_status
from tests.cluster.faults import Cluster
from tests.cluster.flow import Feeder, assert_indexed_exactly_once
from tests.integration.pipeline_run import PipelineRun, free_port
from tests.integration.stories import generated_story

STORIES = 1200
PER_SECOND = 25
AGAIN = 50
# Longer than the session timeout of the test workers (8 s): the survivor takes over first.
AWAY_SECONDS = 12.0


def dedup_decisions(run: PipelineRun, ports: dict[str, int]) -> dict[str, int]:
    """The dedup stage's decisions so far, by outcome, over both workers."""
    totals: dict[str, int] = {}
    for port in ports.values():
        for outcome, count in run.worker_stats(port)["stages"].get("dedup", {}).items():
            totals[outcome] = totals.get(outcome, 0) + count
    return totals


def test_worker_killed_and_restarted_mid_stream(cluster: Cluster, cluster_run: PipelineRun) -> None:
    run = cluster_run
    ports = {"a": free_port(), "b": free_port()}
    for name, port in ports.items():
        run.start_worker(name, web_port=port)
    feeder = Feeder(run, "worker-kill", STORIES, PER_SECOND).start()
    run.kill_worker("b")
    time.sleep(AWAY_SECONDS)
    run.start_worker("b", web_port=ports["b"])
    feeder.join()
    assert_indexed_exactly_once(run, feeder.keys, timeout=240)

    restarted = run.worker_stats(ports["b"])["stages"]
    assert restarted.get("dedup"), "the restarted worker has decided nothing"
    before = dedup_decisions(run, ports)
    again = range(0, STORIES, STORIES // AGAIN)
    for number in again:
        story = generated_story(number)
        run.producer.send(run.settings.topics.raw, key=feeder.keys[number].encode(), value=story)
        run.producer.send(run.settings.topics.raw, key=f"again-{number}".encode(), value=story)
    run.producer.flush()
    run.wait_for(
        lambda: sum(dedup_decisions(run, ports).values()) >= sum(before.values()) + 2 * len(again),
        timeout=120,
        what="the stories sent again decided",
    )
    after = dedup_decisions(run, ports)
    assert after.get("new-story", 0) == before.get("new-story", 0)
    assert run.count() == STORIES
    assert run.count({"prefix": {"guid": "again-"}}) == 0
    # The worker that stayed up went through two rebalances and is still working.
    survivor = worker_status(f"127.0.0.1:{ports['a']}")
    assert survivor.ready, (survivor.reasons, run.tail("a"))
