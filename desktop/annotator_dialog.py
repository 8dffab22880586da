"""Who is annotating: asked once on the first run, kept in the user's settings, changeable later."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.settings import settings
from models import db

SETTINGS_KEY = "annotator/name"


def stored_annotator() -> str | None:
    value = settings().value(SETTINGS_KEY)
    return value.strip() if isinstance(value, str) and value.strip() else None


def store_annotator(name: str) -> None:
    store = settings()
    store.setValue(SETTINGS_KEY, name)
    store.sync()


class AnnotatorDialog(QDialog):
    """A name field, prefilled; OK is enabled only while the name is not blank."""

    def __init__(self, name: str, parent: QWidget | None = None, first_run: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle("Who is annotating?" if first_run else "Change annotator")
        intro = QLabel("Who is annotating? Your name is recorded with every change you make, so "
                       "the team can see who reviewed what." if first_run else
                       "From now on, changes are recorded under this name.")
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(name)
        self.name_edit.setPlaceholderText("Your name")
        self.name_edit.selectAll()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._enable_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self._enable_ok()

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def _enable_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name()))


def _ask(name: str, parent: QWidget | None, first_run: bool) -> str | None:
    dialog = AnnotatorDialog(name, parent, first_run)
    return dialog.name() if dialog.exec() == QDialog.DialogCode.Accepted and dialog.name() else None


def resolve_annotator(ask: Callable[[str], str | None] | None = None) -> str:
    """The stored name; on the first run, ask (prefilled with the OS user name) and store the answer.

    Cancelling uses the OS user name for this session only, so the question comes again next time.
    """
    stored = stored_annotator()
    if stored:
        return stored
    default = db.default_annotator_name()
    answer = (ask or (lambda name: _ask(name, None, True)))(default)
    if answer:
        store_annotator(answer)
        return answer
    return default


def change_annotator(parent: QWidget | None) -> str | None:
    """File > Change Annotator…: ask, then record every later change under the new name."""
    answer = _ask(db.session.annotator_name or db.default_annotator_name(), parent, False)
    if answer:
        db.set_annotator(answer)
        store_annotator(answer)
    return answer
