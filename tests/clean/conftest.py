from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.model import Article
from tests.story_files import SHARED, STORIES, document


@pytest.fixture
def article():
    def build(name: str) -> Article:
        return document((STORIES / name).read_bytes())

    return build


@pytest.fixture
def shared_file():
    def path(relative: str) -> Path:
        candidate = SHARED / relative
        if not candidate.exists():
            pytest.skip(f"shared file {relative} not present")
        return candidate

    return path
