"""`wirepipe dlq list|stats|replay`: dead letters as JSON lines, counted, or sent back."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import orjson

from pipeline.config import load_settings
from pipeline.stream.dead_letters import STAGES, LetterFilter, Verdict, moment

if TYPE_CHECKING:  # the Kafka client loads only when a dlq command runs
    from pipeline.stream.dead_letter_topic import LetterStats, Replay, ReplaySummary

_DURATION = re.compile(r"([0-9]{1,12})\s*([smhdw])")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_HELD: dict[Verdict, str] = {
    "permanent": "permanent reason",
    "exhausted": "attempts used up",
    "unknown-stage": "unknown stage",
}
_REASON_WIDTH = 60  # an unforeseen error's message can be long: the table shows its start


def since_moment(text: str, now: datetime) -> datetime:
    """`--since`: a duration back from `now` (`90s`, `30m`, `2h`, `7d`, `1w`) or an ISO date/time.

    A date or time without a zone is UTC, as the letters' times are.
    """
    duration = _DURATION.fullmatch(text.strip())
    if duration is not None:
        seconds = int(duration[1]) * _UNIT_SECONDS[duration[2]]
        try:
            return now - timedelta(seconds=seconds)
        except OverflowError:  # further back than a datetime reaches: every letter
            return datetime.min.replace(tzinfo=UTC)
    parsed = moment(text)
    if parsed is None:
        raise ValueError(f"{text!r} is neither a duration (30m, 2h, 7d) nor an ISO date/time")
    return parsed


def _since_argument(text: str) -> datetime:
    try:
        return since_moment(text, datetime.now(UTC))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return value


def _add_selection(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--stage", choices=STAGES, help="only letters of this stage")
    parser.add_argument("--reason", help="only letters with exactly this reason tag")
    parser.add_argument(
        "--since",
        type=_since_argument,
        metavar="WHEN",
        help="only letters filed since WHEN: a duration back from now (30m, 2h, 7d) "
        "or an ISO date/time (UTC unless it says otherwise)",
    )


def register(commands: Any) -> None:
    p = commands.add_parser("dlq", help="inspect, count or replay the dead-letter topic")
    actions = p.add_subparsers(dest="dlq_command", required=True)
    q = actions.add_parser("list", help="print dead letters as JSON lines")
    _add_selection(q)
    q.add_argument("-n", "--limit", type=_positive, default=100, help="most letters printed")
    q = actions.add_parser("stats", help="count dead letters by stage, reason and attempt")
    _add_selection(q)
    q.add_argument("--json", action="store_true", help="one JSON object instead of a table")
    q = actions.add_parser(
        "replay",
        help="send dead letters back to their stage's input topic",
        description="Send the selected dead letters back to their stage's input topic, once "
        "per selection. Letters of an unknown stage are never sent; letters with a permanent "
        "reason, or whose attempts reached WIREPIPE_DLQ_MAX_ATTEMPTS, only with --force.",
    )
    _add_selection(q)
    q.add_argument("-n", "--limit", type=_positive, help="most letters sent")
    q.add_argument("--dry-run", action="store_true", help="print what would be sent, send nothing")
    q.add_argument("--force", action="store_true", help="also send permanent and exhausted letters")
    p.set_defaults(func=command)


def command(args: argparse.Namespace) -> int:
    from pipeline.stream import dead_letter_topic

    settings = load_settings()
    selection = LetterFilter(stage=args.stage, reason=args.reason, since=args.since)
    if args.dlq_command == "list":
        for letter in dead_letter_topic.list_dead_letters(settings, args.limit, selection):
            _print_json(letter.summary())
        return 0
    if args.dlq_command == "stats":
        stats = dead_letter_topic.dead_letter_stats(settings, selection)
        if args.json:
            _print_json(stats_document(stats))
        else:
            print(stats_table(stats), end="")
        return 0
    summary = dead_letter_topic.replay_dead_letters(
        settings,
        selection,
        limit=args.limit,
        force=args.force,
        dry_run=args.dry_run,
        on_replay=_print_replay,
    )
    print(replay_report(summary, dry_run=args.dry_run), file=sys.stderr)
    return 0


def _print_json(document: dict[str, Any]) -> None:
    sys.stdout.buffer.write(orjson.dumps(document) + b"\n")
    sys.stdout.flush()


def _print_replay(replay: Replay) -> None:
    _print_json(
        replay.letter.summary() | {"replay_topic": replay.topic, "replay_attempt": replay.attempt}
    )


def stats_document(stats: LetterStats) -> dict[str, Any]:
    by_stage: dict[str, int] = {}
    by_reason: dict[str, int] = {}
    by_attempt: dict[str, int] = {}
    groups = []
    for (stage, reason), attempts in sorted(stats.attempts.items()):
        count = attempts.total()
        by_stage[stage] = by_stage.get(stage, 0) + count
        by_reason[reason] = by_reason.get(reason, 0) + count
        for attempt, n in attempts.items():
            by_attempt[str(attempt)] = by_attempt.get(str(attempt), 0) + n
        groups.append(
            {
                "stage": stage,
                "reason": reason,
                "letters": count,
                "attempts": {str(a): n for a, n in sorted(attempts.items())},
            }
        )
    return {
        "letters": stats.letters,
        "replayable": stats.verdicts["replay"],
        "held": {verdict: stats.verdicts[verdict] for verdict in _HELD},
        "by_stage": by_stage,
        "by_reason": by_reason,
        "by_attempt": dict(sorted(by_attempt.items(), key=lambda item: int(item[0]))),
        "groups": groups,
    }


def stats_table(stats: LetterStats) -> str:
    rows = [("stage", "reason", "letters", "attempts (attempt×letters)")]
    for (stage, reason), attempts in sorted(stats.attempts.items()):
        shown = reason if len(reason) <= _REASON_WIDTH else reason[: _REASON_WIDTH - 1] + "…"
        spread = " ".join(f"{a}×{n}" for a, n in sorted(attempts.items()))
        rows.append((stage, shown, str(attempts.total()), spread))
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    lines = [
        f"{stage:<{widths[0]}}  {reason:<{widths[1]}}  {letters:>{widths[2]}}  {spread}"
        for stage, reason, letters, spread in rows
    ]
    held = ", ".join(f"{stats.verdicts[v]} {what}" for v, what in _HELD.items())
    lines.append(
        f"{stats.letters} letters: {stats.verdicts['replay']} replayable; held back: {held}"
    )
    return "\n".join(lines) + "\n"


def replay_report(summary: ReplaySummary, *, dry_run: bool) -> str:
    sent = summary.sent.total()
    where = ", ".join(f"{topic}: {n}" for topic, n in sorted(summary.sent.items()))
    held = ", ".join(f"{summary.held[v]} {what}" for v, what in _HELD.items())
    verb = "would replay" if dry_run else "replayed"
    return (
        f"{verb} {sent} dead letters{f' ({where})' if where else ''}; "
        f"held back: {held}; {summary.not_selected} outside the selection"
    )
