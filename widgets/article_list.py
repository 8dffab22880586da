"""The project's article list: one row per article, selected with the mouse or arrow keys."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from widgets.article_table import HEADERS, ArticleTableModel, Column
from widgets.record_table import style_record_table

# Widths in average characters, for the columns that do not stretch.
_COLUMN_CHARS = {
    Column.OUTLET: 11,
    Column.DATE: 10,
    Column.STATUS: 9,
    Column.ENTITIES: 4,
    Column.EVENTS: 4,
    Column.TO_REVIEW: 5,
}


class ArticleList(QTableView):
    """A table of articles over an ``ArticleTableModel``.

    Signals:
        article_selected(int): the user made an article current (click or up/down keys).
    """

    article_selected = Signal(int)

    def __init__(self, model: ArticleTableModel | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._updating = False
        style_record_table(self, row_padding=8)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(False)
        if model is not None:
            self.setModel(model)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.selectionModel()
        if old is not None:
            old.selectionChanged.disconnect(self._on_selection_changed)
        super().setModel(model)
        if model is None:
            return
        self.selectionModel().selectionChanged.connect(self._on_selection_changed)
        header = self.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        for column, chars in _COLUMN_CHARS.items():
            title = header.fontMetrics().horizontalAdvance(HEADERS[column])
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(chars * char, title) + 16)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)

    def select_article(self, article_id: int | None) -> bool:
        """Make an article current without emitting; False (and no selection) if not loaded."""
        model = self.model()
        row = (
            model.row_of(article_id)
            if isinstance(model, ArticleTableModel) and (article_id is not None)
            else None
        )
        self._updating = True
        try:
            if row is None:
                self.selectionModel().clear()
                return False
            index = model.index(row, 0)
            self.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.scrollTo(index)
            return True
        finally:
            self._updating = False

    def selected_article_id(self) -> int | None:
        model = self.model()
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        if not isinstance(model, ArticleTableModel) or len(rows) != 1:
            return None
        return model.record(rows[0].row()).id

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        # Selection, not the current index: focusing the view moves the current index silently.
        model = self.model()
        if self._updating or not isinstance(model, ArticleTableModel):
            return
        rows = self.selectionModel().selectedRows()
        if len(rows) == 1:
            self.article_selected.emit(model.record(rows[0].row()).id)
