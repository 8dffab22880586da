"""Read title, outlet, date and authors from the lines around an article."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from nlp.boilerplate import CREDIT, is_caption, is_junk, is_menu_item
from nlp.datelines import match_dateline
from nlp.dates import first_year, parse_date, parse_with_dateparser
from nlp.outlets import canonical_outlet, is_known_outlet

_AUTHOR_ROLES = {
    "pewarta",
    "penulis",
    "reporter",
    "oleh",
    "writer",
    "written by",
    "reporting by",
    "kontributor",
}
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"
# "Dian Kusumo Hapsari 25/06/2024 10:01 WIB" or "Budi Santoso - 12 Maret 2024"
_BYLINE_WITH_DATE = re.compile(
    rf"^(?P<name>{_NAME})\s*[-–—|,]?\s*(?:\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{1,2}}\s+[A-Za-z]+\s+\d{{4}})"
)
_BY = re.compile(rf"^(?:by|oleh)\s+(?P<names>{_NAME}(?:\s*(?:,|and|dan|&)\s*{_NAME})*)\s*$", re.IGNORECASE)
_DAY_DATE = re.compile(
    r"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)\s*\(\s*(\d{1,2}/\d{1,2}(?:/\d{2,4})?)\s*\)"
)
# What may surround the date on a date-only line: day names, times, time zones, "Updated".
_DATE_LINE_EXTRAS = re.compile(
    r"\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|wib|wita|wit|gmt|utc|am|pm|et|updated|published"
    r"|diperbarui|dipublikasikan|diterbitkan|terbit|pukul|jam|at)\b|\d{1,2}[:.]\d{2}",
    re.IGNORECASE,
)
_DATE_TEXT = re.compile(
    r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
)
_COPYRIGHT = re.compile(
    r"(?:copyright\s*)?©\s*(?:\d{4}\s+)?(?P<owner>[A-Za-z][\w .]*?)\s*(?P<year>\d{4})?\s*$",
    re.IGNORECASE,
)


def is_date_line(line: str) -> bool:
    """A line giving only the publication date and time, e.g. "Sabtu 22 Jun 2024 17:32 WIB"."""
    if len(line) > 60 or parse_date(line) is None:
        return False
    rest = _DATE_LINE_EXTRAS.sub("", _DATE_TEXT.sub("", line))
    return not re.search(r"[A-Za-z]{2,}", rest)


def byline_name(line: str) -> str | None:
    """The author of a byline that carries a date, or None."""
    match = _BYLINE_WITH_DATE.match(line)
    if match and len(line) <= 80 and not is_date_line(line):
        return match["name"].strip()
    return None


def _split_names(value: str) -> list[str]:
    value = re.split(r"\s*[|(]", value)[0]
    parts = re.split(r"\s*(?:,|;|&|\band\b|\bdan\b)\s*", value)
    return [p.strip(" .") for p in parts if p.strip(" .") and p.strip()[0].isupper()]


def find_authors(lines: Sequence[str]) -> tuple[str, ...]:
    """Authors from credit lines (Pewarta, Penulis, Reporter, By ...); an Editor is none."""
    authors: list[str] = []
    for line in lines:
        credit = CREDIT.match(line)
        if credit and credit["role"].lower() in _AUTHOR_ROLES:
            authors += _split_names(credit["value"])
            continue
        by = _BY.match(line)
        if by:
            authors += _split_names(by["names"])
            continue
        name = byline_name(line)
        if name:
            authors.append(name)
    return tuple(dict.fromkeys(authors))


def _headline_like(line: str) -> bool:
    words = line.split()
    return (
        3 <= len(words) <= 30
        and not line.endswith(".")
        and not is_junk(line)
        and not is_caption(line)
        and not CREDIT.match(line)
        and not _BY.match(line)
        and not is_date_line(line)
        and byline_name(line) is None
    )


def find_title(header: Sequence[str]) -> str | None:
    """The headline above the story: before the byline, after the date, else the first."""
    for i, line in enumerate(header):
        is_byline = bool(CREDIT.match(line) or _BY.match(line) or byline_name(line))
        if is_byline and i > 0 and _headline_like(header[i - 1]):
            return header[i - 1]
    for i, line in enumerate(header[:-1]):
        if is_date_line(line) and _headline_like(header[i + 1]):
            return header[i + 1]
    for line in header:
        if _headline_like(line) and len(line.split()) >= 4 and not is_menu_item(line):
            return line
    return None


def copyright_outlet(lines: Sequence[str]) -> tuple[str | None, int | None]:
    """Outlet and year of a "COPYRIGHT © ANTARA 2024" line, if any."""
    for line in reversed(lines):
        if "©" in line or line.lower().startswith("copyright"):
            line = re.sub(r"all rights reserved\.?|hak cipta dilindungi.*", "", line, flags=re.IGNORECASE)
            match = _COPYRIGHT.search(line.strip(" ."))
            if match:
                year = int(match["year"]) if match["year"] else first_year(line)
                return canonical_outlet(match["owner"]), year
    return None, None


def find_outlet(
    header: Sequence[str], body: Sequence[str], footer: Sequence[str], source_name: str = ""
) -> str | None:
    """Outlet from the dateline, copyright line or source name, else the "Sumber:" wire."""
    for line in body[:3]:
        dateline = match_dateline(line)
        if dateline and dateline.outlet:
            return canonical_outlet(dateline.outlet)
    owner, _ = copyright_outlet([*body, *footer])
    if owner:
        return owner
    if source_name and (is_known_outlet(source_name) or "." in source_name.strip("./")):
        known = canonical_outlet(source_name)
        if known and is_known_outlet(source_name):
            return known
    for line in header:
        for word in re.findall(r"[\w.-]+\.(?:com|co\.id|id)\b", line, re.IGNORECASE):
            if is_known_outlet(word):
                return canonical_outlet(word)
    # "Sumber:" names the wire the story came from, so it is only a last resort.
    for line in [*body, *footer]:
        credit = CREDIT.match(line)
        if credit and credit["role"].lower() in {"sumber", "source"}:
            return canonical_outlet(credit["value"])
    return None


def find_published(
    header: Sequence[str], body: Sequence[str], footer: Sequence[str], whole_text: str
) -> dt.date | None:
    """Publication date: a date line or byline, the dateline, else "Kamis (11/7)" + a year."""
    for line in header:
        if is_date_line(line) or byline_name(line):
            found = parse_date(line) or parse_with_dateparser(line)
            if found:
                return found
    for line in body[:3]:
        dateline = match_dateline(line)
        if dateline and dateline.date_text:
            found = parse_date(dateline.date_text)
            if found:
                return found
    if body:
        match = _DAY_DATE.search(body[0])
        if match:
            _, copyright_year = copyright_outlet([*body, *footer])
            year = copyright_year or first_year(whole_text)
            return parse_date(f"({match[1]})", year)
    return None
