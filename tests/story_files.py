"""Where the project's story fixtures and the optional shared corpus live.

The shared folder (../shared, or $WIREPIPE_SHARED) holds third-party wire
copy: tests read it in place and skip when it is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.clean import clean_story
from pipeline.formats import parse_story
from pipeline.model import Article

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT / "tests" / "fixtures" / "stories"
SHARED = Path(os.environ.get("WIREPIPE_SHARED") or ROOT.parent / "shared")


def document(data: bytes) -> Article:
    """Parse and clean one payload."""
    return clean_story(parse_story(data))
