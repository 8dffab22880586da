"""Turn Indonesian and English date expressions into datetime.date values."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import dateparser

from nlp.resources import load_json

_NUMERIC = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}|\d{2}))?\b")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9}\.?)\s+(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"\b([A-Za-z]{3,9}\.?)\s+(\d{1,2}),?\s+(\d{4})\b")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


@cache
def _months() -> dict[str, int]:
    data = load_json("dates.json")
    return {**data["en"]["months"], **data["id"]["months"]}


def _make(year: int, month: int, day: int) -> dt.date | None:
    if year < 100:
        year += 2000
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, default_year: int | None = None) -> dt.date | None:
    """The first full date in text: 22 Jun 2024, June 19, 2024, 25/06/2024, (11/7) + default_year.

    Day-first throughout: this is Indonesian usage, and English articles here spell months out.
    """
    months = _months()
    for match in _DAY_MONTH_YEAR.finditer(text):
        month = months.get(match[2].lower())
        if month:
            return _make(int(match[3]), month, int(match[1]))
    for match in _MONTH_DAY_YEAR.finditer(text):
        month = months.get(match[1].lower())
        if month:
            return _make(int(match[3]), month, int(match[2]))
    for match in _NUMERIC.finditer(text):
        year = int(match[3]) if match[3] else default_year
        if year is not None:
            return _make(year, int(match[2]), int(match[1]))
    return None


def parse_with_dateparser(text: str) -> dt.date | None:
    """Slower fallback for header lines our patterns miss; only accepts complete dates."""
    parsed = dateparser.parse(
        text,
        languages=["id", "en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY"},
    )
    return parsed.date() if parsed else None


def first_year(text: str) -> int | None:
    """The first plausible year (1950-2099) written in text."""
    match = _YEAR.search(text)
    return int(match[1]) if match else None


_RELATIVE_DAYS = {
    "hari ini": 0,
    "today": 0,
    "kemarin": -1,
    "yesterday": -1,
    "besok": 1,
    "tomorrow": 1,
}


def normalize_date(text: str, reference: dt.date | None = None) -> str | None:
    """ISO form of a DATE span when it names one day; None for periods and unresolvable dates."""
    found = parse_date(text, reference.year if reference else None)
    if found:
        return found.isoformat()
    if reference is not None:
        offset = _RELATIVE_DAYS.get(text.strip().lower())
        if offset is not None:
            return (reference + dt.timedelta(days=offset)).isoformat()
    return None
