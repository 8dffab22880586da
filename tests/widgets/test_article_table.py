"""ArticleTableModel: lazy paging, display texts and in-place updates."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QModelIndex, Qt
from widget_fakes import Article

from widgets.article_table import ArticleTableModel, Column


class Source:
    """A fake data layer that records which pages were asked for."""

    def __init__(self, count: int) -> None:
        self.articles = [
            Article(id=1000 + i, title=f"Berita {i}", status="done" if i % 3 else "new")
            for i in range(count)
        ]
        self.calls: list[tuple[int, int]] = []

    def fetch(self, offset: int, limit: int) -> list[Article]:
        self.calls.append((offset, limit))
        return self.articles[offset : offset + limit]


@pytest.fixture
def source() -> Source:
    return Source(450)


@pytest.fixture
def model(source: Source) -> ArticleTableModel:
    model = ArticleTableModel(source.fetch, page_size=200)
    model.reset(len(source.articles))
    return model


def text(model: ArticleTableModel, row: int, column: Column, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_passes_the_model_tester(qtmodeltester, model):
    qtmodeltester.check(model)


def test_empty_model_passes_the_model_tester(qtmodeltester):
    model = ArticleTableModel(lambda offset, limit: [])
    model.reset(0)
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_reset_loads_only_the_first_page_until_fetch_more(source, model):
    assert source.calls == [(0, 200)]
    assert model.rowCount() == 200
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert source.calls == [(0, 200), (200, 200), (400, 50)]
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())


def test_reset_with_100k_rows_fetches_one_page(source):
    calls = []

    def fetch(offset, limit):
        calls.append((offset, limit))
        return [Article(id=offset + i) for i in range(limit)]

    model = ArticleTableModel(fetch)
    model.reset(100_000)
    assert calls == [(0, 200)]
    assert model.rowCount() == 200


def test_a_short_source_stops_the_paging(source):
    model = ArticleTableModel(source.fetch, page_size=200)
    model.reset(10_000)  # promises more than the source has
    for _ in range(5):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())


def test_display_texts(model):
    model.update_record(
        Article(
            id=1000,
            outlet=None,
            published=None,
            title=None,
            status="in_progress",
            entity_count=7,
            event_count=2,
            suggested_count=5,
        )
    )
    row = [text(model, 0, column) for column in Column]
    assert row == ["", "—", "(untitled)", "In progress", 7, 2, 5]
    assert [text(model, 1, c) for c in (Column.OUTLET, Column.DATE, Column.TITLE)] == [
        "Kompas",
        "2024-02-12",
        "Berita 1",
    ]
    assert text(model, 1, Column.STATUS) == "Done"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Outlet", "Date", "Title", "Status", "Entities", "Events", "To review"]


def test_numbers_are_right_aligned_and_titles_have_tooltips(model):
    alignment = text(model, 0, Column.TO_REVIEW, Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    alignment = text(model, 0, Column.TITLE, Qt.ItemDataRole.TextAlignmentRole)
    assert not alignment & Qt.AlignmentFlag.AlignRight
    assert text(model, 3, Column.TITLE, Qt.ItemDataRole.ToolTipRole) == "Berita 3"


def test_row_of_knows_only_loaded_rows(model):
    assert model.row_of(1005) == 5
    assert model.record(5).id == 1005
    assert model.row_of(1300) is None
    model.fetchMore(QModelIndex())
    assert model.row_of(1300) == 300


def test_update_record_replaces_the_row_and_emits_data_changed(qtbot, model):
    changed = dataclasses.replace(model.record(7), status="skipped", suggested_count=0)
    with qtbot.waitSignal(model.dataChanged) as blocker:
        assert model.update_record(changed)
    top_left, bottom_right = blocker.args[:2]
    assert (top_left.row(), top_left.column()) == (7, 0)
    assert (bottom_right.row(), bottom_right.column()) == (7, len(Column) - 1)
    assert text(model, 7, Column.STATUS) == "Skipped"
    assert not model.update_record(Article(id=99_999))
