"""The worker fixes glibc's mmap threshold, so freed state buffers leave its resident memory."""

from __future__ import annotations

import platform

import pytest

from pipeline.stream.memory import return_large_buffers


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt is glibc's")
def test_the_threshold_is_set_on_glibc() -> None:
    assert return_large_buffers()
    assert return_large_buffers()  # setting it again is harmless
