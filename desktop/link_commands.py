"""Undoable event-card edits: link, new card, unlink, merge, split, confirm, rename, reject.

A card edit runs its operation once, between two snapshots of the cards and links it touches; undo
restores the snapshot from before and redo the one from after. So every card edit is one command class
whose payload is two snapshots, and undo survives a restart like the span commands.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from desktop.commands import COMMANDS, OnChange, OnError, Payload, SpanCommand
from models import links
from models.records import Changes
from models.schema import new_uid

# operation(new_card_uid) -> the card to select afterwards; runs inside the command's transaction.
Operation = Callable[[str], str | None]
# Called inside the transaction after the operation, with every card it touched, to refresh their summaries.
Refresh = Callable[[Iterable[str]], None]


class CardCommand(SpanCommand):
    """One card edit; article_id is the article to show after undo and redo, mention the one to select."""

    KIND = "card_edit"

    def __init__(self, text: str, article_id: int, mention: str | None, operation: Operation | None,
                 scope: tuple[Iterable[str], Iterable[str]], refresh: Refresh, on_change: OnChange,
                 on_error: OnError) -> None:
        super().__init__(text, article_id, on_change, on_error)
        self.mention = mention
        self.card: str | None = None  # the card to show after redo
        self._operation = operation
        self._scope = (tuple(scope[0]), tuple(scope[1]))
        self._refresh = refresh
        self._new_uid = new_uid()
        self._before: links.LinkSnapshot | None = None
        self._after: links.LinkSnapshot | None = None
        self.articles: frozenset[int] = frozenset()  # every article whose mentions it touched

    def _changes(self) -> Changes:
        return Changes(self.articles | {self.article_id}, spans=True, clusters=True)

    def apply(self) -> str | None:
        if self._after is not None:
            links.restore(self._after)
            return self.mention
        mentions, cards = self._scope
        self._before = links.snapshot(mentions, [*cards, self._new_uid])
        assert self._operation is not None
        self.card = self._operation(self._new_uid)
        self._refresh(self._before.card_uids)
        touched = {k.mention for k in self._before.links} | set(mentions)
        self._after = links.snapshot(touched, self._before.card_uids)
        self.articles = links.articles_of(k.mention for k in self._before.links + self._after.links)
        return self.mention

    def revert(self) -> str | None:
        assert self._before is not None
        links.restore(self._before)
        return self.mention

    def to_payload(self) -> Payload:
        assert self._before is not None and self._after is not None
        return {"article_id": self.article_id, "mention": self.mention, "card": self.card,
                "articles": sorted(self.articles),
                "before": links.snapshot_to_json(self._before), "after": links.snapshot_to_json(self._after)}

    @classmethod
    def from_payload(cls, payload: Payload, text: str, on_change: OnChange, on_error: OnError) -> CardCommand:
        cmd = cls(text, payload["article_id"], payload["mention"], None, ((), ()), lambda _: None,
                  on_change, on_error)
        cmd.card = payload.get("card")
        cmd.articles = frozenset(payload.get("articles", ()))
        cmd._before = links.snapshot_from_json(payload["before"])
        cmd._after = links.snapshot_from_json(payload["after"])
        return cmd


class RejectCandidateCommand(SpanCommand):
    """Never offer this card or mention to this event mention again (undo offers it again)."""

    KIND = "reject_candidate"

    def __init__(self, article_id: int, mention: str, candidate: str, text: str, on_change: OnChange,
                 on_error: OnError) -> None:
        super().__init__(text, article_id, on_change, on_error)
        self.mention = mention
        self.candidate = candidate

    def _changes(self) -> Changes:
        return Changes(frozenset({self.article_id}), clusters=True)

    def apply(self) -> str | None:
        links.reject(self.mention, self.candidate)
        return self.mention

    def revert(self) -> str | None:
        links.unreject(self.mention, self.candidate)
        return self.mention

    def to_payload(self) -> Payload:
        return {"article_id": self.article_id, "mention": self.mention, "candidate": self.candidate}

    @classmethod
    def from_payload(cls, payload: Payload, text: str, on_change: OnChange,
                     on_error: OnError) -> RejectCandidateCommand:
        return cls(payload["article_id"], payload["mention"], payload["candidate"], text, on_change, on_error)


COMMANDS.update({cls.KIND: cls for cls in (CardCommand, RejectCandidateCommand)})
