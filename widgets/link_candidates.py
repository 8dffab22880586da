"""Ranked link candidates for the selected event mention, chosen and applied from the keyboard."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from widgets.colours import luminance, readable
from widgets.link_records import CARD, CandidateRecord, LinkTargetRecord
from widgets.records import SUGGESTED, LabelStyle

NO_TARGET = "Select an event mention (Tab) to see candidates"
NO_CANDIDATES = "No candidates: Ctrl+Space starts a new card"
KEY_HINT = ("Space link · Ctrl+Space new card · ↑↓ choose · Ctrl+Backspace not this one · U unlink · "
            "V side by side")
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
FALLBACK_COLOUR = "#808080"
_Index = QModelIndex | QPersistentModelIndex
_PAD = 8
_SCORE_WIDTH = 52
_GAP = 10
_CTRL = Qt.KeyboardModifier.ControlModifier
_MODS = _CTRL | Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier | \
    Qt.KeyboardModifier.MetaModifier


def score_colour(score: float) -> QColor:
    """Green for a strong match, amber for a fair one, grey for a weak one."""
    return QColor("#2e8540" if score >= 0.75 else "#c98a00" if score >= 0.5 else "#8a8a8a")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class CandidateModel(QAbstractListModel):
    """The candidates in rank order; DisplayRole is the title, RECORD_ROLE the record."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CandidateRecord] = []

    def set_rows(self, rows: Sequence[CandidateRecord]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        record = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return record.title
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.ToolTipRole:
            reasons = "\n".join(f"• {reason}" for reason in record.reasons)
            return f"{record.title}\n{round(record.score * 100)}% match\n{reasons}".strip()
        return None


class _CandidateDelegate(QStyledItemDelegate):
    """Two lines a candidate: score, kind badge, title and outlet/type; then the reasons, muted."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _small(self, font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(7.5, font.pointSizeF() * 0.88))
        return small

    def _badge_width(self, font: QFont) -> int:
        return QFontMetrics(self._small(font)).horizontalAdvance("mention") + 12

    def _text_left(self, font: QFont) -> int:
        return _PAD + _SCORE_WIDTH + _GAP + self._badge_width(font) + _GAP

    def _second_line(self, record: CandidateRecord, font: QFont, width: int, text: QColor,
                     muted: QColor) -> QTextDocument:
        """Outlet and type in the text colour, then the reasons muted, word-wrapped to width."""
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(self._small(font))
        document.setTextWidth(max(40, width))
        meta = " · ".join(_escape(part) for part in (record.outlet, record.event_type) if part)
        reasons = " · ".join(_escape(reason) for reason in record.reasons) or "no reasons given"
        lead = f"<span style='color:{text.name()}'>{meta} — </span>" if meta else ""
        document.setHtml(f"{lead}<span style='color:{muted.name(QColor.NameFormat.HexArgb)}'>"
                         f"{reasons}</span>")
        return document

    def _line2_width(self, rect: QRect, font: QFont) -> int:
        return rect.width() - self._text_left(font) - _PAD

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        record: CandidateRecord = index.data(RECORD_ROLE)
        width = self._view.viewport().width()
        font = option.font
        height = _PAD + QFontMetrics(font).height() + 3
        if record is not None:
            black = QColor("#000000")
            document = self._second_line(record, font, self._line2_width(QRect(0, 0, width, 10), font),
                                         black, black)
            height += max(QFontMetrics(self._small(font)).height() + 6, round(document.size().height()))
        return QSize(width, height + _PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        record: CandidateRecord = index.data(RECORD_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QStyle()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        if record is None:
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = QColor(text) if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        if selected:
            muted.setAlphaF(0.85)
        background = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        rect, font, small = opt.rect, opt.font, self._small(opt.font)
        line = QFontMetrics(font).height()
        top = rect.top() + _PAD
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        # Score: percentage over a small bar.
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        score_box = QRect(rect.left() + _PAD, top, _SCORE_WIDTH, line)
        painter.drawText(score_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         f"{round(record.score * 100)}%")
        bar = QRectF(score_box.left(), top + line + 5, _SCORE_WIDTH - 8, 5)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QColor(text if selected else muted)
        track.setAlphaF(0.35)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 2, 2)
        fill = QRectF(bar)
        fill.setWidth(bar.width() * max(0.0, min(1.0, record.score)))
        painter.setBrush(text if selected else readable(score_colour(record.score).name(), background))
        painter.drawRoundedRect(fill, 2, 2)

        # Kind badge, and "proposed" under it on the first row.
        is_card = record.kind == CARD
        badge_width = self._badge_width(font)
        small_line = QFontMetrics(small).height()
        badge = QRectF(score_box.right() + _GAP, top + (line - small_line - 2) / 2,
                       badge_width, small_line + 2)
        kind_colour = text if selected else readable("#2f65ca" if is_card else FALLBACK_COLOUR, background)
        painter.setPen(kind_colour)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(badge.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.setFont(small)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "card" if is_card else "mention")
        if index.row() == 0:
            painter.setPen(text if selected else readable("#2e8540", background))
            proposed = QRectF(badge.left(), top + line + 3, badge_width, small_line)
            painter.drawText(proposed, Qt.AlignmentFlag.AlignCenter, "proposed")

        # Title, then outlet · type and the reasons, wrapped.
        left = rect.left() + self._text_left(font)
        width = max(20, rect.right() - _PAD - left)
        painter.setFont(font)
        painter.setPen(text)
        title = QFontMetrics(font).elidedText(record.title, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, top, width, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        document = self._second_line(record, font, self._line2_width(rect, font), text, muted)
        painter.translate(left, top + line + 3)
        document.drawContents(painter)
        painter.restore()


class _CandidateView(QListView):
    """The list; with no candidates it shows what to do instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = NO_TARGET

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        box = self.viewport().rect().adjusted(16, 16, -16, -16)
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, self.empty_text)
        painter.end()


