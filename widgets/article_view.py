"""Read-only article text with entity and event spans drawn over it, reviewed from the keyboard."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextLine,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from widgets.colours import readable
from widgets.records import EVENT, SUGGESTED, LabelStyle, SpanRecord

FALLBACK_COLOUR = "#808080"
# Role links are drawn in these colours and always carry their name, so colour is never the only cue.
ROLE_COLOURS = {"SOURCE": "#0060a8", "TARGET": "#c0392b", "PLACE": "#1e8449", "TIME": "#7d3c98"}
_ACCEPTED_FILL_ALPHA = 105
_SUGGESTED_FILL_ALPHA = 40
_NO_HOTKEY_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)

_FILL_MARGIN = 3000  # characters around the visible text whose spans get their fill colour
_DELETE_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
_ACCEPT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def snap_to_tokens(
    text: str,
    start: int,
    end: int,
    token_bounds: Sequence[tuple[int, int]] | None = None,
) -> tuple[int, int]:
    """Grow [start, end) to the whole tokens it touches and trim whitespace; may return empty."""
    start, end = _trim(text, max(0, start), min(len(text), end))
    if start < end and token_bounds:
        starts = [s for s, _ in token_bounds]
        ends = [e for _, e in token_bounds]
        first = bisect.bisect_right(ends, start)  # first token ending after start
        stop = bisect.bisect_left(starts, end)  # tokens [first, stop) begin before end
        if first < stop:
            start = min(start, starts[first])
            end = max(end, ends[stop - 1])
            start, end = _trim(text, start, end)
    return (start, end) if start < end else (start, start)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _display_text(text: str) -> str:
    """Text for the document with exactly one Qt position per Python character (but astral ones)."""
    return text.replace("\r\n", " \n").replace("\r", "\n")


class _Offsets:
    """Maps Python string indexes to Qt document positions (UTF-16 code units) and back."""

    def __init__(self, text: str) -> None:
        self._qt: list[int] | None = None
        if len(text.encode("utf-16-le")) != 2 * len(text):
            acc = [0]
            for ch in text:
                acc.append(acc[-1] + (2 if ord(ch) > 0xFFFF else 1))
            self._qt = acc

    def to_qt(self, index: int) -> int:
        if self._qt is None:
            return index
        return self._qt[max(0, min(index, len(self._qt) - 1))]

    def from_qt(self, position: int) -> int:
        if self._qt is None:
            return position
        return max(0, bisect.bisect_right(self._qt, position) - 1)


def _line_x(line: QTextLine, position: int) -> float:
    x = line.cursorToX(position)
    return float(x[0] if isinstance(x, tuple) else x)


class ArticleView(QPlainTextEdit):
    """The article being reviewed, with its spans; the user selects text or spans and presses keys.

    Signals:
        span_selected(str): the user clicked a span (its id), or "" when a click on plain text
            or Escape cleared the span selection.
        add_requested(str label, int start, int end): a label hotkey (or ``request_label``) with
            text selected; offsets are snapped to tokens and trimmed, never empty.
        relabel_requested(str span_id, str label): a label hotkey with a span selected and no text
            selected, when the label differs (it may be of the other kind; the receiver decides).
        delete_requested(str span_id): Delete or Backspace with a span selected.
        accept_requested(str span_id): Return or Enter with a span selected (whatever its state).
        bounds_requested(str span_id, int start, int end): Alt+Left/Right moves the selected
            span's start by one token, Alt+Shift+Left/Right its end; with Ctrl, by one character.

        zoom_changed(int): Ctrl+wheel changed the zoom step (``set_zoom`` does not emit).

    Tab and Shift+Tab select the next and previous span.
    """

    span_selected = Signal(str)
    add_requested = Signal(str, int, int)
    relabel_requested = Signal(str, str)
    delete_requested = Signal(str)
    accept_requested = Signal(str)
    bounds_requested = Signal(str, int, int)
    zoom_changed = Signal(int)

    ZOOM_STEPS = (-5, 12)  # smallest and largest zoom step; each step is 10 %

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setCursorWidth(2)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.3)
        self.setFont(font)
        self._base_point_size = font.pointSizeF()
        self._zoom = 0
        self.document().setDocumentMargin(18)

        self._text = ""
        self._offsets = _Offsets("")
        self._token_bounds: list[tuple[int, int]] | None = None
        self._labels: dict[str, LabelStyle] = {}
        self._hotkeys: dict[str, str] = {}
        self._formats: dict[tuple[str, str, str], QTextCharFormat] = {}
        self._spans: list[SpanRecord] = []  # sorted by start
        self._span_starts: list[int] = []
        self._by_id: dict[str, SpanRecord] = {}
        self._selected_id: str | None = None
        self._click_cycle: list[str] = []
        self._press_pos = QPoint()
        self._bold_ranges: set[tuple[int, int]] = set()
        self._filled = (0, 0)  # character range whose spans have fills, see _render_fills
        self.verticalScrollBar().valueChanged.connect(self._follow_scroll)
        self._role_links: list[tuple[str, str, str]] = []  # (entity span id, role, state)
        self._role_candidate: tuple[str, str] | None = None  # (entity span id, role) being picked

    # ----------------------------------------------------------------- setters

    def set_labels(self, labels: Sequence[LabelStyle]) -> None:
        """Colours and hotkeys of the labels; spans with an unknown label are drawn grey."""
        self._labels = {label.name: label for label in labels}
        self._hotkeys = {}
        for label in labels:
            if label.hotkey:
                self._hotkeys.setdefault(label.hotkey.lower(), label.name)
        self._formats.clear()
        self._render()

    def set_article(
        self,
        text: str,
        spans: Sequence[SpanRecord],
        token_bounds: Sequence[tuple[int, int]] | None = None,
    ) -> None:
        """Show a new article from its top, with nothing selected."""
        self._text = text
        self._offsets = _Offsets(text)
        self._token_bounds = sorted(token_bounds) if token_bounds else None
        self._selected_id = None
        self._click_cycle = []
        self._role_links, self._role_candidate = [], None
        with QSignalBlocker(self):
            self.setPlainText(_display_text(text))
            self._bold_ranges = set()
            self.moveCursor(QTextCursor.MoveOperation.Start)
        self._store_spans(spans)
        self._render()
        self.verticalScrollBar().setValue(0)

    def set_spans(self, spans: Sequence[SpanRecord]) -> None:
        """Redraw new spans over the same text, keeping the scroll position and span selection."""
        scroll = self.verticalScrollBar().value()
        self._store_spans(spans)
        if self._selected_id not in self._by_id:
            self._selected_id = None
        self._render()
        self.verticalScrollBar().setValue(scroll)

    def select_span(self, span_id: str | None) -> None:
        """Select a span (or none) without emitting; the caret moves to its start, into view."""
        span = self._by_id.get(span_id) if span_id else None
        self._selected_id = span.id if span else None
        self._click_cycle = []
        if span is not None:
            cursor = self.textCursor()
            cursor.setPosition(self._offsets.to_qt(span.start))
            with QSignalBlocker(self):
                self.setTextCursor(cursor)
            self.ensureCursorVisible()
        self.viewport().update()

    def select_range(self, start: int, end: int) -> None:
        """Select text [start, end) as a user drag would; any selected span is deselected."""
        cursor = self.textCursor()
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self._selected_id = None
        self._click_cycle = []
        self.setTextCursor(cursor)
        self.viewport().update()

    def set_role_links(self, links: Sequence[tuple[str, str, str]]) -> None:
        """Roles of the selected event to draw: (entity span id, role label, state) tuples."""
        self._role_links = list(links)
        self.viewport().update()

    def set_role_candidate(self, span_id: str | None, role: str = "") -> None:
        """The entity a role is being picked for (drawn dashed), scrolled into view; None: none."""
        span = self._by_id.get(span_id) if span_id else None
        self._role_candidate = (span.id, role) if span is not None else None
        if span is not None:
            cursor = self.textCursor()
            cursor.setPosition(self._offsets.to_qt(span.start))
            with QSignalBlocker(self):
                self.setTextCursor(cursor)
            self.ensureCursorVisible()
        self.viewport().update()

    def set_zoom(self, step: int) -> None:
        """Text size: 0 is the default, each step 10 % larger (or smaller), clamped to ZOOM_STEPS."""
        step = max(self.ZOOM_STEPS[0], min(self.ZOOM_STEPS[1], int(step)))
        if step == self._zoom:
            return
        self._zoom = step
        font = QFont(self.font())
        font.setPointSizeF(round(self._base_point_size * 1.1 ** step, 1) if step else self._base_point_size)
        self.setFont(font)
        self.viewport().update()

    # ----------------------------------------------------------------- queries

    def zoom(self) -> int:
        return self._zoom

    def selected_span_id(self) -> str | None:
        return self._selected_id

    def span(self, span_id: str | None) -> SpanRecord | None:
        """The shown span with that id, or None."""
        return self._by_id.get(span_id) if span_id else None

    def span_records(self) -> list[SpanRecord]:
        """Every shown span, in text order."""
        return list(self._spans)

    def char_at(self, point: QPoint) -> int | None:
        """The character under a viewport point, or None over margins and line ends."""
        return self._char_at(point)

    def spans_at(self, pos: int) -> list[SpanRecord]:
        """Spans covering character ``pos``, innermost (shortest) first."""
        upto = bisect.bisect_right(self._span_starts, pos)
        found = [span for span in self._spans[:upto] if span.end > pos]
        found.sort(key=lambda span: (span.end - span.start, span.kind != EVENT, span.start))
        return found

    def span_rect(self, span_id: str) -> QRect:
        """Viewport rectangle of the span's first line (empty if unknown)."""
        span = self._by_id.get(span_id)
        if span is None:
            return QRect()
        rects = self._segments(self._offsets.to_qt(span.start), self._offsets.to_qt(span.end))
        return rects[0].toAlignedRect() if rects else QRect()

    # ------------------------------------------------------------------- slots

    @Slot(str)
    def request_label(self, label: str) -> None:
        """Apply ``label`` as a hotkey press would: add over the text selection, else relabel."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            start = self._offsets.from_qt(cursor.selectionStart())
            end = self._offsets.from_qt(cursor.selectionEnd())
            start, end = snap_to_tokens(self._text, start, end, self._token_bounds)
            cursor.clearSelection()
            self.setTextCursor(cursor)
            if start < end:
                self.add_requested.emit(label, start, end)
            return
        span = self._by_id.get(self._selected_id) if self._selected_id else None
        if span is not None and span.label != label:
            self.relabel_requested.emit(span.id, label)

    # ------------------------------------------------------------ user events

    def event(self, event: QEvent) -> bool:
        # Keys this view handles win over window shortcuts while it has focus.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._handles_key(event)
        ):
            event.accept()
            return True
        return super().event(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab walks through the spans instead of leaving the text.
        if not self._spans:
            return super().focusNextPrevChild(next)
        self.step_span(1 if next else -1)
        return True

    def step_span(self, step: int) -> None:
        """Select the next (step 1) or previous (-1) span after the selection or the caret."""
        if not self._spans:
            return
        if self._selected_id in self._by_id:
            index = self._spans.index(self._by_id[self._selected_id]) + step
        else:
            caret = self._offsets.from_qt(self.textCursor().position())
            index = bisect.bisect_left(self._span_starts, caret) + (0 if step > 0 else -1)
        span = self._spans[index % len(self._spans)]
        self.select_span(span.id)
        self.span_selected.emit(span.id)

    def _bounds_key(self, event: QKeyEvent) -> bool:
        """Alt(+Shift)(+Ctrl)+Left/Right on a selected span: ask to move one of its ends."""
        mods = event.modifiers()
        span = self._by_id.get(self._selected_id or "")
        if span is None or not mods & Qt.KeyboardModifier.AltModifier or event.key() not in (
                Qt.Key.Key_Left, Qt.Key.Key_Right):
            return False
        step = 1 if event.key() == Qt.Key.Key_Right else -1
        by_char = bool(mods & Qt.KeyboardModifier.ControlModifier) or not self._token_bounds
        start, end = span.start, span.end
        if mods & Qt.KeyboardModifier.ShiftModifier:
            end = end + step if by_char else self._token_edge(end, step, ends=True)
        else:
            start = start + step if by_char else self._token_edge(start, step, ends=False)
        if 0 <= start < end <= len(self._text) and (start, end) != (span.start, span.end):
            self.bounds_requested.emit(span.id, start, end)
        return True

    def _token_edge(self, position: int, step: int, *, ends: bool) -> int:
        """The nearest token start (or end) strictly before or after position."""
        edges = [e if ends else s for s, e in self._token_bounds or []]
        if step > 0:
            later = [e for e in edges if e > position]
            return later[0] if later else position
        earlier = [e for e in edges if e < position]
        return earlier[-1] if earlier else position

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._bounds_key(event):
            event.accept()
            return
        key = event.key()
        if key == Qt.Key.Key_Escape and (self._selected_id or self.textCursor().hasSelection()):
            cursor = self.textCursor()
            cursor.clearSelection()
            self.setTextCursor(cursor)
            if self._selected_id is not None:
                self._user_selects(None)
            event.accept()
            return
        if not self._handles_key(event):
            super().keyPressEvent(event)
            return
        event.accept()
        if key in _DELETE_KEYS or key in _ACCEPT_KEYS:
            if self._selected_id is not None:
                signal = self.delete_requested if key in _DELETE_KEYS else self.accept_requested
                signal.emit(self._selected_id)
            return
        self.request_label(self._hotkeys[event.text().lower()])

    def wheelEvent(self, event: QWheelEvent) -> None:
        # Ctrl+wheel zooms by whole steps (QPlainTextEdit would change the font behind our back).
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                before = self._zoom
                self.set_zoom(self._zoom + (1 if delta > 0 else -1))
                if self._zoom != before:
                    self.zoom_changed.emit(self._zoom)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position().toPoint()
        dragged = (point - self._press_pos).manhattanLength() >= QApplication.startDragDistance()
        if self.textCursor().hasSelection() or dragged:
            if self._selected_id is not None:
                self._user_selects(None)
            return
        char = self._char_at(point)
        ids = [span.id for span in self.spans_at(char)] if char is not None else []
        if not ids:
            self._click_cycle = []
            if self._selected_id is not None:
                self._user_selects(None)
            return
        if ids == self._click_cycle and self._selected_id in ids:
            chosen = ids[(ids.index(self._selected_id) + 1) % len(ids)]
        else:
            chosen = ids[0]
        self._click_cycle = ids
        self._user_selects(chosen)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            char = self._char_at(event.pos())
            spans = self.spans_at(char) if char is not None else []
            if spans:
                tip = "\n".join(f"{s.label} · {s.state} · {s.origin}" for s in spans)
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._spans:
            return
        first, last = self._visible_positions()
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ascent = self.fontMetrics().ascent()
        descent = self.fontMetrics().descent()
        to_qt = self._offsets.to_qt
        upto = bisect.bisect_left(self._span_starts, self._offsets.from_qt(last))
        selected: list[QRectF] = []
        for span in self._spans[:upto]:
            qs, qe = to_qt(span.start), to_qt(span.end)
            if qe <= first:
                continue
            rects = self._segments(qs, qe)
            if span.id == self._selected_id:
                selected = rects
            pen = QPen(QColor(self._colour(span.label)))
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            if span.kind == EVENT:
                pen.setWidthF(3.0)
                offset = ascent + descent - 1.5
                if span.state == SUGGESTED:
                    pen.setDashPattern([2.0, 1.3])
            else:
                pen.setWidthF(1.5)
                offset = ascent + max(1.5, descent * 0.4)
                if span.state == SUGGESTED:
                    pen.setDashPattern([1.5, 1.5])
            painter.setPen(pen)
            for rect in rects:
                y = rect.top() + offset
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        if selected:
            pen = QPen(self.palette().text().color(), 2.0)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for rect in selected:
                painter.drawRoundedRect(rect.adjusted(-2.0, 0.5, 2.0, -0.5), 3.0, 3.0)
        self._paint_roles(painter, selected)
        painter.end()

    def _paint_roles(self, painter: QPainter, event_rects: list[QRectF]) -> None:
        """The selected event's roles: a connector from the event, an outline and a role tag."""
        links = list(self._role_links)
        if self._role_candidate is not None:
            links.append((*self._role_candidate, "picking"))
        if not links:
            return
        font = QFont(self.font())
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.55))
        font.setBold(True)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        anchor = event_rects[0].center() if event_rects else None
        for entity_id, role, state in links:
            span = self._by_id.get(entity_id)
            if span is None:
                continue
            rects = self._segments(self._offsets.to_qt(span.start), self._offsets.to_qt(span.end))
            if not rects:
                continue
            colour = readable(ROLE_COLOURS.get(role, FALLBACK_COLOUR), self.palette().base().color())
            pen = QPen(colour, 2.0)
            if state != "accepted":
                pen.setDashPattern([3.0, 2.0])
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if anchor is not None and state != "picking":
                faint = QPen(pen)
                faint.setWidthF(1.0)
                line_colour = QColor(colour)
                line_colour.setAlpha(110)
                faint.setColor(line_colour)
                painter.setPen(faint)
                painter.drawLine(anchor, rects[0].center())
            painter.setPen(pen)
            for rect in rects:
                painter.drawRoundedRect(rect.adjusted(-3.0, -1.0, 3.0, 1.0), 4.0, 4.0)
            text = role if state != "suggested" else f"{role}?"
            tag = QRectF(0, 0, metrics.horizontalAdvance(text) + 8, metrics.height() + 1)
            tag.moveBottomLeft(QPointF(rects[0].left() - 3.0, rects[0].top() + 0.35 * tag.height()))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour if state == "accepted" else self.palette().base().color())
            painter.drawRoundedRect(tag, 3.0, 3.0)
            painter.setPen(pen if state != "accepted" else QPen(QColor("#ffffff")))
            if state != "accepted":
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(tag, 3.0, 3.0)
                painter.setPen(colour)
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, text)

    # ---------------------------------------------------------------- helpers

    def _handles_key(self, event: QKeyEvent) -> bool:
        if event.modifiers() & _NO_HOTKEY_MODIFIERS:
            return False
        if event.key() in _DELETE_KEYS or event.key() in _ACCEPT_KEYS:
            return self._selected_id is not None
        if event.key() == Qt.Key.Key_Escape:
            return self._selected_id is not None or self.textCursor().hasSelection()
        text = event.text()
        return len(text) == 1 and text.lower() in self._hotkeys

    def _user_selects(self, span_id: str | None) -> None:
        self._selected_id = span_id
        self.viewport().update()
        self.span_selected.emit(span_id or "")

    def _store_spans(self, spans: Sequence[SpanRecord]) -> None:
        self._spans = sorted(spans, key=lambda span: (span.start, span.end))
        self._span_starts = [span.start for span in self._spans]
        self._by_id = {span.id: span for span in self._spans}

    def _colour(self, label: str) -> str:
        style = self._labels.get(label)
        colour = style.colour if style is not None else FALLBACK_COLOUR
        return readable(colour, self.palette().base().color()).name()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light/dark switch: recolour the spans
            self._formats.clear()
            self._render()

    def _format(self, span: SpanRecord) -> QTextCharFormat:
        key = (span.label, span.kind, span.state)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            colour = QColor(self._colour(span.label))
            if span.kind != EVENT:  # events are bold in the document itself, see _embolden
                suggested = span.state == SUGGESTED
                colour.setAlpha(_SUGGESTED_FILL_ALPHA if suggested else _ACCEPTED_FILL_ALPHA)
                fmt.setBackground(colour)
            self._formats[key] = fmt
        return fmt

    def _render(self) -> None:
        to_qt = self._offsets.to_qt
        self._embolden({(to_qt(s.start), to_qt(s.end)) for s in self._spans if s.kind == EVENT})
        self._render_fills()

    def _render_fills(self) -> None:
        """Fill colours as extra selections, only for the spans near the visible text: Qt goes
        through every extra selection of a block when painting it, and an article without
        paragraph breaks is a single block (2,000 spans cost 200 ms a paint)."""
        document = self.document()
        to_qt, from_qt = self._offsets.to_qt, self._offsets.from_qt
        first, last = self._visible_positions()
        low, high = from_qt(first) - _FILL_MARGIN, from_qt(last) + _FILL_MARGIN
        self._filled = (low, high)
        selections = []
        size = document.characterCount() - 1  # less than the spans need while the text is replaced
        for span in self._spans[:bisect.bisect_left(self._span_starts, high)]:
            if span.end <= low or to_qt(span.end) > size:
                continue
            cursor = QTextCursor(document)
            cursor.setPosition(to_qt(span.start))
            cursor.setPosition(to_qt(span.end), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[misc]
            selection.format = self._format(span)  # type: ignore[misc]
            selections.append(selection)
        self.setExtraSelections(selections)
        self.viewport().update()

    def _follow_scroll(self, *_args: object) -> None:
        """Fill the spans that scrolling (or a resize) brings near the visible text."""
        if not self._spans:
            return
        first, last = (self._offsets.from_qt(p) for p in self._visible_positions())
        low, high = self._filled
        near_edge = first < low + _FILL_MARGIN // 2 or last > high - _FILL_MARGIN // 2
        too_wide = high - low > last - first + 3 * _FILL_MARGIN  # e.g. filled before the first layout
        if near_edge or too_wide:
            self._render_fills()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._follow_scroll()

    def _embolden(self, ranges: set[tuple[int, int]]) -> None:
        """Make event text bold in the document (extra selections cannot change the font)."""
        removed = self._bold_ranges - ranges
        added = ranges - self._bold_ranges
        if not removed and not added:
            return
        # Ranges overlapping an un-bolded one must be bolded again.
        added |= {r for r in ranges if any(r[0] < e and s < r[1] for s, e in removed)}
        regular, bold = QTextCharFormat(), QTextCharFormat()
        regular.setFontWeight(QFont.Weight.Normal)
        bold.setFontWeight(QFont.Weight.Bold)
        cursor = QTextCursor(self.document())
        with QSignalBlocker(self):
            cursor.beginEditBlock()
            for formats, chosen in ((removed, regular), (added, bold)):
                for start, end in formats:
                    cursor.setPosition(start)
                    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                    cursor.mergeCharFormat(chosen)
            cursor.endEditBlock()
        self._bold_ranges = ranges

    def _visible_positions(self) -> tuple[int, int]:
        """Document positions of the first and last visible lines (not whole blocks: an article
        without paragraph breaks is one block, and painting all of its spans was far too slow)."""
        viewport = self.viewport()
        top = self.cursorForPosition(QPoint(0, 0))
        top.movePosition(QTextCursor.MoveOperation.StartOfLine)
        bottom = self.cursorForPosition(QPoint(viewport.width(), viewport.height()))
        bottom.movePosition(QTextCursor.MoveOperation.EndOfLine)
        return top.position(), min(bottom.position() + 1, self.document().characterCount())

    def _segments(self, qs: int, qe: int) -> list[QRectF]:
        """Viewport rectangles, one per visual line, covering document positions [qs, qe)."""
        rects: list[QRectF] = []
        offset = self.contentOffset()
        block: QTextBlock = self.document().findBlock(qs)
        while block.isValid() and block.position() < qe:
            geometry = self.blockBoundingGeometry(block).translated(offset)
            layout = block.layout()
            base = block.position()
            # Begin at the line holding qs: a long block has hundreds of lines.
            first_line = layout.lineForTextPosition(qs - base).lineNumber() if qs > base else 0
            for i in range(max(0, first_line), layout.lineCount()):
                line = layout.lineAt(i)
                if base + line.textStart() >= qe:
                    break
                start = max(qs, base + line.textStart())
                end = min(qe, base + line.textStart() + line.textLength())
                if start >= end:
                    continue
                x1 = _line_x(line, start - base)
                x2 = _line_x(line, end - base)
                rects.append(
                    QRectF(geometry.left() + x1, geometry.top() + line.y(), x2 - x1, line.height())
                )
            block = block.next()
        return rects

    def _char_at(self, point: QPoint) -> int | None:
        """The character under a viewport point, or None over margins and line ends."""
        position = self.cursorForPosition(point).position()
        target = QPointF(point)
        for candidate in (position, position - 1):
            if candidate < 0 or candidate >= self.document().characterCount() - 1:
                continue
            for rect in self._segments(candidate, candidate + 1):
                if rect.adjusted(-0.5, 0, 0.5, 0).contains(target):
                    return self._offsets.from_qt(candidate)
        return None
