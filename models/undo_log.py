"""Each annotator's undo stack on disk, so undo and redo survive closing the project.

The log mirrors a QUndoStack: entries in order, the undone ones at the end form the redo tail,
a new entry drops that tail, and only the newest UNDO_DEPTH entries are kept.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from peewee import fn

from models.db import session
from models.errors import ProjectError
from models.schema import Annotator, UndoEntry, database

UNDO_DEPTH = 200


@dataclass(frozen=True)
class UndoRecord:
    """One stored command: enough for desktop/commands.py to rebuild it."""

    id: int
    position: int
    text: str
    kind: str
    payload: dict[str, Any]
    undone: bool


def _annotator_id() -> int:
    if session.annotator_id is None:
        raise ProjectError("no project is open, so there is no undo log")
    return session.annotator_id


def _dump(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True)


def append(kind: str, text: str, payload: dict[str, Any], depth: int = UNDO_DEPTH) -> int:
    """Add the current annotator's newest command; drops the redo tail and all beyond depth."""
    annotator = _annotator_id()
    mine = UndoEntry.annotator == annotator
    with database.atomic():
        UndoEntry.delete().where(mine & UndoEntry.undone).execute()
        last = UndoEntry.select(fn.MAX(UndoEntry.position)).where(mine).scalar()
        position = 0 if last is None else last + 1
        entry = UndoEntry.create(annotator=annotator, position=position, text=text, kind=kind,
                                 payload=_dump(payload))
        UndoEntry.delete().where(mine & (UndoEntry.position <= position - depth)).execute()
    return entry.id


def mark(entry_id: int, undone: bool, payload: dict[str, Any] | None = None,
         text: str | None = None) -> None:
    """Record an undo (undone=True) or a redo; a redo may bring the payload it captured anew."""
    fields: dict[Any, Any] = {UndoEntry.undone: undone}
    if payload is not None:
        fields[UndoEntry.payload] = _dump(payload)
    if text is not None:
        fields[UndoEntry.text] = text
    with database.atomic():
        UndoEntry.update(fields).where(UndoEntry.id == entry_id).execute()


def drop(entry_id: int) -> None:
    """Forget a command that can no longer be undone or redone (the data changed underneath)."""
    with database.atomic():
        UndoEntry.delete().where(UndoEntry.id == entry_id).execute()


def load_stack(annotator: str | None = None, depth: int = UNDO_DEPTH) -> list[UndoRecord]:
    """The annotator's newest entries (the current annotator's by default), oldest first."""
    name = annotator if annotator is not None else session.annotator_name
    row = Annotator.get_or_none(Annotator.name == name) if name else None
    if row is None:
        return []
    query = (UndoEntry.select().where(UndoEntry.annotator == row.id)
             .order_by(UndoEntry.position.desc()).limit(depth))
    return [UndoRecord(e.id, e.position, e.text, e.kind, json.loads(e.payload), bool(e.undone))
            for e in reversed(list(query))]


def undo_index(stack: list[UndoRecord]) -> int:
    """How many entries are done: the stack's index. Anything after the first undone entry is undone."""
    return next((i for i, entry in enumerate(stack) if entry.undone), len(stack))


def retain(entry_ids: set[int]) -> None:
    """Drop the current annotator's entries not in entry_ids (after the stack merged or dropped some)."""
    with database.atomic():
        (UndoEntry.delete()
         .where((UndoEntry.annotator == _annotator_id()) & UndoEntry.id.not_in(list(entry_ids)))
         .execute())
