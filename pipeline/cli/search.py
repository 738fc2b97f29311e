"""`wirepipe search`: the newsroom search, rendered for a terminal."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import orjson

from pipeline.config import Settings, load_settings
from pipeline.index.search import cluster_query, newsroom_query, shown_document


def register(commands: Any) -> None:
    p = commands.add_parser("search", help="newsroom search from the terminal")
    p.add_argument("query", nargs="*", help="words to search; empty lists the latest")
    p.add_argument("-n", "--size", type=int, default=10)
    p.add_argument("--all", action="store_true", help="include killed, embargoed and duplicates")
    p.add_argument("--cluster", help="list the stories of one dedup cluster")
    p.add_argument("--json", action="store_true", help="print raw hits as JSON lines")
    p.set_defaults(func=command)


def command(args: argparse.Namespace) -> int:
    return run_search(
        load_settings(),
        " ".join(args.query),
        size=args.size,
        include_hidden=args.all,
        cluster=args.cluster,
        as_json=args.json,
    )


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


def run_search(
    settings: Settings,
    text: str,
    *,
    size: int = 10,
    include_hidden: bool = False,
    cluster: str | None = None,
    as_json: bool = False,
) -> int:
    """Search the alias and print the hits; `cluster` lists one dedup cluster instead."""
    from pipeline.index.client import es_client

    if cluster:
        body = cluster_query(cluster, size=size)
    else:
        body = newsroom_query(text, size=size, include_hidden=include_hidden)
    with es_client(settings, request_timeout=30) as es:
        response = es.search(index=settings.index_alias, **body)
    hits = response["hits"]["hits"]
    if as_json:
        for hit in hits:
            sys.stdout.buffer.write(orjson.dumps(hit) + b"\n")
        return 0
    total = response["hits"]["total"]["value"]
    print(f"{len(hits)} shown of {total} matching documents for {text!r}\n")
    for hit in hits:
        print(render_hit(hit))
        print()
    return 0
