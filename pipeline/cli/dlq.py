"""`wirepipe dlq list|replay`: the dead letters, as JSON lines or back to their stage."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import orjson

from pipeline.config import load_settings
from pipeline.stream.dead_letters import STAGES


def register(commands: Any) -> None:
    p = commands.add_parser("dlq", help="inspect or replay the dead-letter topic")
    actions = p.add_subparsers(dest="dlq_command", required=True)
    q = actions.add_parser("list", help="print dead letters as JSON lines")
    q.add_argument("-n", "--limit", type=int, default=100)
    q = actions.add_parser("replay", help="send dead letters back to their stage's input")
    q.add_argument("--stage", choices=STAGES)
    q.add_argument("-n", "--limit", type=int)
    p.set_defaults(func=command)


def command(args: argparse.Namespace) -> int:
    from pipeline.stream.dead_letter_topic import list_dead_letters, replay_dead_letters

    settings = load_settings()
    if args.dlq_command == "list":
        for letter in list_dead_letters(settings, limit=args.limit):
            sys.stdout.buffer.write(orjson.dumps(letter.summary()) + b"\n")
        return 0
    replayed = replay_dead_letters(settings, stage=args.stage, limit=args.limit)
    print(f"replayed {replayed} dead letters")
    return 0
