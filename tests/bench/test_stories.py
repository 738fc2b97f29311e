"""The benchmark's story generator: deterministic, parseable, in the corpus's mix, and distinct
unless asked for copies and versions, which dedup then recognises as such."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from collections import Counter
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.bench.stories import FORMAT_MIX, VERSIONED_FORMATS, Story, StoryMix, generate_stories
from pipeline.dedup import dedup_stream
from pipeline.enrich import enrich_story
from pipeline.model import Article


@cache
def stream(count: int, seed: int, duplicates: float, versions: float) -> tuple[Story, ...]:
    mix = StoryMix(duplicates=duplicates, versions=versions)
    return tuple(generate_stories(count, seed=seed, mix=mix))


@cache
def enriched(count: int, seed: int, duplicates: float, versions: float) -> tuple[Article, ...]:
    return tuple(
        enrich_story(s.payload, key=s.key) for s in stream(count, seed, duplicates, versions)
    )


def test_same_seed_same_bytes_other_seed_other_stories() -> None:
    first = generate_stories(40, seed=7)
    assert first == generate_stories(40, seed=7)
    other = generate_stories(40, seed=8)
    assert not {s.payload for s in first} & {s.payload for s in other}


def test_same_seed_same_bytes_in_every_process() -> None:
    # Python salts string hashes per process: nothing drawn may depend on a set's order.
    script = (
        "import hashlib; from pipeline.bench.stories import generate_stories; "
        "print(hashlib.sha256(b''.join(s.payload for s in generate_stories(200, seed=7))).hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": salt},
            capture_output=True,
            check=True,
            text=True,
        ).stdout
        for salt in ("1", "2")
    }
    assert len(digests) == 1


def test_every_story_parses_as_the_format_guid_source_and_version_it_was_written_with() -> None:
    for story, article in zip(stream(120, 3, 0.1, 0.1), enriched(120, 3, 0.1, 0.1), strict=True):
        assert article["format"] == story.format
        assert article["guid"] == story.key
        assert article["source"] == story.source
        assert article["id"] == story.doc_id
        assert article["language"] == "en"
        # Teletype formats name no first version, only later leads.
        assert article.get("version") in ({story.version} if story.version > 1 else {1, None})
        assert len(article["body"]) > 300


def test_sizes_centre_on_four_kilobytes_within_one_to_twenty() -> None:
    sizes = [len(s.payload) for s in stream(600, 1, 0.0, 0.0)]
    assert min(sizes) >= 1000
    assert max(sizes) <= 20_000
    assert 3400 <= statistics.median(sizes) <= 4800
    assert sum(size > 10_000 for size in sizes) >= 6  # a tail of long stories


def test_formats_follow_the_corpus_mix() -> None:
    counts = Counter(s.format for s in stream(1000, 2, 0.0, 0.0))
    assert set(counts) == set(FORMAT_MIX)
    for name, share in FORMAT_MIX.items():
        assert abs(counts[name] / 1000 - share) < 0.05, name


def test_shares_of_copies_and_versions() -> None:
    kinds = Counter(s.kind for s in stream(1000, 2, 0.2, 0.1))
    assert abs(kinds["duplicate"] / 1000 - 0.2) < 0.04
    assert abs(kinds["version"] / 1000 - 0.1) < 0.03


def test_distinct_stories_are_all_new_to_dedup() -> None:
    decisions = list(dedup_stream(enriched(200, 4, 0.0, 0.0)))
    assert Counter(str(d.reason) for d in decisions) == {"new-story": 200}


def test_dedup_sees_copies_as_near_duplicates_of_their_original_and_versions_as_versions() -> None:
    stories = stream(200, 5, 0.25, 0.1)
    decisions = list(dedup_stream(enriched(200, 5, 0.25, 0.1)))
    ids = {s.key: s.doc_id for s in stories}
    for story, decision in zip(stories, decisions, strict=True):
        expected = {
            "original": "new-story",
            "duplicate": "near-duplicate",
            "version": "new-version",
        }
        assert str(decision.reason) == expected[story.kind], story.kind
        if story.kind == "duplicate":
            assert story.of is not None
            assert ids[story.of] in (
                decision.article["dedup"]["duplicate_of"],
                decision.article["dedup"]["cluster_id"],
            )
    indexed = {d.article["id"] for d in decisions if d.action != "skip"}
    assert len(indexed) == sum(s.adds_document for s in stories)


@settings(max_examples=15, deadline=None)
@given(
    seed=st.integers(0, 2**32),
    duplicates=st.floats(0, 0.5),
    versions=st.floats(0, 0.4),
)
def test_copies_and_versions_follow_what_they_copy_or_update(
    seed: int, duplicates: float, versions: float
) -> None:
    stories = generate_stories(40, seed=seed, mix=StoryMix(duplicates, versions))
    seen: dict[str, Story] = {}
    for story in stories:
        if story.kind == "original":
            assert story.key not in seen
        elif story.kind == "duplicate":
            assert story.key not in seen
            assert story.of in seen and seen[story.of].source != story.source
        else:
            assert story.of == story.key and story.key in seen
            assert story.version == seen[story.key].version + 1
            assert story.format == seen[story.key].format in VERSIONED_FORMATS
        seen[story.key] = story


@pytest.mark.parametrize("mix", [(0.6, 0.5), (-0.1, 0.0)])
def test_impossible_shares_are_refused(mix: tuple[float, float]) -> None:
    with pytest.raises(ValueError):
        StoryMix(*mix)
