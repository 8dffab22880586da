"""Two articles side by side with their linked events aligned and the roles that disagree flagged."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from widgets.article_view import ArticleView
from widgets.link_records import AlignedPairRecord, RoleComparisonRecord
from widgets.record_table import style_record_table
from widgets.records import LabelStyle, SpanRecord

ROLES = ("SOURCE", "TARGET", "PLACE", "TIME")
HEADERS = ("Card", "Left", "Right", *ROLES)
FIRST_ROLE_COLUMN = 3
MISSING = "—"
CONFLICT_TINT = QColor(214, 39, 40, 70)  # translucent red: readable on light and dark bases
CONFLICT_TEXT = "#c0392b"


@dataclass(frozen=True)
class SideArticle:
    """One article as the side-by-side view shows it (bounds: token bounds for ArticleView)."""

    title: str | None
    outlet: str | None
    published: dt.date | None
    body: str
    spans: Sequence[SpanRecord] = ()
    bounds: Sequence[tuple[int, int]] | None = None
    labels: Sequence[LabelStyle] = field(default_factory=tuple)


def role_text(role: RoleComparisonRecord) -> str:
    """ "left | right", a dash for a silent side, or one dash when both are silent."""
    if not role.left and not role.right:
        return MISSING
    return f"{role.left or MISSING} | {role.right or MISSING}"


class _Column(QWidget):
    """An article's title and outlet · date over its text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.meta = QLabel(self)
        self.meta.setStyleSheet("color: palette(placeholder-text);")
        self.view = ArticleView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.meta)
        layout.addWidget(self.title)
        layout.addSpacing(4)
        layout.addWidget(self.view, 1)

    def show_article(self, article: SideArticle) -> None:
        self.meta.setText("  ·  ".join([article.outlet or "Unknown outlet",
                                        article.published.isoformat() if article.published else "no date"]))
        self.title.setText(article.title or "(untitled)")
        self.view.set_labels(article.labels)
        self.view.set_article(article.body, article.spans, article.bounds)


