"""Undoable changes to an event's roles; each goes through models.roles and reports what changed."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.commands import COMMANDS, OnChange, OnError, Payload, SpanCommand, short_text
from models import roles
from models.records import Changes, RoleRow, SpanRow
from models.records_json import role_from_json, role_to_json
from models.schema import new_uid


class RoleCommand(SpanCommand):
    """Base: a role change touches the article's row (its status) but not its spans."""

    def __init__(self, text: str, article_id: int, event_id: str, on_change: OnChange,
                 on_error: OnError) -> None:
        super().__init__(text, article_id, on_change, on_error)
        self.event_id = event_id  # selected again after redo and undo, so the roles stay in view

    def _changes(self) -> Changes:
        return Changes(frozenset({self.article_id}), articles=True)


class SetRoleCommand(RoleCommand):
    """Make an entity a role of an event (replacing the entity's other role of that event)."""

    KIND = "set_role"

    def __init__(self, event: SpanRow, entity: SpanRow, role: str, on_change: OnChange,
                 on_error: OnError) -> None:
        super().__init__(f"Set {role} of {event.label} → “{short_text(entity.text)}”", event.article_id,
                         event.id, on_change, on_error)
        self._args = (event.id, entity.id, role)
        self._uid = new_uid()
        self._replaced: tuple[RoleRow, ...] = ()

    def apply(self) -> str | None:
        event_id, entity_id, role = self._args
        self._replaced = roles.add_role(event_id, entity_id, role, uid=self._uid).replaced
        return self.event_id

    def revert(self) -> str | None:
        roles.delete_role(self._uid)
        roles.restore_roles(self._replaced)
        return self.event_id

    def to_payload(self) -> Payload:
        event_id, entity_id, role = self._args
        return {"article_id": self.article_id, "event": event_id, "entity": entity_id, "role": role,
                "uid": self._uid, "replaced": [role_to_json(r) for r in self._replaced]}

    @classmethod
    def from_payload(cls, payload: Payload, text: str, on_change: OnChange,
                     on_error: OnError) -> SetRoleCommand:
        cmd = cls.__new__(cls)
        RoleCommand.__init__(cmd, text, payload["article_id"], payload["event"], on_change, on_error)
        cmd._args = (payload["event"], payload["entity"], payload["role"])
        cmd._uid = payload["uid"]
        cmd._replaced = tuple(role_from_json(r) for r in payload["replaced"])
        return cmd


class DeleteRoleCommand(RoleCommand):
    KIND = "delete_role"

    def __init__(self, role: RoleRow, article_id: int, entity_text: str, on_change: OnChange,
                 on_error: OnError) -> None:
        verb = "Reject" if role.state == "suggested" else "Remove"
        super().__init__(f"{verb} {role.label} “{short_text(entity_text)}”", article_id, role.event,
                         on_change, on_error)
        self._role = role

    def apply(self) -> str | None:
        roles.delete_role(self._role.id)
        return self.event_id

    def revert(self) -> str | None:
        roles.restore_roles([self._role])
        return self.event_id

    def to_payload(self) -> Payload:
        return {"article_id": self.article_id, "role": role_to_json(self._role)}

    @classmethod
    def from_payload(cls, payload: Payload, text: str, on_change: OnChange,
                     on_error: OnError) -> DeleteRoleCommand:
        role = role_from_json(payload["role"])
        cmd = cls(role, payload["article_id"], "", on_change, on_error)
        cmd.setText(text)
        return cmd


class AcceptRolesCommand(RoleCommand):
    """Accept suggested roles of one event; undo makes them suggestions again."""

    KIND = "accept_roles"

    def __init__(self, role_ids: Sequence[str], article_id: int, event_id: str,
                 on_change: OnChange, on_error: OnError) -> None:
        text = "Accept role" if len(role_ids) == 1 else f"Accept {len(role_ids)} roles"
        super().__init__(text, article_id, event_id, on_change, on_error)
        self._ids = list(role_ids)

    def apply(self) -> str | None:
        roles.set_role_states(self._ids, "accepted")
        return self.event_id

    def revert(self) -> str | None:
        roles.set_role_states(self._ids, "suggested")
        return self.event_id

    def to_payload(self) -> Payload:
        return {"article_id": self.article_id, "event": self.event_id, "ids": self._ids}

    @classmethod
    def from_payload(cls, payload: Payload, text: str, on_change: OnChange,
                     on_error: OnError) -> AcceptRolesCommand:
        cmd = cls(payload["ids"], payload["article_id"], payload["event"], on_change, on_error)
        cmd.setText(text)
        return cmd


# Role changes are kept in the undo log too, so they can be undone after a restart.
COMMANDS.update({cls.KIND: cls for cls in (SetRoleCommand, DeleteRoleCommand, AcceptRolesCommand)})

