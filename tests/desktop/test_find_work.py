"""Finding your work in the window: Ctrl+F and a search word, a status, a work-list, "N of M"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from models import articles
from widgets.filter_bar import DEBOUNCE_MS


def _listed(window) -> list[int]:  # type: ignore[no-untyped-def]
    model = window.article_model
    while model.canFetchMore():
        model.fetchMore()
    return [model.record(row).id for row in range(model.rowCount())]


def _text(article_id: int) -> str:
    return f"{articles.get_article(article_id).title} {articles.get_article_text(article_id).body}".casefold()


def _choose(qtbot, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick an item like a user: focus the closed combo and type its first word."""
    combo.setFocus()
    qtbot.keyClicks(combo, text.split()[0])
    assert combo.currentText() == text


def test_ctrl_f_and_a_word_narrow_the_list(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    window, bar = loaded, loaded.find.bar
    everything = _listed(window)
    assert bar.count.text() == f"{len(everything)} articles"
    window.review.view.setFocus()
    qtbot.keyClick(window.review.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(bar.search.hasFocus)

    with qtbot.waitSignal(window.find.filter_changed, timeout=DEBOUNCE_MS * 8):
        qtbot.keyClicks(bar.search, "nelayan")
    shown = _listed(window)
    assert 0 < len(shown) < len(everything)
    assert all("nelayan" in _text(i) for i in shown)
    assert not any("nelayan" in _text(i) for i in set(everything) - set(shown))
    assert bar.count.text() == f"{len(shown)} of {len(everything)} articles"

    qtbot.keyClick(bar.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.find.filter_changed, timeout=100):
        qtbot.keyClicks(bar.search, 'varnesia "(')  # punctuation is plain text, never an error
        qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    assert all("varnesia" in _text(i) for i in _listed(window))
    assert window.review.view.toPlainText()  # the open article stays open


def test_status_filter_lists_done_articles(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    window, bar = loaded, loaded.find.bar
    done = window.current_article
    window.review.view.setFocus()
    qtbot.keyClick(window.review.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.find.filter_changed, timeout=100):
        _choose(qtbot, bar.status, "Done")
    assert _listed(window) == [done]
    for _ in range(2):  # Done -> In progress -> New, with the arrow keys
        with qtbot.waitSignal(window.find.filter_changed, timeout=100):
            qtbot.keyClick(bar.status, Qt.Key.Key_Up)
    assert bar.status.currentText() == "New"
    assert done not in _listed(window) and _listed(window)


def test_unreviewed_worklist_drops_an_article_marked_done(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    window, bar = loaded, loaded.find.bar
    everything = _listed(window)
    done = window.current_article
    window.review.view.setFocus()
    qtbot.keyClick(window.review.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert articles.get_article(done).status == "done"
    assert done in _listed(window)  # the list does not jump under the annotator's hands

    with qtbot.waitSignal(window.find.filter_changed, timeout=100):
        _choose(qtbot, bar.worklist, "With unreviewed suggestions")
    shown = _listed(window)
    assert done not in shown and len(shown) == len(everything) - 1
    assert bar.count.text() == f"{len(shown)} of {len(everything)} articles"
    # The current article dropped out of the list but stays open; the list shows no selection.
    assert window.current_article == done
    assert window.review.title.text() == articles.get_article(done).title
    assert window.article_list.selected_article_id() is None

    qtbot.keyClick(window.review.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.current_article == shown[0]  # next goes on within the list

    with qtbot.waitSignal(window.find.filter_changed, timeout=100):
        qtbot.mouseClick(bar.reset_button, Qt.MouseButton.LeftButton)
    assert _listed(window) == everything


def test_outlet_and_label_choices_come_from_the_project(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    bar = loaded.find.bar
    outlets = [bar.outlet.itemText(i) for i in range(1, bar.outlet.count())]
    assert outlets == articles.list_outlets() and len(outlets) >= 5
    assert "PERSON" in [bar.label.itemText(i) for i in range(bar.label.count())]
    outlet = articles.get_article(loaded.current_article).outlet
    with qtbot.waitSignal(loaded.find.filter_changed, timeout=100):
        bar.outlet.setFocus()
        qtbot.keyClicks(bar.outlet, outlet[:3])
    assert bar.outlet.currentText() == outlet
    assert {articles.get_article(i).outlet for i in _listed(loaded)} == {outlet}


def test_annotator_filter_lists_the_articles_they_changed(qtbot, loaded, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    from desktop.annotator_dialog import AnnotatorDialog

    def answer(dialog: AnnotatorDialog) -> int:
        dialog.name_edit.setText("Dewi")
        return QDialog.DialogCode.Accepted

    window, bar = loaded, loaded.find.bar
    monkeypatch.setattr(AnnotatorDialog, "exec", answer)
    window.actions["annotator.change"].trigger()  # Dewi takes over and marks one article done
    touched = window.current_article
    window.review.view.setFocus()
    qtbot.keyClick(window.review.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    names = [bar.annotator.itemText(i) for i in range(1, bar.annotator.count())]
    assert names == articles.list_annotators() and "Dewi" in names
    with qtbot.waitSignal(window.find.filter_changed, timeout=100):
        _choose(qtbot, bar.annotator, "Dewi")
    assert _listed(window) == [touched]
    with qtbot.waitSignal(window.find.filter_changed, timeout=100):
        qtbot.mouseClick(bar.reset_button, Qt.MouseButton.LeftButton)
    assert bar.annotator.currentIndex() == 0 and len(_listed(window)) > 1