class SideBySideView(QWidget):
    """Left and right articles, and a table of their aligned linked events with role conflicts.

    Selecting a pair (click, arrow keys, or clicking a linked mention in either text) selects both
    mentions and scrolls them into view.

    Signals:
        pair_selected(str left_id, str right_id): the user chose a pair (``select_pair`` does not emit).
    """

    pair_selected = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pairs: list[AlignedPairRecord] = []
        self.summary = QLabel(self)
        self.summary.setObjectName("sideSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.left = _Column(self)
        self.right = _Column(self)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setObjectName("alignedPairs")
        self.table.setHorizontalHeaderLabels(list(HEADERS))
        style_record_table(self.table)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        row = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(row * 3 + header.sizeHint().height() + 4)

        texts = QSplitter(Qt.Orientation.Horizontal, self)
        texts.setChildrenCollapsible(False)
        texts.setHandleWidth(12)
        texts.addWidget(self.left)
        texts.addWidget(self.right)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(texts)
        pairs_box = QWidget(self)
        pairs_layout = QVBoxLayout(pairs_box)
        pairs_layout.setContentsMargins(0, 6, 0, 0)
        pairs_layout.setSpacing(4)
        pairs_layout.addWidget(self.summary)
        pairs_layout.addWidget(self.table, 1)
        splitter.addWidget(pairs_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.installEventFilter(self)
        self.left.view.span_selected.connect(lambda span_id: self._on_span(span_id, left=True))
        self.right.view.span_selected.connect(lambda span_id: self._on_span(span_id, left=False))
        self._show_summary()

    # ----------------------------------------------------------------- setters

    def set_articles(self, left: SideArticle, right: SideArticle, pairs: Sequence[AlignedPairRecord]) -> None:
        """Show two articles and their aligned pairs; nothing is selected."""
        self.left.show_article(left)
        self.right.show_article(right)
        self._pairs = list(pairs)
        with QSignalBlocker(self.table.selectionModel()):
            self.table.clearSelection()
            self.table.setRowCount(0)
            self.table.setHorizontalHeaderLabels(
                ["Card", left.outlet or "Left", right.outlet or "Right", *ROLES])
            self.table.setRowCount(len(self._pairs))
            for row, pair in enumerate(self._pairs):
                self._fill_row(row, pair)
            self._fit_columns()
            self.table.setCurrentIndex(QModelIndex())
        self._show_summary()

    def select_pair(self, row: int) -> None:
        """Select a pair and both its mentions without emitting; out of range clears the selection."""
        with QSignalBlocker(self.table.selectionModel()):
            if 0 <= row < len(self._pairs):
                self.table.selectRow(row)
                self.table.scrollTo(self.table.model().index(row, 0))
            else:
                self.table.clearSelection()
                self.table.setCurrentIndex(QModelIndex())
        self._show_pair(row)

    # ----------------------------------------------------------------- queries

    def conflict_count(self) -> int:
        """Roles that disagree, over all pairs."""
        return sum(role.conflict for pair in self._pairs for role in pair.roles)

    def current_pair(self) -> int:
        return self.table.currentRow() if self.table.selectionModel().hasSelection() else -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    # ---------------------------------------------------------------- helpers

    def _fill_row(self, row: int, pair: AlignedPairRecord) -> None:
        card = QTableWidgetItem(pair.card_title)
        card.setToolTip(pair.card_title)
        self.table.setItem(row, 0, card)
        for column, text in ((1, pair.left_text), (2, pair.right_text)):
            item = QTableWidgetItem(" ".join(text.split()))
            font = QFont(self.table.font())
            font.setBold(True)
            item.setFont(font)
            self.table.setItem(row, column, item)
        by_role = {role.role: role for role in pair.roles}
        for offset, name in enumerate(ROLES):
            role = by_role.get(name)
            text = role_text(role) if role is not None else MISSING
            item = QTableWidgetItem(text)
            if role is not None and role.conflict:
                item.setText(f"⚠ {text}")
                item.setBackground(QBrush(CONFLICT_TINT))
                item.setToolTip(f"{name} differs: {role.left or MISSING} vs {role.right or MISSING}")
            elif role is not None and (role.left or role.right):
                item.setToolTip(f"{name}: {role.left or MISSING} (left) · {role.right or MISSING} (right)")
            self.table.setItem(row, FIRST_ROLE_COLUMN + offset, item)

    def _fit_columns(self) -> None:
        """Columns as wide as their text; when they do not all fit, the widest give up room."""
        self.table.resizeColumnsToContents()
        widths = [self.table.columnWidth(column) + 12 for column in range(len(HEADERS))]
        scroll_bar = self.table.verticalScrollBar().sizeHint().width()
        room = self.table.width() - 2 * self.table.frameWidth() - scroll_bar
        cap = max(widths)
        for i, width in enumerate(sorted(widths)):
            left = len(widths) - i
            if width * left > room:
                cap = max(60, room // left)
                break
            room -= width
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, min(width, cap))

    def _show_summary(self) -> None:
        count = len(self._pairs)
        conflicts = self.conflict_count()
        events = f"<b>{count} linked event{'' if count == 1 else 's'}</b>"
        if not count:
            self.summary.setText(f"{events} <span style='color:gray'>— the two articles share no card"
                                 "</span>")
            return
        if conflicts:
            flag = (f"<span style='color:{CONFLICT_TEXT}'><b>⚠ {conflicts} conflict"
                    f"{'' if conflicts == 1 else 's'}</b></span>")
        else:
            flag = "<span style='color:gray'>no conflicts</span>"
        self.summary.setText(f"{events} · {flag} <span style='color:gray'>— ↑↓ or click a pair to "
                             "show both mentions</span>")

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row() if current.isValid() else -1
        self._show_pair(row)
        if 0 <= row < len(self._pairs):
            self.pair_selected.emit(self._pairs[row].left_id, self._pairs[row].right_id)

    def _show_pair(self, row: int) -> None:
        pair = self._pairs[row] if 0 <= row < len(self._pairs) else None
        self.left.view.select_span(pair.left_id if pair else None)
        self.right.view.select_span(pair.right_id if pair else None)

    def _on_span(self, span_id: str, *, left: bool) -> None:
        for row, pair in enumerate(self._pairs):
            if span_id and span_id == (pair.left_id if left else pair.right_id):
                self.table.selectRow(row)  # emits through currentRowChanged
                return
