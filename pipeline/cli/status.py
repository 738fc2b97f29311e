"""`wirepipe status`: the pipeline on one screen for the on-call, once, refreshed, or as JSON.

Per stage the messages per second and what became of them, the consumer lag
of each group and topic, the dead letters by stage and reason, Elasticsearch's
health and the index's size, and each worker's readiness. The exit status is
1 when something is unhealthy (`pipeline.stream.status` says what counts).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from contextlib import nullcontext
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import orjson

from pipeline.cli.dlq import stats_document
from pipeline.config import STATUS_WORKERS, load_settings, positive

if TYPE_CHECKING:  # rich and the servers' clients load only when the command runs
    from rich.console import Group

    from pipeline.stream.status import Status

UNHEALTHY = 1
_REASON_WIDTH = 50


def register(commands: Any) -> None:
    p = commands.add_parser(
        "status",
        help="the pipeline at a glance: stage rates, lag, dead letters, Elasticsearch, workers",
        description="The pipeline on one screen: messages per second per stage, consumer lag, "
        "dead letters by reason, Elasticsearch's health and index size, and the readiness of "
        f"each worker named by {STATUS_WORKERS.name}. Exits with 1 when a worker is not ready "
        "or unreachable, Kafka or Elasticsearch cannot be reached, or the cluster is red.",
    )
    p.add_argument("--watch", action="store_true", help="refresh until interrupted (Ctrl-C)")
    p.add_argument(
        "--interval",
        type=_seconds,
        default=5.0,
        metavar="SECONDS",
        help="seconds between two refreshes with --watch (default: 5)",
    )
    p.add_argument("--json", action="store_true", help="a JSON object (a line per refresh)")
    p.set_defaults(func=command)


def _seconds(text: str) -> float:
    try:
        return positive("seconds")(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} {exc}") from None


def command(args: argparse.Namespace) -> int:
    from pipeline.stream.status import gather_status

    if not args.verbose:  # kafka-python logs each connection; the screen is the output here
        logging.getLogger("kafka").setLevel(logging.WARNING)
    settings = load_settings()
    if not args.watch:
        status = gather_status(settings)
        _show(status, as_json=args.json)
        return 0 if status.healthy else UNHEALTHY
    previous = None
    code = 0
    try:
        with _live(enabled=not args.json) as live:
            while True:
                status = gather_status(settings, previous=previous)
                previous = status.workers
                code = 0 if status.healthy else UNHEALTHY
                if live is None:
                    _show(status, as_json=True)
                else:
                    live.update(render(status), refresh=True)
                time.sleep(args.interval)
    except KeyboardInterrupt:
        return code


def _live(*, enabled: bool) -> Any:
    from rich.live import Live

    return Live(auto_refresh=False) if enabled else nullcontext()


def _show(status: Status, *, as_json: bool) -> None:
    if as_json:
        sys.stdout.buffer.write(orjson.dumps(status_document(status)) + b"\n")
        sys.stdout.flush()
        return
    from rich.console import Console

    Console().print(render(status))


def status_document(status: Status) -> dict[str, Any]:
    lag: dict[str, dict[str, dict[str, int]]] = {}
    for (group, topic, partition), behind in sorted((status.lag or {}).items()):
        lag.setdefault(group, {}).setdefault(topic, {})[str(partition)] = behind
    return {
        "healthy": status.healthy,
        "problems": status.problems,
        "stages": {
            stage: {
                "per_second": round(status.rates.get(stage, 0.0), 3),
                "outcomes": outcomes,
                "last_message_at": _iso(_last_message(status, stage)),
            }
            for stage, outcomes in _outcomes(status).items()
        },
        "consumer_lag": None
        if status.lag is None
        else {"total": sum(status.lag.values()), "partitions": lag},
        "dead_letters": (
            None if status.dead_letters is None else stats_document(status.dead_letters)
        ),
        "elasticsearch": {
            "cluster": status.elasticsearch.cluster,
            "documents": status.elasticsearch.documents,
            "size_bytes": status.elasticsearch.size_bytes,
        },
        "workers": [
            {"address": worker.address, "ready": worker.ready, "reasons": list(worker.reasons)}
            for worker in status.workers
        ],
    }


def _outcomes(status: Status) -> dict[str, dict[str, int]]:
    """Every worker's counts added up: outcome counts by stage."""
    stages: dict[str, dict[str, int]] = {}
    for worker in status.workers:
        for (stage, outcome), count in worker.counts.items():
            outcomes = stages.setdefault(stage, {})
            outcomes[outcome] = outcomes.get(outcome, 0) + int(count)
    return stages


