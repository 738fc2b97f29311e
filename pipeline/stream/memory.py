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
"""

from __future__ import annotations

import ctypes
import ctypes.util

M_MMAP_THRESHOLD = -3  # mallopt's parameter number, from glibc's malloc.h
MMAP_THRESHOLD_BYTES = 128 * 1024  # glibc's own starting value, now kept


def return_large_buffers() -> bool:
    """Fix glibc's mmap threshold for this process; False where the C library is not glibc."""
    try:
        mallopt = ctypes.CDLL(ctypes.util.find_library("c")).mallopt
    except (OSError, AttributeError):  # no C library found, or one without mallopt
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))
