"""The Articles, Entities and Events sheets, written together article by article."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Protocol

from exports.workbook.values import Column, Link, snippet
from models.dataset import Document
from models.stats import UNKNOWN_ANNOTATOR, UNKNOWN_OUTLET

ARTICLES, ENTITIES, EVENTS = "Articles", "Entities", "Events"
ROLE_LABELS = ("SOURCE", "TARGET", "PLACE", "TIME")

ARTICLE_COLUMNS = (
    Column("Article ID", 11), Column("Outlet", 16), Column("Published", 12),
    Column("Title", 60, wrap=True), Column("Authors", 24), Column("Status", 12),
    Column("Entities", 10), Column("Events", 9), Column("To review", 11),
    Column("Entity rows", 18), Column("Event rows", 18), Column("Source file", 26),
    Column("Language", 10),
)
ENTITY_COLUMNS = (
    Column("Article ID", 11), Column("Outlet", 16), Column("Label", 11), Column("Text", 28),
    Column("Context", 80), Column("Normalized", 16), Column("State", 11), Column("Origin", 9),
    Column("Annotator", 14), Column("Start", 8), Column("End", 8), Column("Span ID", 34),
)
EVENT_COLUMNS = (
    Column("Article ID", 11), Column("Outlet", 16), Column("Type", 14), Column("Trigger", 18),
    *(Column(role.title(), 22) for role in ROLE_LABELS), Column("Cluster ID", 34),
    Column("Cluster title", 40), Column("Link state", 11), Column("Context", 80),
    Column("State", 11), Column("Origin", 9), Column("Annotator", 14), Column("Start", 8),
    Column("End", 8), Column("Span ID", 34),
)


class RowSink(Protocol):
    rows: int

    def append(self, values: Any, bold: bool = False) -> None: ...


@dataclass
class Tally:
    """What the Summary sheet counts while the documents stream past (one entry per name)."""

    articles: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    outlets: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    labels: dict[tuple[str, str], Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    annotators: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))


class DocumentSheets:
    """Writes one article's rows to the three sheets; the article row links to its other rows."""

    def __init__(self, articles: RowSink, entities: RowSink, events: RowSink,
                 cluster_titles: dict[str, str]) -> None:
        self.articles, self.entities, self.events = articles, entities, events
        self.cluster_titles = cluster_titles
        self.tally = Tally()

    def write(self, doc: Document) -> None:
        a = doc.article
        entities = [s for s in doc.spans if s.kind == "entity"]
        events = [s for s in doc.spans if s.kind == "event"]
        self.articles.append([
            a.id, a.outlet, a.published, a.title, ", ".join(a.authors), a.status.replace("_", " "),
            a.entity_count, a.event_count, a.suggested_count,
            self._link(ENTITIES, self.entities, entities), self._link(EVENTS, self.events, events),
            a.source_file, a.language])
        texts = {s.id: s.text for s in doc.spans}
        roles: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for r in doc.roles:
            roles[r.event][r.label].append(texts.get(r.entity, ""))
        for s in entities:
            self.entities.append([
                a.id, a.outlet, s.label, s.text, snippet(doc.body, s.start, s.end), s.normalized,
                s.state, s.origin, s.annotator, s.start, s.end, s.id])
        for s in events:
            self.events.append([
                a.id, a.outlet, s.label, s.text,
                *("; ".join(roles[s.id][label]) or None for label in ROLE_LABELS),
                s.cluster, self.cluster_titles.get(s.cluster or ""), doc.link_states.get(s.id),
                snippet(doc.body, s.start, s.end), s.state, s.origin, s.annotator, s.start, s.end,
                s.id])
        self._count(doc)

    @staticmethod
    def _link(name: str, sheet: RowSink, spans: list[Any]) -> Link | None:
        # The article's rows come next in that sheet: its first one is the row after the last written.
        row = sheet.rows + 2
        return Link(f"{name} row {row}", name, row) if spans else None

    def _count(self, doc: Document) -> None:
        tally, a = self.tally, doc.article
        tally.articles += 1
        tally.statuses[a.status] += 1
        outlet = tally.outlets[a.outlet or UNKNOWN_OUTLET]
        outlet["articles"] += 1
        outlet[a.status] += 1
        for s in doc.spans:
            outlet[s.kind] += 1
            tally.labels[(s.kind, s.label)][s.state] += 1
            tally.annotators[s.annotator or UNKNOWN_ANNOTATOR][s.kind] += 1
