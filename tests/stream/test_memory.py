"""The worker fixes glibc's mmap threshold and trims its heap after a restore, so freed
buffers leave its resident memory; what it loads once stays out of the cyclic collector's
passes."""

from __future__ import annotations

import gc
import os
import platform
import weakref

import pytest

from pipeline.stream.memory import freeze_long_lived, return_large_buffers, trim_free_memory


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt is glibc's")
def test_the_threshold_is_set_on_glibc() -> None:
    assert return_large_buffers()
    assert return_large_buffers()  # setting it again is harmless


def _rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_trimming_gives_back_the_free_pages_a_restore_leaves_inside_the_heap() -> None:
    # Buffers above pymalloc's 512 bytes come from the C heap; keeping every hundredth
    # one alive pins the heap's top, so only a trim can give the pages between back.
    buffers = [bytes(2048) + bytes([n % 256]) for n in range(100_000)]
    kept = buffers[::100]
    del buffers
    before = _rss_bytes()
    assert trim_free_memory()
    assert before - _rss_bytes() > 100 * 1024 * 1024
    assert len(kept) == 1000


def test_what_is_loaded_leaves_the_collectors_passes_and_garbage_is_not_kept() -> None:
    class Cycle:
        def __init__(self) -> None:
            self.me = self

    loaded = [[n] for n in range(10_000)]  # a lexicon: alive for the process's life
    garbage = weakref.ref(Cycle())  # only the cyclic collector can free it
    try:
        freeze_long_lived()
        assert gc.get_freeze_count() >= len(loaded)
        assert garbage() is None
        # What is frozen is not read by any later collection.
        assert all(not any(o is lexicon for o in gc.get_objects()) for lexicon in loaded[:3])
    finally:
        gc.unfreeze()
