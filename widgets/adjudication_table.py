"""The positions annotators marked, one row each, with a pick per row made by number keys."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from widgets.record_table import style_record_table

NOTHING = "—"


@dataclass(frozen=True)
class PositionRecord:
    """What each annotator marked at one place of the text; pick: index into labels, None: no span."""

    text: str
    labels: tuple[str | None, ...]
    pick: int | None
    agreed: bool


class AdjudicationTable(QTableWidget):
    """Rows of positions; keys 1..n take that annotator's span for the current row, 0 takes none.

    Signals: picked(int row, object pick) after a key changed a row's pick.
    """

    picked = Signal(int, object)

    def __init__(self, annotators: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(annotators) + 2, parent)
        self.annotators = list(annotators)
        self.setHorizontalHeaderLabels(["Text", *(f"{i}: {n}" for i, n in enumerate(annotators, 1)),
                                        "Adjudicated"])
        style_record_table(self)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setStretchLastSection(True)
        self.records: list[PositionRecord] = []

    def set_records(self, records: Sequence[PositionRecord]) -> None:
        self.records = list(records)
        self.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            self._show(row, record)
        if self.records:
            self.setCurrentCell(0, 0)
        self.resizeColumnsToContents()

    def _show(self, row: int, record: PositionRecord) -> None:
        grey = QBrush(QColor("gray")) if record.agreed else None
        cells = [record.text, *(label or NOTHING for label in record.labels), self._verdict(record)]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if grey is not None:
                item.setForeground(grey)
            if column == len(cells) - 1:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.setItem(row, column, item)

    def _verdict(self, record: PositionRecord) -> str:
        if record.pick is None:
            return NOTHING
        return f"{record.labels[record.pick]} ({self.annotators[record.pick]})"

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        row = self.currentRow()
        if text.isdigit() and 0 <= row < len(self.records) and int(text) <= len(self.annotators):
            pick = int(text) - 1 if text != "0" else None
            record = self.records[row]
            if pick is not None and record.labels[pick] is None:
                pick = None  # that annotator marked nothing here
            self.records[row] = PositionRecord(record.text, record.labels, pick, record.agreed)
            self._show(row, self.records[row])
            self.picked.emit(row, pick)
            if row + 1 < len(self.records):
                self.setCurrentCell(row + 1, self.currentColumn())  # on to the next position
            return
        super().keyPressEvent(event)
