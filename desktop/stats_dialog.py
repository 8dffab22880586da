"""Project > Statistics…: the statistics view over models.stats, refreshed on demand."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from models.stats import ReviewStats, review_stats
from widgets.stats_view import StatsView


class StatsDialog(QDialog):
    """Non-modal, so the review can go on beside it; Refresh reads the project again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Review statistics")
        self.view = StatsView()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.refresh_button = buttons.addButton("Refresh", QDialogButtonBox.ButtonRole.ActionRole)
        self.refresh_button.clicked.connect(self.refresh)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(860, 640)
        self.stats: ReviewStats | None = None
        self.refresh()

    def refresh(self) -> None:
        self.stats = stats = review_stats()
        self.view.set_progress(stats.progress, stats.by_annotator)
        self.view.set_corrections(stats.total, stats.by_label, stats.by_outlet)
