"""Where the project's own story fixtures and the optional shared corpus live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STORIES = ROOT / "tests" / "fixtures" / "stories"
SHARED = Path(os.environ.get("WIREPIPE_SHARED") or ROOT.parent / "shared")


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
