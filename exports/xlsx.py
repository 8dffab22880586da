"""The supervisor's workbook: Articles, Entities, Events and Clusters sheets, streamed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from exports.sheets import Column, Sheet
from models.dataset import Document, iter_documents, list_clusters

CONTEXT_CHARS = 60
ROLE_LABELS = ("SOURCE", "TARGET", "PLACE", "TIME")

ARTICLE_COLUMNS = (
    Column("Article ID", 10), Column("Source file", 26), Column("Outlet", 16),
    Column("Published", 12), Column("Title", 60, wrap=True), Column("Authors", 24),
    Column("Language", 10), Column("Status", 12), Column("Entities", 10), Column("Events", 10),
    Column("To review", 10),
)
SPAN_COLUMNS = (
    Column("Article ID", 10), Column("Span ID", 34), Column("Outlet", 16), Column("Label", 12),
    Column("Text", 30), Column("Start", 8), Column("End", 8), Column("Origin", 9),
    Column("State", 11), Column("Annotator", 14),
)
ENTITY_COLUMNS = (*SPAN_COLUMNS, Column("Normalized", 14), Column("Context", 70))
EVENT_COLUMNS = (
    *SPAN_COLUMNS, Column("Cluster", 34),
    *(Column(role.title(), 22) for role in ROLE_LABELS), Column("Context", 70),
)
CLUSTER_COLUMNS = (
    Column("Cluster ID", 34), Column("Title", 50, wrap=True), Column("Type", 12),
    Column("Date", 12), Column("Place", 16), Column("Mentions", 10), Column("Articles", 10),
    Column("Outlets", 40),
)


def _context(body: str, start: int, end: int) -> str:
    left = body[max(0, start - CONTEXT_CHARS):start].replace("\n", " ")
    right = body[end:end + CONTEXT_CHARS].replace("\n", " ")
    return f"…{left}[{body[start:end]}]{right}…"


def export_xlsx(out: Path, progress: Callable[[int], None] | None = None) -> int:
    """Write the workbook to out; returns the number of articles. Written aside, then renamed."""
    workbook = Workbook(write_only=True)
    articles = Sheet(workbook, "Articles", ARTICLE_COLUMNS)
    entities = Sheet(workbook, "Entities", ENTITY_COLUMNS)
    events = Sheet(workbook, "Events", EVENT_COLUMNS)
    cluster_mentions: dict[str, int] = defaultdict(int)
    cluster_articles: dict[str, set[int]] = defaultdict(set)
    cluster_outlets: dict[str, set[str]] = defaultdict(set)
    count = 0
    for doc in iter_documents():
        _write_document(doc, articles, entities, events)
        for span in doc.spans:
            if span.cluster:
                cluster_mentions[span.cluster] += 1
                cluster_articles[span.cluster].add(doc.article.id)
                if doc.article.outlet:
                    cluster_outlets[span.cluster].add(doc.article.outlet)
        count += 1
        if progress:
            progress(count)
    clusters = Sheet(workbook, "Clusters", CLUSTER_COLUMNS)
    for c in list_clusters():
        clusters.append([c.id, c.title, c.event_type, c.date, c.place, cluster_mentions[c.id],
                         len(cluster_articles[c.id]), ", ".join(sorted(cluster_outlets[c.id]))])
    for sheet in (articles, entities, events, clusters):
        sheet.finish()
    tmp = out.with_name(out.name + ".part")
    workbook.save(tmp)
    tmp.replace(out)
    return count


def _write_document(doc: Document, articles: Sheet, entities: Sheet, events: Sheet) -> None:
    a = doc.article
    articles.append([a.id, a.source_file, a.outlet, a.published, a.title, ", ".join(a.authors),
                     a.language, a.status.replace("_", " "), a.entity_count, a.event_count,
                     a.suggested_count])
    texts = {s.id: s.text for s in doc.spans}
    roles: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for r in doc.roles:
        roles[r.event][r.label].append(texts.get(r.entity, ""))
    for s in doc.spans:
        base = [a.id, s.id, a.outlet, s.label, s.text, s.start, s.end, s.origin, s.state,
                s.annotator]
        context = _context(doc.body, s.start, s.end)
        if s.kind == "entity":
            entities.append([*base, s.normalized, context])
        else:
            events.append([*base, s.cluster,
                           *("; ".join(roles[s.id][label]) for label in ROLE_LABELS), context])
