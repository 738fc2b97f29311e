"""Helpers for cleaning tests: parse + clean a fixture or a corpus file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.clean import clean_story
from pipeline.formats import parse_story
from pipeline.model import Article

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("WIREPIPE_SHARED") or ROOT.parent / "shared")


def document(data: bytes) -> Article:
    return clean_story(parse_story(data))


@pytest.fixture
def article():
    def build(name: str) -> Article:
        return document((ROOT / "tests" / "fixtures" / "stories" / name).read_bytes())

    return build


@pytest.fixture
def shared_file():
    def path(relative: str) -> Path:
        candidate = SHARED / relative
        if not candidate.exists():
            pytest.skip(f"shared file {relative} not present")
        return candidate

    return path
