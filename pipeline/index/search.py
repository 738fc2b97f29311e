"""The newsroom's default search: visible stories only, one hit per cluster, desk filters.

Visible means usable, or withheld under an embargo that has lifted. Killed
stories stay in the index for audit and never match. Near-duplicates and
updates filed under new guids share `dedup.cluster_id`; collapsing on it
shows one hit per cluster, ranked by its best match, and the hit's
`latest` inner hit is the cluster's newest visible story, the one to show.
Kibana cannot collapse: its views filter on `dedup.primary` (one
representative per cluster, see pipeline.dedup.engine) with the same
visibility filter, and count the same stories. `cluster_query` lists a
whole cluster.

The desk narrows a search by agency, time, person, organisation, place,
byline, language and item type (text unless asked otherwise, as in Kibana's
default views); `facets` sums up the result set by agency, person and place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pipeline.index.word_forms import other_forms
from pipeline.model import ItemType

SEARCH_FIELDS = [
    "headline^3",
    "body",
    "abstract^2",
    "captions.text",
    "captions.credit.raw",
    "slugline.text",
    "byline",
    "dateline.place.text",
    "entities.name.text",
]
SOURCE_FIELDS = [
    "id", "headline", "source", "type", "byline", "dateline", "language", "published_at",
    "versioncreated", "firstcreated", "received_at", "pubstatus", "dedup", "persons",
    "places", "organizations", "body", "captions",
]  # fmt: skip
TIME_FIELD = "published_at"
# Other forms of the typed words count, but less than the words as typed.
OTHER_FORMS_BOOST = 0.5
# The facet line: its name, the keyword field, and how many values it shows.
FACETS = (("agencies", "source"), ("people", "persons"), ("places", "places"))
FACET_SIZE = 5

ItemTypes = tuple[ItemType, ...]


@dataclass(frozen=True, slots=True)
class DeskFilters:
    """What the desk narrows a search to; several values of one filter mean any of them.

    `types` empty means every item type; `since` and `until` are ISO 8601
    times or Elasticsearch date math ("now-1d") on `published_at`.
    """

    sources: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    persons: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    types: ItemTypes = ("text",)
    bylines: tuple[str, ...] = ()


def visible_filter(now: str = "now") -> dict[str, Any]:
    return {
        "bool": {
            "should": [
                {"term": {"pubstatus": "usable"}},
                {
                    "bool": {
                        "filter": [
                            {"term": {"pubstatus": "withheld"}},
                            {"range": {"embargo": {"lte": now}}},
                        ]
                    }
                },
            ],
            "minimum_should_match": 1,
        }
    }


def primary_filter() -> dict[str, Any]:
    """One document per cluster: its representative (Kibana's stand-in for collapsing)."""
    return {"term": {"dedup.primary": True}}


def _any_of(clauses: list[dict[str, Any]]) -> dict[str, Any]:
    return clauses[0] if len(clauses) == 1 else {"bool": {"should": clauses}}


def _terms(field: str, values: tuple[str, ...]) -> dict[str, Any]:
    return _any_of(
        [{"term": {field: {"value": value, "case_insensitive": True}}} for value in values]
    )


def entity_filter(entity_type: str, name: str) -> dict[str, Any]:
    """Stories naming an entity: every word of `name` in its canonical name, or an alias."""
    return {
        "nested": {
            "path": "entities",
            "query": {
                "bool": {
                    "filter": [{"term": {"entities.type": entity_type}}],
                    "should": [
                        {"match": {"entities.name.text": {"query": name, "operator": "and"}}},
                        {"term": {"entities.aliases": {"value": name, "case_insensitive": True}}},
                    ],
                    "minimum_should_match": 1,
                }
            },
        }
    }


def byline_filter(name: str) -> dict[str, Any]:
    """Stories signed by `name`: every word of it among the byline's names ("Doe" finds
    "Jane Doe and John Roe"), as the desk types a colleague's name."""
    return {"match": {"byline": {"query": name, "operator": "and"}}}


def desk_filters(filters: DeskFilters) -> list[dict[str, Any]]:
    """Filter clauses of `filters` (all of them must hold)."""
    clauses: list[dict[str, Any]] = []
    if filters.sources:
        clauses.append(_terms("source", filters.sources))
    if filters.languages:
        clauses.append(_terms("language", filters.languages))
    if filters.types:
        clauses.append({"terms": {"type": list(filters.types)}})
    if filters.since or filters.until:
        bounds = {"gte": filters.since, "lte": filters.until}
        clauses.append({"range": {TIME_FIELD: {k: v for k, v in bounds.items() if v}}})
    for entity_type, names in (
        ("PERSON", filters.persons),
        ("ORG", filters.organizations),
        ("PLACE", filters.places),
    ):
        if names:
            clauses.append(_any_of([entity_filter(entity_type, name) for name in names]))
    if filters.bylines:
        clauses.append(_any_of([byline_filter(name) for name in filters.bylines]))
    return clauses


def text_query(text: str) -> dict[str, Any]:
    if not text.strip():
        return {"match_all": {}}
    should: list[dict[str, Any]] = [
        {"multi_match": {"query": text, "fields": SEARCH_FIELDS, "type": "best_fields"}},
        {
            "nested": {
                "path": "entities",
                "query": {"match": {"entities.name.text": text}},
                "score_mode": "max",
            }
        },
    ]
    forms = other_forms(text)
    if forms:
        should.append(
            {
                "multi_match": {
                    "query": forms,
                    "fields": SEARCH_FIELDS,
                    "type": "best_fields",
                    "boost": OTHER_FORMS_BOOST,
                }
            }
        )
    return {"bool": {"should": should, "minimum_should_match": 1}}


def _newest_first() -> dict[str, Any]:
    return {TIME_FIELD: {"order": "desc", "missing": "_last"}}


def facet_aggregations() -> dict[str, Any]:
    """Top values of each facet, counted in stories (clusters), not in agencies' copies."""
    stories = {"cardinality": {"field": "dedup.cluster_id"}}
    return {
        name: {
            "terms": {"field": field, "size": FACET_SIZE, "order": {"stories": "desc"}},
            "aggs": {"stories": stories},
        }
        for name, field in FACETS
    }


def newsroom_query(
    text: str,
    *,
    size: int = 10,
    include_hidden: bool = False,
    include_duplicates: bool = False,
    filters: DeskFilters | None = None,
) -> dict[str, Any]:
    """Request body of the desk's search.

    `include_hidden` shows killed and embargoed stories and every copy;
    `include_duplicates` shows every agency's copy of the visible stories.
    """
    chosen = filters if filters is not None else DeskFilters()
    query: dict[str, Any] = {"bool": {"must": [text_query(text)]}}
    clauses = desk_filters(chosen)
    if not include_hidden:
        clauses.insert(0, visible_filter())
    if clauses:
        query["bool"]["filter"] = clauses
    body: dict[str, Any] = {
        "size": size,
        "query": query,
        "_source": SOURCE_FIELDS,
        "highlight": {
            "fields": {"body": {"fragment_size": 160, "number_of_fragments": 1}, "headline": {}},
            "pre_tags": ["«"],
            "post_tags": ["»"],
        },
        "sort": ["_score", _newest_first()],
        "aggs": facet_aggregations(),
    }
    if not (include_hidden or include_duplicates):
        body["collapse"] = {
            "field": "dedup.cluster_id",
            "inner_hits": {
                "name": "latest",
                "size": 1,
                "_source": SOURCE_FIELDS,
                "sort": [_newest_first()],
            },
        }
        # The number of clusters, which a collapsed search does not report by itself.
        body["aggs"]["stories"] = {"cardinality": {"field": "dedup.cluster_id"}}
    return body


def shown_document(hit: dict[str, Any]) -> dict[str, Any]:
    """The document a collapsed hit stands for: its cluster's latest visible story."""
    latest = hit.get("inner_hits", {}).get("latest", {}).get("hits", {}).get("hits", [])
    return dict(latest[0]["_source"]) if latest else dict(hit.get("_source", {}))


def facets(response: Mapping[str, Any]) -> dict[str, list[tuple[str, int]]]:
    """The facet line's values: name -> [(value, stories), ...], most stories first."""
    aggregations = response.get("aggregations") or {}
    return {
        name: [
            (str(bucket["key"]), int(bucket["stories"]["value"]))
            for bucket in aggregations.get(name, {}).get("buckets", [])
        ]
        for name, _ in FACETS
    }


def cluster_query(cluster_id: str, *, size: int = 100) -> dict[str, Any]:
    return {
        "size": size,
        "query": {"term": {"dedup.cluster_id": cluster_id}},
        "_source": SOURCE_FIELDS,
        "sort": [{"received_at": {"order": "asc"}}],
    }
