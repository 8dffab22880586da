"""The record that event linking works on: what is known of one event mention."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class EventProfile:
    """What linking knows of one event mention (built by the caller from the database)."""

    uid: str  # mention uid
    article: int  # article id
    outlet: str | None
    event_type: str  # PLOVER label, e.g. "AGREE"
    trigger: str  # trigger text, e.g. "menandatangani"
    sentence: str  # the sentence of the article body that contains the trigger
    participants: tuple[str, ...]  # SOURCE/TARGET role entities, else PERSON/ORG/GPE in the sentence
    places: tuple[str, ...] = ()  # PLACE role entities, else LOC/GPE texts the caller thinks are places
    date: dt.date | None = None  # the event date: TIME role's normalised date, else a DATE in the sentence
    published: dt.date | None = None  # the article's publication date
    cluster: str | None = None  # uid of the card it is linked to, if any
    language: str = "id"
    # How much of `date` is known: "day", "month" (date is the 1st: "2024-06" from "bulan lalu") or "year".
    date_precision: str = "day"
    position: int = 0  # character offset of the trigger in the article body, for reading order


def date_range(profile: EventProfile) -> tuple[dt.date, dt.date] | None:
    """First and last day the event date may be, from its precision; None when there is no date."""
    date = profile.date
    if date is None:
        return None
    if profile.date_precision == "year":
        return dt.date(date.year, 1, 1), dt.date(date.year, 12, 31)
    if profile.date_precision == "month":
        start = date.replace(day=1)
        following = (start + dt.timedelta(days=32)).replace(day=1)
        return start, following - dt.timedelta(days=1)
    return date, date


def date_from_iso(text: str | None) -> tuple[dt.date | None, str]:
    """A normalised DATE value ("2024-06-19", "2024-06", "2024") -> (date, precision) for EventProfile."""
    if not text or "/" in text or text.startswith("P"):
        return None, "day"  # intervals and durations place no single event date
    parts = text.split("T")[0].split("-")
    try:
        numbers = [int(p) for p in parts[:3]]
        if len(numbers) == 3:
            return dt.date(*numbers), "day"
        if len(numbers) == 2:
            return dt.date(numbers[0], numbers[1], 1), "month"
        return dt.date(numbers[0], 1, 1), "year"
    except ValueError:
        return None, "day"
