"""Read title, outlet, date and authors from the lines around an article."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from nlp.boilerplate import CREDIT, is_caption, is_junk, is_menu_item
from nlp.datelines import match_dateline
from nlp.dates import first_year, parse_date
from nlp.outlets import WIRES, brand_outlet, canonical_outlet, is_known_outlet, outlet_from_domain

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
# "Dian Kusumo Hapsari 25/06/2024 10:01 WIB", "Budi Santoso - 12 Maret 2024", "Ifan Sucipto • 14 Oktober 2024"
_BYLINE_WITH_DATE = re.compile(
    rf"^(?P<name>{_NAME})\s*(?P<sep>[-–—|,•·]?)\s*(?:\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{1,2}}\s+[A-Za-z]+\s+\d{{4}})"
)
# "Rizky Mahendra - detikNews", "Ferry Sandi, CNBC Indonesia", "Dio Suhenda (The Jakarta Post)",
# "Fahmi Firdaus , Jurnalis · Senin 14 Oktober 2024": a name, then the outlet or the word "Jurnalis".
_BYLINE_WITH_OUTLET = re.compile(
    rf"^(?P<name>{_NAME})\s*(?:[-–—|,•·]\s*|\(\s*)(?P<outlet>[^()|•·]{{2,40}}?)\s*\)?\s*(?:[|•·].*)?$"
)
_JOURNALIST = re.compile(
    r"^(?:jurnalis|wartawan|reporter|kontributor|koresponden|correspondent)$", re.IGNORECASE
)
# "Penulis Dian Erika Nugraheny", "Oleh Reporter: Dinda": a role word without its colon, or doubled.
_ROLE_NO_COLON = re.compile(
    rf"^(?:oleh\s+)?(?:penulis|pewarta|reporter|writer)\s*:?\s+(?P<names>{_NAME}(?:\s*(?:,|dan|&)\s*{_NAME})*)\s*$",
    re.IGNORECASE,
)
# A bare person's name: two to four capitalised words.
_BARE_NAME = re.compile(r"^[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]*){1,3}$")
_PUBLISHED_WORDS = re.compile(
    r"\b(?:dipublikasikan|diterbitkan|dipublish|terbit|published|posted|first\s+published)\b", re.IGNORECASE
)
_UPDATED_WORDS = re.compile(r"\b(?:diperbarui|pembaruan|updated|update|last\s+modified)\b", re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)
_WEEKDAY = re.compile(
    r"\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b",
    re.IGNORECASE,
)
_BY = re.compile(rf"^(?:by|oleh)\s+(?P<names>{_NAME}(?:\s*(?:,|and|dan|&)\s*{_NAME})*)\s*$", re.IGNORECASE)
_DAY_DATE = re.compile(
    r"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)\s*\(\s*(\d{1,2}/\d{1,2}(?:/\d{2,4})?)\s*\)"
)
# What may surround the date on a date-only line: day names, times, time zones, "Updated".
_DATE_LINE_EXTRAS = re.compile(
    r"\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|wib|wita|wit|gmt|utc|am|pm|et|updated|published"
    r"|diperbarui|dipublikasikan|diterbitkan|terbit|pukul|jam|at|on|date)\b"
    r"|\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?\b)?|\bGMT\s*[+-]\s*\d{1,2}",
    re.IGNORECASE,
)
_DATE_TEXT = re.compile(
    r"\d{4}-\d{2}-\d{2}|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
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


def _is_outlet_name(name: str) -> bool:
    return bool(brand_outlet(name, strict=False)) or bool(re.search(r"\.(?:com|co|id)\b", name, re.I))


def byline_name(line: str) -> str | None:
    """The author of a byline that carries a date or names the outlet, or None."""
    if len(line) > 100:
        return None
    match = _BYLINE_WITH_DATE.match(line)
    # A separator or a time tells a byline from a headline like "Harga Emas Hari Ini 14 Oktober 2024".
    if match and (match["sep"] or _TIME.search(line)) and len(line) <= 80 and not is_date_line(line):
        name = re.sub(rf"\s+{_WEEKDAY.pattern}$", "", match["name"].strip(), flags=re.IGNORECASE)
        if not _is_outlet_name(name) and not _WEEKDAY.fullmatch(name):
            return name
    match = _BYLINE_WITH_OUTLET.match(line)
    if match and not _is_outlet_name(match["name"]) and not CREDIT.match(line):
        outlet = match["outlet"].strip()
        if _JOURNALIST.match(outlet) or brand_outlet(outlet, strict=False):
            return match["name"].strip()
    return None


def byline_outlet(line: str) -> str | None:
    """The outlet a byline names: "Rizky Mahendra - detikNews" -> Detik."""
    match = _BYLINE_WITH_OUTLET.match(line)
    if match and len(line) <= 100 and not _is_outlet_name(match["name"]):
        return brand_outlet(match["outlet"], strict=False)
    return None


def _tidy_name(name: str) -> str:
    name = name.strip(" .")
    return name.title() if name.isupper() and len(name) > 3 else name  # "By NINIEK KARMINI"


def _split_names(value: str) -> list[str]:
    value = re.split(r"\s*[|(]", value)[0]
    parts = re.split(r"\s*(?:,|;|&|\band\b|\bdan\b)\s*", value)
    return [_tidy_name(p) for p in parts if p.strip(" .") and p.strip()[0].isupper()]


def find_authors(lines: Sequence[str]) -> tuple[str, ...]:
    """Authors from credit lines (Pewarta, Penulis, Reporter, By ...); an Editor is none."""
    authors: list[str] = []
    for i, line in enumerate(lines):
        line = re.sub(r"^oleh\s+(?=\w+\s*:)", "", line, flags=re.IGNORECASE)  # "Oleh Reporter: Dinda"
        credit = CREDIT.match(line)
        if credit and credit["role"].lower() in _AUTHOR_ROLES:
            authors += _split_names(credit["value"])
            continue
        by = _BY.match(line) or _ROLE_NO_COLON.match(line)
        if by:
            authors += _split_names(by["names"])
            continue
        name = byline_name(line)
        if name:
            authors.append(_tidy_name(name))
        elif _is_bare_byline(lines, i):
            authors.append(line)
    return tuple(dict.fromkeys(authors))


def _is_bare_byline(lines: Sequence[str], i: int) -> bool:
    """A name alone on its line between the headline and the date line (SINDOnews, Suara, iNews)."""
    line = lines[i]
    return (
        0 < i < len(lines) - 1
        and bool(_BARE_NAME.match(line))
        and is_date_line(lines[i + 1])
        and len(lines[i - 1].split()) >= 4
        and not _is_outlet_name(line)
        and not _WEEKDAY.search(line)
    )


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
        and _dated_line_rank(line) is None
    )


_WORD = re.compile(r"[^\W\d_]{3,}")


def _content_words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def find_title(header: Sequence[str], story: Sequence[str] = ()) -> str | None:
    """The headline above the story.

    With the story at hand, the first headline-like line that shares a third of its words with the
    lede: menus, widgets and section names share none, and the headline comes before its subtitle.
    Without it (or when none does), by the page layout: before the byline, after the date, else the first.
    """
    lede = _content_words(" ".join(story[:2]))

    def echoes_lede(line: str) -> bool:
        words = _content_words(line)
        return (_headline_like(line) and len(line.split()) >= 4 and bool(words)
                and len(words & lede) / len(words) >= 1 / 3)

    if lede:
        for i, line in enumerate(header):
            if echoes_lede(line):
                # A short topic tag ("Konflik Rusia Vs Ukraina") sits right above the longer headline.
                after = header[i + 1] if i + 1 < len(header) else ""
                if len(line.split()) <= 5 and echoes_lede(after) and len(after.split()) > len(line.split()):
                    return after
                return line
    for i, line in enumerate(header):
        is_byline = bool(
            CREDIT.match(line) or _BY.match(line) or _ROLE_NO_COLON.match(line) or byline_name(line)
        )
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


def header_outlet(header: Sequence[str]) -> str | None:
    """The outlet the page head names: a brand line ("detikNews", "CNN Indonesia"), a byline
    ("Ferry Sandi, CNBC Indonesia"), an outlet-date line ("Kompas.com - 14/10/2024"), or a domain.

    Indonesian outlets win over wires, which a page head may name as a photo or story source.
    """
    found: list[str] = []
    for line in header:
        outlet = brand_outlet(line) or byline_outlet(line)
        if outlet is None:
            lead = re.match(r"^(?P<name>[^-–—|,]{2,30}?)\s*[-–—|,]\s*\S", line)
            if lead and parse_date(line) and is_known_outlet(lead["name"]):
                outlet = brand_outlet(lead["name"], strict=False)
        if outlet is None and len(line) <= 100:
            domains = re.findall(r"(?:https?://)?[\w.-]+\.(?:com|co\.id|id)\b", line, re.IGNORECASE)
            outlet = next((o for o in map(outlet_from_domain, domains) if o), None)
        if outlet:
            found.append(outlet)
    local = [o for o in found if o not in WIRES]
    return (local or found or [None])[0]


# "Artikel ini telah tayang di Kompas.com", "Baca artikel detiknews, ... selengkapnya https://news.detik.com/..."
_REPUBLISHED = re.compile(
    r"\b(?:tayang\s+di|baca\s+artikel|sumber\s+artikel|originally\s+published\s+(?:on|by))\s+"
    r"(?P<site>[\w.-]+(?:\s+[A-Z][\w.-]+)?)",
    re.IGNORECASE,
)


def _tail_outlet(lines: Sequence[str]) -> str | None:
    """The outlet named by the site's own furniture below the story: re-publication notes, links, embeds."""
    for line in lines:
        match = _REPUBLISHED.search(line)
        if match:
            outlet = brand_outlet(match["site"], strict=False) or brand_outlet(match["site"].split()[0],
                                                                               strict=False)
            if outlet:
                return outlet
        if re.match(r"^\[\s*gambas\s*:", line, re.IGNORECASE):  # CNN Indonesia's embed marker
            return "CNN Indonesia"
    for line in lines:
        if is_junk(line) and "http" in line:
            outlet = outlet_from_domain(line)
            if outlet:
                return outlet
    return None


