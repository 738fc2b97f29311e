"""Where the project's story fixtures and the optional shared corpus live.

The shared samples folder (WIREPIPE_SHARED, by default `shared/` beside the
checkout) holds third-party wire copy: tests read it in place and skip when
it is absent.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.clean import clean_story
from pipeline.config import load_settings
from pipeline.formats import parse_story
from pipeline.model import Article

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT / "tests" / "fixtures" / "stories"
SHARED = load_settings().shared_dir or ROOT / "no-shared-folder"


def document(data: bytes) -> Article:
    """Parse and clean one payload."""
    return clean_story(parse_story(data))
