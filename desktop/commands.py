"""Undoable edits: each QUndoCommand changes the project through models/ and reports what changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Protocol

from PySide6.QtGui import QUndoCommand

from models import articles, roles, spans
from models.errors import EditError
from models.records import Changes, SpanRow
from models.records_json import deleted_from_json, deleted_to_json, span_from_json, span_to_json
from models.schema import database, new_uid

# on_change(changes, article_id, span_to_select): the window refreshes what the change touched.
OnChange = Callable[[Changes, int, str | None], None]
OnError = Callable[[str], None]
Payload = dict[str, Any]


class Journal(Protocol):
    """Told of every undo and redo after the first, inside the same transaction (desktop.undo_history)."""

    def redone(self, command: SpanCommand) -> None: ...
    def undone(self, command: SpanCommand) -> None: ...
    def refused(self, command: SpanCommand) -> None: ...


class SpanCommand(QUndoCommand):
    """Base: runs a change; a change the data layer refuses is reported and leaves no undo entry.

    A refused undo or redo (the data changed underneath) is rolled back, reported, and the command
    becomes obsolete, so QUndoStack drops it. Each command turns into a JSON payload and back
    (to_payload / from_payload), so the undo stack can be rebuilt after a restart.
    """

    KIND: ClassVar[str] = ""

    def __init__(self, text: str, article_id: int, on_change: OnChange, on_error: OnError) -> None:
        super().__init__(text)
        self.article_id = article_id
        self._on_change = on_change
        self._on_error = on_error
        self.journal: Journal | None = None
        self.entry_id: int | None = None  # its row in the undo log, once recorded
        self.refused = False  # a Python flag: Qt deletes an obsolete command's C++ side
        self._skip_redo = False
        self._skip_undo = False

    def restored(self, undone: bool) -> None:
        """Rebuilt from the log: the data already shows it, so the stack's next redo (and undo,
        for a command that was undone) only moves the stack's index."""
        self._skip_redo = True
        self._skip_undo = undone

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        try:
            with database.atomic():
                select = self.apply()
                if self.journal is not None:
                    self.journal.redone(self)
        except EditError as exc:
            self._refuse(str(exc), "redo")
            return
        self._on_change(self._changes(), self.article_id, select)

    def undo(self) -> None:
        if self._skip_undo:
            self._skip_undo = False
            return
        try:
            with database.atomic():
                select = self.revert()
                if self.journal is not None:
                    self.journal.undone(self)
        except EditError as exc:
            self._refuse(str(exc), "undo")
            return
        self._on_change(self._changes(), self.article_id, select)

    def _refuse(self, message: str, verb: str) -> None:
        self.setObsolete(True)
        self.refused = True
        if self.journal is not None:
            self._on_error(f"Cannot {verb} “{self.text()}”: {message}")
            self.journal.refused(self)
        else:
            self._on_error(message)

    def to_payload(self) -> Payload:
        """What undo and redo need, as plain JSON; valid once the command has been applied."""
        raise NotImplementedError

    @classmethod
    def from_payload(cls, payload: Payload, text: str, on_change: OnChange,
                     on_error: OnError) -> SpanCommand:
        raise NotImplementedError

    def _changes(self) -> Changes:
        return Changes(frozenset({self.article_id}), articles=True, spans=True)

    def apply(self) -> str | None:
        raise NotImplementedError

    def revert(self) -> str | None:
        raise NotImplementedError


