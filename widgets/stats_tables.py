"""Qt table models over statistics records: corrections per label or outlet, progress per annotator.

They only adapt: DisplayRole is the text, SORT_ROLE the number to sort by (for a proxy model).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from widgets.records import CorrectionRecord, ProgressRecord

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
NO_RATE = "—"
_CORRECTED_COLOUR = (214, 69, 65)  # the higher the rate, the stronger the tint
_Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


class _Column(Generic[R]):
    def __init__(self, header: str, value: Callable[[R], Any], tip: str = "") -> None:
        self.header = header
        self.value = value
        self.tip = tip


def _rate(record: CorrectionRecord) -> float | None:
    return record.correction_rate


CORRECTION_COLUMNS: tuple[_Column[CorrectionRecord], ...] = (
    _Column("", lambda r: r.group),
    _Column("Suggested", lambda r: r.suggested, "Suggestions made by the pre-annotation"),
    _Column("Accepted", lambda r: r.accepted, "Accepted unchanged"),
    _Column("Relabelled", lambda r: r.relabelled, "Kept, with another label"),
    _Column("Resized", lambda r: r.resized, "Kept, with other boundaries"),
    _Column("Rejected", lambda r: r.rejected, "Deleted, or replaced by an overlapping span"),
    _Column("To review", lambda r: r.pending, "Still suggestions nobody has reviewed"),
    _Column("Corrected", _rate, "Relabelled, resized or rejected, of the reviewed suggestions"),
    _Column("Added", lambda r: r.added, "Spans annotators added themselves"),
)
PROGRESS_COLUMNS: tuple[_Column[ProgressRecord], ...] = (
    _Column("Annotator", lambda r: r.name),
    _Column("Done", lambda r: r.done, "Articles this annotator marked done last"),
    _Column("Skipped", lambda r: r.skipped, "Articles this annotator skipped last"),
    _Column("In progress", lambda r: r.in_progress, "Open articles this annotator changed last"),
)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of plain records, one column per field; numbers right-aligned, rates as percentages."""

    def __init__(self, columns: Sequence[_Column[R]], first_header: str = "") -> None:
        super().__init__()
        self._columns = list(columns)
        self._first_header = first_header
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> R:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return (column.header or self._first_header) if section == 0 else column.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignLeft if section == 0 else Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self._columns[index.column()]
        value = column.value(self._rows[index.row()])
        is_rate = column.header == "Corrected"
        if role == Qt.ItemDataRole.DisplayRole:
            if is_rate:
                return NO_RATE if value is None else f"{value:.0%}"
            return f"{value:,}" if isinstance(value, int) else str(value)
        if role == SORT_ROLE:
            return -1.0 if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and is_rate and value:
            return QColor(*_CORRECTED_COLOUR, int(30 + 150 * min(1.0, value)))
        if role == Qt.ItemDataRole.FontRole and is_rate and value:
            font = QFont()
            font.setBold(True)
            return font
        return None


def correction_model(first_header: str) -> RecordTableModel[CorrectionRecord]:
    return RecordTableModel(CORRECTION_COLUMNS, first_header)


def progress_model() -> RecordTableModel[ProgressRecord]:
    return RecordTableModel(PROGRESS_COLUMNS)
