"""Project > Adjudicate Article on a merged project, driven by keys; the exports select the result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.adjudication_dialog import AdjudicationDialog
from desktop.main_window import MainWindow
from models import db
from models.adjudication import ADJUDICATED, current_picks
from models.filters import ArticleFilter
from models.versions import annotator_version
from tests.exports.test_agreement_report import merged  # noqa: F401  (the fixture: ani's and budi's copies)
from tests.models.test_adjudication_edits import roles_differ  # noqa: F401  (the fixture: roles differ)


def _open_first_article(qtbot, project: Path) -> tuple[MainWindow, int]:  # type: ignore[no-untyped-def]
    """The merged project open as the supervisor, on its first article."""
    db.close_project()
    db.open_project(project, annotator="sup")
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.article_model.rowCount() > 0)
    first = window.article_model.record(0).id
    window.open_article(first)
    return window, first


def _open_dialog(qtbot, window: MainWindow) -> AdjudicationDialog:  # type: ignore[no-untyped-def]
    """Project > Adjudicate Article, active: Ctrl+Return is the dialog's shortcut."""
    window.actions["project.adjudicate"].trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, AdjudicationDialog) and w.isVisible())
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_pick_each_difference_by_number_and_save(qtbot, merged: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    window, first = _open_first_article(qtbot, merged)
    dialog = _open_dialog(qtbot, window)
    table = dialog.table
    texts = [r.text for r in table.records]
    assert table.records[texts.index("Joko Widodo")].pick == 0, "agreed positions stand"
    assert table.item(texts.index("bertemu"), 1).text() == "CONSULT · Pertemuan", "ani's card is shown"
    # Walk the positions with the keys: Jepang -> budi's ORG (2), Senin -> ani's DATE (1), di Tokyo -> none,
    # bertemu -> ani's, in the card ani made (1).
    for text, key in (("Jepang", Qt.Key.Key_2), ("Senin", Qt.Key.Key_1), ("di Tokyo", Qt.Key.Key_0),
                      ("bertemu", Qt.Key.Key_1)):
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


def _click_span(qtbot, view, span_id: str) -> None:  # type: ignore[no-untyped-def]
    view.select_span(None)
    with qtbot.waitSignal(view.span_selected):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.span_rect(span_id).center())
    assert view.selected_span_id() == span_id


