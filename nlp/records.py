"""Plain records that the NLP layer hands to the rest of the application."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class CleanArticle:
    """One scraped article after boilerplate removal, with the metadata the text gives."""

    body: str
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    authors: tuple[str, ...] = ()
    language: str = "id"
    published_time: str | None = None  # "HH:MM" as the page prints it (local time)


@dataclass(frozen=True)
class RoleSuggestion:
    """A proposed role from an event mention to an entity mention, by their indexes in the list."""

    event_index: int
    entity_index: int
    label: str  # SOURCE, TARGET, PLACE or TIME


@dataclass(frozen=True)
class SpanSuggestion:
    """A proposed span: character offsets into the body, a label, and its kind."""

    start: int
    end: int
    label: str
    kind: str  # "entity" or "event"
    normalized: str | None = None  # e.g. ISO date for DATE spans


@dataclass(frozen=True)
class Annotation:
    """What the pipeline proposes for one article body."""

    spans: tuple[SpanSuggestion, ...] = ()
    roles: tuple[RoleSuggestion, ...] = field(default_factory=tuple)
