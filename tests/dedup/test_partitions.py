"""Dedup spread over workers, as in the worker: each holds every story's record.

Every worker owns some partitions of `wire.enriched` (keyed by doc id) and
keeps every decision's record in its own in-memory store; the records travel
to the other workers through the state topic (pipeline.stream.dedup_log),
where each restores them. Here they travel at once (no propagation delay), so
the decisions must be exactly those of one process.
"""

from __future__ import annotations

from pathlib import Path

import orjson

from pipeline.dedup import Deduplicator, DedupStore, fingerprint_article
from tests.dedup.evaluation import decide_all, load_labelled_set

EVAL_SET = Path(__file__).parent / "eval"
PARTITIONS = 4


def test_partitioned_workers_decide_as_one_process() -> None:
    stories = load_labelled_set(EVAL_SET)
    workers = [Deduplicator(DedupStore()) for _ in range(2)]
    spread = []
    for story in stories:
        article = dict(story.article)
        article["dedup"] = fingerprint_article(article)
        partition = int(article["id"], 16) % PARTITIONS
        owner = workers[partition % len(workers)]
        decision = owner.decide(article, story.arrival)
        if decision.record is not None:
            published = orjson.loads(orjson.dumps(decision.record))
            for other in workers:
                if other is not owner:
                    other.restore([published])
        spread.append(decision)
    alone = decide_all(stories)
    assert len({int(s.article["id"], 16) % PARTITIONS for s in stories}) == PARTITIONS
    for together, single in zip(spread, alone, strict=True):
        assert together.reason == single.reason
        assert together.article["dedup"] == single.article["dedup"]
