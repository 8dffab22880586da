"""The tables behind the event cards panel: cards and members as rows, the search filter, the title cell."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from widgets.link_records import CardRecord, MemberRecord
from widgets.records import SUGGESTED

_Index = QModelIndex | QPersistentModelIndex
NO_DATE = "—"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # the card's state / the member's link state
BADGE_FILL = "#f0b429"  # amber: "suggested", readable on light and dark bases with dark text
BADGE_TEXT = "#3d2c00"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class CardColumn(IntEnum):
    # The counts come right after the title: how widely an event was reported shows without scrolling.
    TITLE = 0
    OUTLETS = 1
    ARTICLES = 2
    TYPE = 3
    DATE = 4
    PLACE = 5
    PARTICIPANTS = 6


class MemberColumn(IntEnum):
    OUTLET = 0
    DATE = 1
    TRIGGER = 2
    SENTENCE = 3
    LINK = 4


CARD_HEADERS = ("Title", "Outlets", "Articles", "Type", "Date", "Place", "Participants")
MEMBER_HEADERS = ("Outlet", "Date", "Trigger", "Sentence", "Link")


def _card_text(card: CardRecord, column: int) -> str | int:
    values: tuple[str | int, ...] = (
        card.title, card.outlet_count, card.article_count, card.event_type or "",
        card.date.isoformat() if card.date else NO_DATE, card.place or "", ", ".join(card.participants))
    return values[column]


def _card_sort_key(card: CardRecord, column: int) -> str | int:
    if column == CardColumn.DATE:
        return card.date.toordinal() if card.date else 0
    value = _card_text(card, column)
    return value.casefold() if isinstance(value, str) else value


class _Rows(QAbstractTableModel):
    """Read-only rows of records; subclasses say how a cell looks."""

    headers: tuple[str, ...] = ()
    numeric: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in self.numeric else _LEFT
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        record = self.rows[index.row()]
        if role == ID_ROLE:
            return record.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if index.column() in self.numeric else _LEFT
        return self.cell(record, index.column(), role)

    def cell(self, record: Any, column: int, role: int) -> Any:
        raise NotImplementedError


class CardModel(_Rows):
    """Rows of CardRecords; editing a title only reports it through ``on_rename``."""

    headers = CARD_HEADERS
    numeric = frozenset({CardColumn.OUTLETS, CardColumn.ARTICLES})

    def __init__(self, on_rename: Callable[[str, str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_rename = on_rename

    def cell(self, record: CardRecord, column: int, role: int) -> Any:
        suggested = record.state == SUGGESTED
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return _card_text(record, column)
        if role == SORT_ROLE:
            return _card_sort_key(record, column)
        if role == STATE_ROLE:
            return record.state
        if role == Qt.ItemDataRole.FontRole and suggested:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            state = "suggested by the link command — Ctrl+Return confirms" if suggested else "confirmed"
            return (f"{record.title}\n{record.mention_count} mentions in {record.article_count} articles "
                    f"from {record.outlet_count} outlets · {state}")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == CardColumn.TITLE else flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != CardColumn.TITLE or not index.isValid():
            return False
        card = self.rows[index.row()]
        title = " ".join(str(value).split())
        if title and title != card.title:
            self._on_rename(card.id, title)  # the shell renames and sets the cards again
        return False


class MemberModel(_Rows):
    """Rows of MemberRecords, suggested links in italics."""

    headers = MEMBER_HEADERS

    def cell(self, record: MemberRecord, column: int, role: int) -> Any:
        suggested = record.link_state == SUGGESTED
        if role == Qt.ItemDataRole.DisplayRole:
            return (record.outlet or "Unknown outlet",
                    record.published.isoformat() if record.published else NO_DATE,
                    record.text, " ".join(record.sentence.split()),
                    "suggested" if suggested else "✓ confirmed")[column]
        if role == STATE_ROLE:
            return record.link_state
        if role == Qt.ItemDataRole.FontRole and (suggested or column == MemberColumn.TRIGGER):
            font = QFont()
            font.setItalic(suggested)
            font.setBold(column == MemberColumn.TRIGGER)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{record.label} “{record.text}” — {record.article_title or '(untitled)'}\n"
                    f"{record.sentence}\nEnter opens it · Del unlinks")
        return None


class CardFilter(QSortFilterProxyModel):
    """Keeps the cards whose title, type, place or participants contain every search word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9; invalidateFilter is deprecated there
            self.beginFilterChange()
            self._words = text.casefold().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = text.casefold().split()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        if not isinstance(model, CardModel) or source_row >= len(model.rows):
            return False
        card = model.rows[source_row]
        haystack = " ".join([card.title, card.event_type or "", card.place or "", *card.participants])
        haystack = haystack.casefold()
        return all(word in haystack for word in self._words)


class TitleDelegate(QStyledItemDelegate):
    """The title cell, with an amber "suggested" pill at its right for suggested cards."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        if index.data(STATE_ROLE) != SUGGESTED:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        small = QFont(opt.font)
        small.setItalic(False)
        small.setPointSizeF(max(7.0, opt.font.pointSizeF() * 0.85))
        painter.save()
        painter.setFont(small)
        badge_width = painter.fontMetrics().horizontalAdvance("suggested") + 12
        painter.restore()
        room = opt.rect.width() - badge_width - 20
        opt.text = opt.fontMetrics.elidedText(opt.text, Qt.TextElideMode.ElideRight, max(room, 10))
        style = opt.widget.style() if opt.widget else QStyle()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if room < 30:
            return
        height = painter.fontMetrics().height() + 2
        rect = opt.rect
        badge = QRectF(rect.right() - badge_width - 4, rect.center().y() - height / 2 + 1,
                       badge_width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BADGE_FILL))
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setFont(small)
        painter.setPen(QColor(BADGE_TEXT))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "suggested")
        painter.restore()
