"""The `wirepipe` command: run, feed, inspect and search the pipeline.

Each sub-command lives in its own module of `pipeline.cli`, which registers
its arguments here; `main` parses, sets up logging and dispatches.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from pipeline.cli import bench, demo, dlq, enrich, produce, search, setup, stack, status, worker
from pipeline.config import LOG_FORMAT
from pipeline.errors import ConfigurationError, StackError
from pipeline.stream.logs import configure_logging

COMMANDS = (enrich, produce, setup, worker, search, dlq, status, stack, demo, bench)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wirepipe",
        description="Streaming ingestion of news wire copy: run, feed, inspect and search.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log at debug level")
    commands = parser.add_subparsers(dest="command", required=True)
    for module in COMMANDS:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        configure_logging(
            LOG_FORMAT.read(os.environ), logging.DEBUG if args.verbose else logging.INFO
        )
        if not args.verbose:  # one line per HTTP request is noise on a terminal
            logging.getLogger("elastic_transport").setLevel(logging.WARNING)
        return int(args.func(args) or 0)
    except (ConfigurationError, StackError) as exc:  # the user can fix these: no traceback
        print(f"wirepipe: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
