"""Running one worker process: its state folder, then the Faust worker.

What a worker needs before its first message happens at start, not at
import: its state folder is created here (Faust does not create parents,
and a missing folder would only show as a RocksDB error later), and the
enrich agent starts its sandbox, which loads the entity lexicons, before
it reads its first story. The process's allocator is told to give large
buffers back (memory.py) before the dedup state is restored.
"""

from __future__ import annotations

from faust import Worker

from pipeline.config import DATA_DIR, Settings
from pipeline.errors import ConfigurationError
from pipeline.stream.app import create_app
from pipeline.stream.memory import return_large_buffers


def prepare_data_dir(settings: Settings) -> None:
    try:
        # Faust keeps its own state of the worker here: readable by the worker's user alone.
        settings.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigurationError(
            f"{DATA_DIR.name}={settings.data_dir}: cannot create the worker's state folder ({exc})"
        ) from exc


def run_worker(settings: Settings, *, loglevel: str = "info") -> None:
    """Run a worker until SIGTERM or SIGINT; the process exits when it has shut down."""
    prepare_data_dir(settings)
    return_large_buffers()
    app = create_app(settings)
    Worker(app, loglevel=loglevel).execute_from_commandline()
