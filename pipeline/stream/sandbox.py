"""The enrich path in a child process, under a CPU-time and memory budget no story can defeat.

A story that makes a pattern backtrack or a loop go quadratic must not stop
the worker: the event loop its three stages share would block, the offset
would never be committed, and after a restart the same story would block
it again. So the pure stages run in a child process, and the budget is
enforced from outside the code it guards:

* **CPU time**: the parent reads the child's CPU time (`/proc/<pid>/stat`)
  while it waits, and kills the child once the story has used more than
  `cpu_seconds` ("timeout"); a wall-clock cap catches a child that is
  starved or stuck without using CPU.
* **Memory**: the child's address space is capped (RLIMIT_AS) at what it
  needs idle plus `memory_bytes`; a story that needs more raises
  MemoryError in the child ("too-large"), whose state is then not trusted.
* **Output**: an enriched document over the message size limit is refused
  here ("too-large"), before any send.
* A child that dies ("crashed") or goes over budget is replaced by a spare
  that has already loaded its lexicons, and a new spare starts loading, so
  the next story does not wait seconds for the replacement.

The child is a fresh interpreter (`python -m pipeline.stream.sandbox FD`:
forking a worker with RocksDB and broker threads is not safe, and
multiprocessing's "spawn" would re-run the worker's main module), talks
over a socket pair, asks the kernel to kill it if the worker dies, and
exits when the socket closes.
"""

from __future__ import annotations

import ctypes
import importlib
import logging
import os
import resource
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection

import orjson

from pipeline.errors import OverBudget, UnexpectedError, WirepipeError
from pipeline.model import Article
from pipeline.stream.memory import freeze_long_lived

log = logging.getLogger("wirepipe")

# A story's wall-clock allowance is this many times its CPU budget (plus the
# floor), for a child that is starved by other processes rather than busy.
WALL_CLOCK_FACTOR = 5.0
WALL_CLOCK_FLOOR_S = 10.0
POLL_INTERVAL_S = 0.02
READY_TIMEOUT_S = 120.0
_PR_SET_PDEATHSIG = 1


Handler = Callable[..., Article]


@dataclass(frozen=True, slots=True)
class Budget:
    cpu_seconds: float
    memory_bytes: int
    max_output_bytes: int


@dataclass(frozen=True, slots=True)
class Enriched:
    """One story through the pure stages: its document id and its JSON bytes."""

    id: str
    payload: bytes


@dataclass(frozen=True, slots=True)
class _Request:
    data: bytes
    key: str | None
    received_at: str
    max_story_bytes: int


def _die_with_parent() -> None:
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except OSError:  # not Linux: the closed pipe still ends the child
        pass


def _address_space() -> int:
    with open(f"/proc/{os.getpid()}/statm") as statm:
        return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def enrich_in_child(
    data: bytes, *, key: str | None, received_at: str, max_story_bytes: int
) -> Article:
    """What the child runs by default: the whole pure path."""
    from pipeline.enrich import enrich_story

    return enrich_story(data, key=key, received_at=received_at, max_story_bytes=max_story_bytes)


# Run once before the child says it is ready, so that imports, lexicons and caches
# that the first story would load are not charged to that story's budget.
WARM_UP_STORY = (
    b"NUSA DUA, Indonesia, July 9 (Reuters) - U.S. Secretary of State Antony Blinken met "
    b"Chinese Foreign Minister Wang Yi in Bali on Saturday, officials said.\n\n"
    b"(Reporting by Jane Doe; Editing by John Smith)\n"
)


def prepare_child() -> None:
    enrich_in_child(
        WARM_UP_STORY,
        key=None,
        received_at="1970-01-01T00:00:00.000Z",
        max_story_bytes=len(WARM_UP_STORY),
    )


DEFAULT_HANDLER = f"{__name__}:enrich_in_child"


def _child(conn: Connection, memory_bytes: int, handler: str) -> None:
    """The child's loop: load once, then run `handler` on each request until the pipe closes."""
    _die_with_parent()
    # Ctrl-C reaches the whole process group; the worker stops its sandbox itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    module_name, function_name = handler.split(":")
    work: Handler = getattr(importlib.import_module(module_name), function_name)
    if handler == DEFAULT_HANDLER:
        prepare_child()
    freeze_long_lived()  # modules and lexicons stay loaded for the child's whole life
    limit = _address_space() + memory_bytes
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    conn.send("ready")
    while True:
        try:
            request: _Request = conn.recv()
        except EOFError:
            return
        try:
            article = work(
                request.data,
                key=request.key,
                received_at=request.received_at,
                max_story_bytes=request.max_story_bytes,
            )
            conn.send(Enriched(article["id"], orjson.dumps(article)))
        except MemoryError:
            conn.send(OverBudget("too-large", f"needed more than {memory_bytes >> 20} MB"))
            return  # an interrupted allocation may leave state behind: start afresh
        except WirepipeError as error:
            conn.send(error)
        except Exception as error:
            conn.send(UnexpectedError.wrapping(error))


