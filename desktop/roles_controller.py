"""Event roles in the window: wires the role picker and the roles panel to undoable commands.

Enter on an event accepts the event only: a correct trigger says nothing about whether the proposed
SOURCE or TARGET is right. Its suggested roles are accepted with Shift+Enter, the ✓ in the panel,
or by picking the suggested entity again (Shift+S, Enter).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.role_commands import AcceptRolesCommand, DeleteRoleCommand, SetRoleCommand
from models import roles, spans
from models.errors import EditError
from models.records import RoleRow
from widgets.role_picker import RolePicker
from widgets.roles_panel import ROLES, RoleItem

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

ROLE_ACTIONS = {"role.source": "SOURCE", "role.target": "TARGET", "role.place": "PLACE",
                "role.time": "TIME"}


class RolesController(QObject):
    """Shows the selected event's roles in the panel and the view, and turns picks into commands."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view = window.review.view
        self.panel = window.review.roles
        self.picker = RolePicker(self.view)
        self._event_id = ""
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.window.review.span_shown.connect(self.show_roles)
        self.picker.role_requested.connect(self.set_role)
        self.picker.cycle_requested.connect(self.cycle_role)
        self.picker.accept_roles_requested.connect(self.accept_roles)
        self.picker.picking_changed.connect(self._picking_changed)
        self.panel.pick_requested.connect(self.pick)
        self.panel.accept_requested.connect(lambda uid: self._accept([uid]))
        self.panel.remove_requested.connect(self.remove_role)
        actions = self.window.actions
        for action_id, role in ROLE_ACTIONS.items():
            if action_id in actions:
                actions[action_id].triggered.connect(lambda _=False, r=role: self.pick(r))  # type: ignore[attr-defined]
        if "role.accept" in actions:
            actions["role.accept"].triggered.connect(  # type: ignore[attr-defined]
                lambda: self.accept_roles(self._event_id))

    # -- showing -------------------------------------------------------------------------------

    def show_roles(self, span_id: str) -> None:
        """Show the roles of span_id if it is an event, else clear the panel and the links."""
        span = self.view.span(span_id)
        if span is None or span.kind != "event":
            self._event_id = ""
            self.panel.set_event(None, [])
            self.view.set_role_links([])
            return
        self._event_id = span.id
        rows = roles.list_event_roles(span.id)
        texts = {s.id: s for s in spans.list_spans(self.window.current_article or 0)}
        items = [RoleItem(r.id, r.label, r.entity, texts[r.entity].text, texts[r.entity].label,
                          r.state) for r in rows if r.entity in texts]
        items.sort(key=lambda item: (ROLES.index(item.role), texts[item.entity_id].start))
        event = texts.get(span.id)
        title = f"{span.label} “{event.text if event else ''}”"
        self.panel.set_event(title, items, self.picker.picking())
        self.view.set_role_links([(r.entity, r.label, r.state) for r in rows])

    def _picking_changed(self, role: str) -> None:
        self.show_roles(self._event_id)
        if role:
            self.window.statusBar().showMessage(
                f"Pick the {role}: Tab to an entity and press Enter, or click it. Esc cancels.")
        else:
            self.window.statusBar().clearMessage()

    # -- changing ------------------------------------------------------------------------------

    def pick(self, role: str) -> None:
        self.view.setFocus()
        if self.picker.picking() == role:
            self.picker.cancel()
        elif not self.picker.start(role):
            self.window.show_error("Select an event first (click its trigger or Tab to it); "
                                   "the article needs entities to pick from.")

    def _roles_of(self, event_id: str) -> list[RoleRow]:
        return roles.list_event_roles(event_id)

    def set_role(self, event_id: str, entity_id: str, role: str) -> None:
        if self.window.editing_refused():
            return
        current = next((r for r in self._roles_of(event_id) if r.entity == entity_id), None)
        if current is not None and current.label == role:
            if current.state == "suggested":
                self._accept([current.id])
            else:
                self.window.show_error(f"That entity already is the {role} of this event.")
            return
        try:
            event, entity = spans.get_span(event_id), spans.get_span(entity_id)
        except EditError as exc:
            self.window.show_error(str(exc))
            return
        self.window.undo_stack.push(SetRoleCommand(event, entity, role, self.window.apply_changes,
                                                   self.window.show_error))

    def cycle_role(self, event_id: str, entity_id: str) -> None:
        """No role → SOURCE → TARGET → PLACE → TIME → no role."""
        current = next((r for r in self._roles_of(event_id) if r.entity == entity_id), None)
        if current is None:
            self.set_role(event_id, entity_id, ROLES[0])
        elif current.label in ROLES[:-1]:
            self.set_role(event_id, entity_id, ROLES[ROLES.index(current.label) + 1])
        else:
            self.remove_role(current.id)

    def remove_role(self, role_id: str) -> None:
        if self.window.editing_refused():
            return
        role = next((r for r in self._roles_of(self._event_id) if r.id == role_id), None)
        if role is None or self.window.current_article is None:
            return
        try:
            text = spans.get_span(role.entity).text
        except EditError:
            text = role.label
        self.window.undo_stack.push(DeleteRoleCommand(
            role, self.window.current_article, text,
            self.window.apply_changes, self.window.show_error))

    def accept_roles(self, event_id: str) -> None:
        suggested = [r.id for r in self._roles_of(event_id) if r.state == "suggested"]
        if not event_id:
            self.window.show_error("Select an event first.")
        elif not suggested:
            self.window.show_error("This event has no suggested roles left to accept.")
        else:
            self._accept(suggested)

    def _accept(self, role_ids: list[str]) -> None:
        if self.window.editing_refused():
            return
        if self.window.current_article is not None and self._event_id:
            self.window.undo_stack.push(AcceptRolesCommand(
                role_ids, self.window.current_article, self._event_id, self.window.apply_changes,
                self.window.show_error))
