"""The review page: article header, the text with its spans, the label legend and span details."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from models.adjudication import ADJUDICATED
from models.link_store import RelationRow
from models.records import ArticleRow, SpanRow
from widgets.article_view import ArticleView
from widgets.label_legend import LabelLegend
from widgets.roles_panel import RolesPanel

STATUS_TEXT = {"new": "New", "in_progress": "In progress", "done": "Done", "skipped": "Skipped"}
RELATION_TEXT = {"copy": "the same text (a syndicated copy)", "partial": "shares most of its text",
                 "translation": "a translation"}


class ReviewPage(QWidget):
    """Shows one article; the window wires the view's and legend's signals to commands.

    Signals:
        span_shown(str): the details now show this span ("" for none), after a click or a change.
        compare_requested(int): the reader clicked a related article, to see the two side by side.
        version_chosen(str): in a merged project, the version to show: an annotator's name, or ""
            for every row of the article.
    """

    span_shown = Signal(str)
    compare_requested = Signal(int)
    version_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("articleTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.meta = QLabel()
        self.meta.setObjectName("articleMeta")
        self.meta.setWordWrap(True)
        self.meta.setStyleSheet("color: palette(placeholder-text);")
        # Syndicated copies and translations of this article: links carry across them (V compares).
        self.relations = QLabel()
        self.relations.setObjectName("articleRelations")
        self.relations.setWordWrap(True)
        self.relations.setTextFormat(Qt.TextFormat.RichText)
        self.relations.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.relations.linkActivated.connect(lambda href: self.compare_requested.emit(int(href)))
        self.relations.hide()  # until the article has a near duplicate
        # A merged project holds each annotator's version of an article, and their rows overlap:
        # the reader picks one to see it as that annotator left it.
        self.version_box = QComboBox()
        self.version_box.setObjectName("versionChoice")
        self.version_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version_box.setToolTip("Each annotator's version of this article as merged from their copy, "
                                    "or the adjudicated one, shown read-only (Project > Adjudicate "
                                    "Article decides between them); or every row at once")
        self.version_box.currentIndexChanged.connect(
            lambda index: self.version_chosen.emit(self.version_box.itemData(index) or ""))
        self.version_note = QLabel()
        self.version_note.setWordWrap(True)
        self.version_note.setStyleSheet("color: palette(placeholder-text);")
        self.version_bar = QWidget()
        version_row = QHBoxLayout(self.version_bar)
        version_row.setContentsMargins(0, 0, 0, 0)
        label = QLabel("&Version:")
        label.setBuddy(self.version_box)
        version_row.addWidget(label)
        version_row.addWidget(self.version_box)
        version_row.addWidget(self.version_note, 1)
        self.version_bar.hide()  # until the article has merged versions
        self.view = ArticleView()
        self.legend = LabelLegend()
        self.details = QLabel()
        self.details.setObjectName("spanDetails")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setMinimumHeight(90)
        self.roles = RolesPanel()

        text_column = QVBoxLayout()
        text_column.setContentsMargins(0, 0, 0, 0)
        text_column.addWidget(self.title)
        text_column.addWidget(self.meta)
        text_column.addWidget(self.relations)
        text_column.addWidget(self.version_bar)
        text_column.addWidget(self.view, 1)

        side = QFrame()
        side.setObjectName("sidePanel")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(self.legend)
        heading = QLabel("<b>Selected span</b>")
        side_layout.addWidget(heading)
        side_layout.addWidget(self.details)
        side_layout.addSpacing(6)
        side_layout.addWidget(self.roles)
        side_layout.addStretch(1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(text_column, 1)
        # On a small screen the legend, details and roles scroll instead of being cut off.
        scroller = QScrollArea()
        scroller.setWidget(side)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setFixedWidth(296)
        layout.addWidget(scroller)
        self.show_span(None)

    def show_article(self, article: ArticleRow) -> None:
        self.title.setText(article.title or "(untitled)")
        parts = [article.outlet or "Unknown outlet",
                 article.published.isoformat() if article.published else "no date"]
        if article.authors:
            parts.append(", ".join(article.authors))
        parts += [STATUS_TEXT.get(article.status, article.status),
                  f"{article.entity_count} entities, {article.event_count} events, "
                  f"{article.suggested_count} to review", article.source_file]
        self.meta.setText("  ·  ".join(parts))

    def show_relations(self, relations: list[RelationRow]) -> None:
        """One line per near-duplicate article, each a link that opens the two side by side."""
        lines = [f"<a href='{r.article_id}'>{_escape(r.outlet or 'another outlet')}: "
                 f"“{_escape(r.title or '(untitled)')}”</a> <span style='color:gray'>— "
                 f"{RELATION_TEXT.get(r.kind, 'related')}, {r.score:.0%} shared; click to compare</span>"
                 for r in relations]
        self.relations.setText("<br>".join(lines))
        self.relations.setVisible(bool(lines))

    def show_versions(self, names: list[str], current: str) -> None:
        """The versions the article has (none: the choice is hidden), with current ("" all rows) chosen."""
        with QSignalBlocker(self.version_box):
            self.version_box.clear()
            self.version_box.addItem("Every row", "")
            for name in names:
                self.version_box.addItem("Adjudicated version" if name == ADJUDICATED
                                         else f"{name}'s version", name)
            self.version_box.setCurrentIndex(max(0, self.version_box.findData(current)))
        self.version_bar.setVisible(bool(names))
        self.version_note.setText(
            "read-only" if current else f"{len(names)} versions overlap; choose one to see it alone")

    def show_span(self, span: SpanRow | None) -> None:
        if span is None:
            self.details.setText(
                "<span style='color:gray'>Click a span, or select text and press a label key."
                "</span>")
            self.span_shown.emit("")
            return
        state = "suggested — Enter accepts, Del rejects" if span.state == "suggested" else "accepted"
        lines = [f"<b>{span.label}</b> ({span.kind})", f"“{_escape(span.text)}”",
                 f"{state}", f"origin: {'pre-annotation' if span.origin == 'auto' else 'manual'}"]
        if span.normalized:
            lines.append(f"normalised: {span.normalized}")
        if span.annotator:
            lines.append(f"by {span.annotator}")
        self.details.setText("<br>".join(lines))
        self.span_shown.emit(span.id)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
