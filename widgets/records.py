"""The shapes of the plain records the widgets show, as read-only Protocols."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

ENTITY = "entity"
EVENT = "event"
SUGGESTED = "suggested"
ACCEPTED = "accepted"


class LabelStyle(Protocol):
    """How one label looks and which key applies it; kind is "entity" or "event"."""

    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def colour(self) -> str: ...  # "#rrggbb"
    @property
    def hotkey(self) -> str: ...  # one character, or "" for none


class SpanRecord(Protocol):
    """One highlighted span: character offsets [start, end) into the article text."""

    @property
    def id(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...
    @property
    def kind(self) -> str: ...  # "entity" or "event"
    @property
    def state(self) -> str: ...  # "suggested" or "accepted"
    @property
    def origin(self) -> str: ...  # "auto" or "manual"


class ArticleRecord(Protocol):
    """One row of the article list; the counts are precomputed by the data layer."""

    @property
    def id(self) -> int: ...
    @property
    def outlet(self) -> str | None: ...
    @property
    def published(self) -> dt.date | None: ...
    @property
    def title(self) -> str | None: ...
    @property
    def status(self) -> str: ...  # "new", "in_progress", "done" or "skipped"
    @property
    def entity_count(self) -> int: ...
    @property
    def event_count(self) -> int: ...
    @property
    def suggested_count(self) -> int: ...


class CorrectionRecord(Protocol):
    """What happened to the suggestions of one group (a label, an outlet, or all of them)."""

    @property
    def group(self) -> str: ...
    @property
    def suggested(self) -> int: ...
    @property
    def accepted(self) -> int: ...
    @property
    def relabelled(self) -> int: ...
    @property
    def resized(self) -> int: ...
    @property
    def rejected(self) -> int: ...
    @property
    def pending(self) -> int: ...
    @property
    def added(self) -> int: ...  # spans annotators added themselves
    @property
    def correction_rate(self) -> float | None: ...  # of the reviewed suggestions; None: none


class ProgressRecord(Protocol):
    """Articles by review status, for the project or for one annotator."""

    @property
    def name(self) -> str: ...
    @property
    def done(self) -> int: ...
    @property
    def skipped(self) -> int: ...
    @property
    def in_progress(self) -> int: ...
    @property
    def new(self) -> int: ...
    @property
    def total(self) -> int: ...
