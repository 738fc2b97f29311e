"""`wirepipe search`: the newsroom search, rendered for a terminal."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import orjson
from elasticsearch import Elasticsearch

from pipeline.config import Settings
from pipeline.index.search import cluster_query, newsroom_query, shown_document


def render_hit(hit: dict[str, Any]) -> str:
    doc = shown_document(hit)
    highlight = hit.get("highlight", {}) if doc.get("id") == hit["_source"].get("id") else {}
    headline = (highlight.get("headline") or [doc.get("headline") or ""])[0]
    if not headline:  # plain-text copy often has none: show the lead instead
        lead = (doc.get("body") or "").split("\n\n")[0]
        headline = lead if len(lead) <= 110 else lead[:110].rsplit(" ", 1)[0] + " …"
    when = doc.get("versioncreated") or doc.get("firstcreated") or doc.get("received_at") or ""
    snippet = (highlight.get("body") or [(doc.get("body") or "")[:160]])[0]
    snippet = " ".join(snippet.split())
    status = "" if doc.get("pubstatus") == "usable" else f" [{doc.get('pubstatus')}]"
    cluster = (doc.get("dedup") or {}).get("cluster_id")
    lines = [
        f"{headline}{status}",
        f"  {doc.get('source') or '?'} · {when} · id {doc.get('id')} · cluster {cluster}",
        f"  {snippet}",
    ]
    return "\n".join(lines)


def run_search(settings: Settings, args: argparse.Namespace) -> int:
    text = " ".join(args.query)
    if args.cluster:
        body = cluster_query(args.cluster, size=args.size)
    else:
        body = newsroom_query(text, size=args.size, include_hidden=args.all)
    with Elasticsearch(settings.es_url, request_timeout=30) as es:
        response = es.search(index=settings.index_alias, **body)
    hits = response["hits"]["hits"]
    if args.json:
        for hit in hits:
            sys.stdout.buffer.write(orjson.dumps(hit) + b"\n")
        return 0
    total = response["hits"]["total"]["value"]
    print(f"{len(hits)} shown of {total} matching documents for {text!r}\n")
    for hit in hits:
        print(render_hit(hit))
        print()
    return 0
