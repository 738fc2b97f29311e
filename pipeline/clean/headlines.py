"""Headlines without the desk's version marks.

Reuters and the services that copy its style set the version of a story
before its headline, in capitals and glued to it by a hyphen: "UPDATE
1-Port strike ends", "REFILE-...", "CORRECTED-UPDATE 2-...", and in the
services' other languages "ACTUALIZA 1-", "ATUALIZA 1-", "MISE À JOUR 1-",
"AGGIORNAMENTO 1-", "AKTUALISIERUNG 1-". The mark says which take this is,
not what the story is about; a word in capitals with a spaced dash ("UPDATE
- ...") or in a sentence is left alone.
"""

from __future__ import annotations

import re

_VERSION_MARK = re.compile(
    r"^(?:(?:UPDATE|REFILE|RPT|REPEAT|CORRECTED|CORRECTION|WRAPUP|ACTUALIZA|ACTUALIZACIÓN"
    r"|ATUALIZA|ATUALIZAÇÃO|MISE [ÀA] JOUR|ACTUALISATION|AGGIORNAMENTO|AKTUALISIERUNG"
    r"|KORRIGIERT|CORRIGÉ|CORREGIDO)(?: \d{1,2})?-)+(?=\S)"
)


def without_version_mark(headline: str) -> str:
    """ "UPDATE 1-Port strike ends" -> "Port strike ends"; other headlines as given."""
    return _VERSION_MARK.sub("", headline, count=1)
