"""Changing an event mention's roles (SOURCE, TARGET, PLACE, TIME), each change logged."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from models.articles import mark_in_progress
from models.changelog import log_change
from models.db import session
from models.errors import EditError
from models.records import RoleRow
from models.schema import Mention, Role, database

ROLE_LABELS = ("SOURCE", "TARGET", "PLACE", "TIME")


@dataclass(frozen=True)
class RoleEdit:
    """The result of setting a role: the new link and the link of the same pair it replaced."""

    role: RoleRow
    replaced: tuple[RoleRow, ...]
    article_id: int


def _row(role: Role) -> RoleRow:
    return RoleRow(role.uid, role.event.uid, role.entity.uid, role.label, role.origin, role.state)


def _mention(uid: str, kind: str) -> Mention:
    mention = Mention.get_or_none(Mention.uid == uid)
    if mention is None:
        raise EditError(f"span {uid} does not exist")
    if mention.kind != kind:
        raise EditError(f"“{mention.text}” is an {mention.kind} mention, not an {kind} mention")
    return mention


def list_event_roles(event_uid: str) -> list[RoleRow]:
    """The roles of one event mention, in the order they were added."""
    event = Mention.get_or_none(Mention.uid == event_uid)
    if event is None:
        return []
    return [_row(r) for r in Role.select().where(Role.event == event.id).order_by(Role.id)]


def add_role(
    event_uid: str, entity_uid: str, label: str, *,
    origin: str = "manual", state: str = "accepted", uid: str | None = None,
) -> RoleEdit:
    """Link an entity to an event; an entity has one role per event, so an old one is replaced."""
    if label not in ROLE_LABELS:
        raise EditError(f"unknown role {label!r}; roles are {', '.join(ROLE_LABELS)}")
    with database.atomic():
        event = _mention(event_uid, "event")
        entity = _mention(entity_uid, "entity")
        if event.article_id != entity.article_id:
            raise EditError("a role links an event to an entity of the same article")
        old = list(Role.select().where((Role.event == event.id) & (Role.entity == entity.id)))
        replaced = tuple(_row(r) for r in old)
        for role, row in zip(old, replaced, strict=True):
            role.delete_instance()
            log_change("delete", "role", row.id, event.article_id, before=row)
        fields = {"event": event, "entity": entity, "label": label, "origin": origin, "state": state,
                  "annotator": session.annotator_id}
        if uid:
            fields["uid"] = uid
        row = _row(Role.create(**fields))
        mark_in_progress(event.article_id)
        log_change("add", "role", row.id, event.article_id, after=row)
    return RoleEdit(row, replaced, event.article_id)


def delete_role(uid: str) -> RoleRow:
    """Remove a link; returns it so that ``restore_roles`` can put it back."""
    with database.atomic():
        role = Role.get_or_none(Role.uid == uid)
        if role is None:
            raise EditError(f"role {uid} does not exist")
        row = _row(role)
        article_id = role.event.article_id
        role.delete_instance()
        mark_in_progress(article_id)
        log_change("delete", "role", uid, article_id, before=row)
    return row


def set_role_states(uids: Sequence[str], state: str) -> list[RoleRow]:
    """Set the state of many roles in one transaction; returns the rows as they were before."""
    before: list[RoleRow] = []
    with database.atomic():
        for uid in uids:
            role = Role.get_or_none(Role.uid == uid)
            if role is None:
                raise EditError(f"role {uid} does not exist")
            row = _row(role)
            before.append(row)
            if role.state != state:
                Role.update(state=state).where(Role.id == role.id).execute()
                log_change("update", "role", uid, role.event.article_id, before=row,
                           after=replace(row, state=state))
                mark_in_progress(role.event.article_id)
    return before


def accept_role(uid: str) -> RoleRow:
    """Accept a suggested role; returns the row as it was."""
    return set_role_states([uid], "accepted")[0]


def restore_roles(rows: Sequence[RoleRow]) -> None:
    """Put deleted links back with their ids, origin and state (undo of a delete or a replace)."""
    with database.atomic():
        for row in rows:
            if Role.select().where(Role.uid == row.id).exists():
                continue
            event = _mention(row.event, "event")
            entity = _mention(row.entity, "entity")
            Role.create(uid=row.id, event=event, entity=entity, label=row.label, origin=row.origin,
                        state=row.state, annotator=session.annotator_id)
            log_change("restore", "role", row.id, event.article_id, after=row)


def suggested_role_ids(article_id: int) -> list[str]:
    """Ids of the article's roles still waiting for review."""
    return [uid for (uid,) in Role.select(Role.uid).join(Mention, on=(Role.event == Mention.id))
            .where((Mention.article == article_id) & (Role.state == "suggested")).tuples()]
