"""Undoable edits: each QUndoCommand changes the project through models/ and reports what changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from models import articles, spans
from models.errors import EditError
from models.records import Changes, SpanRow
from models.schema import new_uid

# on_change(changes, article_id, span_to_select): the window refreshes what the change touched.
OnChange = Callable[[Changes, int, str | None], None]
OnError = Callable[[str], None]


class SpanCommand(QUndoCommand):
    """Base: runs a change; a change the data layer refuses is reported and leaves no undo entry."""

    def __init__(self, text: str, article_id: int, on_change: OnChange, on_error: OnError) -> None:
        super().__init__(text)
        self.article_id = article_id
        self._on_change = on_change
        self._on_error = on_error

    def redo(self) -> None:
        try:
            select = self.apply()
        except EditError as exc:
            self.setObsolete(True)
            self._on_error(str(exc))
            return
        self._on_change(self._changes(), self.article_id, select)

    def undo(self) -> None:
        select = self.revert()
        self._on_change(self._changes(), self.article_id, select)

    def _changes(self) -> Changes:
        return Changes(frozenset({self.article_id}), articles=True, spans=True)

    def apply(self) -> str | None:
        raise NotImplementedError

    def revert(self) -> str | None:
        raise NotImplementedError


class AddSpanCommand(SpanCommand):
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
        self.setText(f"Add {label} “{_short(edit.span.text)}”")
        return self._uid

    def revert(self) -> str | None:
        spans.delete_span(self._uid)
        spans.restore_spans(self._replaced)
        return self._replaced[0].span.id if self._replaced else None


class DeleteSpanCommand(SpanCommand):
    def __init__(self, span: SpanRow, on_change: OnChange, on_error: OnError) -> None:
        verb = "Reject" if span.state == "suggested" else "Delete"
        super().__init__(f"{verb} {span.label} “{_short(span.text)}”", span.article_id,
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


class UpdateSpanCommand(SpanCommand):
    """Relabel, accept or move a span; undo puts every field back."""

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


def relabel_command(span: SpanRow, label: str, on_change: OnChange,
                    on_error: OnError) -> UpdateSpanCommand:
    # Relabelling a suggestion makes it the annotator's: accepted and manual.
    return UpdateSpanCommand(f"Relabel {span.label} → {label}", span,
                             {"label": label, "state": "accepted", "origin": "manual"},
                             on_change, on_error)


def bounds_command(span: SpanRow, start: int, end: int, on_change: OnChange,
                   on_error: OnError) -> UpdateSpanCommand:
    # Moving a suggestion's boundary makes it the annotator's, like a relabel.
    return UpdateSpanCommand(f"Resize {span.label} “{_short(span.text)}”", span,
                             {"start": start, "end": end, "state": "accepted", "origin": "manual"},
                             on_change, on_error)


class AcceptAllCommand(SpanCommand):
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


def accept_command(span: SpanRow, on_change: OnChange, on_error: OnError) -> UpdateSpanCommand:
    return UpdateSpanCommand(f"Accept {span.label} “{_short(span.text)}”", span,
                             {"state": "accepted"}, on_change, on_error)


def _short(text: str, limit: int = 24) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class SetStatusCommand(SpanCommand):
    """Mark an article done (its remaining suggestions are accepted) or skipped; undo restores both."""

    def __init__(self, article_id: int, status: str, on_change: OnChange, on_error: OnError) -> None:
        verb = {"done": "Mark done", "skipped": "Skip article"}.get(status, f"Set status {status}")
        super().__init__(verb, article_id, on_change, on_error)
        self._status = status
        self._before = "new"
        self._accepted: list[str] = []

    def apply(self) -> str | None:
        self._before, _ = articles.set_status(self.article_id, self._status)
        self._accepted = spans.accept_suggestions(self.article_id) if self._status == "done" else []
        if self._accepted:
            self.setText(f"Mark done ({len(self._accepted)} suggestions accepted)")
        return None

    def revert(self) -> str | None:
        spans.set_states(self._accepted, "suggested")
        articles.set_status(self.article_id, self._before)
        return None
