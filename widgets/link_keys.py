"""Linking keys in the article view: with an event mention selected, link it without leaving the text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

from widgets.article_view import ArticleView
from widgets.records import EVENT

_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
_CTRL = Qt.KeyboardModifier.ControlModifier
_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | \
    Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.MetaModifier

# (key, modifiers) -> the signal's name. U and V are no label's hotkey; Space, arrows and
# Ctrl+Backspace do nothing useful in read-only text while a span is selected.
KEYS: dict[tuple[Qt.Key, Qt.KeyboardModifier], str] = {
    (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier): "assign_requested",
    (Qt.Key.Key_Space, _CTRL): "new_card_requested",
    (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier): "next_requested",
    (Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier): "previous_requested",
    (Qt.Key.Key_Backspace, _CTRL): "reject_requested",
    (Qt.Key.Key_U, Qt.KeyboardModifier.NoModifier): "unlink_requested",
    (Qt.Key.Key_V, Qt.KeyboardModifier.NoModifier): "compare_requested",
}


class LinkKeys(QObject):
    """Watches an ArticleView; while an event mention is selected, the linking keys emit these signals.

    Signals (each with the selected event mention's id):
        assign_requested: Space, link to the current candidate.
        new_card_requested: Ctrl+Space, start a new card from the mention.
        next_requested / previous_requested: Down / Up, move between candidates.
        reject_requested: Ctrl+Backspace, the current candidate is not this event.
        unlink_requested: U, take the mention out of its card.
        compare_requested: V, the mention's article and the current candidate's side by side.
    """

    assign_requested = Signal(str)
    new_card_requested = Signal(str)
    next_requested = Signal(str)
    previous_requested = Signal(str)
    reject_requested = Signal(str)
    unlink_requested = Signal(str)
    compare_requested = Signal(str)

    def __init__(self, view: ArticleView, active: object = None) -> None:
        super().__init__(view)
        self._view = view
        # A callable saying whether linking keys apply now (e.g. not while picking a role).
        self._active = active if callable(active) else (lambda: True)
        view.installEventFilter(self)

    def _signal_for(self, event: QKeyEvent) -> str | None:
        span = self._view.span(self._view.selected_span_id())
        if span is None or span.kind != EVENT or not self._active():
            return None
        mods = event.modifiers() & _MODIFIERS
        return KEYS.get((Qt.Key(event.key()), mods))  # type: ignore[call-overload]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _KEY_EVENTS and isinstance(event, QKeyEvent):
            name = self._signal_for(event)
            if name is not None:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    getattr(self, name).emit(self._view.selected_span_id())
                return True
        return super().eventFilter(watched, event)
