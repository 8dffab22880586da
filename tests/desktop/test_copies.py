"""File > Export Copy for an Annotator and File > Merge Copies, driven like a supervisor."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.copies_controller import CopyDialog
from models import articles
from models.copy_file import read_project
from models.versions import annotators_of
from tests.exports.test_agreement_report import merged  # noqa: F401  (the fixture: ani's and budi's copies)


def _answer_copy_dialog(qtbot, name: str, choice: int):  # type: ignore[no-untyped-def]
    """Type the name, choose the articles with Space, press Enter, once the dialog shows."""
    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, CopyDialog) and w.isVisible())
        qtbot.keyClicks(dialog.name, name)
        qtbot.keyClick(dialog.group.button(choice), Qt.Key.Key_Space)
        assert dialog.group.checkedId() == choice
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    return fill


def test_export_a_copy_for_an_annotator_then_merge_it_back(qtbot, loaded, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = loaded
    target = tmp_path / "for-ani.kliping"
    monkeypatch.setattr("desktop.copies_controller.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    total = articles.count_articles()
    QTimer.singleShot(0, _answer_copy_dialog(qtbot, "ani", 2))  # "All articles"
    window.actions["copy.export"].trigger()
    job = window.job  # held here: the window lets go of its job when it finishes
    assert job is not None, "OK started writing the copy"
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    copy = read_project(target)
    assert len(copy.articles) == total
    assert "copy for ani" in window.statusBar().currentMessage()

    monkeypatch.setattr("desktop.copies_controller.QFileDialog.getOpenFileNames",
                        lambda *args, **kwargs: ([str(target)], ""))
    window.actions["copy.merge"].trigger()
    job = window.job
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "Merged for-ani.kliping (ani)" in box.informativeText()
    first = articles.list_articles(0, 1)[0]
    assert "ani" in annotators_of(first.id)


def test_a_foreign_file_is_refused_by_name_and_nothing_changes(qtbot, loaded, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = loaded
    junk = tmp_path / "notes.kliping"
    junk.write_text("not a project", encoding="utf-8")
    before = [a.id for a in articles.list_articles(0, 100)]
    warnings: list[str] = []
    monkeypatch.setattr("desktop.main_window.QMessageBox.warning",
                        lambda _parent, _title, text: warnings.append(text))
    monkeypatch.setattr("desktop.copies_controller.QFileDialog.getOpenFileNames",
                        lambda *args, **kwargs: ([str(junk)], ""))
    window.actions["copy.merge"].trigger()
    job = window.job
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: bool(warnings))
    assert str(junk) in warnings[0] or "notes.kliping" in warnings[0]
    assert [a.id for a in articles.list_articles(0, 100)] == before
    assert annotators_of(before[0]) == []


def test_the_dialog_needs_a_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = CopyDialog([("All articles", [1, 2]), ("The new articles", [])])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name, "budi")
    assert ok.isEnabled()
    assert not dialog.group.button(1).isEnabled()  # nothing to copy there
    assert dialog.chosen() == ("budi", [1, 2])


def test_a_new_project_s_welcome_page_merges_annotators_copies(qtbot, merged, make_window, tmp_path,  # type: ignore[no-untyped-def]  # noqa: F811
                                                              monkeypatch) -> None:
    from models import db

    db.close_project()  # the fixture left the merged project open; this is a fresh one
    window = make_window()
    assert window.pages.currentWidget() is window.welcome
    copies = [str(tmp_path / "ani.kliping"), str(tmp_path / "budi.kliping")]
    monkeypatch.setattr("desktop.copies_controller.QFileDialog.getOpenFileNames",
                        lambda *args, **kwargs: (copies, ""))
    qtbot.mouseClick(window.welcome.merge_button, Qt.MouseButton.LeftButton)
    job = window.job
    assert job is not None, "the button started the merge"
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: window.article_model.rowCount() == 2)
    assert window.pages.currentWidget() is window.review
    assert annotators_of(window.article_model.record(0).id) == ["ani", "budi"]
