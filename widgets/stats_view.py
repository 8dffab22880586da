"""The statistics view: review progress, and what annotators did with the suggestions."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from widgets.records import CorrectionRecord, ProgressRecord
from widgets.review_progress import ReviewProgress, breakdown_text
from widgets.stats_tables import SORT_ROLE, RecordTableModel, correction_model, progress_model


def _percent(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "—"


def summary_text(total: CorrectionRecord) -> str:
    """One sentence over all suggestions, for the top of the corrections section."""
    if not total.suggested and not total.added:
        return "No suggestions yet: import articles to have them pre-annotated."
    reviewed = total.suggested - total.pending
    if not reviewed:
        parts = [f"None of the {total.suggested:,} suggestions has been reviewed yet."]
    else:
        parts = [f"Of {reviewed:,} reviewed suggestions, {_percent(total.accepted, reviewed)} were "
                 f"accepted unchanged and {_percent(reviewed - total.accepted, reviewed)} corrected "
                 f"({total.relabelled:,} relabelled, {total.resized:,} resized, "
                 f"{total.rejected:,} rejected)."]
        if total.pending:
            parts.append(f"{total.pending:,} still to review.")
    parts.append(f"Annotators added {total.added:,} spans themselves.")
    return " ".join(parts)


def _table(model: RecordTableModel, sort_column: int) -> QTableView:  # type: ignore[type-arg]
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = QTableView()
    proxy.setParent(table)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(sort_column, Qt.SortOrder.DescendingOrder)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read-only figures: no current-cell frame
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return table


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    return label


class StatsView(QWidget):
    """Progress (a bar, and a table per annotator) over corrections per label and per outlet.

    Setters only; no signals. The tables sort by any column (by corrected share at first).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = ReviewProgress(bar_width=260)
        self.breakdown = QLabel()
        self.breakdown.setStyleSheet("color: palette(placeholder-text);")
        self.annotator_model = progress_model()
        self.annotator_table = _table(self.annotator_model, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.label_model = correction_model("Label")
        self.outlet_model = correction_model("Outlet")
        self.label_table = _table(self.label_model, 7)
        self.outlet_table = _table(self.outlet_model, 7)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.label_table, "By label")
        self.tabs.addTab(self.outlet_table, "By outlet")

        layout = QVBoxLayout(self)
        layout.addWidget(_heading("Progress"))
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.breakdown)
        caption = QLabel("Per annotator: whoever set an article's status last; an article in "
                         "progress counts for whoever changed it last.")
        caption.setWordWrap(True)
        caption.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(caption)
        layout.addWidget(self.annotator_table, 2)
        layout.addSpacing(10)
        layout.addWidget(_heading("Suggestions"))
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 5)

    def set_progress(self, project: ProgressRecord, by_annotator: Sequence[ProgressRecord]) -> None:
        self.progress.set_progress(project)
        self.breakdown.setText(breakdown_text(project))
        self.annotator_model.set_rows(by_annotator)

    def set_corrections(self, total: CorrectionRecord, by_label: Sequence[CorrectionRecord],
                        by_outlet: Sequence[CorrectionRecord]) -> None:
        self.summary.setText(summary_text(total))
        self.label_model.set_rows(by_label)
        self.outlet_model.set_rows(by_outlet)
