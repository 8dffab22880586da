"""Plain record dataclasses shaped like the widgets' Protocols, and a tiny tokenizer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Label:
    name: str
    kind: str
    colour: str
    hotkey: str = ""


@dataclass(frozen=True)
class Span:
    id: str
    start: int
    end: int
    label: str
    kind: str = "entity"
    state: str = "suggested"
    origin: str = "auto"


@dataclass(frozen=True)
class Article:
    id: int
    outlet: str | None = "Kompas"
    published: dt.date | None = dt.date(2024, 2, 12)
    title: str | None = "Presiden bertemu Perdana Menteri"
    status: str = "new"
    entity_count: int = 3
    event_count: int = 1
    suggested_count: int = 2


LABELS = (
    Label("PERSON", "entity", "#e6194b", "p"),
    Label("ORG", "entity", "#3cb44b", "o"),
    Label("GPE", "entity", "#4363d8", "g"),
    Label("LOC", "entity", "#f58231", "l"),
    Label("DATE", "entity", "#911eb4", "d"),
    Label("ACCUSE", "event", "#d62728", "a"),
    Label("CONSULT", "event", "#1f77b4", "c"),
    Label("AGREE", "event", "#2ca02c", "r"),
    Label("COOPERATE", "event", "#17becf", "k"),
    Label("AID", "event", "#9467bd", "i"),
)


def tokenize(text: str) -> list[tuple[int, int]]:
    """Whitespace tokens with trailing punctuation split off, like a tiny spaCy."""
    bounds: list[tuple[int, int]] = []
    start = None
    for i, ch in enumerate([*text, " "]):
        if ch.isspace() or ch in ".,()":
            if start is not None:
                bounds.append((start, i))
                start = None
            if ch in ".,()":
                bounds.append((i, i + 1))
        elif start is None:
            start = i
    return bounds
