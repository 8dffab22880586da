"""Undoable changes to an event's roles; each goes through models.roles and reports what changed."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.commands import OnChange, OnError, SpanCommand
from models import roles
from models.records import Changes, RoleRow, SpanRow
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

    def __init__(self, event: SpanRow, entity: SpanRow, role: str, on_change: OnChange,
                 on_error: OnError) -> None:
        super().__init__(f"Set {role} of {event.label} → “{_short(entity.text)}”", event.article_id,
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


class DeleteRoleCommand(RoleCommand):
    def __init__(self, role: RoleRow, article_id: int, entity_text: str, on_change: OnChange,
                 on_error: OnError) -> None:
        verb = "Reject" if role.state == "suggested" else "Remove"
        super().__init__(f"{verb} {role.label} “{_short(entity_text)}”", article_id, role.event,
                         on_change, on_error)
        self._role = role

    def apply(self) -> str | None:
        roles.delete_role(self._role.id)
        return self.event_id

    def revert(self) -> str | None:
        roles.restore_roles([self._role])
        return self.event_id


class AcceptRolesCommand(RoleCommand):
    """Accept suggested roles of one event; undo makes them suggestions again."""

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


def _short(text: str, limit: int = 24) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
