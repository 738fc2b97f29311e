"""What each agent did since the worker started, for operations.

Served as JSON by the worker's web endpoint at /wirepipe/stats/ (the port of
WIREPIPE_WEB_PORT), next to Faust's own pages.
"""

from __future__ import annotations

import time
from collections import Counter
from typing import Any


class StageCounters:
    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str]] = Counter()
        self.started = time.time()

    def add(self, stage: str, outcome: str, amount: int = 1) -> None:
        self.counts[(stage, outcome)] += amount

    def snapshot(self) -> dict[str, Any]:
        stages: dict[str, dict[str, int]] = {}
        for (stage, outcome), amount in sorted(self.counts.items()):
            stages.setdefault(stage, {})[outcome] = amount
        return {"uptime_seconds": round(time.time() - self.started, 1), "stages": stages}
