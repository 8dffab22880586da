"""The undo stack, kept in the project's undo log per annotator so undo and redo survive a restart."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.commands import Payload, SpanCommand
from models import undo_log
from models.errors import EditError

# rebuild(kind, text, payload): a stored command, wired to the window (commands.from_entry).
Rebuild = Callable[[str, str, Payload], SpanCommand]


class UndoHistory(QUndoStack):
    """A QUndoStack that records each pushed command, undo and redo in models.undo_log.

    push() records a command once it is applied; merged and refused commands get no entry of
    their own, and a command without a KIND is undoable in this session only. Later undos and
    redos are recorded by the commands themselves (SpanCommand.journal) in the transaction of
    the change. load() rebuilds the stack from the log without re-applying anything.
    """

    def __init__(self, parent: QObject, rebuild: Rebuild) -> None:
        super().__init__(parent)
        self._rebuild = rebuild

    def push(self, command: QUndoCommand) -> None:  # type: ignore[override]
        top = self.index()
        super().push(command)
        if getattr(command, "refused", False):
            self._resync()  # obsolete: Qt dropped it, and the redo tail all the same
            return
        pushed = self.index() == top + 1 and self.command(top) is command
        if pushed and isinstance(command, SpanCommand) and command.KIND:
            command.entry_id = undo_log.append(command.KIND, command.text(), command.to_payload())
            command.journal = self
        else:  # merged into the top command, or a command without KIND (kept for this session only)
            self._resync()

    def load(self) -> None:
        """Show the current annotator's stored stack, positioned where it was left."""
        self.clear()
        self.setUndoLimit(undo_log.UNDO_DEPTH)
        stored = undo_log.load_stack()
        rebuilt: list[SpanCommand] = []
        for entry in reversed(stored):
            try:
                command = self._rebuild(entry.kind, entry.text, entry.payload)
            except EditError:
                break  # entries older than an unreadable one could not be reached by undo
            command.entry_id = entry.id
            rebuilt.append(command)
        rebuilt.reverse()
        index = undo_log.undo_index(stored[len(stored) - len(rebuilt):])
        for position, command in enumerate(rebuilt):
            command.restored(undone=position >= index)
            super().push(command)
            command.journal = self
            self.setClean()  # never merge a restored command into the one before it
        self.setIndex(index)

    # -- SpanCommand.journal -------------------------------------------------------------------

    def redone(self, command: SpanCommand) -> None:
        if command.entry_id is not None:
            undo_log.mark(command.entry_id, False, command.to_payload(), command.text())

    def undone(self, command: SpanCommand) -> None:
        if command.entry_id is not None:
            undo_log.mark(command.entry_id, True)

    def refused(self, command: SpanCommand) -> None:
        if command.entry_id is not None:
            undo_log.drop(command.entry_id)
        command.journal = None
        command.entry_id = None

    def _resync(self) -> None:
        kept: set[int] = set()
        for i in range(self.count()):
            command = self.command(i)
            if isinstance(command, SpanCommand) and command.entry_id is not None:
                kept.add(command.entry_id)
                if i == self.index() - 1:
                    self.redone(command)
        undo_log.retain(kept)
