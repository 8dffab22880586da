"""Exporting the workbook, to .xlsx or to one CSV per sheet: the sheets in order, streamed."""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from exports.agreement_report import project_agreement
from exports.workbook.agreement import agreement_blocks
from exports.workbook.annotators import ACTIVE_NOTE, ANNOTATOR_COLUMNS, ANNOTATORS, write_annotators
from exports.workbook.clusters import CLUSTER_COLUMNS, CLUSTERS, write_clusters
from exports.workbook.csv_book import CsvBook, csv_paths
from exports.workbook.documents import (
    ARTICLE_COLUMNS,
    ARTICLES,
    ENTITIES,
    ENTITY_COLUMNS,
    EVENT_COLUMNS,
    EVENTS,
    DocumentSheets,
)
from exports.workbook.summary import SUMMARY, SUMMARY_COLUMNS, SummaryBlock, summary_rows, write_summary
from exports.workbook.values import Column
from exports.workbook.xlsx_book import XlsxBook
from models.dataset import iter_documents, list_clusters
from models.db import session
from models.filters import ArticleFilter

SHEETS = (SUMMARY, ARTICLES, ENTITIES, EVENTS, CLUSTERS, ANNOTATORS)


class ExportCancelledError(Exception):
    """The user stopped the export; nothing was written."""


class Book(Protocol):
    def table(self, name: str, columns: Sequence[Column]) -> Any: ...
    def plain(self, name: str, columns: Sequence[Column]) -> Any: ...
    def save(self, out: Path) -> None: ...


def describe(spec: ArticleFilter | None) -> str:
    """The filter in words, for the Summary sheet."""
    if spec is None or spec.is_empty():
        return "every article"
    parts = []
    if spec.statuses:
        parts.append("status " + " or ".join(spec.statuses))
    if spec.annotators:
        parts.append("changed by " + " or ".join(spec.annotators))
    if spec.outlets:
        parts.append("outlet " + " or ".join(spec.outlets))
    if spec.date_from:
        parts.append(f"published from {spec.date_from.isoformat()}")
    if spec.date_to:
        parts.append(f"published until {spec.date_to.isoformat()}")
    if spec.labels:
        parts.append("with label " + " or ".join(spec.labels))
    if spec.text:
        parts.append(f"matching {spec.text!r}")
    return "; ".join(parts)


def _write(book: Book, spec: ArticleFilter | None, progress: Callable[[int], None] | None,
           cancelled: Callable[[], bool] | None,
           agreement: Sequence[SummaryBlock] | None) -> int:
    summary = book.plain(SUMMARY, SUMMARY_COLUMNS)  # first sheet, filled last
    sheets = DocumentSheets(book.table(ARTICLES, ARTICLE_COLUMNS), book.table(ENTITIES, ENTITY_COLUMNS),
                            book.table(EVENTS, EVENT_COLUMNS), {c.id: c.title for c in list_clusters()})
    exported = array("q")  # the articles written, for the agreement on them (8 bytes each)
    for doc in iter_documents(spec=spec):
        if cancelled and cancelled():
            raise ExportCancelledError("Export cancelled")
        sheets.write(doc)
        if spec is not None:
            exported.append(doc.article.id)
        if progress:
            progress(sheets.tally.articles)
    clusters = book.table(CLUSTERS, CLUSTER_COLUMNS)
    n_clusters = write_clusters(clusters, spec)
    annotators = book.table(ANNOTATORS, ANNOTATOR_COLUMNS)
    write_annotators(annotators, spec.annotators if spec else ())
    for sheet in (sheets.articles, sheets.entities, sheets.events, clusters, annotators):
        sheet.finish()
    about = (("Project", session.path.name if session.path else ""),
             ("Exported", dt.datetime.now().replace(microsecond=0)), ("Articles", describe(spec)),
             ("Real-world events (clusters)", n_clusters),
             ("Annotators sheet", "the whole project (work, corrections, time)"),
             ("", ACTIVE_NOTE))
    if agreement is None:  # on the articles exported, as the other sheets are
        agreement = agreement_blocks(project_agreement(exported if spec is not None else None))
    write_summary(summary, summary_rows(sheets.tally, about, agreement))
    return sheets.tally.articles


def export_workbook(out: Path, spec: ArticleFilter | None = None,
                    progress: Callable[[int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None,
                    agreement: Sequence[SummaryBlock] | None = None) -> int:
    """The .xlsx workbook of the articles matching spec; returns how many were exported."""
    book = XlsxBook()
    count = _write(book, spec, progress, cancelled, agreement)
    book.save(out)
    return count


def export_csv(out: Path, spec: ArticleFilter | None = None,
               progress: Callable[[int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> int:
    """One CSV per sheet (see csv_paths); returns how many articles were exported."""
    book = CsvBook(csv_paths(out, SHEETS))
    try:
        count = _write(book, spec, progress, cancelled, None)
    except BaseException:
        book.discard()
        raise
    book.save(out)
    return count
