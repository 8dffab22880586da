"""The whole review loop through the window: import, see suggestions, add a span, undo, reopen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from models import articles, spans
from tests.desktop.conftest import import_with_menu, point_of


def _word_to_annotate(window) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """A word of the open article that no entity span covers yet."""
    view = window.review.view
    text = view.toPlainText()
    covered = [(s.start, s.end) for s in spans.list_spans(window.current_article)]
    offset = 0
    for word in text.split():
        start = text.index(word, offset)
        offset = start + len(word)
        if word.isalpha() and len(word) > 4 and not any(a < offset and start < b
                                                        for a, b in covered):
            return start, offset
    raise AssertionError("no free word")


def _review_loop(qtbot, make_window, files: list[Path], monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.pages.currentWidget() is window.welcome, "an empty project shows the welcome"
    import_with_menu(qtbot, window, files, monkeypatch)
    assert window.article_model.rowCount() == len(files)
    assert window.pages.currentWidget() is window.review
    article_id = window.current_article
    assert article_id is not None
    view = window.review.view
    assert view.toPlainText() == articles.get_article_text(article_id).body
    assert spans.list_spans(article_id), "the article arrives with suggestions"

    # Select a word with a double click, press the PERSON hotkey: the span appears.
    start, end = _word_to_annotate(window)
    view.setFocus()
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(view, start + 1))
    assert view.textCursor().selectedText() == view.toPlainText()[start:end]
    qtbot.keyClick(view, Qt.Key.Key_P)
    added = [s for s in spans.list_spans(article_id) if (s.start, s.end) == (start, end)]
    assert [(s.label, s.state, s.origin) for s in added] == [("PERSON", "accepted", "manual")]
    assert view.selected_span_id() == added[0].id
    assert [s.label for s in view.spans_at(start)] == ["PERSON"]
    assert "Add PERSON" in window.actions["edit.undo"].text()

    # Undo removes it, redo brings it back (keys, as a user would).
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not [s for s in spans.list_spans(article_id) if (s.start, s.end) == (start, end)]
    assert not [s for s in view.spans_at(start) if s.label == "PERSON" and s.start == start]
    qtbot.keyClick(view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [s.label for s in view.spans_at(start)] == ["PERSON"]

    # Close and reopen: the span is still there, shown in the text.
    window = make_window()
    window.open_article(article_id)
    assert [s.label for s in window.review.view.spans_at(start)] == ["PERSON"]


def test_review_loop_on_sample_articles(qtbot, make_window, sample_files, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _review_loop(qtbot, make_window, sample_files, monkeypatch)


@pytest.mark.corpus
def test_review_loop_on_real_corpus(qtbot, make_window, corpus_files, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _review_loop(qtbot, make_window, corpus_files, monkeypatch)
