"""Scoring dedup against a labelled set: pairwise precision and recall of "same cluster".

A labelled set is a folder of JSON files, one per news event, each
{"event": ..., "stories": [{"key", "cluster", "kind", "article"}]}. Stories are
decided in order of arrival (`received_at`), every story at its own arrival
time, as the dedup agent would see them. A story skipped as an exact copy
counts as a member of the cluster of the story it copies.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

import orjson

from pipeline.dedup.engine import DedupDecision, Deduplicator
from pipeline.dedup.fingerprint import fingerprint_article
from pipeline.dedup.settings import DedupSettings
from pipeline.dedup.store import MemoryDedupStore
from pipeline.dedup.versions import parse_time_ms


@dataclass(frozen=True, slots=True)
class LabelledStory:
    key: str
    cluster: str
    kind: str
    article: dict[str, Any]

    @property
    def arrival(self) -> float:
        return (parse_time_ms(self.article.get("received_at")) or 0) / 1000


@dataclass(frozen=True, slots=True)
class PairwiseScores:
    precision: float
    recall: float
    true_pairs: int
    predicted_pairs: int
    correct_pairs: int

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def load_labelled_set(folder: Path) -> list[LabelledStory]:
    """Every story of the set, in order of arrival."""
    stories = [
        LabelledStory(s["key"], s["cluster"], s["kind"], s["article"])
        for path in sorted(folder.glob("*.json"))
        for s in orjson.loads(path.read_bytes())["stories"]
    ]
    return sorted(stories, key=lambda s: (s.arrival, s.key))


def decide_all(
    stories: Sequence[LabelledStory], settings: DedupSettings | None = None
) -> list[DedupDecision]:
    """Fingerprint and decide every story against one fresh in-memory store."""
    deduplicator = Deduplicator(MemoryDedupStore(), settings)
    decisions = []
    for story in stories:
        article = dict(story.article)
        article["dedup"] = fingerprint_article(article, settings)
        decisions.append(deduplicator.decide(article, story.arrival))
    return decisions


def pairwise_scores(truth: Sequence[str], predicted: Sequence[str]) -> PairwiseScores:
    """Precision and recall over all pairs of stories of being in the same cluster."""
    true_pairs = predicted_pairs = correct = 0
    for i, j in combinations(range(len(truth)), 2):
        same_truth = truth[i] == truth[j]
        same_predicted = predicted[i] == predicted[j]
        true_pairs += same_truth
        predicted_pairs += same_predicted
        correct += same_truth and same_predicted
    return PairwiseScores(
        precision=correct / predicted_pairs if predicted_pairs else 1.0,
        recall=correct / true_pairs if true_pairs else 1.0,
        true_pairs=true_pairs,
        predicted_pairs=predicted_pairs,
        correct_pairs=correct,
    )


def score_labelled_set(
    stories: Sequence[LabelledStory], settings: DedupSettings | None = None
) -> PairwiseScores:
    decisions = decide_all(stories, settings)
    predicted = [d.article["dedup"]["cluster_id"] for d in decisions]
    return pairwise_scores([s.cluster for s in stories], predicted)