class AddSpanCommand(SpanCommand):
    KIND = "add_span"

    def __init__(self, article_id: int, start: int, end: int, label: str,
                 on_change: OnChange, on_error: OnError) -> None:
        super().__init__(f"Add {label}", article_id, on_change, on_error)
        self._args = (start, end, label)
        self._uid = new_uid()  # the same id on every redo, so later commands still find the span
        self._replaced: tuple[spans.DeletedSpan, ...] = ()

    def apply(self) -> str | None:
        start, end, label = self._args
        edit = spans.add_span(self.article_id, start, end, label, uid=self._uid)
        self._replaced = edit.replaced
        self.setText(f"Add {label} “{short_text(edit.span.text)}”")
        return self._uid

    def revert(self) -> str | None:
        spans.delete_span(self._uid)
        spans.restore_spans(self._replaced)
        return self._replaced[0].span.id if self._replaced else None

    def to_payload(self) -> Payload:
        start, end, label = self._args
        return {"article_id": self.article_id, "start": start, "end": end, "label": label,
                "uid": self._uid, "replaced": [deleted_to_json(d) for d in self._replaced]}

    @classmethod
    def from_payload(cls, payload: Payload, text: str, on_change: OnChange,
                     on_error: OnError) -> AddSpanCommand:
        cmd = cls(payload["article_id"], payload["start"], payload["end"], payload["label"],
                  on_change, on_error)
        cmd.setText(text)
        cmd._uid = payload["uid"]
        cmd._replaced = tuple(deleted_from_json(d) for d in payload["replaced"])
        return cmd


class DeleteSpanCommand(SpanCommand):
    KIND = "delete_span"

    def __init__(self, span: SpanRow, on_change: OnChange, on_error: OnError) -> None:
        verb = "Reject" if span.state == "suggested" else "Delete"
        super().__init__(f"{verb} {span.label} “{short_text(span.text)}”", span.article_id,
                         on_change, on_error)
        self._uid = span.id
        self._deleted: spans.DeletedSpan | None = None

    def apply(self) -> str | None:
        self._deleted = spans.delete_span(self._uid)
        return None

    def revert(self) -> str | None:
        assert self._deleted is not None
        spans.restore_spans([self._deleted])
        return self._uid

    def to_payload(self) -> Payload:
        assert self._deleted is not None
        return {"deleted": deleted_to_json(self._deleted)}

    @classmethod
    def from_payload(cls, payload: Payload, text: str, on_change: OnChange,
                     on_error: OnError) -> DeleteSpanCommand:
        deleted = deleted_from_json(payload["deleted"])
        cmd = cls(deleted.span, on_change, on_error)
        cmd.setText(text)
        cmd._deleted = deleted
        return cmd


class UpdateSpanCommand(SpanCommand):
    """Relabel, accept or move a span; undo puts every field back."""

    KIND = "update_span"

    def __init__(self, text: str, span: SpanRow, fields: dict[str, object],
                 on_change: OnChange, on_error: OnError) -> None:
        super().__init__(text, span.article_id, on_change, on_error)
        self._uid = span.id
        self._fields = fields
        self._before: SpanRow | None = None

    def apply(self) -> str | None:
        self._before, _ = spans.update_span(self._uid, **self._fields)
        return self._uid

    def revert(self) -> str | None:
        b = self._before
        assert b is not None
        spans.update_span(self._uid, start=b.start, end=b.end, label=b.label, state=b.state,
                          origin=b.origin)
        return self._uid

    def to_payload(self) -> Payload:
        assert self._before is not None
        return {"fields": self._fields, "before": span_to_json(self._before)}

    @classmethod
    def from_payload(cls, payload: Payload, text: str, on_change: OnChange,
                     on_error: OnError) -> UpdateSpanCommand:
        before = span_from_json(payload["before"])
        cmd = cls(text, before, dict(payload["fields"]), on_change, on_error)
        cmd._before = before
        return cmd


def relabel_command(span: SpanRow, label: str, on_change: OnChange,
                    on_error: OnError) -> UpdateSpanCommand:
    # Relabelling a suggestion makes it the annotator's: accepted and manual.
    return UpdateSpanCommand(f"Relabel {span.label} → {label}", span,
                             {"label": label, "state": "accepted", "origin": "manual"},
                             on_change, on_error)


def bounds_command(span: SpanRow, start: int, end: int, on_change: OnChange,
                   on_error: OnError) -> UpdateSpanCommand:
    # Moving a suggestion's boundary makes it the annotator's, like a relabel.
    return UpdateSpanCommand(f"Resize {span.label} “{short_text(span.text)}”", span,
                             {"start": start, "end": end, "state": "accepted", "origin": "manual"},
                             on_change, on_error)