def process_stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, user + system CPU seconds) of a process, None where /proc cannot tell."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            # The command name, in parentheses, may hold spaces: fields are counted after it.
            fields = stat.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float | None:
    stat = process_stat(pid)
    return None if stat is None else stat[1]


class _Child:
    def __init__(self, memory_bytes: int, handler: str) -> None:
        ours, theirs = socket.socketpair()
        command = [sys.executable, "-m", "pipeline.stream.sandbox", str(theirs.fileno())]
        self.process = subprocess.Popen(
            [*command, str(memory_bytes), handler], pass_fds=(theirs.fileno(),)
        )
        theirs.close()
        self.conn = Connection(ours.detach())
        self.ready = False

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def wait_ready(self) -> None:
        if self.ready:
            return
        if not self.conn.poll(READY_TIMEOUT_S):
            raise OverBudget("crashed", f"enrich process not ready in {READY_TIMEOUT_S:.0f}s")
        try:
            self.conn.recv()
        except EOFError:
            raise OverBudget("crashed", "enrich process died while starting") from None
        self.ready = True

    def stop(self) -> None:
        self.conn.close()
        if self.alive:
            self.process.kill()
        self.process.wait(timeout=10)


class EnrichSandbox:
    """Runs `enrich_story` in a child process under `budget`; one story at a time.

    `enrich` blocks: call it from a thread (the agent uses an executor) so
    the event loop goes on while a story is worked on.
    """

    def __init__(self, budget: Budget, *, handler: str = DEFAULT_HANDLER) -> None:
        self.budget = budget
        # "module:function" run on each story in the child; tests name probes that spin,
        # allocate or die, to prove the budget without depending on a slow input.
        self.handler = handler
        self._child: _Child | None = None
        self._spare: _Child | None = None

    def start(self) -> None:
        """Start the child and its spare now, rather than at the first story, and wait for both."""
        self._running_child()
        if self._spare is not None:
            self._spare.wait_ready()

    def _running_child(self) -> _Child:
        if self._child is None or not self._child.alive:
            self._discard()
            self._child = self._spare if self._spare and self._spare.alive else self._new_child()
            self._spare = self._new_child()
        self._child.wait_ready()
        return self._child

    def _new_child(self) -> _Child:
        return _Child(self.budget.memory_bytes, self.handler)

    def _discard(self) -> None:
        if self._child is not None:
            self._child.stop()
            self._child = None

    def close(self) -> None:
        self._discard()
        if self._spare is not None:
            self._spare.stop()
            self._spare = None

    def enrich(
        self, data: bytes, *, key: str | None, received_at: str, max_story_bytes: int
    ) -> Enriched:
        """The story's document, or the WirepipeError that says why there is none."""
        child = self._running_child()
        child.conn.send(_Request(data, key, received_at, max_story_bytes))
        reply = self._await_reply(child)
        if isinstance(reply, BaseException):
            if isinstance(reply, OverBudget):
                self._discard()
            raise reply
        if not isinstance(reply, Enriched):
            self._discard()
            raise OverBudget("crashed", f"enrich process answered {type(reply).__name__}")
        if len(reply.payload) > self.budget.max_output_bytes:
            raise OverBudget(
                "too-large",
                f"enriched document of {len(reply.payload)} bytes exceeds the message limit "
                f"of {self.budget.max_output_bytes}",
            )
        return reply

    def _await_reply(self, child: _Child) -> object:
        cpu_budget = self.budget.cpu_seconds
        started_cpu = _cpu_seconds(child.process.pid)
        allowance = cpu_budget * WALL_CLOCK_FACTOR + WALL_CLOCK_FLOOR_S
        deadline = time.monotonic() + allowance
        while not child.conn.poll(POLL_INTERVAL_S):
            if not child.alive:
                self._discard()
                raise OverBudget("crashed", f"enrich process exited ({child.process.returncode})")
            used = _cpu_seconds(child.process.pid)
            if started_cpu is not None and used is not None and used - started_cpu > cpu_budget:
                self._discard()
                raise OverBudget("timeout", f"more than {cpu_budget:g}s of CPU time")
            if time.monotonic() > deadline:
                self._discard()
                raise OverBudget("timeout", f"no answer within {allowance:.0f}s of wall time")
        try:
            return child.conn.recv()
        except EOFError:
            self._discard()
            raise OverBudget("crashed", "enrich process died") from None


if __name__ == "__main__":
    # Run the module's own copy, so what it sends pickles under its importable name.
    from pipeline.stream import sandbox

    sandbox._child(Connection(int(sys.argv[1])), int(sys.argv[2]), sys.argv[3])
