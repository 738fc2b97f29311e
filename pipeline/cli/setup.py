"""`wirepipe setup`: the pipeline's topics, the index template and the write alias."""

from __future__ import annotations

import argparse
from typing import Any

from pipeline.config import Settings, load_settings


def register(commands: Any) -> None:
    p = commands.add_parser("setup", help="create topics, index template and alias")
    p.set_defaults(func=command)


def command(args: argparse.Namespace) -> int:
    set_up(load_settings())
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