class CandidateList(QWidget):
    """The event mention being linked, its card, and the ranked cards and mentions to link it to.

    The first candidate is current ("proposed"); Up/Down choose another. The keys below work while
    the list has focus; the shell maps the article view's linking keys to the same methods.

    Signals:
        assign_requested(str kind, str id): Space, link the target to the current candidate.
        new_card_requested(): Ctrl+Space, start a new card from the target.
        reject_requested(str kind, str id): Backspace, the current candidate is not this event.
        unlink_requested(): U, take the target out of its card (only when it is in one).
        compare_requested(str kind, str id): V, open the side-by-side view with the candidate.
        candidate_activated(str kind, str id): double-click or Enter on a candidate; it means
            "link to this one", like assign_requested (which it does not also emit).
    """

    assign_requested = Signal(str, str)
    new_card_requested = Signal()
    reject_requested = Signal(str, str)
    unlink_requested = Signal()
    compare_requested = Signal(str, str)
    candidate_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target: LinkTargetRecord | None = None
        self._labels: dict[str, LabelStyle] = {}

        self.chip = QLabel(self)
        self.chip.setObjectName("targetLabel")
        self.chip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.trigger = QLabel(self)
        self.trigger.setObjectName("targetTrigger")
        font = QFont(self.trigger.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.trigger.setFont(font)
        self.trigger.setWordWrap(True)  # a long trigger must not widen the dock it sits in
        self.card_line = QLabel(self)
        self.card_line.setObjectName("targetCard")
        self.card_line.setWordWrap(True)
        self.card_line.setTextFormat(Qt.TextFormat.RichText)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)

        self.model = CandidateModel(self)
        self.list = _CandidateView(self)
        self.list.setObjectName("candidateList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(_CandidateDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setMouseTracking(True)
        self.hint = QLabel(KEY_HINT, self)
        self.hint.setObjectName("candidateKeys")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")

        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        title_row.addWidget(self.chip)
        title_row.addWidget(self.trigger, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(title_row)
        layout.addWidget(self.card_line)
        layout.addSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)

        self.list.doubleClicked.connect(lambda _index: self._emit_current(self.candidate_activated))
        self.list.installEventFilter(self)
        self.set_target(None, [])

    # ----------------------------------------------------------------- setters

    def set_labels(self, labels: Sequence[LabelStyle]) -> None:
        """Label colours for the target's chip (optional; grey without them)."""
        self._labels = {label.name: label for label in labels}
        self._show_target()

    def set_waiting(self, target: LinkTargetRecord, message: str) -> None:
        """Show the mention with a message instead of candidates (they are being prepared)."""
        self.set_target(target, [])
        self.list.empty_text = message
        self.list.viewport().update()

    def set_target(self, target: LinkTargetRecord | None, candidates: Sequence[CandidateRecord]) -> None:
        """Show a mention and its candidates, best first. The first is current, unless the same
        mention is shown again and its current candidate is still there."""
        keep = self.current_candidate()
        same = target is not None and self._target is not None and target.id == self._target.id
        self._target = target
        self.model.set_rows(candidates if target is not None else [])
        self.list.empty_text = NO_TARGET if target is None else NO_CANDIDATES
        row = 0
        if same and keep is not None:
            row = next((i for i, c in enumerate(self.model.rows)
                        if (c.kind, c.id) == (keep.kind, keep.id)), 0)
        self._set_row(row)
        self._show_target()
        count = len(self.model.rows)
        self.heading.setText(f"<b>Candidates</b> <span style='color:gray'>({count})</span>"
                             if target is not None else "<b>Candidates</b>")
        self.list.viewport().update()

    def step(self, delta: int) -> None:
        """Make another candidate current, clamped to the list."""
        if not self.model.rows:
            return
        row = self.list.currentIndex().row()
        self._set_row(max(0, min(len(self.model.rows) - 1, max(row, 0) + delta)))

    # ----------------------------------------------------------------- queries

    def current_candidate(self) -> CandidateRecord | None:
        row = self.list.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def target(self) -> LinkTargetRecord | None:
        return self._target

    def empty_text(self) -> str:
        """What the list says when it has no candidates."""
        return self.list.empty_text

    # ------------------------------------------------------------ user events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(
                event, QKeyEvent):
            action = self._key_action(event)
            if action is not None:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    action()
                return True
        return super().eventFilter(watched, event)

    def _key_action(self, event: QKeyEvent) -> Callable[[], None] | None:
        if self._target is None:
            return None
        key, mods = event.key(), event.modifiers() & _MODS
        if key == Qt.Key.Key_Space and mods == _CTRL:
            return self.new_card_requested.emit
        if key == Qt.Key.Key_Backspace and mods == _CTRL:  # as in the article view
            return lambda: self._emit_current(self.reject_requested)
        if mods != Qt.KeyboardModifier.NoModifier:
            return None
        actions: dict[int, Callable[[], None]] = {
            Qt.Key.Key_Up: lambda: self.step(-1),
            Qt.Key.Key_Down: lambda: self.step(1),
            Qt.Key.Key_Space: lambda: self._emit_current(self.assign_requested),
            Qt.Key.Key_Backspace: lambda: self._emit_current(self.reject_requested),
            Qt.Key.Key_V: lambda: self._emit_current(self.compare_requested),
            Qt.Key.Key_Return: lambda: self._emit_current(self.candidate_activated),
            Qt.Key.Key_Enter: lambda: self._emit_current(self.candidate_activated),
        }
        if key == Qt.Key.Key_U and self._target.card_id is not None:
            return self.unlink_requested.emit
        return actions.get(key)

    # ---------------------------------------------------------------- helpers

    def _emit_current(self, signal: Any) -> None:
        candidate = self.current_candidate()
        if candidate is not None:
            signal.emit(candidate.kind, candidate.id)

    def _set_row(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            return
        index = self.model.index(row, 0)
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)

    def _show_target(self) -> None:
        target = self._target
        self.chip.setVisible(target is not None)
        if target is None:
            self.trigger.setText("No event mention selected")
            self.card_line.setText("<span style='color:gray'>Tab through the article's events; "
                                   "the candidates for the selected one appear here.</span>")
            return
        style = self._labels.get(target.label)
        colour = QColor(style.colour if style else FALLBACK_COLOUR)
        ink = "black" if luminance(colour) > 0.35 else "white"
        self.chip.setText(target.label)
        self.chip.setToolTip(f"{target.label} (event)")
        self.chip.setStyleSheet(f"background:{colour.name()}; color:{ink}; border-radius:3px;"
                                "padding:2px 6px; font-weight:bold;")
        self.trigger.setText(f"“{' '.join(target.text.split())}”")
        self.trigger.setToolTip(target.text)
        if target.card_id is None:
            hint = ("Space links it to the proposed candidate, Ctrl+Space starts a new card"
                    if self.model.rows else "Ctrl+Space starts a new card")
            self.card_line.setText(f"not linked <span style='color:gray'>— {hint}</span>")
            return
        title = _escape(target.card_title or "(untitled card)")
        if target.link_state == SUGGESTED:
            self.card_line.setText(f"in card: <b>{title}</b> <i>(suggested link)</i> "
                                   "<span style='color:gray'>— Space on that card confirms it, "
                                   "U unlinks</span>")
        else:
            self.card_line.setText(f"in card: <b>{title}</b> ✓ <span style='color:gray'>— U unlinks"
                                   "</span>")
