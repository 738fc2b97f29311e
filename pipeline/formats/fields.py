"""Small coercions every format parser needs: ints, status words, signals, language tags,
item types."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.model import ItemType, PubStatus, RawStory

_INT = re.compile(r"^\s*\+?(\d{1,19})\s*$")
_LANGUAGE = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")

# Status vocabularies of NewsML-G2 (stat:), NewsML 1 (Status), NITF
# (management-status), ninjs and AP (pubstatus).
_PUBSTATUS: dict[str, PubStatus] = {
    "usable": "usable",
    "withheld": "withheld",
    "embargoed": "withheld",
    "canceled": "canceled",
    "cancelled": "canceled",
    "killed": "canceled",
    "kill": "canceled",
    "withdrawn": "canceled",
}
# Item types of ninjs (type), NewsML-G2 (itemClass ninat:/icls:), NewsML 1 (MediaType)
# and AP (type).
_ITEM_TYPES: dict[str, ItemType] = {
    "text": "text",
    "picture": "picture",
    "photo": "picture",
    "image": "picture",
    "video": "video",
    "audio": "audio",
    "sound": "audio",
    "graphic": "graphic",
    "composite": "composite",
    "package": "composite",
}
# Editorial signals: NewsML-G2 sig:/edStat: (Reuters: U update, C correction,
# D delete), ninjs/AP signals and free words some agencies use.
_SIGNALS = {
    "update": "update",
    "correction": "correction",
    "corrected": "correction",
    "kill": "kill",
    "withdrawal": "kill",
    "withdrawn": "kill",
    "delete": "kill",
}


def as_int(value: object) -> int | None:
    """An int from an int or a numeric string; None otherwise (bools are not versions)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 0 <= value < 2**63 else None
    if isinstance(value, str):
        match = _INT.match(value)
        if match:
            number = int(match.group(1))
            return number if number < 2**63 else None
    return None


def as_text(value: object) -> str | None:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return None


def pubstatus_of(value: object) -> PubStatus | None:
    if not isinstance(value, str):
        return None
    word = value.strip().lower().rsplit(":", 1)[-1]
    return _PUBSTATUS.get(word)


# Reuters' one-letter editorial status codes (edStat:U/C/D).
_EDITORIAL_STATUS = {"u": "update", "c": "correction", "d": "kill"}


def signal_of(code: str) -> str | None:
    """Map a signal code ("edStat:C", "sig:update", "correction") to our vocabulary."""
    scheme, _, value = code.strip().lower().rpartition(":")
    if scheme == "edstat":
        return _EDITORIAL_STATUS.get(value)
    return _SIGNALS.get(value)


def item_type_of(value: object) -> ItemType | None:
    """Map a type code ("ninat:picture", "Photo", "video") to our vocabulary."""
    if not isinstance(value, str):
        return None
    return _ITEM_TYPES.get(value.strip().lower().rsplit(":", 1)[-1])


def language_tag(value: object) -> str | None:
    """The primary language subtag, lower-case: "en-US" -> "en"; Norwegian nb/nn -> "no"."""
    if not isinstance(value, str):
        return None
    match = _LANGUAGE.match(value.strip())
    if not match:
        return None
    primary = match.group(1).lower()
    return "no" if primary in ("nb", "nn") else primary


def unique(values: Iterable[str | None]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value:
            value = " ".join(value.split())
            if value:
                seen.setdefault(value, None)
    return list(seen)


def apply_status(story: RawStory, status: PubStatus | None) -> None:
    """Set pubstatus from the format; a kill also becomes the "kill" signal."""
    if status:
        story.pubstatus = status
    if story.pubstatus == "canceled":
        add_signal(story, "kill")
    elif story.embargo and story.pubstatus == "usable":
        # The format announced an embargo: whether it is still in force is
        # decided downstream against the clock.
        story.pubstatus = "withheld"


def add_signal(story: RawStory, signal: str | None) -> None:
    if signal and signal not in story.signals:
        story.signals.append(signal)


def add_signals(story: RawStory, codes: object) -> None:
    """Add the signals of a JSON list of codes; anything else is ignored."""
    for code in codes if isinstance(codes, list) else ():
        if isinstance(code, str):
            add_signal(story, signal_of(code))
