"""A worker's large buffers go back to the system when freed.

glibc serves an allocation above its mmap threshold (128 KiB) with a mapping of
its own, unmapped when freed; but each such free raises the threshold to that
size, up to 32 MiB by default. The dedup state's sorted runs are arrays of tens of
megabytes, made and dropped as they merge while a worker restores and runs, so
after the first merges they come from the heap, which keeps most of what it ever
held. A fixed threshold keeps a worker's resident memory near what its state
holds: restoring 200,000 stories in one process took 2.3 KB a story without it
and 1.8 KB with it (`benchmarks/bench_dedup_state.py`). Smaller allocations,
most of the worker's, are not affected.

The restore itself leaves free pages inside the heap (decoded batches of
records, dropped once stored); `trim_free_memory` hands them back once, when
the restore is done.

What a process loads once and keeps (lexicons, gazetteers, compiled patterns,
restored state) is hundreds of thousands of objects that Python's cyclic
collector would read again on every full collection, for nothing: in the
enrich process such a collection took about 0.3 s, one every thousand stories
or so, charged to whichever story was running. `freeze_long_lived` takes them
out of its sight once they are loaded.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from typing import Any

M_MMAP_THRESHOLD = -3  # mallopt's parameter number, from glibc's malloc.h
MMAP_THRESHOLD_BYTES = 128 * 1024  # glibc's own starting value, now kept


def _glibc(function: str) -> Any:
    """A function of glibc, or None where the C library is not found or is not glibc."""
    try:
        return getattr(ctypes.CDLL(ctypes.util.find_library("c")), function)
    except (OSError, AttributeError):
        return None


def return_large_buffers() -> bool:
    """Fix glibc's mmap threshold for this process; False where the C library is not glibc."""
    mallopt = _glibc("mallopt")
    return mallopt is not None and bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))


def trim_free_memory() -> bool:
    """Give the heap's free pages back to the system; False where nothing could be given."""
    malloc_trim = _glibc("malloc_trim")
    return malloc_trim is not None and bool(malloc_trim(0))


def freeze_long_lived() -> None:
    """Collect once, then keep every object alive now out of the cyclic collector's passes."""
    gc.collect()
    gc.freeze()
