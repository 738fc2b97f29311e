"""`wirepipe search` for the desk: its filters reach the request, its output stays readable.

Elasticsearch is a fake here that records the request and answers with a
canned response; tests/integration/test_search_desk.py runs the same
command against the real node.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import orjson
import pytest

from pipeline.cli.main import main

HIT = {
    "_id": "a1",
    "_source": {
        "id": "a1",
        "headline": "Valdoria heads for a run-off",
        "source": "AFP",
        "type": "text",
        "published_at": "2025-05-04T18:40:00Z",
        "pubstatus": "usable",
        "dedup": {"cluster_id": "a1"},
        "body": "Valdoria's presidential election goes to a second round.",
    },
    "highlight": {"headline": ["«Valdoria» heads for a run-off"]},
}
ANSWER = {
    "hits": {"total": {"value": 2}, "hits": [HIT]},
    "aggregations": {
        "stories": {"value": 1},
        "agencies": {"buckets": [{"key": "AFP", "stories": {"value": 1}}]},
        "people": {"buckets": [{"key": "Lucia Ferraz", "stories": {"value": 1}}]},
        "places": {"buckets": []},
    },
}


class Answer(dict[str, Any]):
    @property
    def body(self) -> dict[str, Any]:
        return dict(self)


class FakeElasticsearch:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []

    def search(self, **request: Any) -> Answer:
        self.requests.append(request)
        return Answer(ANSWER)


@pytest.fixture
def es(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeElasticsearch]:
    fake = FakeElasticsearch()

    @contextmanager
    def client(settings: object, *, request_timeout: float) -> Iterator[FakeElasticsearch]:
        yield fake

    monkeypatch.setattr("pipeline.index.client.es_client", client)
    yield fake


def filters_of(request: dict[str, Any]) -> str:
    return str(request["query"]["bool"].get("filter", []))


def test_the_desk_filters_reach_the_request(
    es: FakeElasticsearch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "search", "Valdoria",
            "--source", "AFP", "--source", "TASS",
            "--since", "2025-05-01", "--until", "now",
            "--person", "Lucia Ferraz", "--org", "EU", "--place", "Porto Alegre",
            "--lang", "EN", "--type", "picture",
        ]
    )  # fmt: skip
    assert code == 0
    (request,) = es.requests
    filters = filters_of(request)
    for expected in ("'AFP'", "'TASS'", "'Lucia Ferraz'", "'EU'", "'Porto Alegre'", "'en'"):
        assert expected in filters
    assert "{'range': {'published_at': {'gte': '2025-05-01', 'lte': 'now'}}}" in filters
    assert "{'terms': {'type': ['picture']}}" in filters
    assert request["collapse"]["field"] == "dedup.cluster_id"


def test_byline_filters_match_every_word_of_each_name(es: FakeElasticsearch) -> None:
    assert main(["search", "--byline", "Jane Doe", "--byline", "Roe", "rates"]) == 0
    (request,) = es.requests
    byline_clauses = [
        clause for clause in request["query"]["bool"]["filter"] if "byline" in str(clause)
    ]
    assert byline_clauses == [
        {
            "bool": {
                "should": [
                    {"match": {"byline": {"query": "Jane Doe", "operator": "and"}}},
                    {"match": {"byline": {"query": "Roe", "operator": "and"}}},
                ]
            }
        }
    ]


def test_one_byline_is_a_plain_clause_and_none_adds_nothing(es: FakeElasticsearch) -> None:
    assert main(["search", "--byline", "Anna Schäfer", "x"]) == 0
    assert main(["search", "x"]) == 0
    with_byline, without = es.requests
    assert {"match": {"byline": {"query": "Anna Schäfer", "operator": "and"}}} in with_byline[
        "query"
    ]["bool"]["filter"]
    assert "byline" not in filters_of(without)


def test_the_output_has_a_facet_line_and_counts_stories(
    es: FakeElasticsearch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "Valdoria"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "1 shown of 1 stories for 'Valdoria'"
    assert lines[1] == "agencies: AFP 1 | people: Lucia Ferraz 1"
    assert "«Valdoria» heads for a run-off" in lines[3]
    assert "AFP · 2025-05-04T18:40:00Z" in lines[4]


def test_json_output_is_hits_only(
    es: FakeElasticsearch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "--json", "Valdoria"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [orjson.loads(line) for line in lines] == [HIT]


def test_any_type_and_every_copy(es: FakeElasticsearch) -> None:
    assert main(["search", "--type", "any", "--include-duplicates", "x"]) == 0
    (request,) = es.requests
    assert "'type'" not in filters_of(request)
    assert "collapse" not in request
    assert "usable" in filters_of(request)


@pytest.mark.parametrize("bad", [["--since", "yesterday"], ["--type", "photo"]])
def test_bad_values_are_refused_before_any_request(
    es: FakeElasticsearch, capsys: pytest.CaptureFixture[str], bad: list[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["search", *bad, "x"])
    assert stopped.value.code == 2
    assert es.requests == []
