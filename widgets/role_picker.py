"""Picking an event's roles in the article view from the keyboard or with the mouse."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent

from widgets.article_view import ArticleView
from widgets.records import ENTITY, EVENT

# Shift+letter with an event selected; plain letters stay label hotkeys (S is SUPPORT, T THREATEN...).
ROLE_KEYS: dict[Qt.Key, str] = {
    Qt.Key.Key_S: "SOURCE", Qt.Key.Key_T: "TARGET", Qt.Key.Key_P: "PLACE", Qt.Key.Key_W: "TIME",
}
ROLE_KEY_NAMES = {role: f"Shift+{key.name[-1]}" for key, role in ROLE_KEYS.items()}
_ACCEPT = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
_MOUSE_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease)


class RolePicker(QObject):
    """Watches an ArticleView: with an event selected, Shift+S/T/P/W starts picking that role.

    While picking, Tab and Shift+Tab walk through the entities (the nearest one after the event
    comes first), Enter or a click on an entity chooses it, Escape cancels. Ctrl+click on an
    entity while an event is selected asks to cycle that entity's role. Shift+Enter on an event
    asks to accept its suggested roles.

    Signals:
        role_requested(str event_id, str entity_id, str role): the user chose an entity for a role.
        cycle_requested(str event_id, str entity_id): Ctrl+click on an entity.
        accept_roles_requested(str event_id): Shift+Enter with an event selected.
        picking_changed(str role): picking started for role, or "" when it ended.
    """

    role_requested = Signal(str, str, str)
    cycle_requested = Signal(str, str)
    accept_roles_requested = Signal(str)
    picking_changed = Signal(str)

    def __init__(self, view: ArticleView) -> None:
        super().__init__(view)
        self._view = view
        self._role = ""
        self._event_id = ""
        self._entities: list[str] = []
        self._index = 0
        self._ctrl_press = QPoint(-1, -1)
        self._viewport = view.viewport()
        view.installEventFilter(self)
        self._viewport.installEventFilter(self)
        view.span_selected.connect(self._span_selected)

    def picking(self) -> str:
        """The role being picked, or ""."""
        return self._role

    def start(self, role: str) -> bool:
        """Start picking role for the selected event; False when no event is selected."""
        event = self._selected_event()
        entities = [s for s in self._view.span_records() if s.kind == ENTITY]
        if event is None or not entities:
            return False
        after = [i for i, s in enumerate(entities) if s.start >= event.end]
        self._role, self._event_id = role, event.id
        self._entities = [s.id for s in entities]
        self._index = after[0] if after else len(entities) - 1
        self._view.set_role_candidate(self._entities[self._index], role)
        self.picking_changed.emit(role)
        return True

    def _span_selected(self, _span_id: str) -> None:
        self.cancel()

    def cancel(self) -> None:
        if self._role:
            self._role = ""
            self._view.set_role_candidate(None)
            self.picking_changed.emit("")

    def _selected_event(self):  # type: ignore[no-untyped-def]
        span = self._view.span(self._view.selected_span_id())
        return span if span is not None and span.kind == EVENT else None

    def _choose(self, entity_id: str) -> None:
        event_id, role = self._event_id, self._role
        self.cancel()
        self.role_requested.emit(event_id, entity_id, role)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _KEY_EVENTS and isinstance(event, QKeyEvent) and watched is self._view:
            handled = self._key(event, press=kind == QEvent.Type.KeyPress)
            if handled:
                event.accept()
            return handled
        if kind in _MOUSE_EVENTS and isinstance(event, QMouseEvent) and watched is self._viewport:
            return self._mouse(event)
        return False

    def _key(self, event: QKeyEvent, *, press: bool) -> bool:
        key = Qt.Key(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self._role:
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                if press:
                    step = -1 if key == Qt.Key.Key_Backtab else 1
                    self._index = (self._index + step) % len(self._entities)
                    self._view.set_role_candidate(self._entities[self._index], self._role)
                return True
            if key in _ACCEPT:
                if press:
                    self._choose(self._entities[self._index])
                return True
            if key == Qt.Key.Key_Escape:
                if press:
                    self.cancel()
                return True
        if mods == Qt.KeyboardModifier.ShiftModifier and self._selected_event() is not None:
            if key in ROLE_KEYS:
                if press:
                    self.start(ROLE_KEYS[key])
                return True
            if key in _ACCEPT:
                if press:
                    self.accept_roles_requested.emit(self._view.selected_span_id() or "")
                return True
        return False

    def _entity_at(self, point: QPoint) -> str | None:
        char = self._view.char_at(point)
        found = [s for s in self._view.spans_at(char) if s.kind == ENTITY] if char is not None else []
        return found[0].id if found else None

    def _mouse(self, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        point = event.position().toPoint()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if event.type() == QEvent.Type.MouseButtonPress:
            entity = self._entity_at(point)
            if entity and (self._role or (ctrl and self._selected_event() is not None)):
                self._ctrl_press = point
                return True  # keep the event selected: the view must not see this click
            self._ctrl_press = QPoint(-1, -1)
            return False
        if event.type() == QEvent.Type.MouseButtonRelease and self._ctrl_press != QPoint(-1, -1):
            self._ctrl_press = QPoint(-1, -1)
            entity = self._entity_at(point)
            if entity is None:
                return True
            if self._role:
                self._choose(entity)
            elif (chosen := self._selected_event()) is not None:
                self.cycle_requested.emit(chosen.id, entity)
            return True
        return False
