"""The newsroom's default search: visible stories only, one hit per cluster.

Visible means usable, or withheld under an embargo that has lifted. Killed
stories stay in the index for audit and never match. Near-duplicates and
updates filed under new guids share `dedup.cluster_id`; collapsing on it
shows one hit per cluster, ranked by its best match, and the hit's
`latest` inner hit is the cluster's newest visible story, the one to show.
`cluster_query` lists a whole cluster.
"""

from __future__ import annotations

from typing import Any

SEARCH_FIELDS = [
    "headline^3",
    "body",
    "abstract^2",
    "captions.text",
    "slugline.text",
    "byline",
    "dateline.place.text",
    "entities.name.text",
]
SOURCE_FIELDS = [
    "id", "headline", "source", "byline", "dateline", "versioncreated", "firstcreated",
    "received_at", "pubstatus", "dedup", "persons", "places", "organizations", "body",
]  # fmt: skip


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


def text_query(text: str) -> dict[str, Any]:
    if not text.strip():
        return {"match_all": {}}
    return {
        "bool": {
            "should": [
                {"multi_match": {"query": text, "fields": SEARCH_FIELDS, "type": "best_fields"}},
                {
                    "nested": {
                        "path": "entities",
                        "query": {"match": {"entities.name.text": text}},
                        "score_mode": "max",
                    }
                },
            ],
            "minimum_should_match": 1,
        }
    }


def newsroom_query(text: str, *, size: int = 10, include_hidden: bool = False) -> dict[str, Any]:
    """Request body of the default search (`include_hidden` shows killed and embargoed too)."""
    query: dict[str, Any] = {"bool": {"must": [text_query(text)]}}
    body: dict[str, Any] = {
        "size": size,
        "query": query,
        "_source": SOURCE_FIELDS,
        "highlight": {
            "fields": {"body": {"fragment_size": 160, "number_of_fragments": 1}, "headline": {}},
            "pre_tags": ["«"],
            "post_tags": ["»"],
        },
        "sort": ["_score", {"versioncreated": {"order": "desc", "missing": "_last"}}],
    }
    if not include_hidden:
        query["bool"]["filter"] = [visible_filter()]
        body["collapse"] = {
            "field": "dedup.cluster_id",
            "inner_hits": {
                "name": "latest",
                "size": 1,
                "_source": SOURCE_FIELDS,
                "sort": [{"versioncreated": {"order": "desc", "missing": "_last"}}],
            },
        }
    return body


def shown_document(hit: dict[str, Any]) -> dict[str, Any]:
    """The document a collapsed hit stands for: its cluster's latest visible story."""
    latest = hit.get("inner_hits", {}).get("latest", {}).get("hits", {}).get("hits", [])
    return dict(latest[0]["_source"]) if latest else dict(hit.get("_source", {}))


def cluster_query(cluster_id: str, *, size: int = 100) -> dict[str, Any]:
    return {
        "size": size,
        "query": {"term": {"dedup.cluster_id": cluster_id}},
        "_source": SOURCE_FIELDS,
        "sort": [{"received_at": {"order": "asc"}}],
    }
