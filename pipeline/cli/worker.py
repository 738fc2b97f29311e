"""`wirepipe worker`: one Faust worker running every stage of the pipeline."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from pipeline.config import WEB_PORT, integer, load_settings


def register(commands: Any) -> None:
    p = commands.add_parser("worker", help="run a Faust worker")
    p.add_argument("-l", "--loglevel", default="info")
    p.add_argument(
        "--web-port",
        type=integer(0, 65535),
        help=f"port of the worker's web endpoint, 0 for none (default: {WEB_PORT.name})",
    )
    p.set_defaults(func=command)


def command(args: argparse.Namespace) -> int:
    from pipeline.stream.worker import run_worker

    settings = load_settings()
    if args.web_port is not None:
        settings = dataclasses.replace(settings, web_port=args.web_port)
    run_worker(settings, loglevel=args.loglevel)
    return 0
