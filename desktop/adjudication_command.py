"""Saving an adjudication is one undoable command, kept in the undo log like the span edits."""

from __future__ import annotations

from desktop.commands import COMMANDS, OnChange, OnError, Payload, SpanCommand
from models import adjudication
from models.records import Changes


class AdjudicateCommand(SpanCommand):
    """Record the adjudicated version of one article; undo puts back what was there before, the
    supervisor's edited rows included (they are kept in the payload, so redo makes them again)."""

    KIND = "adjudicate"

    def __init__(self, article_id: int, verdicts: adjudication.Verdicts | None,
                 on_change: OnChange, on_error: OnError) -> None:
        super().__init__("Adjudicate article", article_id, on_change, on_error)
        self._verdicts = verdicts or adjudication.Verdicts()
        self._before: adjudication.Saved = None
        self._after: adjudication.Saved = None
        self.kept = 0

    def _changes(self) -> Changes:
        return Changes(frozenset({self.article_id}), articles=True)

    def apply(self) -> str | None:
        if self._after is not None:
            adjudication.restore(self.article_id, self._after)
            return None
        self._before = adjudication.saved(self.article_id)
        v = self._verdicts
        self.kept = adjudication.adjudicate(self.article_id, v.picks, v.edits, v.added, v.roles)
        self._after = adjudication.saved(self.article_id)
        return None

    def revert(self) -> str | None:
        adjudication.restore(self.article_id, self._before)
        return None

    def to_payload(self) -> Payload:
        return {"article_id": self.article_id, "before": self._before, "after": self._after}

    @classmethod
    def from_payload(cls, payload: Payload, text: str, on_change: OnChange,
                     on_error: OnError) -> AdjudicateCommand:
        cmd = cls(payload["article_id"], None, on_change, on_error)
        cmd.setText(text)
        # Logs written before edits were possible hold a list of entries; restore takes both.
        cmd._before, cmd._after = payload["before"], payload["after"]  # type: ignore[assignment]
        return cmd


COMMANDS[AdjudicateCommand.KIND] = AdjudicateCommand
