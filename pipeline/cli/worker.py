"""`wirepipe worker`: a Faust worker running every stage of the pipeline, or N of them."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any

from pipeline.config import DATA_DIR, WEB_PORT, integer, load_settings


def register(commands: Any) -> None:
    p = commands.add_parser("worker", help="run a Faust worker (or several: --processes)")
    p.add_argument("-l", "--loglevel", default="info")
    p.add_argument(
        "--web-port",
        type=integer(0, 65535),
        help=f"port of the worker's web endpoint, 0 for none (default: {WEB_PORT.name}); "
        "with --processes N, process i serves on this port + i",
    )
    p.add_argument(
        "--data-dir",
        type=Path,
        help=f"the worker's state folder (default: {DATA_DIR.name})",
    )
    p.add_argument(
        "--processes",
        type=integer(1, 256),
        default=1,
        help="worker processes to run on this host, in one consumer group, restarted if they "
        "die (default: 1; more than the partitions leaves some idle)",
    )
    p.set_defaults(func=command)


def command(args: argparse.Namespace) -> int:
    settings = load_settings()
    if args.web_port is not None:
        settings = dataclasses.replace(settings, web_port=args.web_port)
    if args.data_dir is not None:
        settings = dataclasses.replace(settings, data_dir=args.data_dir.absolute())
    if args.processes > 1:
        from pipeline.stream.supervisor import supervise

        return supervise(settings, args.processes, loglevel=args.loglevel)
    from pipeline.stream.worker import run_worker

    run_worker(settings, loglevel=args.loglevel)
    return 0
