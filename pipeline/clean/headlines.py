"""Headlines without the desk's version marks.

Reuters and the services that copy its style set the version of a story
before its headline, in capitals and glued to it by a hyphen: "UPDATE
1-Port strike ends", "REFILE-...", "CORRECTED-UPDATE 2-...", and in the
services' other languages "ACTUALIZA 1-", "ATUALIZA 1-", "MISE À JOUR 1-",
"AGGIORNAMENTO 1-", "AKTUALISIERUNG 1-". The mark says which version this
is, not what the story is about: it leaves the headline and becomes the
signal it stands for ("update", "correction"), which the later stages read
as they read a format's. A word in capitals with a spaced dash ("UPDATE -
...") or in a sentence is left alone.
"""

from __future__ import annotations

import re

_CORRECTION = r"CORRECTED|CORRECTION|KORRIGIERT|CORRIGÉ|CORREGIDO|CORRIGIDO|CORRETTO"
_UPDATE = (
    r"UPDATE|REFILE|RPT|REPEAT|WRAPUP|ACTUALIZA|ACTUALIZACIÓN|ATUALIZA|ATUALIZAÇÃO"
    r"|MISE [ÀA] JOUR|ACTUALISATION|AGGIORNAMENTO|AKTUALISIERUNG"
)
_VERSION_MARK = re.compile(rf"(?:(?P<correction>{_CORRECTION})|{_UPDATE})(?: \d{{1,2}})?-(?=\S)")


def split_version_mark(headline: str) -> tuple[str, list[str]]:
    """(the headline without its version marks, the signals they stand for): "CORRECTED-UPDATE
    1-Port strike ends" -> ("Port strike ends", ["correction", "update"])."""
    signals: list[str] = []
    while match := _VERSION_MARK.match(headline):
        signal = "correction" if match.group("correction") else "update"
        if signal not in signals:
            signals.append(signal)
        headline = headline[match.end() :]
    return headline, signals
