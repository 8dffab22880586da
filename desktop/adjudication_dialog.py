"""Project > Adjudicate Article: the annotators' versions of the open article, a pick per position."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from desktop.adjudication_command import AdjudicateCommand
from models import articles
from models.adjudication import current_picks, positions
from widgets.adjudication_table import AdjudicationTable, PositionRecord

if TYPE_CHECKING:
    from desktop.main_window import MainWindow


class AdjudicationDialog(QDialog):
    """Rows of positions, agreed ones grey; 1..n picks an annotator's span, 0 none; Ctrl+Return saves."""

    def __init__(self, window: MainWindow, article_id: int) -> None:
        super().__init__(window)
        self.window_ = window
        self.article_id = article_id
        names, self.rows = positions(article_id)
        self.names = names
        saved = current_picks(article_id)
        title = articles.get_article(article_id).title or "(untitled)"
        self.setWindowTitle(f"Adjudicate: {title}")
        differences = sum(not p.agreed for p in self.rows)
        intro = QLabel(f"{differences} of {len(self.rows)} positions differ between {', '.join(names)}. "
                       f"↑↓ choose a position; 1–{len(names)} take that annotator's span, 0 no span; "
                       "Ctrl+Return saves the adjudicated version (the exports can select it).")
        intro.setWordWrap(True)
        self.table = AdjudicationTable(names, self)
        records = []
        for p in self.rows:
            labels = tuple(p.labels[n] for n in names)
            key = (p.start, p.end)
            if saved:  # adjudicated before: what was kept then
                pick = names.index(saved[key]) if saved.get(key) in names else None
            else:  # agreed positions stand; the differences wait for a pick
                pick = 0 if p.agreed else None
            records.append(PositionRecord(p.text, labels, pick, p.agreed))
        self.table.set_records(records)
        first_difference = next((i for i, p in enumerate(self.rows) if not p.agreed), 0)
        self.table.setCurrentCell(first_difference, 0)  # the agreed rows need nothing
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def save(self) -> None:
        picks = {(p.start, p.end): (self.names[r.pick] if r.pick is not None else None)
                 for p, r in zip(self.rows, self.table.records, strict=True)}
        window = self.window_
        command = AdjudicateCommand(self.article_id, picks, window.apply_changes, window.show_error)
        window.undo_stack.push(command)  # Ctrl+Z takes it back
        if not command.refused:
            window.statusBar().showMessage(f"Adjudicated version saved: {command.kept} spans.", 15000)
        self.accept()


def adjudicate_current(window: MainWindow) -> AdjudicationDialog | None:
    article = window.current_article
    if article is None:
        return None
    names, _ = positions(article)
    if len(names) < 2:
        window.show_error("This article has no versions by two annotators to adjudicate "
                          "(File > Merge Copies brings them in).")
        return None
    dialog = AdjudicationDialog(window, article)
    dialog.show()
    return dialog
