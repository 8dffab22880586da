"""The supervisor's round trip: File > Export Copy for an Annotator, and File > Merge Copies back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.jobs import Job
from models import articles
from models.copies import article_ids_with_status, export_copy
from models.db import check_project_file
from models.merge import merge_copy

if TYPE_CHECKING:
    from desktop.main_window import MainWindow


class CopyDialog(QDialog):
    """Who the copy is for, and which articles go in it: the list as filtered, the new ones, or all."""

    def __init__(self, choices: list[tuple[str, list[int]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export a copy for an annotator")
        self.choices = choices
        intro = QLabel("The annotator works on the copy offline, then you bring it back with "
                       "File > Merge Copies. Their decisions are kept under their name.")
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText("Annotator's name")
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel("For:"))
        layout.addWidget(self.name)
        layout.addWidget(QLabel("Articles:"))
        for number, (text, ids) in enumerate(choices):
            button = QRadioButton(f"{text} ({len(ids)})")
            button.setEnabled(bool(ids))
            self.group.addButton(button, number)
            layout.addWidget(button)
        first = next((i for i, (_, ids) in enumerate(choices) if ids), 0)
        self.group.button(first).setChecked(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()) and any(ids for _, ids in self.choices))

    def chosen(self) -> tuple[str, list[int]]:
        return self.name.text().strip(), self.choices[self.group.checkedId()][1]


def copy_choices(window: MainWindow) -> list[tuple[str, list[int]]]:
    total = articles.count_articles()
    listed = [a.id for a in articles.list_articles(0, max(total, 1), window.find.filter)]
    return [("The articles in the list, as filtered", listed),
            ("The new articles", article_ids_with_status(["new"])),
            ("All articles", [a.id for a in articles.list_articles(0, max(total, 1))])]


def export_copy_dialog(window: MainWindow) -> Job | None:
    dialog = CopyDialog(copy_choices(window), window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    name, ids = dialog.chosen()
    suggested = window.project.with_name(f"{window.project.stem}-{name.replace(' ', '_')}.kliping")
    path, _ = QFileDialog.getSaveFileName(window, "Save the copy", str(suggested),
                                          "Kliping projects (*.kliping)")
    if not path:
        return None
    target = Path(path) if path.endswith(".kliping") else Path(path + ".kliping")
    job = Job("Copy for an annotator",
              lambda _progress, _cancelled: export_copy(ids, target, name, overwrite=target.exists()))
    job.succeeded.connect(lambda report: window.statusBar().showMessage(report.summary(), 20000))
    return window.start_job(job)


def merge_dialog(window: MainWindow) -> Job | None:
    names, _ = QFileDialog.getOpenFileNames(window, "Merge annotators' copies into this project", "",
                                            "Kliping projects (*.kliping);;All files (*)")
    return merge_paths(window, [Path(n) for n in names]) if names else None


def merge_paths(window: MainWindow, paths: list[Path]) -> Job | None:
    """Each copy is checked before any is merged; each merges in one transaction, all or nothing."""
    job = Job("Merge", _merge_work(paths))
    job.succeeded.connect(lambda reports: _merged(window, reports))
    return window.start_job(job)


def _merge_work(paths: list[Path]) -> Callable[..., object]:
    def work(progress: Callable[[int, int, str], None], _cancelled: Callable[[], bool]) -> object:
        for path in paths:
            check_project_file(path)  # a foreign or broken file stops the merge before it starts
        reports = []
        for done, path in enumerate(paths):
            progress(done, len(paths), f"Merging {path.name}")
            reports.append(merge_copy(path))
        return reports

    return work


def _merged(window: MainWindow, reports: object) -> None:
    window.reload_project()
    text = "\n\n".join(r.summary() for r in reports)  # type: ignore[attr-defined]
    box = QMessageBox(QMessageBox.Icon.Information, "Merge finished",
                      f"Merged {len(reports)} cop{'y' if len(reports) == 1 else 'ies'}.",  # type: ignore[arg-type]
                      QMessageBox.StandardButton.Ok, window)
    box.setInformativeText(text)
    box.setModal(False)
    box.show()