def find_outlet(
    header: Sequence[str],
    body: Sequence[str],
    footer: Sequence[str],
    source_name: str = "",
    all_lines: Sequence[str] = (),
) -> str | None:
    """Outlet from the dateline, copyright line, source name or page head, else the "Sumber:" wire."""
    for line in body[:3]:
        dateline = match_dateline(line)
        if dateline and dateline.outlet:
            return canonical_outlet(dateline.outlet)
    owner, _ = copyright_outlet([*body, *footer])
    if owner:
        return owner
    if source_name and is_known_outlet(source_name):
        return canonical_outlet(source_name)
    found = header_outlet(header) or _tail_outlet(all_lines)
    if found:
        return found
    # "Sumber:" names the wire the story came from, so it is only a last resort.
    for line in [*body, *footer]:
        credit = CREDIT.match(line)
        if credit and credit["role"].lower() in {"sumber", "source"}:
            return canonical_outlet(credit["value"])
    return None


def _dated_line_rank(line: str) -> int | None:
    """How much a head line with a full date says it is the publication date; None if it is no date line.

    0: "Dipublikasikan ..."; 1: a date line or dated byline; 2: the same marked "Diperbarui"/"Updated";
    3: a short line with a date and a time or weekday ("Fahmi Firdaus , Jurnalis · Senin 14 Oktober 2024");
    4: the same marked updated. Headlines with a date in them have no time or weekday and are skipped.
    """
    if len(line) > 120 or parse_date(line) is None:
        return None
    updated = bool(_UPDATED_WORDS.search(line))
    if _PUBLISHED_WORDS.search(line):
        return 0
    if is_date_line(line) or byline_name(line):
        return 2 if updated else 1
    rest = _DATE_LINE_EXTRAS.sub(" ", _DATE_TEXT.sub(" ", line))
    if len(re.findall(r"[A-Za-z]{2,}", rest)) <= 6 and (_TIME.search(line) or _WEEKDAY.search(line)):
        return 4 if updated else 3
    return None


