"""What an empty project shows: ways to get the first articles in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

HEADING = "This project has no articles yet"
SENTENCE = (
    "Start with a few sample news articles to try the review, "
    "or import your own articles from files or a whole folder. "
    "Supervisors can bring annotators' copies together here."
)


class WelcomePanel(QWidget):
    """A centred heading, a sentence and four buttons.

    Signals:
        sample_requested(): "Load the sample articles" was clicked.
        import_files_requested(): "Import files…" was clicked.
        import_folder_requested(): "Import a folder…" was clicked.
        merge_requested(): "Merge annotators' copies…" was clicked.
    """

    sample_requested = Signal()
    import_files_requested = Signal()
    import_folder_requested = Signal()
    merge_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(HEADING, self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setWordWrap(True)
        sentence = QLabel(SENTENCE, self)
        sentence.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sentence.setWordWrap(True)
        sentence.setFixedWidth(440)
        sentence.setMinimumHeight(sentence.heightForWidth(440))

        self.sample_button = QPushButton("Load the sample articles", self)
        self.sample_button.setDefault(True)
        self.files_button = QPushButton("Import files…", self)
        self.folder_button = QPushButton("Import a folder…", self)
        self.merge_button = QPushButton("Merge annotators' copies…", self)
        self.sample_button.clicked.connect(self.sample_requested)
        self.files_button.clicked.connect(self.import_files_requested)
        self.folder_button.clicked.connect(self.import_folder_requested)
        self.merge_button.clicked.connect(self.merge_requested)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(heading)
        layout.addSpacing(6)
        layout.addWidget(sentence, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(18)
        for button in (self.sample_button, self.files_button, self.folder_button, self.merge_button):
            button.setMinimumWidth(240)
            button.setMinimumHeight(button.sizeHint().height() + 6)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
