"""`wirepipe bench`: throughput and latency on generated stories, one JSON report on stdout."""

from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
from pathlib import Path
from typing import Any

from pipeline.bench.options import SECTIONS, BenchOptions
from pipeline.config import integer, load_settings, number


def register(commands: Any) -> None:
    defaults = BenchOptions()
    p = commands.add_parser(
        "bench",
        help="measure the pipeline on generated stories, print a JSON report",
        description="Generate wire stories and measure the pure stages, the Elasticsearch bulk "
        "ceiling, bursts and steady-rate latency through real workers, in throwaway topics and "
        "indices on the configured servers (the local stack is started if needed). Progress "
        "goes to stderr, the report to stdout.",
    )
    p.add_argument(
        "--stories",
        type=integer(1),
        default=defaults.stories,
        help="stories in the pure run and the bulk ceiling (default: %(default)s)",
    )
    p.add_argument(
        "--burst",
        type=integer(1),
        default=defaults.burst,
        help="stories in each end-to-end burst (default: %(default)s)",
    )
    p.add_argument(
        "--steady-rate",
        type=number(0.1, 10_000),
        default=defaults.steady_rate,
        help="stories per second of the latency run (default: %(default)s)",
    )
    p.add_argument(
        "--steady-seconds",
        type=number(1, 86_400),
        default=defaults.steady_seconds,
        help="seconds of the latency run (default: %(default)s)",
    )
    p.add_argument(
        "--duplicates",
        type=number(0, 0.9),
        default=defaults.duplicates,
        help="share of redistributions of earlier stories (default: %(default)s)",
    )
    p.add_argument(
        "--versions",
        type=number(0, 0.9),
        default=defaults.versions,
        help="share of new versions of earlier stories (default: %(default)s)",
    )
    p.add_argument(
        "--workers",
        type=integer(1, 64),
        default=defaults.workers,
        help="also run the first burst through this many workers (default: %(default)s)",
    )
    p.add_argument(
        "--seed",
        type=integer(0),
        default=defaults.seed,
        help="seed of the story generator (default: %(default)s)",
    )
    p.add_argument(
        "--skip",
        nargs="+",
        action="extend",
        choices=SECTIONS,
        default=[],
        metavar="SECTION",
        help=f"sections not to run: {', '.join(SECTIONS)}",
    )
    p.add_argument("--output", type=Path, help="also write the report to this file")
    p.set_defaults(func=command)


def command(args: argparse.Namespace) -> int:
    from pipeline.bench.runner import Progress, run_bench
    from pipeline.bench.scratch import WorkerTrouble

    options = BenchOptions(
        stories=args.stories,
        burst=args.burst,
        steady_rate=args.steady_rate,
        steady_seconds=args.steady_seconds,
        duplicates=args.duplicates,
        versions=args.versions,
        workers=args.workers,
        seed=args.seed,
        skip=frozenset(args.skip),
    )
    if options.duplicates + options.versions >= 1:
        print("wirepipe: --duplicates and --versions must add up to less than 1", file=sys.stderr)
        return 2
    if not args.verbose:  # the Kafka clients' connection lines would bury the progress
        logging.getLogger("kafka").setLevel(logging.WARNING)
    settings = load_settings()
    servers: dict[str, int] = {}
    if options.needs_servers():
        from pipeline import stack

        endpoints = stack.up()
        settings = dataclasses.replace(
            settings, kafka_bootstrap=endpoints.kafka_bootstrap, es_url=endpoints.es_url
        )
        servers = stack.local_pids()
    try:
        report = run_bench(options, settings, Progress(), servers)
    except WorkerTrouble as exc:
        print(f"wirepipe: {exc}", file=sys.stderr)
        return 1
    text = json_text(report)
    sys.stdout.write(text)
    if args.output is not None:
        args.output.write_text(text, encoding="utf-8")
    return 0


def json_text(report: dict[str, Any]) -> str:
    import orjson

    return orjson.dumps(report, option=orjson.OPT_INDENT_2).decode() + "\n"
