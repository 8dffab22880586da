"""Where a DATE starts and ends, as the scheme says: the whole expression, never a document number.

The date matcher finds the core of a date ("29 November 2024", "Minggu (20/10)"); this widens it to its
lead word and time of day ("tanggal 19 Juni", "Minggu (20/10) malam"), joins a date to its clock time
("Jum'at, 29 November 2024 - 12:17 WIB"), reads year ranges and ISO dates, and drops the years inside
law and document numbers ("UU Nomor 19 Tahun 2003", "S-274/PM.21/2020").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

CLOCK = re.compile(r"^\|?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?$")
YEAR = re.compile(r"^(?:19|20)\d\d$")
YEAR_RANGE = re.compile(r"^(?:19|20)\d\d[–-](?:19|20)?\d\d$")
ZONES = {"wib", "wita", "wit", "gmt", "utc", "et", "pt", "a.m.", "p.m.", "am", "pm", "a.m", "p.m"}
SEPARATORS = {",", "|", "-", "–", "—"}
# Words that open a date ("tanggal 19 Juni", "pukul 10.00 WIB", "periode 2024-2029", "Masa Sidang II").
LEADS = {"late", "early", "earlier", "later", "hari", "tanggal", "tgl", "tgl.", "bulan", "tahun", "pukul",
         "jam", "periode", "pagi", "siang", "sore", "malam", "subuh", "petang", "dini"}
TIMES_OF_DAY = {"pagi", "siang", "sore", "malam", "subuh", "petang", "morning", "afternoon", "evening",
                "night"}
# What may close one: "24 Juli 2023 lalu", "Minggu (20/10) malam", "5 bulan berturut-turut".
TRAILS = (("yang", "akan", "datang"), ("dari", "sekarang"), ("yang", "lalu"), ("tanpa", "putus"),
          ("ke", "depan"), ("waktu", "setempat"), ("dini", "hari"), ("terakhir", "ini"), ("lalu",), ("ini",),
          ("kemarin",),
          ("mendatang",), ("tadi",), ("silam",), ("berturut-turut",), ("beruntun",), ("terakhir",),
          ("ago",), ("kerja",), *((word,) for word in TIMES_OF_DAY), *((zone,) for zone in ZONES))
DAYS = {"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
PERIOD_UNITS = {"tahun", "bulan", "pekan", "minggu", "hari", "jam", "menit", "years", "months", "weeks",
                "days", "hours"}
DOCUMENT_NUMBER = {"nomor", "no", "no.", "nomer", "number"}


def _is_clock(token) -> bool:
    return bool(CLOCK.match(token.text))


def _clock_spans(doc: Doc) -> list[tuple[int, int]]:
    """Clock times that tell when: "pukul 11.00 WIB", "12:17 WIB", "jam 10:00"."""
    found = []
    for token in doc:
        if not _is_clock(token):
            continue
        start, end = token.i, token.i + 1
        lead = start > 0 and doc[start - 1].lower_ in {"pukul", "jam", "at"}
        zone = end < len(doc) and doc[end].lower_ in ZONES
        if lead:
            start -= 1
        if zone:
            end += 1
        if lead or zone:
            found.append((start, end))
    return found


def _range_spans(doc: Doc) -> list[tuple[int, int]]:
    """Year ranges ("2024-2029", "2015–2016") and ISO dates ("2023-11-23")."""
    found = []
    for token in doc:
        i = token.i
        if YEAR_RANGE.match(token.text):
            found.append((i, i + 1))
        elif YEAR.match(token.text) and i + 2 < len(doc) and doc[i + 1].text in {"-", "–", "/"}:
            nxt = doc[i + 2]
            if YEAR.match(nxt.text):
                found.append((i, i + 3))
            elif (nxt.text.isdigit() and len(nxt.text) == 2 and i + 4 < len(doc)
                  and doc[i + 3].text == "-" and doc[i + 4].text.isdigit() and len(doc[i + 4].text) == 2):
                found.append((i, i + 5))
    return found


def _in_document_number(doc: Doc, start: int, end: int) -> bool:
    """The year of "Nomor 19 Tahun 2003", "No. 7/2017" or "S-274/PM.21/2020" names a document."""
    if start > 0 and "/" in doc[start - 1].text:
        return True
    if (start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_
            and re.search(r"[A-Za-z/]", doc[start - 2].text)):
        return True
    return any(t.lower_ in DOCUMENT_NUMBER for t in doc[max(0, start - 3):start])


def _trail_length(doc: Doc, end: int) -> int:
    for trail in TRAILS:
        words = [t.lower_ for t in doc[end:end + len(trail)]]
        if tuple(words) == trail:
            return len(trail)
    return 0


def widen(doc: Doc, cores: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Whole DATE expressions as token ranges, from the matcher's cores plus clock times and ranges."""
    ranges = sorted({*cores, *_clock_spans(doc), *_range_spans(doc)})
    ranges = [(s, e) for s, e in ranges if not _in_document_number(doc, s, e)]
    # Nested or overlapping cores become one.
    merged: list[list[int]] = []
    for start, end in ranges:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out: list[list[int]] = []
    for start, end in merged:
        while True:  # lead words, and a time of day before a comma: "Pagi, Senin (30/10/2023)"
            if (start > 1 and doc[start - 1].text in {"-", "–"} and doc[start - 2].text.isdigit()
                    and len(doc[start - 2].text) <= 2 and doc[start].text.isdigit()):
                start -= 2  # a range of days: "4-5 Februari 2025"
            elif start > 0 and doc[start - 1].lower_ in LEADS and not doc[start - 1].is_space:
                start -= 1
            elif start > 1 and doc[start - 1].lower_ == "on" and doc[start - 2].lower_ in {"late", "early"}:
                start -= 2  # "late on Wednesday"
            elif (start > 1 and doc[start - 1].text == "," and doc[start - 2].lower_ in TIMES_OF_DAY):
                start -= 2
            else:
                break
        while True:
            if end < len(doc) and _is_clock(doc[end]) and not doc[end - 1].is_space:
                end += 1  # "01 October 2024 11:23"
            elif (n := _trail_length(doc, end)) and end + n <= len(doc):
                end += n
            else:
                break
        # A date and its clock time, or "hari ini, Selasa, 18 Maret 2025": one expression.
        if out and _joinable(doc, out[-1][1], start):
            out[-1][1] = end
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


def _joinable(doc: Doc, left_end: int, right_start: int) -> bool:
    """A date and its clock time ("29 November 2024 - 12:17 WIB"), or "hari ini, Selasa, 18 Maret 2025",
    are one expression; two dates listed with a comma ("Senin, 9 hari kemudian") are not."""
    between = doc[left_end:right_start]
    if len(between) > 2 or any("\n" in t.text for t in between):
        return False
    if len(between) == 0:
        return True
    # "empat tahun dan enam bulan": one period
    if [t.lower_ for t in between] in (["dan"], ["and"]) and doc[left_end - 1].lower_ in PERIOD_UNITS:
        return doc[right_start].like_num
    if not all(t.text in SEPARATORS or t.is_space for t in between):
        return False
    right = doc[right_start]
    right = doc[right_start + 1] if right.lower_ in {"pukul", "jam"} and right_start + 1 < len(doc) else right
    if _is_clock(right):
        return True
    return all(t.text == "," for t in between) and right.lower_ in DAYS


def date_spans(doc: Doc, cores: Iterable[Span]) -> list[Span]:
    return [Span(doc, s, e, label="DATE") for s, e in widen(doc, ((c.start, c.end) for c in cores))]
