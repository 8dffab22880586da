"""A table of figures: a name per row, then numbers shown to three decimals; the last row a total."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from widgets.record_table import style_record_table

MISSING = "—"


class FigureTable(QTableWidget):
    """Rows of (name, figure, ...); None shows as a dash. Read-only; the last row is bold when
    `total_last` (the pooled figures under the per-pair ones). Column tooltips explain the figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        style_record_table(self)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

    def set_rows(self, header: Sequence[str], rows: Sequence[Sequence[object]], *,
                 tooltips: dict[str, str] | None = None, total_last: bool = True) -> None:
        self.clear()
        self.setColumnCount(len(header))
        self.setHorizontalHeaderLabels(list(header))
        for column, name in enumerate(header):
            item = self.horizontalHeaderItem(column)
            if column:  # the figures' headings sit over their right-aligned numbers
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if tooltips and name in tooltips:
                item.setToolTip(tooltips[name])
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                text = value if isinstance(value, str) else MISSING if value is None else f"{value:.3f}"
                item = QTableWidgetItem(text)
                if not isinstance(value, str):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if total_last and r == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(r, c, item)
        self.resizeColumnsToContents()

    def text_at(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""
