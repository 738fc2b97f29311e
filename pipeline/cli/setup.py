"""`wirepipe setup`: the pipeline's topics, the index template and the write alias,
and with `--kibana URL` the newsroom's Kibana objects."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from pipeline.config import Settings, load_settings, redact, url
from pipeline.errors import WirepipeError


def kibana_url(value: str) -> str:
    try:
        return url(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} {exc}") from None


def register(commands: Any) -> None:
    p = commands.add_parser("setup", help="create topics, index template and alias")
    p.add_argument(
        "--kibana",
        metavar="URL",
        type=kibana_url,
        help="also import the data view, searches, charts, map and dashboard into this Kibana",
    )
    p.set_defaults(func=command)


def command(args: argparse.Namespace) -> int:
    settings = load_settings()
    set_up(settings)
    if args.kibana:
        try:
            set_up_kibana(settings, args.kibana)
        except WirepipeError as exc:
            print(f"wirepipe: {exc}", file=sys.stderr)
            return 1
    return 0


def set_up(settings: Settings) -> None:
    """Create what is missing (idempotent) and say what there is."""
    from pipeline.index.client import es_client
    from pipeline.index.setup import ensure_index
    from pipeline.stream.topics import ensure_topics

    created = ensure_topics(settings)
    print(f"topics: {', '.join(settings.topics.all())} (created: {', '.join(created) or 'none'})")
    with es_client(settings, request_timeout=60) as es:
        result = ensure_index(es, settings)
    print(f"index: alias {result['alias']} (english analyzer: {result['english_analyzer']})")


def set_up_kibana(settings: Settings, kibana: str) -> None:
    """Import the Kibana objects, the data view on `settings.index_alias`; raises on any failure."""
    from pipeline.index.kibana import KibanaLogin, import_saved_objects

    username: str | None = settings.kibana_username
    password: str | None = settings.kibana_password
    if not username:
        # Kibana logs its users in against Elasticsearch: the same user will often do.
        username, password = settings.es_username, settings.es_password
    login = KibanaLogin(username, password) if username and password else None
    imported = import_saved_objects(kibana, settings.index_alias, login=login)
    print(
        f"kibana: {imported} saved objects imported into {redact(kibana)}"
        f" (data view on {settings.index_alias})"
    )
