"""`wirepipe search`: the newsroom search, rendered for a terminal."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import Any, get_args

import orjson

from pipeline.config import Settings, load_settings
from pipeline.index.search import (
    DeskFilters,
    ItemTypes,
    cluster_query,
    facets,
    newsroom_query,
    shown_document,
)
from pipeline.model import ItemType

ANY_TYPE = "any"


def time_bound(value: str) -> str:
    """An ISO 8601 date or time, or Elasticsearch date math such as now-1d."""
    if value.startswith("now"):
        return value
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not an ISO 8601 date or time, nor date math such as now-1d"
        ) from None
    return value


def register(commands: Any) -> None:
    p = commands.add_parser("search", help="newsroom search from the terminal")
    p.add_argument("query", nargs="*", help="words to search; empty lists the latest")
    p.add_argument("-n", "--size", type=int, default=10)
    p.add_argument("--all", action="store_true", help="include killed, embargoed and duplicates")
    p.add_argument(
        "--include-duplicates", action="store_true", help="show every agency's copy of a story"
    )
    p.add_argument("--cluster", help="list the stories of one dedup cluster")
    p.add_argument("--source", action="append", default=[], help="agency (repeatable)")
    p.add_argument("--since", type=time_bound, help="published at or after (ISO 8601, now-1d)")
    p.add_argument("--until", type=time_bound, help="published at or before")
    p.add_argument("--person", action="append", default=[], help="a person the story names")
    p.add_argument("--org", action="append", default=[], help="an organisation it names")
    p.add_argument("--place", action="append", default=[], help="a place it names")
    p.add_argument(
        "--byline", action="append", default=[], help="a name in its byline (repeatable)"
    )
    p.add_argument("--lang", action="append", default=[], help="language code, e.g. en")
    p.add_argument(
        "--type",
        action="append",
        choices=[*get_args(ItemType), ANY_TYPE],
        help="item type (repeatable; default text, `any` for every type)",
    )
    p.add_argument("--json", action="store_true", help="print raw hits as JSON lines")
    p.set_defaults(func=command)


def chosen_types(types: list[str] | None) -> ItemTypes:
    if not types:
        return ("text",)
    if ANY_TYPE in types:
        return ()
    return tuple(kind for kind in get_args(ItemType) if kind in types)


def command(args: argparse.Namespace) -> int:
    filters = DeskFilters(
        sources=tuple(args.source),
        since=args.since,
        until=args.until,
        persons=tuple(args.person),
        organizations=tuple(args.org),
        places=tuple(args.place),
        bylines=tuple(args.byline),
        languages=tuple(lang.lower() for lang in args.lang),
        types=chosen_types(args.type),
    )
    return run_search(
        load_settings(),
        " ".join(args.query),
        size=args.size,
        include_hidden=args.all,
        include_duplicates=args.include_duplicates,
        filters=filters,
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
    if not headline and doc.get("captions"):  # a picture: its caption
        headline = (doc["captions"][0].get("text") or "")[:110]
    when = doc.get("published_at") or doc.get("versioncreated") or doc.get("received_at") or ""
    snippet = (highlight.get("body") or [(doc.get("body") or "")[:160]])[0]
    snippet = " ".join(snippet.split())
    status = "" if doc.get("pubstatus") == "usable" else f" [{doc.get('pubstatus')}]"
    kind = "" if doc.get("type", "text") == "text" else f" ({doc.get('type')})"
    cluster = (doc.get("dedup") or {}).get("cluster_id")
    lines = [
        f"{headline}{status}{kind}",
        f"  {doc.get('source') or '?'} · {when} · id {doc.get('id')} · cluster {cluster}",
        f"  {snippet}",
    ]
    return "\n".join(lines)


def render_facets(found: dict[str, list[tuple[str, int]]]) -> str:
    """One line: "agencies: Reuters 3 · AFP 1 | people: ... | places: ..."; "" when empty."""
    parts = [
        f"{name}: " + " · ".join(f"{value} {count}" for value, count in values)
        for name, values in found.items()
        if values
    ]
    return " | ".join(parts)


def run_search(
    settings: Settings,
    text: str,
    *,
    size: int = 10,
    include_hidden: bool = False,
    include_duplicates: bool = False,
    filters: DeskFilters | None = None,
    cluster: str | None = None,
    as_json: bool = False,
) -> int:
    """Search the alias and print the hits; `cluster` lists one dedup cluster instead."""
    from pipeline.index.client import es_client

    if cluster:
        body = cluster_query(cluster, size=size)
    else:
        body = newsroom_query(
            text,
            size=size,
            include_hidden=include_hidden,
            include_duplicates=include_duplicates,
            filters=filters,
        )
    with es_client(settings, request_timeout=30) as es:
        response = es.search(index=settings.index_alias, **body).body
    hits = response["hits"]["hits"]
    if as_json:
        for hit in hits:
            sys.stdout.buffer.write(orjson.dumps(hit) + b"\n")
        return 0
    total = response["hits"]["total"]["value"]
    stories = (response.get("aggregations") or {}).get("stories")
    counted = f"{stories['value']} stories" if stories else f"{total} matching documents"
    print(f"{len(hits)} shown of {counted} for {text!r}")
    line = render_facets(facets(response)) if not cluster else ""
    print(f"{line}\n" if line else "")
    for hit in hits:
        print(render_hit(hit))
        print()
    return 0
