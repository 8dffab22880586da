"""Review workflow: statistics dialog, progress in the status bar, annotator identity, text zoom."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from desktop import annotator_dialog
from desktop.annotator_dialog import AnnotatorDialog, resolve_annotator, stored_annotator
from desktop.settings import settings
from desktop.stats_dialog import StatsDialog
from models import db, spans
from models.changelog import recent_changes


@pytest.fixture
def loaded(qtbot, make_window):  # type: ignore[no-untyped-def]
    window = make_window()
    window.import_sample()
    job = window.job  # held: the window lets go of its job when it finishes
    with qtbot.waitSignal(job.finished, timeout=120_000):
        pass
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.review)
    return window


@pytest.fixture
def clean_annotator_setting():  # type: ignore[no-untyped-def]
    settings().remove(annotator_dialog.SETTINGS_KEY)
    yield
    settings().remove(annotator_dialog.SETTINGS_KEY)


def test_progress_bar_follows_status_changes(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    total = loaded.article_model.rowCount()
    view = loaded.review.view
    assert loaded.review_progress.isVisible()
    assert loaded.review_progress.label.text() == f"0 / {total} done"
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert loaded.review_progress.label.text() == f"1 / {total} done"
    assert loaded.review_progress.bar.value() == 1
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert loaded.review_progress.label.text() == f"0 / {total} done"


def test_statistics_dialog_from_the_menu(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    window, view = loaded, loaded.review.view
    suggestion = next(s for s in spans.list_spans(window.current_article) if s.state == "suggested")
    window.delete_span(suggestion.id)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    window.actions["project.stats"].trigger()
    dialog = window.stats_dialog
    assert isinstance(dialog, StatsDialog) and dialog.isVisible()
    stats = dialog.stats
    assert stats is not None and stats.total.rejected == 1 and stats.total.accepted > 0
    assert dialog.view.progress.label.text().startswith("1 / ")
    assert [r.name for r in stats.by_annotator] == ["tester"]
    labels = dialog.view.label_model
    assert labels.rowCount() == len(stats.by_label) > 0
    assert dialog.view.outlet_model.rowCount() == len(stats.by_outlet)
    # The open dialog shows later work when asked again.
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    window.actions["project.stats"].trigger()
    assert window.stats_dialog is dialog and dialog.view.progress.label.text().startswith("2 / ")


def test_annotator_dialog_prefills_and_refuses_a_blank_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AnnotatorDialog("sari")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.windowTitle() == "Who is annotating?"
    assert dialog.name_edit.text() == "sari" and ok.isEnabled()
    dialog.name_edit.clear()
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "  Budi   Santoso ")
    assert ok.isEnabled() and dialog.name() == "Budi Santoso"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


@pytest.mark.usefixtures("clean_annotator_setting")
def test_first_run_asks_once_and_remembers() -> None:
    asked: list[str] = []

    def ask(name: str) -> str | None:
        asked.append(name)
        return "Sari"

    assert resolve_annotator(ask) == "Sari"
    assert asked == [db.default_annotator_name()]
    assert stored_annotator() == "Sari"
    assert resolve_annotator(ask) == "Sari" and len(asked) == 1


@pytest.mark.usefixtures("clean_annotator_setting")
def test_cancelled_first_run_uses_the_os_name_and_asks_again() -> None:
    assert resolve_annotator(lambda name: None) == db.default_annotator_name()
    assert stored_annotator() is None


@pytest.mark.usefixtures("clean_annotator_setting")
def test_change_annotator_records_later_changes(qtbot, loaded, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def answer(dialog: AnnotatorDialog) -> int:
        dialog.name_edit.setText("Dewi")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AnnotatorDialog, "exec", answer)
    loaded.actions["annotator.change"].trigger()
    assert db.session.annotator_name == "Dewi" and stored_annotator() == "Dewi"
    assert loaded.annotator_label.text() == "Annotator: Dewi"
    suggestion = next(s for s in spans.list_spans(loaded.current_article) if s.state == "suggested")
    loaded.accept_span(suggestion.id)
    assert recent_changes(1)[0]["annotator"] == "Dewi"
    assert spans.get_span(suggestion.id).annotator == "Dewi"


def test_zoom_keys_change_the_text_size_and_are_remembered(qtbot, loaded, make_window) -> None:  # type: ignore[no-untyped-def]
    view = loaded.review.view
    size = view.font().pointSizeF()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == 2 and view.font().pointSizeF() > size
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == 1
    reopened = make_window()
    assert reopened.review.view.zoom() == 1
    reopened.review.view.setFocus()
    qtbot.keyClick(reopened.review.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert reopened.review.view.zoom() == 0
    assert reopened.review.view.font().pointSizeF() == pytest.approx(size)
