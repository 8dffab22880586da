"""ArticleList: the user's row choice is reported, programmatic selection is silent."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from widget_fakes import Article

from widgets.article_list import ArticleList
from widgets.article_table import ArticleTableModel, Column


@pytest.fixture
def article_list(qtbot):
    articles = [Article(id=10 + i, title=f"Berita nomor {i}") for i in range(30)]
    model = ArticleTableModel(lambda offset, limit: articles[offset : offset + limit], 20)
    model.reset(len(articles))
    widget = ArticleList(model)
    qtbot.addWidget(widget)
    widget.resize(700, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_select_article_is_silent(qtbot, article_list):
    with qtbot.assertNotEmitted(article_list.article_selected):
        assert article_list.select_article(13)
    assert article_list.selected_article_id() == 13
    assert not article_list.select_article(999)
    assert article_list.selected_article_id() is None


def test_arrow_keys_select_the_next_article(qtbot, article_list):
    article_list.setFocus()
    article_list.select_article(13)
    with qtbot.waitSignal(article_list.article_selected) as blocker:
        qtbot.keyClick(article_list, Qt.Key.Key_Down)
    assert blocker.args == [14]
    seen = []
    article_list.article_selected.connect(seen.append)
    qtbot.keyClick(article_list, Qt.Key.Key_Up)
    qtbot.keyClick(article_list, Qt.Key.Key_Up)
    assert seen == [13, 12]


def test_clicking_a_row_selects_its_article(qtbot, article_list):
    rect = article_list.visualRect(article_list.model().index(2, Column.TITLE))
    with qtbot.waitSignal(article_list.article_selected) as blocker:
        qtbot.mouseClick(article_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [12]


def test_view_is_configured_for_rows(article_list):
    header = article_list.horizontalHeader()
    assert not article_list.verticalHeader().isVisible()
    assert not article_list.showGrid()
    assert article_list.alternatingRowColors()
    assert header.sectionResizeMode(Column.TITLE) == header.ResizeMode.Stretch
    assert header.sectionSize(Column.TITLE) > header.sectionSize(Column.DATE)
