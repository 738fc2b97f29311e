"""`wirepipe produce`: story files into `wire.raw`, keyed by their guid."""

from __future__ import annotations

import argparse
from typing import Any

from pipeline.cli.files import iter_story_files
from pipeline.config import load_settings


def register(commands: Any) -> None:
    p = commands.add_parser("produce", help="send story files to the raw topic")
    p.add_argument("paths", nargs="+", help="files or folders")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=command)


def command(args: argparse.Namespace) -> int:
    from pipeline.stream.feed import produce_files

    settings = load_settings()
    files = list(iter_story_files(args.paths))
    sent = produce_files(settings, files, progress=not args.quiet)
    print(f"produced {sent} stories to {settings.topics.raw}")
    return 0
