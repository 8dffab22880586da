"""Project > Agreement Between Annotators…: the figures of `main.py stats` as a table, off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from desktop.jobs import Job
from exports.agreement_report import TABLE_HEADER, project_agreement
from widgets.figure_table import FigureTable

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

TOOLTIPS = {
    "Span F1 (exact)": "Spans with the same start, end and label in both versions",
    "Span F1 (overlapping)": "Spans that overlap and have the same label",
    "Kappa on labels": "Cohen's kappa on the labels of spans both marked at the same offsets "
                       "(above 0.8: almost perfect; 0.6–0.8: substantial)",
    "Trigger F1": "Event mentions with the same offsets and event type",
    "MUC F1": "Event clusters: links in common (MUC)",
    "B-cubed F1": "Event clusters: per mention, the overlap of its two clusters",
    "CEAF-e F1": "Event clusters: the best one-to-one alignment of clusters",
    "CoNLL F1": "The mean of MUC, B-cubed and CEAF-e",
    "BLANC F1": "Event clusters: coreference and non-coreference links, averaged",
}


class AgreementDialog(QDialog):
    """Non-modal; Refresh computes again (after a merge or an adjudication).

    Signals: shown(): the figures are in the table (or the note says why there are none).
    """

    shown = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle("Agreement between annotators")
        self.note = QLabel("Computing…")
        self.note.setWordWrap(True)
        self.table = FigureTable(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.refresh_button = buttons.addButton("&Refresh", QDialogButtonBox.ButtonRole.ActionRole)
        self.refresh_button.clicked.connect(self.refresh)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(980, 320)

    def refresh(self) -> Job | None:
        """Compute the figures on a background job; the table fills in when it is done."""
        job = self.window_.start_job(
            Job("Agreement", lambda _progress, _cancelled: project_agreement().table()))
        if job is None:
            self.note.setText("Another task is running: Refresh when it is done.")
            return None
        self.note.setText("Computing…")
        self.refresh_button.setEnabled(False)
        job.succeeded.connect(self._show)
        job.finished.connect(lambda: self.refresh_button.setEnabled(True))
        return job

    def _show(self, result: object) -> None:
        rows, note = result  # type: ignore[misc]
        self.table.set_rows(TABLE_HEADER, rows, tooltips=TOOLTIPS)
        self.note.setText(note)
        self.shown.emit()
