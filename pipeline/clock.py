"""The one way the pipeline writes a moment: UTC ISO 8601, milliseconds, "Z"."""

from __future__ import annotations

import time
from datetime import UTC, datetime


def utc_iso(timestamp: float | None = None) -> str:
    """`timestamp` (epoch seconds, default now) as e.g. "2026-01-01T09:00:00.000Z"."""
    moment = datetime.fromtimestamp(timestamp if timestamp is not None else time.time(), UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
