"""Finding your work: the filter bar above the article list, and the filtered query behind the list."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from models import articles, labels
from models.filters import ArticleFilter
from models.records import ArticleRow
from widgets.filter_bar import FilterBar, FilterState


def to_article_filter(state: FilterState) -> ArticleFilter:
    """The bar's plain state as the data layer's filter (the widget may not import models)."""
    return ArticleFilter(text=state.text, outlets=state.outlets, statuses=state.statuses,
                         date_from=state.date_from, date_to=state.date_to, labels=state.labels,
                         worklist=state.worklist, annotators=state.annotators)


class FindWork(QObject):
    """Owns the current filter; the article list's model pages through ``fetch``.

    Signals:
        filter_changed(): the user changed the filter; the window reloads the list.
    """

    filter_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filter = ArticleFilter()
        self.bar = FilterBar()
        self.bar.filter_changed.connect(self._set_state)

    def panel(self, article_list: QWidget) -> QWidget:
        """The list column: the filter bar above the article list."""
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.bar)
        layout.addWidget(article_list, 1)
        return panel

    def fetch(self, offset: int, limit: int) -> list[ArticleRow]:
        return articles.list_articles(offset, limit, self.filter)

    def count(self, total: int) -> int:
        """How many of the project's total articles match; refreshes the choices and "N of M"."""
        self.bar.set_choices(articles.list_outlets(), [row.name for row in labels.list_labels()],
                             articles.list_annotators())
        self.filter = to_article_filter(self.bar.state())  # a choice no longer offered is dropped
        shown = total if self.filter.is_empty() else articles.count_articles(self.filter)
        self.bar.set_count(shown, total)
        return shown

    def _set_state(self, state: FilterState) -> None:
        self.filter = to_article_filter(state)
        self.filter_changed.emit()
