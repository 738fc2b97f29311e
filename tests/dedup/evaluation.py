"""Scoring dedup against a labelled set: pairwise precision and recall of "same cluster".

A labelled set is a folder of JSON files, one per news event, each
{"event": ..., "stories": [{"key", "cluster", "kind", "origin", ...}]}. A story
is either the item an agency sent ("ninjs", with its "received_at"), run
through the whole pure path (`enrich_story`: parse, clean, tag, fingerprint),
or an already cleaned "article", which is tagged here as enrich would. Either
way dedup sees the entities the tagger finds, not ones written by hand. Stories
are decided in order of arrival (`received_at`), every story at its own
arrival time, as the dedup agent would see them. A story skipped as an exact
copy counts as a member of the cluster of the story it copies.

    python -m tests.dedup.evaluation tests/dedup/eval_heldout

prints the scores of a set and the pairs it gets wrong.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

import orjson

from pipeline.dedup.engine import DedupDecision, Deduplicator
from pipeline.dedup.fingerprint import fingerprint_article
from pipeline.dedup.settings import DedupSettings
from pipeline.dedup.store import DedupStore
from pipeline.dedup.versions import parse_time_ms
from pipeline.enrich import enrich_story
from pipeline.entities import tag_article


@dataclass(frozen=True, slots=True)
class LabelledStory:
    key: str
    cluster: str
    kind: str
    article: dict[str, Any]
    origin: str = ""

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


def _article(entry: dict[str, Any]) -> dict[str, Any]:
    """The article dedup receives for a labelled entry (see the module docstring)."""
    if "ninjs" in entry:
        article = dict(enrich_story(orjson.dumps(entry["ninjs"]), received_at=entry["received_at"]))
        del article["raw"]
        return article
    article = dict(entry["article"])
    if "entities" not in article:
        tag_article(article)  # type: ignore[arg-type]
    return article


def load_labelled_set(folder: Path) -> list[LabelledStory]:
    """Every story of the set, in order of arrival."""
    stories = [
        LabelledStory(s["key"], s["cluster"], s["kind"], _article(s), s.get("origin", ""))
        for path in sorted(folder.glob("*.json"))
        for s in orjson.loads(path.read_bytes())["stories"]
    ]
    return sorted(stories, key=lambda s: (s.arrival, s.key))


def decide_all(
    stories: Sequence[LabelledStory], settings: DedupSettings | None = None
) -> list[DedupDecision]:
    """Fingerprint and decide every story against one fresh in-memory store."""
    deduplicator = Deduplicator(DedupStore(), settings)
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


def wrong_pairs(stories: Sequence[LabelledStory], predicted: Sequence[str]) -> list[str]:
    """One line per pair the prediction merges wrongly (+) or keeps apart wrongly (-)."""
    lines = []
    for a, b in combinations(range(len(stories)), 2):
        same_truth = stories[a].cluster == stories[b].cluster
        if same_truth != (predicted[a] == predicted[b]):
            sign = "-" if same_truth else "+"
            lines.append(f"{sign} {stories[a].key} / {stories[b].key}")
    return lines


def main(folders: list[str]) -> None:
    for folder in folders:
        stories = load_labelled_set(Path(folder))
        decisions = decide_all(stories)
        predicted = [d.article["dedup"]["cluster_id"] for d in decisions]
        scores = pairwise_scores([s.cluster for s in stories], predicted)
        clusters = len({s.cluster for s in stories})
        print(
            f"{folder}: {len(stories)} stories in {clusters} clusters: "
            f"precision {scores.precision:.3f} recall {scores.recall:.3f} "
            f"({scores.correct_pairs} of {scores.predicted_pairs} predicted pairs correct, "
            f"{scores.true_pairs} true pairs)"
        )
        for line in wrong_pairs(stories, predicted):
            print("  " + line)


if __name__ == "__main__":
    main(sys.argv[1:])
