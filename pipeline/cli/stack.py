"""`wirepipe stack up|down|status [--cluster]`: the local Kafka + Elasticsearch, no Docker.

Without `--cluster`, `up` starts the single-node stack; `down` stops it and the local cluster
too, so nothing is left running; `status` shows the single-node stack, and each node of the
cluster while the cluster runs. With `--cluster`, each acts on the local cluster alone.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(commands: Any) -> None:
    p = commands.add_parser("stack", help="the local Kafka + Elasticsearch (no Docker)")
    p.add_argument("stack_command", choices=["up", "down", "status"])
    p.add_argument(
        "--cluster",
        action="store_true",
        help="the local cluster: three Kafka and three Elasticsearch nodes, replicated",
    )
    p.set_defaults(func=command)


def command(args: argparse.Namespace) -> int:
    from pipeline import stack

    if args.stack_command == "up":
        endpoints = stack.cluster_up() if args.cluster else stack.up()
        for name, value in endpoints.redacted_env().items():
            print(f"{name}={value}")
    elif args.stack_command == "down":
        if not args.cluster:
            stack.down()
        stack.cluster_down()
        print("cluster stopped" if args.cluster else "stack stopped")
    elif args.cluster:
        sys.stdout.write(stack.cluster_status().summary() + "\n")
    else:
        sys.stdout.write(stack.status_report())
        cluster = stack.cluster_status()
        if cluster.running:
            sys.stdout.write("local cluster:\n" + cluster.summary() + "\n")
    return 0
