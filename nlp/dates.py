"""Turn Indonesian and English date expressions into datetime.date values."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from itertools import pairwise

import dateparser

from nlp.resources import load_json

_NUMERIC = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}|\d{2}))?\b")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9}\.?)\s+(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"\b([A-Za-z]{3,9}\.?)\s+(\d{1,2}),?\s+(\d{4})\b")
# 14.10.2024 / 14-10-2024 (the year is required: "10.15" is a time) and ISO 2024-10-14.
_NUMERIC_DOTTED = re.compile(r"\b(\d{1,2})([.-])(\d{1,2})\2(\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")
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
    for match in _ISO.finditer(text):
        return _make(int(match[1]), int(match[2]), int(match[3]))
    for match in _NUMERIC_DOTTED.finditer(text):
        return _make(int(match[4]), int(match[3]), int(match[1]))
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
    "kemarin lusa": -2,
    "besok": 1,
    "tomorrow": 1,
    "lusa": 2,
}
_PAST = {"lalu", "silam", "kemarin", "sebelumnya", "last", "past", "ago"}
_NEXT = {"depan", "mendatang", "berikutnya", "next", "coming"}
_THIS = {"ini", "this"}
_WEEK = {"pekan", "minggu", "week"}
_MONTH = {"bulan", "month"}
_YEAR_UNIT = {"tahun", "year"}
_DAY = {"hari", "day"}
_NUMBERS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a": 1, "se": 1,
}
_EDGE_MONTH = {"akhir": 12, "penghujung": 12, "end": 12, "late": 12, "awal": 1, "start": 1,
               "beginning": 1, "early": 1}
_STREAKS = {"berturut-turut", "consecutive", "straight", "running"}
_WORD = re.compile(r"[\w'-]+")


@cache
def _weekdays() -> dict[str, int]:
    data = load_json("dates.json")
    days = {d: i for i, d in enumerate(data["en"]["days"])}
    ids = ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"]
    days.update({d: i for i, d in enumerate(ids)})
    days.update({"jum'at": 4, "ahad": 6})
    return days


def _shift_month(year: int, month: int, delta: int) -> str:
    index = year * 12 + month - 1 + delta
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _nearest_year(month: int, day: int, reference: dt.date, direction: int = 0,
                  weekday: int | None = None) -> dt.date | None:
    """A day written without its year: the one nearest publication, as news reports the recent and the
    coming ("Jumat (11/10)" in a paper of 9 October is two days ahead); "lalu" or "mendatang" decides."""
    found = [d for year in (reference.year - 1, reference.year, reference.year + 1)
             if (d := _make(year, month, day)) is not None
             and (direction == 0 or (d <= reference if direction < 0 else d >= reference))]
    # "Sabtu (13/7)": the year in which the 13th of July is a Saturday settles it.
    found = [d for d in found if d.weekday() == weekday] or found if weekday is not None else found
    # Reports look back more often and further than ahead: a day ahead counts as two behind.
    return min(found, key=lambda d: max((reference - d).days, 2 * (d - reference).days), default=None)


def _weekday(words: list[str]) -> int | None:
    return next((_weekdays()[w] for w in words if w in _weekdays() and w != "minggu"), None)


def _direction(words: list[str]) -> int:
    return -1 if any(w in _PAST for w in words) else 1 if any(w in _NEXT for w in words) else 0


def _explicit(text: str, reference: dt.date | None) -> str | None:
    """Written dates: full, day-month (year from the reference), month-year, year."""
    found = parse_date(text)
    if found:
        return found.isoformat()
    months = _months()
    words = [w.lower().rstrip(".") for w in _WORD.findall(text)]
    year = first_year(text)
    if reference is not None:
        match = _NUMERIC.search(text)
        if match and not match[3]:
            day = _nearest_year(int(match[2]), int(match[1]), reference, _direction(words), _weekday(words))
            return day.isoformat() if day else None
        for a, b in pairwise(words):
            day_month = (a, b) if a.isdigit() else (b, a) if b.isdigit() else None
            if day_month and day_month[1] in months and year is None:
                day = _nearest_year(months[day_month[1]], int(day_month[0]), reference, _direction(words),
                                    _weekday(words))
                return day.isoformat() if day else None
    month = next((months[w] for w in words if w in months and len(w) > 2), None)
    if month and year:
        return f"{year:04d}-{month:02d}"
    if month and reference is not None and not any(w.isdigit() for w in words):
        # The 15th stands for the month, so "Oktober" in a July paper is the coming one, "Mei" the last.
        near = _nearest_year(month, 15, reference.replace(day=15), _direction(words))
        return f"{near.year:04d}-{month:02d}" if near else None
    if year and any(w in _EDGE_MONTH for w in words):
        edge = next(_EDGE_MONTH[w] for w in words if w in _EDGE_MONTH)
        return f"{year:04d}-{edge:02d}"
    if year and len([w for w in words if w.isdigit()]) == 1:
        return f"{year:04d}"
    return None


def _relative(text: str, reference: dt.date) -> str | None:
    """Expressions relative to the publication date: pekan lalu, bulan ini, akhir tahun lalu, Senin lalu."""
    lower = text.strip().lower()
    if lower in _RELATIVE_DAYS:
        return (reference + dt.timedelta(days=_RELATIVE_DAYS[lower])).isoformat()
    words = [w.lower() for w in _WORD.findall(text)]
    if not words or any(w in _STREAKS for w in words):
        return None  # "tiga tahun berturut-turut" is a duration
    direction = _direction(words)
    if direction == 0 and not any(w in _THIS for w in words):
        weekday = _weekdays().get(words[0]) if len(words) == 1 else None
        if weekday is not None:  # "Thursday": the last such day up to publication
            return (reference - dt.timedelta(days=(reference.weekday() - weekday) % 7)).isoformat()
        return None  # "24 tahun", "dua pekan": periods
    count = 1
    for w in words:
        if w.isdigit():
            count = int(w)
        elif w in _NUMBERS:
            count = _NUMBERS[w]
    edge = next((_EDGE_MONTH[w] for w in words if w in _EDGE_MONTH), None)
    weekday = next((_weekdays()[w] for w in words if w in _weekdays() and w != "minggu"), None)
    if weekday is not None and direction:
        gap = (reference.weekday() - weekday) % 7 or 7
        days = -gap if direction < 0 else ((weekday - reference.weekday()) % 7 or 7)
        return (reference + dt.timedelta(days=days)).isoformat()
    if any(w in _DAY for w in words) and direction:
        return (reference + dt.timedelta(days=direction * count)).isoformat()
    if any(w in _WEEK for w in words):
        return (reference + dt.timedelta(weeks=direction * count)).isoformat() if direction else None
    if any(w in _MONTH for w in words):
        return _shift_month(reference.year, reference.month, direction * count)
    if any(w in _YEAR_UNIT for w in words):
        year = reference.year + direction * count
        return f"{year:04d}-{edge:02d}" if edge else f"{year:04d}"
    return None


@cache
def _with_dateparser(text: str, reference: dt.date, lang: str) -> str | None:
    """What our rules leave, resolved by dateparser against the publication date ("3 hari yang lalu")."""
    base = dt.datetime(reference.year, reference.month, reference.day)
    parsed = dateparser.parse(
        text,
        languages=[lang],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed.date().isoformat() if parsed else None


_ZONES = {"wib": "+07:00", "wita": "+08:00", "wit": "+09:00", "gmt": "+00:00", "utc": "+00:00"}
_CLOCK_VALUE = re.compile(
    r"(?<![\d/])(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?(?![\d/])\s*(wib|wita|wit|gmt|utc)?", re.I)
_YEAR_SPAN = re.compile(r"\b((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)?\d\d)\b")
_DAY_SPAN = re.compile(r"\b(\d{1,2})\s*[-–]\s*(\d{1,2})\s+([A-Za-z]+)\s+((?:19|20)\d\d)\b")
_DURATION_UNITS = {"tahun": "Y", "year": "Y", "years": "Y", "bulan": "M", "month": "M", "months": "M",
                   "pekan": "W", "minggu": "W", "week": "W", "weeks": "W", "hari": "D", "day": "D",
                   "days": "D", "jam": "H", "hour": "H", "hours": "H", "menit": "MIN", "dekade": "DEC"}
_NUMERALS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
             "sembilan": 9, "sepuluh": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
             "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_DURATION = re.compile(r"^(?:selama\s+)?(\d+(?:[,.]\d+)?|[a-z]+)\s+([a-z]+)"
                       r"(?:\s+(?:berturut-turut|beruntun|terakhir|lamanya|kerja|tanpa putus))?$", re.I)


def normalize_value(text: str, reference: dt.date | None = None, lang: str = "id") -> str | None:
    """ISO 8601 value of a DATE or TIME span: a date ("2024-11-29"), a date and clock time with its zone
    ("2024-11-29T12:17+07:00"), an interval ("2024/2029", "2025-02-04/2025-02-05") or a duration
    ("P5M", "P24Y", "PT2H"); relative and year-less forms are resolved against reference."""
    span = _YEAR_SPAN.search(text)
    if span and not _DATE_NUMBERS.search(text):
        end = span[2] if len(span[2]) == 4 else span[1][:2] + span[2]
        return f"{span[1]}/{end}"
    days = _DAY_SPAN.search(text)
    if days:
        last = normalize_date(f"{days[2]} {days[3]} {days[4]}", reference, lang)
        if last and len(last) == 10:
            return f"{last[:8]}{int(days[1]):02d}/{last}"
    duration = _as_duration(text)
    if duration:
        return duration
    date = normalize_date(text, reference, lang)
    clock = _CLOCK_VALUE.search(text)
    if clock and int(clock[1]) < 24 and int(clock[2]) < 60:
        day = date if date and len(date) == 10 else None
        if date is None and reference is not None:
            day = reference.isoformat()  # "pukul 10.00 WIB": on the day of publication
        if day:
            zone = _ZONES.get((clock[3] or "").lower(), "")
            return f"{day}T{int(clock[1]):02d}:{clock[2]}{zone}"
    return date


# "18/6/2024", "15 November 2024": numbers of a single date, so "2024-2029" is a span and these are not
_DATE_NUMBERS = re.compile(
    r"(?<!\d)\d{1,2}\s*/\s*\d{1,2}(?!\d)|\d{1,2}\s+[A-Za-z]{3,}\s+(?:19|20)\d\d|\d{4}-\d{2}-\d{2}")


def _as_duration(text: str) -> str | None:
    match = _DURATION.match(text.strip())
    if not match:
        return None
    unit = _DURATION_UNITS.get(match[2].lower())
    amount = match[1].lower()
    number = _NUMERALS.get(amount) if not amount[0].isdigit() else float(amount.replace(",", "."))
    if unit is None or number is None:
        return None
    value = f"{number:g}"
    if unit == "H":
        return f"PT{value}H"
    if unit == "MIN":
        return f"PT{value}M"
    if unit == "DEC":
        return f"P{number * 10:g}Y"
    return f"P{value}{unit}"


def normalize_date(text: str, reference: dt.date | None = None, lang: str = "id") -> str | None:
    """ISO form of a DATE span, resolved against the publication date when one is given.

    A day gives YYYY-MM-DD, a month YYYY-MM, a year YYYY ("akhir tahun 2024" -> "2024-12",
    "bulan lalu" -> the month before publication); durations ("tiga tahun berturut-turut",
    "24 tahun") and expressions that need a reference but have none give None.
    """
    words = {w.lower() for w in _WORD.findall(text)}
    if words & _STREAKS:
        return None
    found = _explicit(text, reference)
    if found or reference is None:
        return found
    found = _relative(text, reference)
    if found:
        return found
    relative_shape = words & (_PAST | _NEXT | _THIS) or len(words) == 1
    if not relative_shape or words & (_THIS | _WEEK | _MONTH | _YEAR_UNIT):
        return None  # "pekan ini" is a period; dateparser would pin it to a day
    return _with_dateparser(text, reference, lang)
