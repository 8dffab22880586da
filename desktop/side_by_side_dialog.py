"""Two articles side by side: their shared events aligned, roles compared, links carried across copies."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from exports.compare import compare_articles
from models import articles, labels, link_store, spans
from nlp.tokens import token_bounds
from widgets.side_by_side import SideArticle, SideBySideView

# carry(source_article, target_article) -> number of links carried
Carry = Callable[[int, int], int]


def side_article(article_id: int) -> SideArticle:
    row = articles.get_article(article_id)
    text = articles.get_article_text(article_id)
    return SideArticle(title=row.title or "(untitled)", outlet=row.outlet, published=row.published,
                       body=text.body, spans=spans.list_spans(article_id),
                       bounds=token_bounds(text.body, text.language), labels=labels.list_labels())


class SideBySideDialog(QDialog):
    """Non-modal: the reviewer keeps working in the window while it is open."""

    def __init__(self, parent: QWidget, left: int, right: int, carry: Carry) -> None:
        super().__init__(parent)
        self.setWindowTitle("Side by side — Kliping")
        self.left, self.right = left, right
        self._carry = carry
        self.view = SideBySideView()
        self.relation = QLabel()
        self.relation.setObjectName("relation")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.carry_button = QPushButton("Carry Links Across →")
        self.carry_button.setToolTip("Link the right article's unlinked events to the cards of the "
                                     "matching linked events on the left (for copies and translations)")
        buttons.addButton(self.carry_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.carry_button.clicked.connect(self.carry)
        layout = QVBoxLayout(self)
        layout.addWidget(self.relation)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(1300, 820)
        self.refresh()

    def refresh(self) -> None:
        related = [r for r in link_store.relations_of(self.left) if r.article_id == self.right]
        self.relation.setText(
            f"Near-duplicate articles: <b>{related[0].kind}</b> (similarity {related[0].score:.2f})"
            if related else "Not near-duplicates: the articles share events only through their cards.")
        self.view.set_articles(side_article(self.left), side_article(self.right),
                               compare_articles(self.left, self.right))

    def carry(self) -> None:
        if self._carry(self.left, self.right):
            self.refresh()
