from __future__ import annotations

import pytest

from pipeline.formats.times import agency_zone, to_utc_iso


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2014-07-16T15:53:10.000Z", "2014-07-16T15:53:10Z"),
        ("20140829T134951+0000", "2014-08-29T13:49:51Z"),
        ("2017-08-24T01:58:40+0000", "2017-08-24T01:58:40Z"),
        ("2022-06-29T02:30:00+00:00", "2022-06-29T02:30:00Z"),
        ("20200703T165136-0400", "2020-07-03T20:51:36Z"),
        ("2016-01-12 12:35:40", "2016-01-12T12:35:40Z"),
        ("2014-07-16 15:53:10 GMT+00:00", "2014-07-16T15:53:10Z"),
        ("20240710T125902Z", "2024-07-10T12:59:02Z"),
        ("YYYYMMDD000000-HHMM", None),
        ("", None),
        ("2024-13-40T00:00:00Z", None),
        ("9999-12-31T23:59:59-14:00", None),
        ("0001-01-01T00:00:00+14:00", None),
        ("0999-06-01T00:00:00Z", "0999-06-01T00:00:00Z"),
        ("2024-01-01" + " " * 100 + "x", None),
        (None, None),
    ],
)
def test_to_utc_iso(value, expected):
    assert to_utc_iso(value) == expected


def test_naive_time_in_agency_zone():
    assert to_utc_iso("2018-07-01T12:00:00", assume=agency_zone("Europe/Copenhagen")) == (
        "2018-07-01T10:00:00Z"
    )
