"""Waiting for a server to become healthy, failing fast when it dies instead."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

from pipeline.errors import StackError
from pipeline.stack.distributions import tail
from pipeline.stack.processes import ServerProcess

# A probe returns None when the server is healthy, else why it is not (for error messages).
Probe = Callable[[], str | None]


def wait_until_healthy(
    name: str,
    probe: Probe,
    deadline: float,
    *,
    server: ServerProcess | None = None,
    log_paths: Sequence[Path] = (),
) -> None:
    while True:
        reason = probe()
        if reason is None:
            return
        if server is not None and server.running_pid() is None:
            raise StackError(f"{name} exited while starting ({reason})" + _log_excerpt(log_paths))
        if time.monotonic() >= deadline:
            raise StackError(f"{name} is not healthy in time: {reason}" + _log_excerpt(log_paths))
        time.sleep(0.25)


def _log_excerpt(log_paths: Sequence[Path]) -> str:
    present = [path for path in log_paths if path.is_file() and path.stat().st_size > 0]
    return "".join(f"\nlast lines of {path}:\n{tail(path, lines=15)}" for path in present)
