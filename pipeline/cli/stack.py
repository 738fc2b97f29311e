"""`wirepipe stack up|down|status`: the local Kafka + Elasticsearch, no Docker."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(commands: Any) -> None:
    p = commands.add_parser("stack", help="the local Kafka + Elasticsearch (no Docker)")
    p.add_argument("stack_command", choices=["up", "down", "status"])
    p.set_defaults(func=command)


def command(args: argparse.Namespace) -> int:
    from pipeline import stack

    if args.stack_command == "up":
        for name, value in stack.up().redacted_env().items():
            print(f"{name}={value}")
    elif args.stack_command == "down":
        stack.down()
        print("stack stopped")
    else:
        sys.stdout.write(stack.status_report())
    return 0
