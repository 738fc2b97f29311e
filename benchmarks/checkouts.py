"""Two checkouts measured in turn by the same benchmark script, each in a fresh interpreter.

A benchmark's `--against` runs its own measurement (the script with `--child`)
with PYTHONPATH set to one checkout, so that the pipeline imported is that
checkout's, and prints the figures as JSON. The checkouts alternate within each
trial, so a busy machine slows both alike, and each figure is the median over
the trials.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path


def measure_in(tree: Path, script: str, arguments: Sequence[str]) -> dict[str, float]:
    """The figures `script --child ...` prints when it imports the pipeline from `tree`."""
    command = [sys.executable, script, "--child", *arguments]
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run(command, env=env, cwd=tree, check=True, capture_output=True, text=True)
    figures: dict[str, float] = json.loads(done.stdout)
    return figures


def alternate(
    trees: Sequence[Path], script: str, arguments: Sequence[str], trials: int
) -> list[dict[str, float]]:
    """The median of each figure over `trials`, for each of `trees` in order."""
    runs: list[list[dict[str, float]]] = [[] for _ in trees]
    for trial in range(trials):
        for tree, results in zip(trees, runs, strict=True):
            results.append(measure_in(tree, script, arguments))
        print(f"trial {trial + 1}/{trials} done", file=sys.stderr)
    return [
        {key: statistics.median(r[key] for r in results) for key in results[0]} for results in runs
    ]