def test_relabel_move_and_add_in_the_text_then_undo_and_redo(qtbot, merged: Path, tmp_path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from models.schema import Annotator, Mention

    window, first = _open_first_article(qtbot, merged)
    dialog = _open_dialog(qtbot, window)
    table, view = dialog.table, dialog.view
    texts = [r.text for r in table.records]
    jepang, joko = texts.index("Jepang"), texts.index("Joko Widodo")
    # Take budi's ORG for Jepang in the table, then call it GPE in the text with its key.
    table.setFocus()
    table.setCurrentCell(texts.index("bertemu"), 0)
    qtbot.keyClick(table, Qt.Key.Key_1)  # ani's bertemu, in ani's card
    table.setCurrentCell(jepang, 0)
    qtbot.keyClick(table, Qt.Key.Key_2)
    _click_span(qtbot, view, f"r{jepang}")
    qtbot.keyClick(view, Qt.Key.Key_G)
    assert table.item(jepang, 3).text() == "GPE (edited, from budi)"
    # Move the start of Joko Widodo one word left, onto "Presiden".
    _click_span(qtbot, view, f"r{joko}")
    assert table.currentRow() == joko, "a span clicked in the text is the current row of the table"
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert table.item(joko, 3).text() == "PERSON «Presiden Joko Widodo» (edited, from ani)"
    # Add Tokyo, which neither annotator marked alone: select it and press the GPE key.
    body = dialog.body
    view.setFocus()
    view.select_range(body.index("Tokyo"), body.index("Tokyo") + len("Tokyo"))
    qtbot.keyClick(view, Qt.Key.Key_G)
    assert table.item(table.rowCount() - 1, 3).text() == "GPE (added)"
    dialog.grab().save(str(tmp_path / "adjudication.png"))
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    kept = {(s.text, s.label) for s in annotator_version(first, ADJUDICATED)}
    assert kept == {("Presiden Joko Widodo", "PERSON"), ("Jepang", "GPE"), ("Tokyo", "GPE"),
                    ("bertemu", "CONSULT")}
    # The annotators' own spans are untouched: the edits are the supervisor's rows.
    assert {(s.text, s.label) for s in annotator_version(first, "budi")} >= {("Jepang", "ORG")}

    def own() -> set[str]:
        return {m.text for m in Mention.select().join(Annotator).where(Annotator.name == ADJUDICATED)}

    assert own() == {"Presiden Joko Widodo", "Jepang", "Tokyo"}
    # Opened again, the dialog shows the edits as saved.
    window.actions["project.adjudicate"].trigger()
    again = next(w for w in QApplication.topLevelWidgets()
                 if isinstance(w, AdjudicationDialog) and w.isVisible())
    verdicts = [again.table.item(row, 3).text() for row in range(again.table.rowCount())]
    assert "GPE (edited, from budi)" in verdicts and "GPE (added)" in verdicts
    again.reject()
    # Ctrl+Z takes the whole adjudication back, the supervisor's rows too; Ctrl+Shift+Z makes them again.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.review.view.setFocus()
    qtbot.keyClick(window.review.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert annotator_version(first, ADJUDICATED) == [] and own() == set()
    qtbot.keyClick(window.review.view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert {(s.text, s.label) for s in annotator_version(first, ADJUDICATED)} == kept
    assert own() == {"Presiden Joko Widodo", "Jepang", "Tokyo"}
    window.close()


def test_the_review_page_shows_one_annotator_s_version_read_only(qtbot, merged: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from models import spans

    window, first = _open_first_article(qtbot, merged)
    review, view = window.review, window.review.view
    assert review.version_bar.isVisible()
    every_row = {(s.text, s.label) for s in view.span_records()}
    all_entities = sum(s.kind == "entity" for s in view.span_records())
    assert f"{all_entities} entities" in review.meta.text()
    assert {("Jepang", "LOC"), ("Jepang", "ORG")} <= every_row, "all rows: the two versions overlap"
    # The version choice, by keyboard: Every row -> ani's -> budi's.
    box = review.version_box
    box.setFocus()
    with qtbot.waitSignal(review.version_chosen):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    with qtbot.waitSignal(review.version_chosen):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentText() == "budi's version"
    budi = {(s.text, s.label) for s in view.span_records()}
    assert budi == {(s.text, s.label) for s in annotator_version(first, "budi")}
    assert ("Jepang", "ORG") in budi and ("Jepang", "LOC") not in budi and ("Senin", "DATE") not in budi
    budi_entities = sum(s.kind == "entity" for s in view.span_records())
    assert budi_entities < all_entities
    assert f"{budi_entities} entities" in review.meta.text(), "the header counts the version shown"
    # A version is the annotator's record: Delete on one of its spans is refused, and says why.
    jepang = next(s.id for s in view.span_records() if s.text == "Jepang")
    _click_span(qtbot, view, jepang)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert jepang in {s.id for s in spans.list_spans(first)}
    assert "read-only" in window.statusBar().currentMessage()
    # The choice holds on the next article with that version, and Every row shows all again.
    window.open_article(window.article_model.record(1).id)
    assert box.currentText() == "budi's version"
    box.setFocus()
    with qtbot.waitSignal(review.version_chosen):
        qtbot.keyClick(box, Qt.Key.Key_Home)
    assert box.currentData() == ""
    assert len(view.span_records()) == len(spans.list_spans(window.current_article))
    window.close()


def test_ctrl_number_takes_one_annotator_at_every_difference(qtbot, merged: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    window, _ = _open_first_article(qtbot, merged)
    dialog = _open_dialog(qtbot, window)
    table = dialog.table
    texts = [r.text for r in table.records]

    def verdicts() -> dict[str, str]:
        return {text: table.item(row, 3).text() for row, text in enumerate(texts)}

    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert {k: verdicts()[k] for k in ("Jepang", "Senin", "di Tokyo")} == {
        "Jepang": "LOC (ani)", "Senin": "DATE (ani)", "di Tokyo": "—"}
    qtbot.keyClick(table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert {k: verdicts()[k] for k in ("Jepang", "Senin", "di Tokyo")} == {
        "Jepang": "ORG (budi)", "Senin": "—", "di Tokyo": "GPE (budi)"}
    assert verdicts()["Joko Widodo"] == "PERSON (ani)", "agreed positions are left as they are"
    shown = {(dialog.body[s.start:s.end], s.label) for s in dialog.view.span_records()}
    assert shown >= {("Jepang", "ORG"), ("di Tokyo", "GPE")}, "the text shows the picks"
    dialog.reject()
    window.close()


def test_unsaved_picks_survive_closing_and_a_restart_until_discarded(qtbot, merged: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    window, first = _open_first_article(qtbot, merged)
    dialog = _open_dialog(qtbot, window)
    table = dialog.table
    jepang = [r.text for r in table.records].index("Jepang")
    table.setFocus()
    table.setCurrentCell(jepang, 0)
    qtbot.keyClick(table, Qt.Key.Key_2)
    qtbot.keyClick(table, Qt.Key.Key_Escape)  # closed without saving
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert annotator_version(first, ADJUDICATED) == [], "nothing is saved as the adjudicated version"
    window.close()
    # As after the app was killed: the project opened again, the dialog restores the pick.
    window, first = _open_first_article(qtbot, merged)
    dialog = _open_dialog(qtbot, window)
    assert dialog.table.item(jepang, 3).text() == "ORG (budi)"
    assert dialog.notice.text().startswith("Restored your unsaved adjudication")
    discard = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Discard Changes")
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    assert dialog.table.item(jepang, 3).text() == "—"
    dialog.reject()
    dialog = _open_dialog(qtbot, window)
    assert dialog.table.item(jepang, 3).text() == "—" and not dialog.notice.text()
    dialog.reject()
    window.close()


def test_a_role_given_differently_is_a_row_under_its_event(qtbot, roles_differ: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from models.versions import annotator_roles

    window, first = _open_first_article(qtbot, tmp_path / "merged.kliping")
    dialog = _open_dialog(qtbot, window)
    table = dialog.table
    texts = [r.text for r in table.records]
    row = texts.index("   ↳ Joko Widodo")
    assert texts[row - 1] == "bertemu", "a role row follows its event's row"
    assert [table.item(row, c).text() for c in (1, 2, 3)] == ["SOURCE", "TARGET", "—"]
    table.setFocus()
    table.setCurrentCell(row, 0)
    assert dialog.view.selected_span_id() == f"r{texts.index('Joko Widodo')}", "the entity is shown"
    qtbot.keyClick(table, Qt.Key.Key_2)
    assert table.item(row, 3).text() == "TARGET (budi)"
    # Without its event the role cannot stand, and the row says so; taking the event back clears it.
    table.setCurrentCell(row - 1, 0)
    qtbot.keyClick(table, Qt.Key.Key_0)
    assert table.item(row, 3).text() == "TARGET (budi) — dropped: no event kept"
    table.setCurrentCell(row - 1, 0)
    qtbot.keyClick(table, Qt.Key.Key_1)
    assert table.item(row, 3).text() == "TARGET (budi)"
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [r.label for r in annotator_roles(first, ADJUDICATED)] == ["TARGET"]
    window.close()


def test_the_agreement_dialog_shows_the_hand_worked_figures(qtbot, merged: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from exports.agreement_report import TABLE_HEADER

    window, _ = _open_first_article(qtbot, merged)
    window.actions["project.agreement"].trigger()
    dialog = window.agreement_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)  # the pair, then all pairs
    table = dialog.table
    assert table.text_at(0, 0) == "ani / budi" and table.text_at(1, 0) == "All pairs"
    assert table.text_at(0, TABLE_HEADER.index("Span F1 (exact)")) == "0.600"  # 3/5, as worked by hand
    assert table.text_at(0, TABLE_HEADER.index("Kappa on labels")) == "0.636"  # 7/11
    assert table.text_at(0, TABLE_HEADER.index("B-cubed F1")) == "0.667"
    assert dialog.note.text().startswith("2 articles with two versions")
    dialog.grab().save(str(merged.parent / "agreement.png"))
    # Refresh computes again, on a job of its own.
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 2
    window.close()


def test_save_and_next_walks_the_articles_not_adjudicated_yet(qtbot, merged: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from models import articles
    from models.filters import NOT_ADJUDICATED

    window, first = _open_first_article(qtbot, merged)
    waiting = ArticleFilter(worklist=NOT_ADJUDICATED)
    assert articles.count_articles(waiting) == 2
    dialog = _open_dialog(qtbot, window)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.current_article != first)
    assert articles.count_articles(waiting) == 1, "the first is adjudicated"
    second = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, AdjudicationDialog) and w.isVisible())
    assert second.article_id == window.current_article
    second.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is second)
    qtbot.mouseClick(second.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not second.isVisible())
    assert articles.count_articles(waiting) == 0
    assert "Every article with two versions or more is adjudicated" in window.statusBar().currentMessage()
    window.close()
