"""The `wirepipe` command: run, feed, inspect and search the pipeline.

Server-free commands (`enrich`) import only the pure stages; the others
import Kafka, Elasticsearch or Faust lazily so `wirepipe --help` stays fast.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import orjson

log = logging.getLogger("wirepipe")


def iter_story_files(paths: Sequence[str]) -> Iterator[Path]:
    """Files under the given paths, folders walked in name order; MANIFEST and dotfiles skipped."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if not child.name.startswith(".") and not child.name.startswith("MANIFEST"):
                    yield child
        elif path.is_file():
            yield path
        else:
            raise SystemExit(f"wirepipe: no such file or folder: {name}")


def cmd_enrich(args: argparse.Namespace) -> int:
    from pipeline.dedup import dedup_stream
    from pipeline.enrich import enrich_story
    from pipeline.formats import StoryParseError

    if args.paths == ["-"]:
        inputs: list[tuple[str, bytes]] = [("stdin", sys.stdin.buffer.read())]
    else:
        inputs = [(str(p), p.read_bytes()) for p in iter_story_files(args.paths)]
    articles = []
    failures = 0
    for name, data in inputs:
        key = None if name == "stdin" else Path(name).stem
        try:
            articles.append(enrich_story(data, key=key, format=args.format))
        except StoryParseError as exc:
            failures += 1
            print(f"wirepipe: {name}: cannot parse: {exc}", file=sys.stderr)
    out = sys.stdout.buffer
    if args.no_dedup:
        documents = articles
    else:
        # Each document as it would be indexed, with the decision beside it
        # (a "skip" would not be indexed at all).
        documents = [
            document | {"decision": {"action": decision.action, "reason": decision.reason}}
            for decision in dedup_stream(articles)
            for document in (decision.article, *decision.retractions)
        ]
    for document in documents:
        if not args.with_raw:
            document.pop("raw", None)
        out.write(orjson.dumps(document) + b"\n")
    out.flush()
    return 1 if failures else 0


def cmd_produce(args: argparse.Namespace) -> int:
    from pipeline.config import load_settings
    from pipeline.produce import produce_files

    settings = load_settings()
    files = list(iter_story_files(args.paths))
    sent = produce_files(settings, files, progress=not args.quiet)
    print(f"produced {sent} stories to {settings.topics.raw}")
    return 0


def cmd_setup(args: argparse.Namespace) -> int:
    from elasticsearch import Elasticsearch

    from pipeline.config import load_settings
    from pipeline.index.setup import ensure_index
    from pipeline.topics import ensure_topics

    settings = load_settings()
    created = ensure_topics(settings)
    print(f"topics: {', '.join(settings.topics.all())} (created: {', '.join(created) or 'none'})")
    with Elasticsearch(settings.es_url, request_timeout=60) as es:
        result = ensure_index(es, settings)
    print(f"index: alias {result['alias']} (english analyzer: {result['english_analyzer']})")
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    if args.web_port is not None:
        os.environ["WIREPIPE_WEB_PORT"] = str(args.web_port)
    from faust import Worker

    from pipeline.app import app

    worker = Worker(app, loglevel=args.loglevel)
    worker.execute_from_commandline()
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from pipeline.config import load_settings
    from pipeline.search_cli import run_search

    return run_search(load_settings(), args)


def cmd_dlq(args: argparse.Namespace) -> int:
    from pipeline.config import load_settings
    from pipeline.dlq_cli import list_dead_letters, replay_dead_letters

    settings = load_settings()
    if args.dlq_command == "list":
        for letter in list_dead_letters(settings, limit=args.limit):
            sys.stdout.buffer.write(orjson.dumps(letter.summary()) + b"\n")
        return 0
    replayed = replay_dead_letters(settings, stage=args.stage, limit=args.limit)
    print(f"replayed {replayed} dead letters")
    return 0


def cmd_stack(args: argparse.Namespace) -> int:
    from pipeline import stack

    if args.stack_command == "up":
        endpoints = stack.up()
        print(f"KAFKA_BOOTSTRAP={endpoints.kafka_bootstrap}")
        print(f"ES_URL={endpoints.es_url}")
    elif args.stack_command == "down":
        stack.down()
        print("stack stopped")
    else:
        sys.stdout.write(stack.status_report())
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from pipeline.demo import run_demo

    return run_demo(wire=args.wire, timeout=args.timeout)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wirepipe", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="log at debug level")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("enrich", help="run the pure stages on stories, print JSON lines")
    p.add_argument("paths", nargs="+", help="files or folders, or - for standard input")
    p.add_argument("--format", help="skip detection and parse as this format")
    p.add_argument("--no-dedup", action="store_true", help="do not run dedup across the stories")
    p.add_argument("--with-raw", action="store_true", help="keep the original payload in output")
    p.set_defaults(func=cmd_enrich)

    p = sub.add_parser("produce", help="send story files to the raw topic")
    p.add_argument("paths", nargs="+")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_produce)

    p = sub.add_parser("setup", help="create topics, index template and alias")
    p.set_defaults(func=cmd_setup)

    p = sub.add_parser("worker", help="run a Faust worker")
    p.add_argument("-l", "--loglevel", default="info")
    p.add_argument("--web-port", type=int, help="port of the worker's web/stats endpoint (0: off)")
    p.set_defaults(func=cmd_worker)

    p = sub.add_parser("search", help="newsroom search from the terminal")
    p.add_argument("query", nargs="*", help="words to search; empty lists the latest")
    p.add_argument("-n", "--size", type=int, default=10)
    p.add_argument("--all", action="store_true", help="include killed, embargoed and duplicates")
    p.add_argument("--cluster", help="list the stories of one dedup cluster")
    p.add_argument("--json", action="store_true", help="print raw hits as JSON lines")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("dlq", help="inspect or replay the dead-letter topic")
    dlq_sub = p.add_subparsers(dest="dlq_command", required=True)
    q = dlq_sub.add_parser("list", help="print dead letters as JSON lines")
    q.add_argument("-n", "--limit", type=int, default=100)
    q = dlq_sub.add_parser("replay", help="send dead letters back to their stage's input")
    q.add_argument("--stage", choices=["enrich", "dedup", "index"])
    q.add_argument("-n", "--limit", type=int)
    p.set_defaults(func=cmd_dlq)

    p = sub.add_parser("stack", help="the local Kafka + Elasticsearch (no Docker)")
    p.add_argument("stack_command", choices=["up", "down", "status"])
    p.set_defaults(func=cmd_stack)

    p = sub.add_parser("demo", help="stack up, setup, worker, feed samples, search")
    p.add_argument("--wire", help="a folder of your own stories to feed as well")
    p.add_argument("--timeout", type=float, default=300.0)
    p.set_defaults(func=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if not args.verbose:  # one line per HTTP request is noise on a terminal
        logging.getLogger("elastic_transport").setLevel(logging.WARNING)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
