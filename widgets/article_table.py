"""Qt table model over article records, fetched lazily one page at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from widgets.records import ArticleRecord

FetchPage = Callable[[int, int], Sequence[ArticleRecord]]
_Index = QModelIndex | QPersistentModelIndex

STATUS_TEXT = {"new": "New", "in_progress": "In progress", "done": "Done", "skipped": "Skipped"}
NO_DATE = "—"
UNTITLED = "(untitled)"


class Column(IntEnum):
    OUTLET = 0
    DATE = 1
    TITLE = 2
    STATUS = 3
    ENTITIES = 4
    EVENTS = 5
    TO_REVIEW = 6


HEADERS = {
    Column.OUTLET: "Outlet",
    Column.DATE: "Date",
    Column.TITLE: "Title",
    Column.STATUS: "Status",
    Column.ENTITIES: "Entities",
    Column.EVENTS: "Events",
    Column.TO_REVIEW: "To review",
}
NUMERIC = frozenset({Column.ENTITIES, Column.EVENTS, Column.TO_REVIEW})
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


def _display(record: ArticleRecord, column: int) -> str | int:
    if column == Column.OUTLET:
        return record.outlet or ""
    if column == Column.DATE:
        return record.published.isoformat() if record.published else NO_DATE
    if column == Column.TITLE:
        return record.title or UNTITLED
    if column == Column.STATUS:
        return STATUS_TEXT.get(record.status, record.status)
    if column == Column.ENTITIES:
        return record.entity_count
    if column == Column.EVENTS:
        return record.event_count
    return record.suggested_count


class ArticleTableModel(QAbstractTableModel):
    """Rows of ``ArticleRecord``s; ``fetch_page(offset, limit)`` supplies them page by page.

    The model only adapts: it never queries anything but ``fetch_page`` and holds no rules.
    Signals: only Qt's own model signals.
    """

    def __init__(
        self, fetch_page: FetchPage, page_size: int = 200, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._page_size = max(1, page_size)
        self._total = 0
        self._rows: list[ArticleRecord] = []
        self._row_by_id: dict[int, int] = {}

    # ----------------------------------------------------------------- setters

    def reset(self, total: int) -> None:
        """Forget all rows; ``total`` articles exist, and the first page is loaded now."""
        self.beginResetModel()
        self._total = max(0, total)
        self._rows = []
        self._row_by_id = {}
        self._append(self._next_page())
        self.endResetModel()

    def update_record(self, record: ArticleRecord) -> bool:
        """Replace the loaded row with ``record.id``; False if that article is not loaded."""
        row = self._row_by_id.get(record.id)
        if row is None:
            return False
        self._rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        return True

    # ----------------------------------------------------------------- queries

    def total(self) -> int:
        return self._total

    def record(self, row: int) -> ArticleRecord:
        return self._rows[row]

    def row_of(self, article_id: int) -> int | None:
        """Row of an article among the loaded rows only."""
        return self._row_by_id.get(article_id)

    # ------------------------------------------------------------ Qt overrides

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        page = self._next_page()
        if not page:  # the source has fewer rows than promised: stop asking
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._append(page)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(record, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TITLE:
            return record.title or UNTITLED
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in NUMERIC else _LEFT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in NUMERIC else _LEFT
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    # ---------------------------------------------------------------- helpers

    def _next_page(self) -> Sequence[ArticleRecord]:
        offset = len(self._rows)
        limit = min(self._page_size, self._total - offset)
        if limit <= 0:
            return []
        return list(self._fetch_page(offset, limit))[:limit]

    def _append(self, page: Sequence[ArticleRecord]) -> None:
        for record in page:
            self._row_by_id[record.id] = len(self._rows)
            self._rows.append(record)
