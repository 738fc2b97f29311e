"""The Kibana objects against the real node, short of Kibana itself.

Kibana is not available here; what it would do with the objects is:
resolve every field in the data view (`_field_caps` of the alias), run each
saved search's KQL (translated here by hand into the query Kibana sends,
and pinned to the KQL the object holds), and run each chart's aggregation.
Documents are fixture stories and the demo samples, indexed as the pipeline
indexes them (tests/integration/wire_index.py). The import itself is
exercised only where Docker runs Kibana (docker-compose's kibana-setup).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
import pytest

from pipeline.enrich import enrich_story
from pipeline.index.search import newsroom_query
from pipeline.model import document_id
from tests.index.kibana_objects import (
    dashboard_controls,
    field_uses,
    find,
    kql,
    lens_columns,
    map_layers,
    of_type,
)
from tests.integration.stories import SEED
from tests.integration.wire_index import Story, WireIndex, epoch
from tests.story_files import ROOT, STORIES

SAMPLES = ROOT / "pipeline" / "cli" / "samples"

# ---- Kibana's queries, translated by hand from the KQL the objects hold

VISIBLE_KQL = '(pubstatus : "usable" or (pubstatus : "withheld" and embargo <= now))'
VISIBLE = {
    "bool": {
        "should": [
            {"term": {"pubstatus": "usable"}},
            {
                "bool": {
                    "filter": [
                        {"term": {"pubstatus": "withheld"}},
                        {"range": {"embargo": {"lte": "now"}}},
                    ]
                }
            },
        ],
        "minimum_should_match": 1,
    }
}
PRIMARY = {"term": {"dedup.primary": True}}


def of_kind(kind: str) -> dict[str, Any]:
    return {"term": {"type": kind}}


def all_of(*clauses: dict[str, Any]) -> dict[str, Any]:
    return {"bool": {"filter": list(clauses)}}


TEXT_ONE_HIT_KQL = f'type : "text" and dedup.primary : true and {VISIBLE_KQL}'
TEXT_ONE_HIT = all_of(of_kind("text"), PRIMARY, VISIBLE)
TEXT_VISIBLE_KQL = f'type : "text" and {VISIBLE_KQL}'
TEXT_VISIBLE = all_of(of_kind("text"), VISIBLE)

SAVED_SEARCHES: dict[str, tuple[str, dict[str, Any]]] = {
    "wire-latest": (TEXT_ONE_HIT_KQL, TEXT_ONE_HIT),
    "wire-killed": ('pubstatus : "canceled"', {"term": {"pubstatus": "canceled"}}),
    "wire-embargoed": (
        'pubstatus : "withheld" and (embargo > now or not embargo : *)',
        all_of(
            {"term": {"pubstatus": "withheld"}},
            {
                "bool": {
                    "should": [
                        {"range": {"embargo": {"gt": "now"}}},
                        {"bool": {"must_not": [{"exists": {"field": "embargo"}}]}},
                    ],
                    "minimum_should_match": 1,
                }
            },
        ),
    ),
    "wire-by-agency": (TEXT_VISIBLE_KQL, TEXT_VISIBLE),
    "wire-pictures": (
        f'type : "picture" and dedup.primary : true and {VISIBLE_KQL}',
        all_of(of_kind("picture"), PRIMARY, VISIBLE),
    ),
}


def terms(field: str, **inner: Any) -> dict[str, Any]:
    return {"terms": {"field": field, "size": 10}, **({"aggs": inner} if inner else {})}


# Lens: (KQL, its query, the aggregation Lens asks for).
CHARTS: dict[str, tuple[str, dict[str, Any], dict[str, Any]]] = {
    "wire-stories-per-agency": (
        TEXT_VISIBLE_KQL,
        TEXT_VISIBLE,
        terms(
            "source",
            time={"date_histogram": {"field": "published_at", "calendar_interval": "day"}},
        ),
    ),
    "wire-top-people": (TEXT_ONE_HIT_KQL, TEXT_ONE_HIT, terms("persons")),
    "wire-top-organisations": (TEXT_ONE_HIT_KQL, TEXT_ONE_HIT, terms("organizations")),
    "wire-top-places": (TEXT_ONE_HIT_KQL, TEXT_ONE_HIT, terms("places")),
    "wire-languages": (TEXT_ONE_HIT_KQL, TEXT_ONE_HIT, terms("language")),
    "wire-pubstatus": ("dedup.primary : true", PRIMARY, terms("pubstatus")),
}
MAP_CELLS = {"geotile_grid": {"field": "place_locations", "precision": 3}}

# ---- the stories


def fixture(name: str) -> bytes:
    return (STORIES / name).read_bytes()


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def rates_second_version() -> bytes:
    story = orjson.loads(fixture("ninjs1_aap_rates.json"))
    story |= {
        "version": "4",
        "versioncreated": "2024-08-06T06:10:00+0000",
        "headline": "Reserve Bank holds rates, warns inflation fight is not over",
    }
    story["body_html"] += "<p>The Australian dollar rose after the decision.</p>"
    return orjson.dumps(story)


def future_embargo() -> bytes:
    story = orjson.loads(fixture("ninjs2_dpa_books_embargo.json"))
    now = datetime.now(UTC)
    story |= {
        "firstcreated": (now - timedelta(hours=2)).isoformat(),
        "versioncreated": (now - timedelta(hours=1)).isoformat(),
        "embargoed": (now + timedelta(days=1)).isoformat(),
    }
    return orjson.dumps(story)


AFP_FILED = epoch("2025-05-04T18:40:00Z")
DESK_STORIES: dict[str, Story] = {
    "rates": Story(fixture("ninjs1_aap_rates.json"), "rates"),
    "rates v2": Story(rates_second_version(), "rates"),
    "afp": Story(sample("02_afp_election.json"), "afp"),
    # TASS's redistribution arrives ten minutes after AFP's story.
    "tass": Story(sample("03_tass_election_redistribution.txt"), "tass", AFP_FILED + 600),
    "dpa withdrawn": Story(fixture("g2_dpa_withdrawn.xml"), "dpa-withdrawn"),
    "aap kill": Story(fixture("nitf_aap_kill.xml"), "aap-kill"),
    "budget, embargo lifted": Story(fixture("nitf_pa_budget_embargoed.xml"), "budget"),
    "books, embargo ahead": Story(future_embargo(), "books"),
    "rally picture": Story(fixture("apjson_picture_rally.json"), "rally"),
    "pool picture": Story(fixture("g2_reuters_picture_pool.xml"), "pool"),
    "killed picture": Story(fixture("ninjs_ntb_picture_canceled.json"), "ntb"),
}
EXPECTED: dict[str, set[str]] = {
    "wire-latest": {"rates", "afp", "budget, embargo lifted"},
    "wire-killed": {"dpa withdrawn", "aap kill", "killed picture"},
    "wire-embargoed": {"books, embargo ahead"},
    "wire-by-agency": {"rates", "afp", "tass", "budget, embargo lifted"},
    "wire-pictures": {"rally picture", "pool picture"},
}


def document_of(story: Story) -> str:
    article = enrich_story(story.data, key=story.key)
    return document_id(str(article["source"]), str(article["guid"]))


@pytest.fixture(scope="module")
def desk(es_url: str) -> Iterator[WireIndex]:
    index = WireIndex(es_url)
    try:
        index.feed(list(DESK_STORIES.values()))
        yield index
    finally:
        index.close()


@pytest.fixture(scope="module")
def demo(es_url: str) -> Iterator[WireIndex]:
    """The demo's stories, decided as a worker decides them: as they arrive."""
    files = sorted(p for p in SAMPLES.iterdir() if p.is_file())
    files += [SEED] if SEED.exists() else []
    index = WireIndex(es_url)
    try:
        index.feed([Story(path.read_bytes(), path.stem, time.time()) for path in files])
        yield index
    finally:
        index.close()


