"""Text without its accents, the one way every stage strips them ("Krško" -> "Krsko").

Entity look-ups and dedup evidence both compare names and words whatever the
accents a writer or a feed gave them. Both decompose the text (NFKD) and drop
the combining marks; they differ only in how they lower the case first.
"""

from __future__ import annotations

import unicodedata

# Code points the table below remembers: the scripts of a wire's copy need a few
# hundred; text written to fill it is stripped right, only not remembered.
_REMEMBERED_CHARACTERS = 4096


class _CombiningMarks(dict[int, str | None]):
    """A `str.translate` table that drops combining marks, each character looked up once.

    Typographic apostrophes and dashes make most wire text non-ASCII, so a
    quoted passage or a name is stripped this way every time; a table that
    learns each code point as it meets it keeps that in C.
    """

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        kept = None if unicodedata.combining(char) else char
        if len(self) < _REMEMBERED_CHARACTERS:
            self[code] = kept
        return kept


_DROP_COMBINING = _CombiningMarks()


def without_accents(text: str) -> str:
    """`text` decomposed (NFKD), its combining marks dropped."""
    return unicodedata.normalize("NFKD", text).translate(_DROP_COMBINING)
