"""Reading the lexicons shipped in `pipeline/entities/data/`.

Files are UTF-8 text; lines starting with "#" are comments. `.tsv` files hold
one record per line (tab-separated columns), `.txt` files hold words separated
by whitespace (one or many per line).
"""

from __future__ import annotations

from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("pipeline.entities").joinpath("data", name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def data_rows(name: str, columns: int) -> list[list[str]]:
    """Records of a .tsv lexicon as `columns` strings each (missing trailing columns are "")."""
    rows = []
    for line in _lines(name):
        cells = [cell.strip() for cell in line.split("\t")]
        rows.append((cells + [""] * columns)[:columns])
    return rows


def split_aliases(cell: str) -> list[str]:
    """The "|"-separated names of a lexicon cell."""
    return [name.strip() for name in cell.split("|") if name.strip()]


def data_words(name: str) -> list[str]:
    """Words of a .txt lexicon."""
    return [word for line in _lines(name) for word in line.split()]
