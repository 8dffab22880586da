"""Recognise the dateline opening a story: "Washington (ANTARA) -", "TRIBUNNEWS.COM, Lima, ..."."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.gazetteers import city_names, country_names
from nlp.outlets import is_known_outlet


def is_known_place(name: str) -> bool:
    """A city or country the gazetteer knows, in any case: "JAKARTA", "Washington", "Peru"."""
    title = name.strip().title()
    return title in city_names() or title in country_names("id") or title in country_names("en")

_DASH = r"\s*[-–—]+\s*"
_DATE = r"\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}"
_PLACE = r"[A-Z][A-Za-z.'’]+(?:[ ,]+[A-Z][A-Za-z.'’]+){0,3}"

# Order matters: the most specific shapes first.
_PATTERNS = (
    # Washington (ANTARA) - / JAKARTA (Wire Daily) - / JAKARTA, Oct 14 (Reuters) -
    re.compile(
        rf"^(?P<place>{_PLACE})(?:\s*,\s*(?P<date>[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}|\d{{1,2}}\s+[A-Z][a-z]{{2,8}}\.?))?"
        rf"\s*\((?P<outlet>[^()]{{2,40}})\){_DASH}"
    ),
    # TRIBUNNEWS.COM, Lima, 15 November 2024 - / REPUBLIKA.CO.ID, WASHINGTON -
    re.compile(
        rf"^(?P<outlet>[A-Za-z0-9-]+(?:\.[A-Za-z]{{2,}})+)\s*,\s*(?P<place>{_PLACE}?)"
        rf"(?:\s*,\s*(?P<date>{_DATE}))?{_DASH}"
    ),
    # Kompas.com -
    re.compile(rf"^(?P<outlet>[A-Za-z0-9-]+(?:\.[A-Za-z]{{2,}})+){_DASH}"),
    # Lima, 15 November 2024 -
    re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?P<date>{_DATE}){_DASH}"),
)
# Jakarta, CNN Indonesia -- / JAKARTA, KOMPAS.com -: a place, then the outlet (trusted only if known).
_PLACE_OUTLET = re.compile(
    rf"^(?P<place>[A-Z][A-Za-z.'’]+(?: [A-Z][A-Za-z.'’]+){{0,2}})\s*,\s*"
    rf"(?P<outlet>[A-Za-z][\w.]*(?: [A-Z][\w.]*){{0,2}}){_DASH}"
)
_OUTLET_PLACE = re.compile(
    rf"^(?P<outlet>[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){{0,2}})\s*,\s*"
    rf"(?P<place>[A-Z][A-Za-z.'’]+(?: [A-Z][A-Za-z.'’]+)?){_DASH}"
)
# An unknown name reads as a brand only in a brand's shape: "MI", "PARBOABOA", "BaperaNews", "D'On".
_BRAND_SHAPE = re.compile(
    r"[A-Z0-9]{2,}(?: [A-Z0-9]{2,})*|[A-Z][a-z]+(?:[A-Z][A-Za-z]*)+|[A-Z][\w]*['’.][\w.]+")
_SITE = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|co\.id|id|net|co)", re.IGNORECASE)
_NAME_ONLY = re.compile(r"^(?P<name>[A-Z][A-Za-z0-9.]{1,30}(?: [A-Z][A-Za-z0-9.]{1,30}){0,2})\s*[-–—]+\s+")


@dataclass(frozen=True)
class Dateline:
    """What a dateline says; any field may be missing."""

    outlet: str | None = None
    place: str | None = None
    date_text: str | None = None


def match_dateline(line: str) -> Dateline | None:
    """Parse the dateline at the start of a paragraph, or None when it has none."""
    for pattern in _PATTERNS:
        match = pattern.match(line)
        if match:
            groups = match.groupdict()
            return Dateline(groups.get("outlet"), groups.get("place"), groups.get("date"))
    match = _PLACE_OUTLET.match(line)
    # A known name, any site written as a domain ("JAKARTA, investor.id -"), or any name after a
    # known place ("Jakarta, MI -").
    if match and (is_known_outlet(match["outlet"]) or _SITE.fullmatch(match["outlet"])
                  or (is_known_place(match["place"]) and _BRAND_SHAPE.fullmatch(match["outlet"]))) \
            and not is_known_place(match["outlet"]):
        return Dateline(outlet=match["outlet"], place=match["place"])
    # "Bloomberg Technoz, Jakarta -", "PARBOABOA, Jakarta -", "D'On, Jakarta –": a name, then a known place.
    match = _OUTLET_PLACE.match(line)
    if match and is_known_place(match["place"]) and not is_known_place(match["outlet"]):
        return Dateline(outlet=match["outlet"], place=match["place"])
    match = _NAME_ONLY.match(line)
    # "IDXChannel -" names an outlet; "Washington –" a place; only trust it before a full paragraph.
    if match and len(line) > 80:
        name = match["name"]
        if is_known_outlet(name) or (_BRAND_SHAPE.fullmatch(name)
                                     and not any(is_known_place(word) for word in [name, *name.split()])):
            return Dateline(outlet=name)  # "IDXChannel -", "BaperaNews -", "HARIAN MERAPI -"
        return Dateline(place=name)
    return None
