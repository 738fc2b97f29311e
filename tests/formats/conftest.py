from __future__ import annotations

from pathlib import Path

import pytest

from tests.story_files import SHARED, STORIES


@pytest.fixture
def story_bytes():
    def read(name: str) -> bytes:
        return (STORIES / name).read_bytes()

    return read


@pytest.fixture
def corpus_file():
    def path(relative: str) -> Path:
        candidate = SHARED / "corpus" / relative
        if not candidate.exists():
            pytest.skip(f"shared corpus file {relative} not present")
        return candidate

    return path
