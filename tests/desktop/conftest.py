"""Window fixtures: a MainWindow on a temporary project, driven like a user."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from desktop.main_window import MainWindow
from models import db


@pytest.fixture
def make_window(qtbot, tmp_path: Path) -> Iterator[Callable[[], MainWindow]]:  # type: ignore[no-untyped-def]
    """Open (or reopen) the temporary project in a fresh window, as starting Kliping would."""
    windows: list[MainWindow] = []
    path = tmp_path / "review.kliping"

    def make() -> MainWindow:
        for old in windows:
            old.close()
        db.open_project(path, annotator="tester")
        window = MainWindow(path)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
    db.close_project()


@pytest.fixture
def loaded(qtbot, make_window) -> MainWindow:  # type: ignore[no-untyped-def]
    """The bundled sample articles (five outlets on one fictional pact), imported from the welcome page;
    the first article is open and the text has the keyboard."""
    window = make_window()
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert window.job is not None, "the sample button started an import"
    job = window.job  # held: the window lets go of its job when it finishes
    with qtbot.waitSignal(job.finished, timeout=120_000):
        pass
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.review)
    window.review.view.setFocus()
    return window


def import_with_menu(qtbot, window: MainWindow, paths: list[Path],  # type: ignore[no-untyped-def]
                     monkeypatch: pytest.MonkeyPatch) -> None:
    """File > Import Files… (Ctrl+I) with the file dialog answering paths, then wait for the job."""
    monkeypatch.setattr("desktop.main_window.QFileDialog.getOpenFileNames",
                        lambda *args, **kwargs: ([str(p) for p in paths], ""))
    window.article_list.setFocus()
    qtbot.keyClick(window.article_list, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert window.job is not None, "Ctrl+I started an import"
    job = window.job  # held: the window lets go of its job when it finishes
    with qtbot.waitSignal(job.finished, timeout=120_000):
        pass


def point_of(view, offset: int) -> QPoint:  # type: ignore[no-untyped-def]
    """Viewport point in the middle of the character at offset (BMP text)."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(offset)
    rect = view.cursorRect(cursor)
    return QPoint(rect.x() + 3, rect.center().y())
