"""Synthetic dedup state: records a worker would accept, distinct from one another and from
real stories, spread over the window, and filling the store as restored records do."""

from __future__ import annotations

import time
from functools import cache

import orjson

from pipeline.bench.dedup_state import RecordModel, enriched
from pipeline.bench.stories import StoryMix, generate_stories
from pipeline.dedup import Deduplicator, DedupSettings, DedupStore
from pipeline.stream.dedup_log import read_record

SETTINGS = DedupSettings()


@cache
def model() -> RecordModel:
    return RecordModel.learn(enriched(generate_stories(40, seed=21, mix=StoryMix(0, 0))), SETTINGS)


def test_the_model_learns_records_and_common_phrases() -> None:
    learned = model()
    assert len(learned.records) == 40
    assert 0.0 < learned.common_share < 0.6
    assert len(learned.common) == len(learned.common_cdf) > 0


def test_synthetic_records_are_valid_distinct_and_spread_over_the_window() -> None:
    now = time.time()
    records = list(model().synthetic(300, now, seed=1))
    assert all(read_record(orjson.dumps(r)) == r for r in records)
    assert len({r["id"] for r in records}) == len({r["content_hash"] for r in records}) == 300
    assert len({r["minhash"] for r in records}) == 300
    seen = [r["seen_at"] for r in records]
    assert seen == sorted(seen)
    assert now - SETTINGS.window_seconds < seen[0] and seen[-1] <= now
    assert records == list(model().synthetic(300, now, seed=1))


def test_restored_synthetic_state_holds_every_record_and_mistakes_no_real_story_for_one() -> None:
    now = time.time()
    deduplicator = Deduplicator(DedupStore(), SETTINGS)
    deduplicator.restore(list(model().synthetic(2000, now, seed=2)))
    assert len(deduplicator.store) == 2000
    fresh = enriched(generate_stories(60, seed=22, mix=StoryMix(0, 0)))
    reasons = {str(deduplicator.decide(article, now).reason) for article in fresh}
    assert reasons == {"new-story"}
