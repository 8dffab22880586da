"""Above the article list: search and filters that narrow it to the articles you need to work on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from widgets.article_table import STATUS_TEXT
from widgets.flow_layout import FlowLayout

SEARCH_PLACEHOLDER = "Search titles and text…"
DEBOUNCE_MS = 250
ANY = "any"
# Work-list ids (the data layer's names) and what the combo says.
WORKLISTS = (
    (None, "All articles"),
    ("unreviewed_suggestions", "With unreviewed suggestions"),
    ("events_without_cluster", "Events without a cluster"),
    ("not_adjudicated", "Not adjudicated yet"),
)
_NO_DATE = QDate(1900, 1, 1)  # a date edit at its minimum shows "any"


@dataclass(frozen=True)
class FilterState:
    """What the bar asks for; empty values mean "any"."""

    text: str = ""
    outlets: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    labels: tuple[str, ...] = ()
    worklist: str | None = None
    annotators: tuple[str, ...] = ()


class _OptionalDateEdit(QDateEdit):
    """A date edit whose lowest value reads "any"; its calendar opens on today, not on 1900."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(ANY)
        self.setDate(_NO_DATE)
        self.calendarWidget().installEventFilter(self)

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == _NO_DATE else dt.date(date.year(), date.month(), date.day())

    def clear_value(self) -> None:
        self.setDate(_NO_DATE)

    def stepBy(self, steps: int) -> None:
        if self.date() == _NO_DATE:  # arrow keys from "any" start at today
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.date() == _NO_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


def _combo(tip: str) -> QComboBox:
    combo = QComboBox()
    combo.setToolTip(tip)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumContentsLength(5)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return combo


def _fill(combo: QComboBox, any_text: str, items: Sequence[tuple[str, str]]) -> None:
    """Replace the items, keeping the current choice when it is still offered (no signals)."""
    current = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(any_text, None)
        for value, text in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
    finally:
        combo.blockSignals(False)


class FilterBar(QWidget):
    """Search field, outlet, status, label, annotator and date filters, a work-list, and "N of M".

    Signals:
        filter_changed(object): the user changed the filter; the argument is a ``FilterState``.
            Typing is debounced (250 ms); Enter, the clear button and choices emit at once.
    """

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._emitted = FilterState()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)

        self.search = QLineEdit()
        self.search.setPlaceholderText(SEARCH_PLACEHOLDER)
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip("Every word must occur; quote a phrase; the last word may be unfinished")
        self.worklist = _combo("Work-lists: articles that still need something done")
        for value, text in WORKLISTS:
            self.worklist.addItem(text, value)
        self.outlet = _combo("Only articles from this outlet")
        self.status = _combo("Only articles with this review status")
        _fill(self.status, "Any status", list(STATUS_TEXT.items()))
        self.label = _combo("Only articles with a mention of this label")
        self.annotator = _combo("Only articles this annotator changed")
        self.date_from = _OptionalDateEdit()
        self.date_from.setToolTip("Published on or after this date")
        self.date_to = _OptionalDateEdit()
        self.date_to.setToolTip("Published on or before this date")
        self.count = QLabel()
        self.count.setObjectName("filterCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.reset_button = QPushButton("Clear filters")
        self.reset_button.setToolTip("Show every article again")
        self.set_choices([], [])
        self._layout()

        self.search.textEdited.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._emit)
        for combo in (self.worklist, self.outlet, self.status, self.label, self.annotator):
            combo.activated.connect(self._emit)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _date: self._timer.start())
        self.reset_button.clicked.connect(self.reset)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.search, 2)
        top.addWidget(self.worklist, 1)
        # The filters wrap onto more rows in a narrow panel, so the list can give room to the text.
        fields = FlowLayout(spacing=6)
        for text, field in (("Outlet", self.outlet), ("Status", self.status), ("Label", self.label),
                            ("Annotator", self.annotator),
                            ("From", self.date_from), ("to", self.date_to)):
            fields.addWidget(self._pair(text, field))
        fields.addWidget(self.count)
        fields.addWidget(self.reset_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 4)
        outer.setSpacing(4)
        outer.addLayout(top)
        outer.addLayout(fields)

    def _pair(self, text: str, field: QWidget) -> QWidget:
        """A caption and its field, kept together when the filters wrap."""
        pair = QWidget(self)
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self._caption(text, field))
        row.addWidget(field)
        return pair

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        caption = QLabel(text)
        caption.setBuddy(buddy)
        return caption

    # ----------------------------------------------------------------- setters

    def set_choices(self, outlets: Sequence[str], labels: Sequence[str],
                    annotators: Sequence[str] = ()) -> None:
        """Offer these outlets, labels and annotators; a current choice still offered stays chosen."""
        _fill(self.outlet, "All outlets", [(name, name) for name in outlets])
        _fill(self.label, "Any label", [(name, name) for name in labels])
        _fill(self.annotator, "Anyone", [(name, name) for name in annotators])

    def set_count(self, shown: int, total: int) -> None:
        """Show how many articles the filter lets through, out of how many."""
        noun = "article" if total == 1 else "articles"
        self.count.setText(f"{total:,} {noun}" if shown == total else f"{shown:,} of {total:,} {noun}")

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def reset(self) -> None:
        """Back to every article; emits when that changes the filter."""
        widgets = (self.search, self.worklist, self.outlet, self.status, self.label, self.annotator,
                   self.date_from, self.date_to)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.search.clear()
            for combo in (self.worklist, self.outlet, self.status, self.label, self.annotator):
                combo.setCurrentIndex(0)
            self.date_from.clear_value()
            self.date_to.clear_value()
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._emit()

    # ----------------------------------------------------------------- queries

    def state(self) -> FilterState:
        def one(combo: QComboBox) -> tuple[str, ...]:
            value = combo.currentData()
            return (value,) if value is not None else ()

        return FilterState(
            text=self.search.text(), outlets=one(self.outlet), statuses=one(self.status),
            date_from=self.date_from.value(), date_to=self.date_to.value(), labels=one(self.label),
            worklist=self.worklist.currentData(), annotators=one(self.annotator),
        )

    # ---------------------------------------------------------------- helpers

    def _emit(self) -> None:
        self._timer.stop()
        state = self.state()
        if state != self._emitted:
            self._emitted = state
            self.filter_changed.emit(state)
