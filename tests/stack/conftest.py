"""Fixtures shared by the stack's tests."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def folder_open_to_others() -> Iterator[Path]:
    """A folder other users may pass through, as a checkout under /work or /home is.

    pytest's tmp_path lives in a folder only its owner may enter.
    """
    folder = Path(tempfile.mkdtemp(prefix="wirepipe-stack-test-"))
    os.chmod(folder, 0o711)
    try:
        yield folder
    finally:
        shutil.rmtree(folder)