def named(ids: set[str]) -> set[str]:
    """Story names for document ids: a story's versions share its first name."""
    by_id: dict[str, str] = {}
    for name, story in DESK_STORIES.items():
        by_id.setdefault(document_of(story), name)
    return {by_id.get(doc_id, doc_id) for doc_id in ids}


# ---- the tests


def test_every_story_has_a_publication_time(desk: WireIndex, demo: WireIndex) -> None:
    for index in (desk, demo):
        total = index.count({"match_all": {}})
        assert total > 0
        assert index.count({"exists": {"field": "published_at"}}) == total


def test_every_field_the_objects_use_is_on_the_node(demo: WireIndex) -> None:
    caps = demo.es.field_caps(index=demo.alias, fields="*")["fields"]
    nested = {name for name, types in caps.items() if "nested" in types}
    assert "entities" in nested
    for use in field_uses():
        assert use.field in caps, use
        found = caps[use.field]
        assert not use.types or set(found) <= use.types, (use, list(found))
        if use.aggregatable:
            assert all(spec["aggregatable"] for spec in found.values()), use
        assert not any(use.field.startswith(f"{parent}.") for parent in nested), use


@pytest.mark.parametrize("search_id", sorted(SAVED_SEARCHES))
def test_saved_search_finds_what_its_title_promises(desk: WireIndex, search_id: str) -> None:
    expected_kql, query = SAVED_SEARCHES[search_id]
    assert kql(find("search", search_id)) == expected_kql
    assert named(desk.ids(query)) == EXPECTED[search_id]


