"""ISO 8601 values of DATE spans: dates, clock times with their zone, intervals and durations."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp.dates import normalize_value
from nlp.linking.profiles import date_from_iso

PUBLISHED = dt.date(2024, 7, 10)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Jum'at, 29 November 2024 - 12:17 WIB", "2024-11-29T12:17+07:00"),
        ("pukul 10.00 WIB", "2024-07-10T10:00+07:00"),
        ("pukul 23.58 Wita", "2024-07-10T23:58+08:00"),
        ("01 October 2024 11:23", "2024-10-01T11:23"),
        ("periode 2024-2029", "2024/2029"),
        ("tahun 2015–2022", "2015/2022"),
        ("musim 2024/2025", "2024/2025"),
        ("4-5 Februari 2025", "2025-02-04/2025-02-05"),
        ("5 bulan berturut-turut", "P5M"),
        ("24 tahun", "P24Y"),
        ("tiga hari", "P3D"),
        ("4,5 tahun", "P4.5Y"),
        ("date 2023-11-23", "2023-11-23"),
        ("Selasa (18/6/2024)", "2024-06-18"),
        ("Kamis (11/7)", "2024-07-11"),
        ("bulan lalu", "2024-06"),
    ],
)
def test_values(text: str, value: str) -> None:
    assert normalize_value(text, PUBLISHED) == value


def test_linking_reads_the_day_of_a_timestamp_and_no_day_of_a_span() -> None:
    assert date_from_iso("2024-11-29T12:17+07:00") == (dt.date(2024, 11, 29), "day")
    assert date_from_iso("2024/2029") == (None, "day")
    assert date_from_iso("P5M") == (None, "day")