_CLOCK = re.compile(r"(?<![\d/.:])(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?(?![\d/])\s*(?P<ampm>[ap]\.?m\.?)?", re.I)


def clock_time(line: str) -> str | None:
    """The clock time a date line prints, as HH:MM: "20 Juni 2024 08:50 WIB" -> "08:50"."""
    for match in _CLOCK.finditer(_DATE_TEXT.sub(" ", line)):
        hour, minute = int(match[1]), int(match[2])
        if match["ampm"] and match["ampm"][0].lower() == "p" and hour < 12:
            hour += 12
        if hour < 24 and minute < 60:
            return f"{hour:02d}:{minute:02d}"
    return None


def find_published_time(header: Sequence[str]) -> str | None:
    """The clock time on the line that gives the publication date, if it prints one."""
    line = _publication_line(header)
    return clock_time(line) if line else None


def _publication_line(header: Sequence[str]) -> str | None:
    ranked = []
    for i, line in enumerate(header):
        rank = _dated_line_rank(line)
        if rank is not None:
            ranked.append((rank, i, line))
    return min(ranked)[2] if ranked else None


def find_published(
    header: Sequence[str], body: Sequence[str], footer: Sequence[str], whole_text: str
) -> dt.date | None:
    """Publication date: a date line or byline, the dateline, else "Kamis (11/7)" + a year."""
    line = _publication_line(header)
    if line:
        found = parse_date(line)
        if found:
            return found
    for line in body[:3]:
        dateline = match_dateline(line)
        if dateline and dateline.date_text:
            found = parse_date(dateline.date_text)
            if found:
                return found
    # A date line the page puts below the first paragraph.
    for line in [*body[:8], *footer]:
        if is_date_line(line):
            return parse_date(line)
    if body:
        match = _DAY_DATE.search(body[0])
        if match:
            _, copyright_year = copyright_outlet([*body, *footer])
            year = copyright_year or first_year(whole_text)
            return parse_date(f"({match[1]})", year)
    return None