def test_every_saved_search_is_translated() -> None:
    assert {o["id"] for o in of_type("search")} == set(SAVED_SEARCHES)


def test_the_one_hit_filter_counts_what_the_collapsed_search_shows(desk: WireIndex) -> None:
    kibana = desk.count(TEXT_ONE_HIT)
    collapsed = desk.search(**newsroom_query("", size=100))
    assert kibana == collapsed["aggregations"]["stories"]["value"] == len(collapsed["hits"]["hits"])
    assert kibana == 3
    every_copy = desk.search(**newsroom_query("", size=100, include_duplicates=True))
    assert len(every_copy["hits"]["hits"]) == desk.count(TEXT_VISIBLE) == 4


def test_a_killed_representative_takes_its_copies_along(es_url: str) -> None:
    kill = orjson.loads(sample("02_afp_election.json"))
    kill |= {"version": "2", "pubstatus": "canceled", "versioncreated": "2025-05-04T19:30:00Z"}
    index = WireIndex(es_url)
    try:
        index.feed(
            [
                DESK_STORIES["afp"],
                DESK_STORIES["tass"],
                Story(orjson.dumps(kill), "afp", AFP_FILED + 3000),
            ]
        )
        assert index.count({"match_all": {}}) == 2
        assert index.count({"term": {"pubstatus": "canceled"}}) == 2
        collapsed = index.search(**newsroom_query("", size=100))
        assert index.count(TEXT_ONE_HIT) == len(collapsed["hits"]["hits"]) == 0
    finally:
        index.close()


@pytest.mark.parametrize("chart_id", sorted(CHARTS))
def test_chart_aggregations_have_buckets_on_the_demo_samples(
    demo: WireIndex, chart_id: str
) -> None:
    expected_kql, query, aggregation = CHARTS[chart_id]
    saved = find("lens", chart_id)
    assert kql(saved) == expected_kql
    asked = {
        column["sourceField"]
        for column in lens_columns(saved)
        if column["operationType"] in ("terms", "date_histogram")
    }
    assert asked == set(_fields(aggregation))
    answer = demo.search(size=0, query=query, aggs={"chart": aggregation})
    buckets = answer["aggregations"]["chart"]["buckets"]
    assert buckets and all(bucket["doc_count"] > 0 for bucket in buckets)
    if "aggs" in aggregation:
        assert all(b["time"]["buckets"] for b in buckets)


def _fields(aggregation: dict[str, Any]) -> list[str]:
    found = [spec["field"] for kind, spec in aggregation.items() if kind != "aggs"]
    for inner in aggregation.get("aggs", {}).values():
        found += _fields(inner)
    return found


def test_every_chart_is_translated() -> None:
    assert {o["id"] for o in of_type("lens")} == set(CHARTS)


def test_the_map_has_story_places_to_show(demo: WireIndex) -> None:
    saved = find("map", "wire-story-places")
    assert kql(saved) == TEXT_ONE_HIT_KQL
    (documents,) = [
        layer for layer in map_layers(saved) if layer["sourceDescriptor"]["type"] == "ES_SEARCH"
    ]
    assert documents["sourceDescriptor"]["geoField"] == MAP_CELLS["geotile_grid"]["field"]
    answer = demo.search(size=0, query=TEXT_ONE_HIT, aggs={"cells": MAP_CELLS})
    assert len(answer["aggregations"]["cells"]["buckets"]) >= 3


def test_every_dashboard_control_has_options(demo: WireIndex) -> None:
    for control in dashboard_controls(find("dashboard", "wire-desk")).values():
        field = control["explicitInput"]["fieldName"]
        answer = demo.search(size=0, aggs={"options": {"terms": {"field": field}}})
        assert answer["aggregations"]["options"]["buckets"], field
