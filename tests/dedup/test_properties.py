"""Properties over arbitrary field contents: decide never raises, and a repeat is a skip."""

from __future__ import annotations

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.dedup import Deduplicator, DedupStore, fingerprint_article

NOW = 1_709_546_400.0

json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(), children, max_size=3)
    ),
    max_leaves=6,
)
times = st.sampled_from(
    ["2024-03-04T09:00:00Z", "2024-03-05T09:00:00+02:00", "2099-01-01T00:00:00Z", "soon", ""]
)
words = st.sampled_from(
    "ferry KILL UPDATE 2- REFILE CORRECTED withdrawn story has been killed the a of port".split()
)
prose = st.lists(words, max_size=40).map(" ".join)

article_fields = {
    "id": st.none() | st.text(max_size=8) | json_values,
    "guid": st.none() | st.text(max_size=8) | json_values,
    "version": st.none() | st.integers() | st.text(max_size=12) | json_values,
    "source": st.none() | st.sampled_from(["nordwire", "eastwire"]) | json_values,
    "headline": st.none() | prose | json_values,
    "slugline": st.none() | prose | json_values,
    "body": st.none() | prose | st.text() | json_values,
    "captions": json_values,
    "pubstatus": st.sampled_from(["usable", "withheld", "canceled"]) | json_values,
    "embargo": st.none() | times | json_values,
    "firstcreated": st.none() | times | json_values,
    "versioncreated": st.none() | times | json_values,
    "received_at": st.none() | times | json_values,
    "signals": st.lists(st.sampled_from(["update", "correction", "kill"]) | st.text())
    | json_values,
    "ednote": st.none() | prose | json_values,
    "replaces": st.none() | st.text(max_size=8) | st.lists(st.text(max_size=8)) | json_values,
    "dedup": st.none() | json_values,
}
articles = st.fixed_dictionaries({}, optional=article_fields)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(history=st.lists(articles, max_size=4), article=articles)
def test_decide_never_raises_and_repeating_an_article_never_indexes_anew(
    history: list[dict], article: dict
) -> None:
    dedup = Deduplicator(DedupStore())
    for number, earlier in enumerate(history):
        dedup.decide(earlier, NOW + number)
    first = dedup.decide(article, NOW + 10)
    assert first.action in ("index", "replay", "skip")
    orjson.dumps(first.article["dedup"])
    again = dedup.decide(dict(article), NOW + 11)
    assert again.action in ("skip", "replay")
    if again.action == "replay":  # same external version: the index keeps what it has
        assert first.action in ("index", "replay")
        assert again.article["sequence"] == first.article["sequence"]


@settings(max_examples=200, deadline=None)
@given(article=articles)
def test_fingerprint_never_raises(article: dict) -> None:
    fingerprint = fingerprint_article(article)
    assert isinstance(fingerprint["content_hash"], str)
    orjson.dumps(fingerprint)
