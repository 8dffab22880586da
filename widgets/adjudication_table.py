"""The positions annotators marked, one row each, with a pick per row made by number keys."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from widgets.record_table import style_record_table

NOTHING = "—"


@dataclass(frozen=True)
class PositionRecord:
    """What each annotator marked at one place of the text; pick: index into labels, None: no span.

    edited_label and edited_text: the supervisor's own version of the picked span (relabelled or
    moved), or of a span nobody marked (then pick is None and every label None)."""

    text: str
    labels: tuple[str | None, ...]
    pick: int | None
    agreed: bool
    edited_label: str | None = None
    edited_text: str | None = None
    cards: tuple[str | None, ...] = ()  # per annotator: the title of the event card they put it in
    warning: str = ""  # why the pick cannot stand as it is (shown after the verdict, in red)

    def marked(self, index: int) -> str:
        """What one annotator marked here: the label, and the card an event went into."""
        label = self.labels[index]
        card = self.cards[index] if index < len(self.cards) else None
        return NOTHING if label is None else f"{label} · {card}" if card else label

    @property
    def added(self) -> bool:
        return self.edited_label is not None and self.pick is None

    @property
    def kept(self) -> bool:
        """Whether the adjudicated version holds a span here."""
        return self.pick is not None or self.added


class AdjudicationTable(QTableWidget):
    """Rows of positions; keys 1..n take that annotator's span for the current row, 0 or Delete
    takes none, Ctrl+1..n that annotator's at every differing position not edited. A pick drops the
    row's edit: the annotator's span stands as they marked it.

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

    def set_record(self, row: int, record: PositionRecord) -> None:
        """Show a changed row (a new row when row is the row count)."""
        if row == len(self.records):
            self.records.append(record)
            self.setRowCount(len(self.records))
        else:
            self.records[row] = record
        self._show(row, record)

    def _show(self, row: int, record: PositionRecord) -> None:
        grey = QBrush(QColor("gray")) if record.agreed and record.edited_label is None else None
        text = record.edited_text if record.added and record.edited_text else record.text
        cells = [text, *(record.marked(i) for i in range(len(record.labels))), self._verdict(record)]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if grey is not None:
                item.setForeground(grey)
            if column == len(cells) - 1:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                if record.warning and record.pick is not None:
                    item.setForeground(QBrush(QColor("#b00020")))
                    item.setToolTip(record.warning)
            self.setItem(row, column, item)

    def _verdict(self, record: PositionRecord) -> str:
        verdict = self._decision(record)
        return f"{verdict} — {record.warning}" if record.warning and record.pick is not None else verdict

    def _decision(self, record: PositionRecord) -> str:
        if record.added:
            return f"{record.edited_label} (added)"
        if record.pick is None:
            return NOTHING
        who = self.annotators[record.pick]
        if record.edited_label is None:
            return f"{record.marked(record.pick)} ({who})"
        moved = f" «{record.edited_text}»" if record.edited_text not in (None, record.text) else ""
        return f"{record.edited_label}{moved} (edited, from {who})"

    def take_all(self, pick: int) -> int:
        """Take one annotator's version at every differing position (edited ones stay); how many."""
        changed = 0
        for row, record in enumerate(self.records):
            if record.agreed or record.edited_label is not None or not 0 <= pick < len(record.labels):
                continue
            mine = pick if record.labels[pick] is not None else None
            if mine != record.pick:
                self._pick(row, mine)
                changed += 1
        return changed

    def _pick(self, row: int, pick: int | None) -> None:
        """A pick drops the row's edit: the annotator's span stands as they marked it."""
        self.set_record(row, replace(self.records[row], pick=pick, edited_label=None, edited_text=None))
        self.picked.emit(row, pick)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        row = self.currentRow()
        number = event.key() - Qt.Key.Key_0
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and 1 <= number <= len(self.annotators):
            self.take_all(number - 1)
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            text = "0"
        if text.isdigit() and 0 <= row < len(self.records) and int(text) <= len(self.annotators):
            pick = int(text) - 1 if text != "0" else None
            record = self.records[row]
            if pick is not None and record.labels[pick] is None:
                pick = None  # that annotator marked nothing here
            self._pick(row, pick)
            if row + 1 < len(self.records):
                self.setCurrentCell(row + 1, self.currentColumn())  # on to the next position
            return
        super().keyPressEvent(event)