class AcceptAllCommand(SpanCommand):
    KIND = "accept_all"

    def __init__(self, article_id: int, on_change: OnChange, on_error: OnError) -> None:
        super().__init__("Accept all suggestions", article_id, on_change, on_error)
        self._accepted: list[str] = []

    def apply(self) -> str | None:
        self._accepted = spans.accept_suggestions(self.article_id)
        if not self._accepted:
            raise EditError("This article has no suggestions left to accept.")
        self.setText(f"Accept {len(self._accepted)} suggestions")
        return None

    def revert(self) -> str | None:
        spans.set_states(self._accepted, "suggested")
        return None

    def to_payload(self) -> Payload:
        return {"article_id": self.article_id, "accepted": list(self._accepted)}

    @classmethod
    def from_payload(cls, payload: Payload, text: str, on_change: OnChange,
                     on_error: OnError) -> AcceptAllCommand:
        cmd = cls(payload["article_id"], on_change, on_error)
        cmd.setText(text)
        cmd._accepted = list(payload["accepted"])
        return cmd


def accept_command(span: SpanRow, on_change: OnChange, on_error: OnError) -> UpdateSpanCommand:
    return UpdateSpanCommand(f"Accept {span.label} “{short_text(span.text)}”", span,
                             {"state": "accepted"}, on_change, on_error)


def short_text(text: str, limit: int = 24) -> str:
    """Text on one line, cut with an ellipsis: for undo entries and messages."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class SetStatusCommand(SpanCommand):
    """Mark an article done (its remaining span and role suggestions are accepted) or skipped.

    Undo restores the status and the suggestions."""

    KIND = "set_status"

    def __init__(self, article_id: int, status: str, on_change: OnChange, on_error: OnError) -> None:
        verb = {"done": "Mark done", "skipped": "Skip article"}.get(status, f"Set status {status}")
        super().__init__(verb, article_id, on_change, on_error)
        self._status = status
        self._before = "new"
        self._accepted: list[str] = []
        self._accepted_roles: list[str] = []

    def apply(self) -> str | None:
        self._before, _ = articles.set_status(self.article_id, self._status)
        done = self._status == "done"
        self._accepted = spans.accept_suggestions(self.article_id) if done else []
        self._accepted_roles = roles.suggested_role_ids(self.article_id) if done else []
        roles.set_role_states(self._accepted_roles, "accepted")
        if self._accepted:
            self.setText(f"Mark done ({len(self._accepted)} suggestions accepted)")
        return None

    def revert(self) -> str | None:
        roles.set_role_states(self._accepted_roles, "suggested")
        spans.set_states(self._accepted, "suggested")
        articles.set_status(self.article_id, self._before)
        return None

    def to_payload(self) -> Payload:
        return {"article_id": self.article_id, "status": self._status, "before": self._before,
                "accepted": list(self._accepted), "accepted_roles": list(self._accepted_roles)}

    @classmethod
    def from_payload(cls, payload: Payload, text: str, on_change: OnChange,
                     on_error: OnError) -> SetStatusCommand:
        cmd = cls(payload["article_id"], payload["status"], on_change, on_error)
        cmd.setText(text)
        cmd._before = payload["before"]
        cmd._accepted = list(payload["accepted"])
        cmd._accepted_roles = list(payload.get("accepted_roles", []))
        return cmd


COMMANDS: dict[str, type[SpanCommand]] = {
    cls.KIND: cls
    for cls in (AddSpanCommand, DeleteSpanCommand, UpdateSpanCommand, AcceptAllCommand, SetStatusCommand)
}


def from_entry(kind: str, text: str, payload: Payload, on_change: OnChange,
               on_error: OnError) -> SpanCommand:
    """Rebuild a stored command; a kind or payload this version cannot read is an EditError."""
    if kind not in COMMANDS:
        raise EditError(f"unknown undo entry kind {kind!r}")
    try:
        return COMMANDS[kind].from_payload(payload, text, on_change, on_error)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, EditError):
            raise
        raise EditError(f"unreadable {kind} undo entry: {exc!r}") from exc
