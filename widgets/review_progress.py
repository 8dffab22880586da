"""A compact "12 / 40 done" indicator with a bar, for the status bar and the statistics view."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QWidget

from widgets.records import ProgressRecord


def progress_text(record: ProgressRecord) -> str:
    return f"{record.done:,} / {record.total:,} done"


def breakdown_text(record: ProgressRecord) -> str:
    return (f"{record.done:,} done · {record.skipped:,} skipped · {record.in_progress:,} in progress · "
            f"{record.new:,} new")


class ReviewProgress(QWidget):
    """How many articles are done, as text and as a bar; the tooltip gives every status. No signals."""

    def __init__(self, parent: QWidget | None = None, bar_width: int = 120) -> None:
        super().__init__(parent)
        self.setObjectName("reviewProgress")
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(bar_width)
        self.bar.setMaximumHeight(max(10, self.fontMetrics().height() - 2))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def set_progress(self, record: ProgressRecord) -> None:
        self.label.setText(progress_text(record))
        self.bar.setRange(0, max(1, record.total))
        self.bar.setValue(record.done)
        tip = breakdown_text(record)
        self.setToolTip(tip)
        self.bar.setAccessibleDescription(tip)
