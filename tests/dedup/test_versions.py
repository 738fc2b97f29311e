"""The sequence rule and the order of two versions of one story."""

from __future__ import annotations

import pytest

from pipeline.dedup.versions import VersionStamp, numeric_version, parse_time_ms, stamp_of


def test_times_parse_to_epoch_milliseconds() -> None:
    assert parse_time_ms("2016-01-04T16:34:45.000Z") == 1_451_925_285_000
    assert parse_time_ms("2016-01-04T17:34:45+01:00") == 1_451_925_285_000
    assert parse_time_ms("2016-01-04T16:34:45") == 1_451_925_285_000  # naive is UTC
    for junk in (None, "", "yesterday", 12, "2016-13-45T00:00:00Z"):
        assert parse_time_ms(junk) is None


@pytest.mark.parametrize(
    ("value", "number"),
    [(3, 3), ("1542761538", 1_542_761_538), (" 4 ", 4), (True, None), (-1, None), ("²", None)],
)
def test_numeric_version(value: object, number: int | None) -> None:
    assert numeric_version(value) == number


def test_sequence_prefers_versioncreated_then_firstcreated_then_version() -> None:
    timed = stamp_of({"versioncreated": "2016-01-04T16:34:45Z", "version": 5})
    assert timed.natural_sequence() == 1_451_925_285_000
    first_only = stamp_of({"firstcreated": "2016-01-04T16:34:45Z", "version": 5})
    assert first_only.natural_sequence() == 1_451_925_285_005
    assert stamp_of({"version": 5}).natural_sequence() == 5
    assert stamp_of({}).natural_sequence() == 1


def test_compare_uses_fields_both_versions_carry() -> None:
    older = VersionStamp(versioncreated_ms=1_000, version=978_556_838, firstcreated_ms=None)
    newer = VersionStamp(versioncreated_ms=2_000, version=1_542_761_538, firstcreated_ms=None)
    assert newer.compare(older) == 1 and older.compare(newer) == -1
    untimed = VersionStamp(versioncreated_ms=None, version=2, firstcreated_ms=None)
    assert untimed.compare(older) == -1  # by version number
    unknown = VersionStamp(versioncreated_ms=None, version=None, firstcreated_ms=None)
    assert unknown.compare(older) == 0
