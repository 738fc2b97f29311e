"""`wirepipe enrich`: the pure stages on story files, JSON lines out, no server needed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import orjson

from pipeline.cli.files import iter_story_files
from pipeline.config import load_settings


def register(commands: Any) -> None:
    p = commands.add_parser("enrich", help="run the pure stages on stories, print JSON lines")
    p.add_argument("paths", nargs="+", help="files or folders, or - for standard input")
    p.add_argument("--format", help="skip detection and parse as this format")
    p.add_argument("--no-dedup", action="store_true", help="do not run dedup across the stories")
    p.add_argument("--with-raw", action="store_true", help="keep the original payload in output")
    p.set_defaults(func=command)


def command(args: argparse.Namespace) -> int:
    if args.paths == ["-"]:
        inputs: list[tuple[str, bytes]] = [("stdin", sys.stdin.buffer.read())]
    else:
        inputs = [(str(p), p.read_bytes()) for p in iter_story_files(args.paths)]
    documents, failures = enrich_inputs(
        inputs,
        format=args.format,
        dedup=not args.no_dedup,
        with_raw=args.with_raw,
        max_story_bytes=load_settings().max_story_bytes,
    )
    out = sys.stdout.buffer
    for document in documents:
        out.write(orjson.dumps(document) + b"\n")
    out.flush()
    for name, error in failures:
        print(f"wirepipe: {name}: cannot parse: {error}", file=sys.stderr)
    return 1 if failures else 0


def enrich_inputs(
    inputs: list[tuple[str, bytes]],
    *,
    format: str | None,
    dedup: bool,
    with_raw: bool,
    max_story_bytes: int,
) -> tuple[list[dict[str, Any]], list[tuple[str, Exception]]]:
    """Documents as they would be indexed, and the inputs that could not be parsed.

    With `dedup`, each document carries the dedup decision beside it (a
    "skip" would not be indexed at all).
    """
    from pipeline.dedup import dedup_stream
    from pipeline.enrich import enrich_story
    from pipeline.errors import ParseError

    articles = []
    failures: list[tuple[str, Exception]] = []
    for name, data in inputs:
        key = None if name == "stdin" else Path(name).stem
        try:
            articles.append(
                enrich_story(data, key=key, format=format, max_story_bytes=max_story_bytes)
            )
        except ParseError as exc:
            failures.append((name, exc))
    if dedup:
        documents: list[dict[str, Any]] = [
            dict(document) | {"decision": {"action": decision.action, "reason": decision.reason}}
            for decision in dedup_stream(articles)
            for document in (decision.article, *decision.retractions)
        ]
    else:
        documents = [dict(article) for article in articles]
    if not with_raw:
        for document in documents:
            document.pop("raw", None)
    return documents, failures
