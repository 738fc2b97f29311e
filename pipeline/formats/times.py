"""Wire timestamps, in all their spellings, to UTC ISO 8601 with "Z".

Seen in feeds: 2014-07-16T15:53:10.000Z, 20140829T134951+0000,
2017-08-24T01:58:40+0000, 2016-01-12 12:35:40, 2022-06-29T02:30:00+00:00,
20200703T165136-0400, 2018-01-30T17:32:18.397. A time without an offset is
taken in the agency's own zone when the parser knows it, else as UTC.
Placeholders such as "YYYYMMDD000000-HHMM" give None.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_STAMP = re.compile(
    r"^\s*(\d{4})-?(\d{2})-?(\d{2})"
    r"(?:[T ]?(\d{2}):?(\d{2})(?::?(\d{2}))?(?:[.,]\d+)?)?"
    r"\s*(?:(Z)|(?:GMT|UTC)?\s*([+-])(\d{2}):?(\d{2})|GMT|UTC)?\s*$",
    re.I,
)


@lru_cache(maxsize=16)
def agency_zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def to_utc_iso(value: object, *, assume: tzinfo = UTC) -> str | None:
    """Normalise a timestamp string; None when it is empty or not a timestamp."""
    if not isinstance(value, str):
        return None
    match = _STAMP.match(value)
    if not match:
        return None
    year, month, day, hour, minute, second, zulu, sign, off_h, off_m = match.groups()
    try:
        tz: tzinfo = assume
        if zulu:
            tz = UTC
        elif sign:
            offset = timedelta(hours=int(off_h), minutes=int(off_m))
            tz = timezone(-offset if sign == "-" else offset)
        elif value.strip().upper().endswith(("GMT", "UTC")):
            tz = UTC
        moment = datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            tzinfo=tz,
        )
    except ValueError:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def is_timestamp(value: str) -> bool:
    return bool(_STAMP.match(value))
