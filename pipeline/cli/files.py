"""Story files named on the command line: files as given, folders walked in name order."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path


def iter_story_files(paths: Sequence[str | Path]) -> Iterator[Path]:
    """Files under the given paths; MANIFEST files and dotfiles in folders are skipped."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if not child.name.startswith(".") and not child.name.startswith("MANIFEST"):
                    yield child
        elif path.is_file():
            yield path
        else:
            raise SystemExit(f"wirepipe: no such file or folder: {name}")
