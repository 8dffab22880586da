"""Undo and redo that survive closing Kliping, driven with keys like a user; one stack per annotator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from models import spans, undo_log

CTRL = Qt.KeyboardModifier.ControlModifier
UNDO = (Qt.Key.Key_Z, CTRL)
REDO = (Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)


def _loaded(qtbot, window):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    job = window.job  # held: the window lets go of its job when it finishes
    with qtbot.waitSignal(job.finished, timeout=120_000):
        pass
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.review)
    return window


def _press(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    window.review.view.setFocus()
    qtbot.keyClick(window.review.view, key, modifiers)


def _label_free_word(qtbot, window, key) -> str:  # type: ignore[no-untyped-def]
    """Select a word no entity covers and press a label key; returns the new span's id."""
    view = window.review.view
    text = view.toPlainText()
    covered = [(s.start, s.end) for s in spans.list_spans(window.current_article)]
    offset = 0
    for word in text.split():
        start = text.index(word, offset)
        offset = start + len(word)
        if word.isalpha() and len(word) > 4 and not any(a < offset and start < b for a, b in covered):
            break
    else:
        raise AssertionError("no free word")
    view.setFocus()
    view.select_range(start, offset)
    qtbot.keyClick(view, key)
    [added] = [s for s in spans.list_spans(window.current_article) if (s.start, s.end) == (start, offset)]
    return added.id


def _snapshot(article_id: int) -> list[tuple[str, int, int, str, str, str]]:
    return [(s.id, s.start, s.end, s.label, s.state, s.origin) for s in spans.list_spans(article_id)]


def _ids(article_id: int) -> set[str]:
    return {s.id for s in spans.list_spans(article_id)}


def test_undo_and_redo_survive_closing_the_project(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = _loaded(qtbot, make_window())
    first = window.current_article
    untouched_first = _snapshot(first)
    added = _label_free_word(qtbot, window, Qt.Key.Key_P)
    assert window.review.view.selected_span_id() == added
    _press(qtbot, window, Qt.Key.Key_O)  # relabel the new span: PERSON → ORG
    assert spans.get_span(added).label == "ORG"
    _press(qtbot, window, Qt.Key.Key_Down, CTRL)  # another article
    second = window.current_article
    assert second != first
    untouched_second = _snapshot(second)
    _press(qtbot, window, Qt.Key.Key_Tab)
    victim = window.review.view.selected_span_id()
    _press(qtbot, window, Qt.Key.Key_Delete)
    assert victim not in _ids(second)
    texts = [window.undo_stack.text(i) for i in range(window.undo_stack.count())]
    assert len(texts) == 3
    assert texts[0].startswith("Add PERSON “") and texts[1] == "Relabel PERSON → ORG"
    assert texts[2].startswith(("Delete ", "Reject "))

    # Close and reopen: the stack is back, nothing re-applied; Ctrl+Z walks back across articles.
    window = make_window()
    assert window.actions["edit.undo"].text() == f"Undo {texts[2]}"
    assert victim not in _ids(second) and spans.get_span(added).label == "ORG"
    _press(qtbot, window, *UNDO)
    assert victim in _ids(second) and window.current_article == second
    assert window.review.view.selected_span_id() == victim
    assert window.actions["edit.undo"].text() == "Undo Relabel PERSON → ORG"
    _press(qtbot, window, *UNDO)
    assert spans.get_span(added).label == "PERSON" and window.current_article == first
    assert window.actions["edit.undo"].text() == f"Undo {texts[0]}"
    _press(qtbot, window, *UNDO)
    assert _snapshot(first) == untouched_first and _snapshot(second) == untouched_second
    assert not window.actions["edit.undo"].isEnabled()
    assert window.actions["edit.redo"].text() == f"Redo {texts[0]}"
    _press(qtbot, window, *REDO)
    _press(qtbot, window, *REDO)
    assert (spans.get_span(added).label, spans.get_span(added).origin) == ("ORG", "manual")

    # Reopen with a redo tail: it is still there, and a new edit drops it for good.
    window = make_window()
    assert window.actions["edit.undo"].text() == "Undo Relabel PERSON → ORG"
    assert window.actions["edit.redo"].text() == f"Redo {texts[2]}"
    _press(qtbot, window, *UNDO)
    assert spans.get_span(added).label == "PERSON"
    assert window.review.view.selected_span_id() == added
    _press(qtbot, window, Qt.Key.Key_G)
    assert spans.get_span(added).label == "GPE"
    assert not window.actions["edit.redo"].isEnabled()

    window = make_window()
    assert window.undo_stack.count() == 2 and not window.actions["edit.redo"].isEnabled()
    assert window.actions["edit.undo"].text() == "Undo Relabel PERSON → GPE"
    _press(qtbot, window, *UNDO)
    _press(qtbot, window, *UNDO)
    assert _snapshot(first) == untouched_first
    assert _snapshot(second) == untouched_second, "the dropped delete is never redone"
    assert not window.actions["edit.undo"].isEnabled()


def test_each_annotator_undoes_only_their_own_changes(qtbot, make_window,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    window = _loaded(qtbot, make_window())
    article = window.current_article
    mine = _label_free_word(qtbot, window, Qt.Key.Key_P)
    monkeypatch.setattr("desktop.annotator_dialog._ask", lambda *args: "other")
    window.actions["annotator.change"].trigger()
    assert not window.actions["edit.undo"].isEnabled(), "the other annotator starts with no stack"
    theirs = _label_free_word(qtbot, window, Qt.Key.Key_G)
    assert window.actions["edit.undo"].text().startswith("Undo Add GPE")
    assert [e.text for e in undo_log.load_stack("other")] == [window.undo_stack.text(0)]

    window = make_window()  # opens as "tester" again
    assert window.undo_stack.count() == 1
    assert window.actions["edit.undo"].text().startswith("Undo Add PERSON")
    _press(qtbot, window, *UNDO)
    assert mine not in _ids(article) and theirs in _ids(article)
