"""Starting the GUI: the application object, the project, the window, and screenshot mode."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.annotator_dialog import resolve_annotator, stored_annotator
from desktop.main_window import MainWindow
from desktop.palette import follow_system_scheme
from desktop.settings import default_project_path
from models import db
from models.errors import ProjectError


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Kliping")
        app.setOrganizationName("Kliping")
        app.setStyle("Fusion")  # the same look on every desktop; follows the system light/dark scheme
        follow_system_scheme(app)  # dark palette when the system is dark (QStyleHints.colorScheme)
    return app


def open_window(project: Path | None, model: str | None = None,
                annotator: str | None = None) -> MainWindow:
    """Open the project (the default one if None) and build the window on it.

    annotator None: the name stored in the settings, else the OS user name; never asks.
    """
    path = db.open_project(project or default_project_path(), annotator=annotator or stored_annotator())
    return MainWindow(path, model=model)


def run_gui(project: Path | None, model: str | None = None, screenshot: Path | None = None) -> int:
    app = application()
    # Only an interactive start asks who is annotating (once); screenshots and tests never do.
    annotator = None if screenshot else resolve_annotator()
    try:
        window = open_window(project, model, annotator)
    except ProjectError as exc:
        if screenshot:
            print(exc, file=sys.stderr)
        else:
            QMessageBox.critical(None, "Cannot open project", str(exc))
        return 2
    if screenshot:
        return _screenshot(app, window, screenshot)
    window.show()
    return app.exec()


def _screenshot(app: QApplication, window: MainWindow, out: Path) -> int:
    """Render the window with its first article selected to out, then quit."""
    window.resize(1680, 980)  # the first-start size on a 1920-pixel screen
    window.show()
    if window.article_model.rowCount():
        window.open_article(window.article_model.record(0).id)
    window.review.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def grab() -> None:
        window.grab().save(str(out))
        app.quit()

    QTimer.singleShot(200, grab)  # let layouts settle before painting
    app.exec()
    if not out.exists():
        print(f"could not write {out}", file=sys.stderr)
        return 1
    print(out)
    return 0
