"""Project > Adjudicate Article on a merged project, driven by keys; the exports select the result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.adjudication_dialog import AdjudicationDialog
from desktop.main_window import MainWindow
from models import db
from models.adjudication import ADJUDICATED, current_picks
from models.filters import ArticleFilter
from models.versions import annotator_version
from tests.exports.test_agreement_report import merged  # noqa: F401  (the fixture: ani's and budi's copies)


def test_pick_each_difference_by_number_and_save(qtbot, merged: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    db.close_project()
    db.open_project(merged, annotator="sup")
    window = MainWindow(merged)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.article_model.rowCount() == 2)
    first = window.article_model.record(0).id
    window.open_article(first)
    window.actions["project.adjudicate"].trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AdjudicationDialog))
    dialog.activateWindow()  # Ctrl+Return is the dialog's shortcut: it answers while the dialog is active
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    table = dialog.table
    texts = [r.text for r in table.records]
    assert table.records[texts.index("Joko Widodo")].pick == 0, "agreed positions stand"
    # Walk the positions with the keys: Jepang -> budi's ORG (2), Senin -> ani's DATE (1), di Tokyo -> none.
    for text, key in (("Jepang", Qt.Key.Key_2), ("Senin", Qt.Key.Key_1), ("di Tokyo", Qt.Key.Key_0)):
        table.setFocus()
        row = texts.index(text)
        while table.currentRow() != row:
            qtbot.keyClick(table, Qt.Key.Key_Down if table.currentRow() < row else Qt.Key.Key_Up)
        qtbot.keyClick(table, key)
    assert table.item(texts.index("Jepang"), 3).text() == "ORG (budi)"
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    kept = {(s.text, s.label) for s in annotator_version(first, ADJUDICATED)}
    assert kept == {("Joko Widodo", "PERSON"), ("Jepang", "ORG"), ("Senin", "DATE"), ("bertemu", "CONSULT")}
    assert "4 spans" in window.statusBar().currentMessage()
    # Opened again, the dialog shows the saved picks.
    window.actions["project.adjudicate"].trigger()
    again = next(w for w in QApplication.topLevelWidgets()
                 if isinstance(w, AdjudicationDialog) and w.isVisible())
    assert [r.pick for r in again.table.records][texts.index("di Tokyo")] is None
    assert len(current_picks(first)) == 4
    assert ArticleFilter(version=ADJUDICATED).version == ADJUDICATED
    again.reject()
    # Saving is an undoable command: Ctrl+Z takes the adjudicated version back, Ctrl+Shift+Z redoes it.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.review.view.setFocus()
    qtbot.keyClick(window.review.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert annotator_version(first, ADJUDICATED) == []
    qtbot.keyClick(window.review.view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert {(s.text, s.label) for s in annotator_version(first, ADJUDICATED)} == kept
    window.close()
