"""The labelled set meets the targets: pairwise precision >= 0.98, recall >= 0.95.

A regression here means a change to shingles, signatures, thresholds or the
engine made dedup merge different stories or miss copies it used to find.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.dedup.evaluation import load_labelled_set, pairwise_scores, score_labelled_set

EVAL_SET = Path(__file__).parent / "eval"


@pytest.fixture(scope="module")
def stories() -> list:
    return load_labelled_set(EVAL_SET)


def test_labelled_set_has_the_cases_the_issue_asks_for(stories: list) -> None:
    assert len(stories) >= 60
    kinds = Counter(story.kind for story in stories)
    for kind in ("redistribution", "edit", "update", "correction", "negative"):
        assert kinds[kind] >= 2, kind
    sizes = Counter(story.cluster for story in stories)
    assert sum(1 for size in sizes.values() if size >= 3) >= 5
    assert len({story.article["id"] for story in stories}) == len(stories)


def test_default_settings_meet_the_targets(stories: list) -> None:
    scores = score_labelled_set(stories)
    assert scores.precision >= 0.98, scores
    assert scores.recall >= 0.95, scores


def test_pairwise_scores() -> None:
    scores = pairwise_scores(["a", "a", "a", "b"], ["x", "x", "y", "y"])
    # true pairs: (0,1) (0,2) (1,2); predicted: (0,1) (2,3); correct: (0,1)
    assert (scores.true_pairs, scores.predicted_pairs, scores.correct_pairs) == (3, 2, 1)
    assert scores.precision == 0.5 and scores.recall == 1 / 3
