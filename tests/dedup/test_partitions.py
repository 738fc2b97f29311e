"""Dedup spread over partitions, as in the worker: global tables seen through partition views.

Every worker owns some partitions of `wire.enriched` (keyed by doc id) and its
own `stories`; `hashes`, `bands` and `sketches` are global tables replicated to
every worker, written per partition. Here the replicas are one shared dict each
(no propagation delay), so the decisions must be exactly those of one process.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.dedup import Deduplicator, fingerprint_article
from pipeline.stream.tables import PartitionScopedView
from tests.dedup.evaluation import decide_all, load_labelled_set

EVAL_SET = Path(__file__).parent / "eval"
PARTITIONS = 4


@dataclass
class PartitionedStore:
    stories: MutableMapping[str, Any]
    hashes: PartitionScopedView
    bands: PartitionScopedView
    sketches: PartitionScopedView

    def bind(self, partition: int) -> None:
        self.hashes.current = self.bands.current = self.sketches.current = partition


def test_partitioned_workers_decide_as_one_process() -> None:
    stories = load_labelled_set(EVAL_SET)
    replicas: dict[str, dict[str, Any]] = {"hashes": {}, "bands": {}, "sketches": {}}
    workers = []
    for _ in range(2):
        store = PartitionedStore(
            stories={},
            hashes=PartitionScopedView(replicas["hashes"], PARTITIONS, merge_lists=False),
            bands=PartitionScopedView(replicas["bands"], PARTITIONS, merge_lists=True),
            sketches=PartitionScopedView(replicas["sketches"], PARTITIONS, merge_lists=False),
        )
        workers.append((store, Deduplicator(store)))
    spread = []
    for story in stories:
        article = dict(story.article)
        article["dedup"] = fingerprint_article(article)
        partition = int(article["id"], 16) % PARTITIONS
        store, deduplicator = workers[partition % len(workers)]
        store.bind(partition)
        spread.append(deduplicator.decide(article, story.arrival))
    alone = decide_all(stories)
    assert len({int(s.article["id"], 16) % PARTITIONS for s in stories}) == PARTITIONS
    for together, single in zip(spread, alone, strict=True):
        assert together.reason == single.reason
        assert together.article["dedup"] == single.article["dedup"]
