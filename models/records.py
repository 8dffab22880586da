"""Plain frozen records that cross from the data layer to the rest of the application."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class LabelRow:
    name: str
    kind: str  # "entity" or "event"
    colour: str
    hotkey: str
    description: str = ""


@dataclass(frozen=True)
class ArticleRow:
    """One article as the list shows it, with its span counts."""

    id: int
    uid: str
    outlet: str | None
    title: str | None
    published: dt.date | None
    authors: tuple[str, ...]
    source_file: str
    language: str
    status: str
    entity_count: int = 0
    event_count: int = 0
    suggested_count: int = 0


@dataclass(frozen=True)
class ArticleText:
    """What the review view needs of one article."""

    id: int
    body: str
    raw_text: str
    language: str


@dataclass(frozen=True)
class SpanRow:
    """A mention: an entity or an event trigger, with character offsets into the article body."""

    id: str  # globally unique, so copies of a project can be merged
    article_id: int
    start: int
    end: int
    text: str
    label: str
    kind: str
    origin: str  # "auto" or "manual"
    state: str  # "suggested" or "accepted"
    annotator: str | None = None
    cluster: str | None = None
    normalized: str | None = None


@dataclass(frozen=True)
class RoleRow:
    id: str
    event: str  # event mention id
    entity: str  # entity mention id
    label: str  # SOURCE, TARGET, PLACE, TIME
    origin: str
    state: str


@dataclass(frozen=True)
class ClusterRow:
    id: str
    title: str
    event_type: str | None
    date: dt.date | None
    place: str | None
    state: str


@dataclass(frozen=True)
class Changes:
    """What a change touched, so each view refreshes only that."""

    article_ids: frozenset[int] = field(default_factory=frozenset)
    articles: bool = False  # article rows (status, counts, new articles)
    spans: bool = False
    clusters: bool = False
    labels: bool = False
