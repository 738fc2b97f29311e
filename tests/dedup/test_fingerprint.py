"""Normalisation, content hashes, shingles and MinHash signatures."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.dedup import DedupSettings, fingerprint_article
from pipeline.dedup.minhash import minhasher
from pipeline.dedup.shingles import Shingles, content_hash, normalise_text, shingle_hashes, words
from pipeline.dedup.similarity import story_similarity
from tests.dedup.stories import FERRY_STORY, MUSEUM_STORY


def test_normalisation_folds_typography_case_and_spacing() -> None:
    assert normalise_text("\u201cCalm\u201d \u2014  and\u00a0PATIENT ") == '"calm" - and patient'
    assert content_hash("Head", "Body  text") == content_hash("HEAD", "body\ntext")
    assert content_hash("Head", "Body text") != content_hash("Head", "Body test")


def test_content_hash_ignores_version_markers_but_not_words() -> None:
    base = {"headline": "Ferry towed", "body": "A ferry was towed."}
    same = fingerprint_article({**base, "headline": "REFILE-Ferry towed"})
    assert same["content_hash"] == fingerprint_article(base)["content_hash"]
    other = fingerprint_article({**base, "body": "A ferry was not towed."})
    assert other["content_hash"] != fingerprint_article(base)["content_hash"]


def test_short_text_is_one_shingle_and_empty_text_none() -> None:
    assert len(shingle_hashes(words("Ferry aground"), 5, 1)) == 1
    assert len(shingle_hashes([], 5, 1)) == 0
    empty = fingerprint_article({"headline": "", "body": ""})
    assert empty["minhash"] is None and empty["shingle_count"] == 0


def test_headline_stands_in_for_an_empty_body() -> None:
    flash = fingerprint_article({"headline": "Ferry runs aground off Senja", "body": ""})
    assert flash["minhash"] is not None


def exact_jaccard(a: Shingles, b: Shingles) -> float:
    return len(np.intersect1d(a, b)) / len(np.union1d(a, b))


@pytest.mark.parametrize("kept", [2, 4, 6])
def test_estimated_resemblance_tracks_the_exact_one(kept: int) -> None:
    settings = DedupSettings()
    hasher = minhasher(settings)
    a = shingle_hashes(words(" ".join(FERRY_STORY)), 5, settings.seed)
    b = shingle_hashes(words(" ".join(FERRY_STORY[:kept] + MUSEUM_STORY)), 5, settings.seed)
    sig_a, sig_b = hasher.decode(hasher.signature(a)), hasher.decode(hasher.signature(b))
    assert sig_a is not None and sig_b is not None
    estimate = hasher.estimate_jaccards(sig_a, sig_b[None, :])[0]
    assert estimate == pytest.approx(exact_jaccard(a, b), abs=0.15)


def test_signature_of_other_settings_is_refused() -> None:
    ours = minhasher(DedupSettings())
    theirs = minhasher(DedupSettings(num_perm=64))
    signature = theirs.signature(shingle_hashes(["one", "two", "three"], 5, 1))
    assert ours.decode(signature) is None
    assert ours.decode("not a signature") is None and ours.decode(None) is None


@pytest.mark.parametrize("rows", [2, 4])
def test_one_band_key_per_band(rows: int) -> None:
    settings = DedupSettings(rows_per_band=rows)
    hasher = minhasher(settings)
    signature = hasher.decode(hasher.signature(shingle_hashes(words(" ".join(FERRY_STORY)), 5, 1)))
    assert signature is not None
    keys = hasher.band_hashes(signature, rows).tolist()
    bands = settings.num_perm // rows
    assert len(keys) == len(set(keys)) == bands
    assert sorted(key >> 56 for key in keys) == list(range(bands))  # the band's number leads
    changed = signature.copy()
    changed[rows] ^= 1  # one bin of the second band
    moved = hasher.band_hashes(changed, rows).tolist()
    assert [a != b for a, b in zip(keys, moved, strict=True)] == [b == 1 for b in range(bands)]


def test_containment_lifts_an_update_that_adds_paragraphs() -> None:
    # the shorter story entirely inside a longer one twice its size: J = 0.5, containment 1
    assert story_similarity(0.5, 100, 200, 12) == pytest.approx(1.0)
    assert story_similarity(0.5, 5, 10, 12) == 0.5  # too short for containment to mean much
    assert story_similarity(0.0, 100, 200, 12) == 0.0


def test_settings_refuse_bands_that_do_not_tile_the_signature() -> None:
    with pytest.raises(ValueError):
        DedupSettings(num_perm=100, rows_per_band=3)