def _last_message(status: Status, stage: str) -> float | None:
    times = [w.last_message[stage] for w in status.workers if stage in w.last_message]
    return max(times, default=None)


def _iso(moment: float | None) -> str | None:
    if moment is None:
        return None
    return datetime.fromtimestamp(moment, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _ago(moment: float | None) -> str:
    if moment is None:
        return "never"
    seconds = max(0.0, time.time() - moment)
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds / size:.0f}{unit} ago"
    return f"{seconds:.0f}s ago"


def _size(count: int | None) -> str:
    if count is None:
        return "-"
    amount = float(count)
    for unit in ("B", "KB", "MB", "GB"):
        if amount < 1024:
            return f"{amount:.0f} {unit}" if unit == "B" else f"{amount:.1f} {unit}"
        amount /= 1024
    return f"{amount:.1f} TB"


def render(status: Status) -> Group:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    verdict = (
        Text("HEALTHY", style="bold green")
        if status.healthy
        else Text("UNHEALTHY", style="bold red")
    )
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    parts: list[Any] = [Text.assemble("wirepipe status  ", verdict, f"  {now}")]

    stages = Table(title="Stages", title_justify="left")
    for column in ("stage", "msg/s", "done", "dead letters", "last message"):
        stages.add_column(column, justify="left" if column == "stage" else "right")
    for stage, outcomes in _outcomes(status).items():
        stages.add_row(
            stage,
            f"{status.rates.get(stage, 0.0):.1f}",
            str(sum(n for outcome, n in outcomes.items() if outcome != "dead-letter")),
            str(outcomes.get("dead-letter", 0)),
            _ago(_last_message(status, stage)),
        )
    parts.append(stages)

    lag = Table(title="Consumer lag", title_justify="left")
    for column in ("group", "topic", "lag", "partitions behind"):
        if column in ("group", "topic"):
            lag.add_column(column, overflow="fold")
        else:
            lag.add_column(column, justify="right")
    if status.lag is None:
        lag.add_row("?", "Kafka unreachable", "-", "-")
    totals: dict[tuple[str, str], list[int]] = {}
    for (group, topic, _), behind in sorted((status.lag or {}).items()):
        totals.setdefault((group, topic), []).append(behind)
    for (group, topic), behinds in totals.items():
        lagging = sum(1 for behind in behinds if behind > 0)
        lag.add_row(group, topic, str(sum(behinds)), f"{lagging}/{len(behinds)}")
    parts.append(lag)

    letters = Table(title="Dead letters", title_justify="left")
    for column in ("stage", "reason", "letters"):
        letters.add_column(column, justify="right" if column == "letters" else "left")
    if status.dead_letters is None:
        letters.add_row("?", "Kafka unreachable", "-")
    else:
        for (stage, reason), attempts in sorted(status.dead_letters.attempts.items()):
            shown = reason if len(reason) <= _REASON_WIDTH else reason[: _REASON_WIDTH - 1] + "…"
            letters.add_row(stage, shown, str(attempts.total()))
        letters.caption = (
            f"{status.dead_letters.letters} letters, "
            f"{status.dead_letters.verdicts['replay']} replayable"
        )
    parts.append(letters)

    es = status.elasticsearch
    colour = {"green": "green", "yellow": "yellow"}.get(es.cluster, "red")
    documents = "-" if es.documents is None else str(es.documents)
    parts.append(
        Text.assemble(
            "Elasticsearch  ",
            (es.cluster, f"bold {colour}"),
            f"  {documents} documents, {_size(es.size_bytes)}",
        )
    )

    workers = Table(title="Workers", title_justify="left")
    for column in ("worker", "ready", "why not"):
        workers.add_column(column)
    for worker in status.workers:
        ready = Text("yes", style="green") if worker.ready else Text("no", style="red")
        workers.add_row(worker.address, ready, "; ".join(worker.reasons))
    parts.append(workers)

    if status.problems:
        parts.append(Text("Problems", style="bold red"))
        parts.extend(Text(f"  • {problem}") for problem in status.problems)
    return Group(*parts)
