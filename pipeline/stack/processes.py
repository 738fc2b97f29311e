"""Detached server processes: start, recognise, stop.

A server is recognised by its pid file *and* by a marker string in its command line (a path
inside this stack's folders), so a recycled pid is never mistaken for it and a server whose
pid file was lost is still found and stopped.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import signal
import socket
import subprocess
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.errors import StackError

_PROC = Path("/proc")


@dataclass(frozen=True)
class ServerProcess:
    """How to recognise one server of the stack."""

    name: str
    pid_file: Path
    main_class: str
    marker: str

    def running_pid(self) -> int | None:
        """The pid of the running server, from its pid file or, failing that, from /proc."""
        pid = read_pid(self.pid_file)
        if pid is not None and (self._is_this_server(pid) or _is_exec_in_progress(pid)):
            return pid
        found = self.find_pids()
        return found[0] if found else None

    def find_pids(self) -> list[int]:
        """Every live process of this server, whatever the pid file says."""
        if not _PROC.is_dir():
            return []
        pids = (int(entry.name) for entry in _PROC.iterdir() if entry.name.isdigit())
        return sorted(pid for pid in pids if self._is_this_server(pid))

    def _is_this_server(self, pid: int) -> bool:
        command_line = _command_line(pid)
        return (
            command_line is not None
            and self.main_class in command_line
            and self.marker in command_line
            and not _is_zombie(pid)
        )


def start_detached(
    argv: Sequence[str],
    *,
    cwd: Path,
    env: Mapping[str, str],
    log_path: Path,
    pid_file: Path,
    stdin_bytes: bytes = b"",
    user: str | None = None,
) -> int:
    """Start a server in its own session, output to a fresh log file; returns its pid.

    The own session lets `stop` signal the whole process group and keeps the server alive
    when the Python process that started it exits.
    """
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("wb") as log:
        try:
            process = subprocess.Popen(
                list(argv),
                cwd=cwd,
                env=dict(env),
                stdin=subprocess.PIPE,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                **run_as(user),
            )
        except OSError as error:
            raise StackError(f"cannot run {argv[0]}: {error}") from error
    assert process.stdin is not None
    with contextlib.suppress(BrokenPipeError):
        process.stdin.write(stdin_bytes)
    with contextlib.suppress(BrokenPipeError):
        process.stdin.close()
    write_pid(pid_file, process.pid)
    return process.pid


def stop_all(servers: Iterable[ServerProcess], timeout_s: float) -> None:
    """Stop servers together: SIGTERM, wait, then SIGKILL; remove their pid files."""
    targets = {server: server.find_pids() for server in servers}
    deadline = time.monotonic() + timeout_s
    for pids in targets.values():
        _signal_groups(pids, signal.SIGTERM)
    for server, pids in targets.items():
        if not _wait_until_gone(server, pids, deadline):
            _signal_groups(server.find_pids(), signal.SIGKILL)
            if not _wait_until_gone(server, pids, time.monotonic() + 10):
                raise StackError(f"{server.name} (pids {pids}) survived SIGKILL")
        server.pid_file.unlink(missing_ok=True)


def read_pid(pid_file: Path) -> int | None:
    try:
        text = pid_file.read_text(encoding="ascii").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def write_pid(pid_file: Path, pid: int) -> None:
    pid_file.parent.mkdir(parents=True, exist_ok=True)
    pid_file.write_text(f"{pid}\n", encoding="ascii")


def port_in_use(port: int, host: str = "127.0.0.1") -> bool:
    """Whether something listens on the port (connections lingering in TIME_WAIT do not count)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return True
    return False


def accepts_connections(host: str, port: int, timeout_s: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout_s):
            return True
    except OSError:
        return False


def _wait_until_gone(server: ServerProcess, pids: list[int], deadline: float) -> bool:
    while True:
        _reap(pids)
        if not server.find_pids():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)


def _signal_groups(pids: Iterable[int], signum: signal.Signals) -> None:
    for pid in pids:
        # Each server leads its own session, so its group id is its pid; the group also
        # holds anything the server forked.
        for send in (os.killpg, os.kill):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                send(pid, signum)


def _reap(pids: Iterable[int]) -> None:
    """Collect the exit status of servers this process started, so none lingers as a zombie."""
    for pid in pids:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)


def _command_line(pid: int) -> str | None:
    try:
        raw = (_PROC / str(pid) / "cmdline").read_bytes()
    except OSError:
        return None
    return raw.replace(b"\0", b" ").decode("utf-8", errors="replace")


def _is_exec_in_progress(pid: int) -> bool:
    """A process just started has, for a moment after exec, an empty command line."""
    return _command_line(pid) == "" and not _is_zombie(pid)


def _is_zombie(pid: int) -> bool:
    try:
        stat = (_PROC / str(pid) / "stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return True
    # The state follows the parenthesised command name, which may itself contain spaces.
    return stat.rsplit(")", 1)[-1].split()[0] in ("Z", "X")


def run_as(user: str | None) -> dict[str, Any]:
    """`subprocess` arguments that run a process as `user`, with its group alone (None: as us)."""
    if user is None:
        return {}
    account = pwd.getpwnam(user)
    return {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}
