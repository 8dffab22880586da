"""Project > Adjudicate Article: the annotators' versions of the open article, a pick per position,
and the adjudicated version in the text, where the supervisor relabels, moves or adds spans."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.adjudication_command import AdjudicateCommand
from models import articles, labels
from models.adjudication import (
    Key,
    RolePosition,
    SpanEdit,
    Verdicts,
    current_verdicts,
    next_to_adjudicate,
    positions,
    role_positions,
)
from models.adjudication_drafts import drop_draft, load_draft, save_draft
from nlp.tokens import token_bounds
from widgets.adjudication_table import AdjudicationTable, PositionRecord
from widgets.article_view import ArticleView
from widgets.label_legend import LabelLegend

if TYPE_CHECKING:
    from desktop.main_window import MainWindow


@dataclass(frozen=True)
class _Span:
    """A span of the adjudicated version as the text shows it; id "r<row>" names its table row."""

    id: str
    start: int
    end: int
    label: str
    kind: str
    state: str = "accepted"
    origin: str = "manual"


def _row_of(span_id: str) -> int:
    return int(span_id[1:])


def _local_time(utc_iso: str) -> str:
    """"14:05" (today) or "1 Dec 14:05" for a UTC timestamp, in the user's time zone."""
    try:
        when = dt.datetime.fromisoformat(utc_iso).replace(tzinfo=dt.UTC).astimezone()
    except ValueError:
        return "earlier"
    today = dt.datetime.now().astimezone().date()
    return when.strftime("%H:%M") if when.date() == today else when.strftime("%-d %b %H:%M")


class AdjudicationDialog(QDialog):
    """Left, rows of positions (agreed ones grey): 1..n picks an annotator's span, 0 none. Right, the
    adjudicated version: label keys relabel the selected span, Alt+arrows move its ends, a label key
    on selected text adds a span. Ctrl+Return saves, as one undoable command."""

    def __init__(self, window: MainWindow, article_id: int) -> None:
        super().__init__(window)
        self.window_ = window
        self.article_id = article_id
        names, self.rows = positions(article_id)
        self.names = names
        self.role_positions = role_positions(article_id, names, self.rows)
        self.keys: list[Key | None] = []  # a span row's position; None: a role row, or a span added
        self.edits: dict[int, SpanEdit] = {}  # row -> the supervisor's own span there
        self.role_rows: dict[int, RolePosition] = {}  # row -> the event-entity pair it decides
        self.row_at: dict[Key, int] = {}  # a span position -> its row
        article = articles.get_article_text(article_id)
        self.body = article.body
        label_rows = labels.list_labels()
        self.kinds = {row.name: row.kind for row in label_rows}
        title = articles.get_article(article_id).title or "(untitled)"
        self.setWindowTitle(f"Adjudicate: {title}")

        differences = sum(not p.agreed for p in self.rows) + sum(not r.agreed for r in self.role_positions)
        total = len(self.rows) + len(self.role_positions)
        intro = QLabel(
            f"<b>{differences} of {total} spans and roles differ</b> between {', '.join(names)}. "
            f"In the table, ↑↓ choose a position; 1–{len(names)} take that annotator's span, 0 no span, "
            f"Ctrl+1–{len(names)} that annotator's at every difference. "
            "In the text: a label key relabels the selected span, Alt+←/→ moves its start, "
            "Alt+Shift+←/→ its end; select text and press a label key to add a span. "
            "Ctrl+Return saves the adjudicated version (the exports can select it); until then your "
            "changes are kept as a draft, also when you close.")
        intro.setWordWrap(True)
        self.notice = QLabel()  # what the last edit did, or why it was refused
        self.notice.setObjectName("adjudication-notice")

        self.table = AdjudicationTable(names, self)
        self.view = ArticleView(self)
        self.view.set_labels(label_rows)
        self.legend = LabelLegend(self)
        self.legend.set_labels(label_rows)
        self.view.set_article(self.body, [], token_bounds(self.body, article.language))
        draft = load_draft(article_id)  # work the app was closed or killed on, before it was saved
        self._load(draft[0] if draft else current_verdicts(article_id))
        if draft:
            self.notice.setText(f"Restored your unsaved adjudication ({_local_time(draft[1])}): "
                                "Ctrl+Return saves it, Discard Changes goes back to the saved version.")

        self.table.picked.connect(self._on_picked)
        self.table.currentCellChanged.connect(lambda row, *_: self._on_current_row(row))
        self.view.span_selected.connect(self._on_span_selected)
        self.view.relabel_requested.connect(self._relabel)
        self.view.bounds_requested.connect(self._move)
        self.view.delete_requested.connect(lambda span_id: self._drop(_row_of(span_id)))
        self.view.add_requested.connect(self._add)
        self.legend.label_clicked.connect(self.view.request_label)

        text_side = QWidget(self)
        text_layout = QVBoxLayout(text_side)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(self.view, 1)
        text_layout.addWidget(self.legend)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(text_side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        # Every change is kept as a draft at once, so closing (or a crash) loses nothing: Close
        # keeps the draft for next time, Discard Changes drops it.
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Reset
                                   | QDialogButtonBox.StandardButton.Close)
        discard = buttons.button(QDialogButtonBox.StandardButton.Reset)
        discard.setText("&Discard Changes")
        discard.setToolTip("Forget the changes not saved yet: back to the saved adjudicated version")
        discard.clicked.connect(self.discard)
        self.next_button = buttons.addButton("Save and &Next", QDialogButtonBox.ButtonRole.ActionRole)
        self.next_button.setToolTip("Save, then adjudicate the next article not adjudicated yet "
                                    "(Ctrl+Shift+Return)")
        self.next_button.clicked.connect(self.save_and_next)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+Shift+Return"), self, activated=self.save_and_next)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        self.resize(1180, 660)
        first_difference = next((i for i, r in enumerate(self.table.records) if not r.agreed), 0)
        self.table.setCurrentCell(first_difference, 0)  # the agreed rows need nothing
        self.table.setFocus()

    # -- state ---------------------------------------------------------------------------------

    def _load(self, state: Verdicts) -> None:
        """Show an adjudication state: the saved one, or a draft."""
        self.keys, self.edits, self.role_rows = [], {}, {}
        self.table.set_records(self._records(state))
        self.row_at = {key: row for row, key in enumerate(self.keys) if key is not None}
        self.view.set_spans(self._spans())
        self._check_roles()

    def _pick(self, adjudicated_before: bool, saved: str | None, agreed: bool) -> int | None:
        if adjudicated_before:  # what was kept then
            return self.names.index(saved) if saved in self.names else None
        return 0 if agreed else None  # agreed positions stand; the differences wait for a pick

    def _records(self, saved: Verdicts) -> list[PositionRecord]:
        """The rows: each span position, then the roles of the event there; the added spans last."""
        adjudicated_before = bool(saved.picks or saved.added)
        roles_of: dict[Key, list[RolePosition]] = {}
        for role in self.role_positions:
            roles_of.setdefault(role.event, []).append(role)
        records = []
        for p in self.rows:
            key = (p.start, p.end)
            pick = self._pick(adjudicated_before, saved.picks.get(key), p.agreed)
            cards = tuple(p.cards[n][1] if n in p.cards else None for n in self.names)
            record = PositionRecord(p.text, tuple(p.labels[n] for n in self.names), pick, p.agreed,
                                    cards=cards)
            edit = saved.edits.get(key) if pick is not None else None
            if edit is not None:
                self.edits[len(records)] = edit
                record = replace(record, edited_label=edit.label, edited_text=self.body[edit.start:edit.end])
            self.keys.append(key)
            records.append(record)
            for role in roles_of.get(key, []):
                pick = self._pick(adjudicated_before, saved.roles.get((role.event, role.entity)), role.agreed)
                self.role_rows[len(records)] = role
                self.keys.append(None)
                labels_ = tuple(role.labels[n] for n in self.names)
                records.append(PositionRecord(f"   ↳ {role.entity_text}", labels_, pick, role.agreed))
        for edit in saved.added:
            self.edits[len(records)] = edit
            self.keys.append(None)
            text = self.body[edit.start:edit.end]
            records.append(PositionRecord(text, (None,) * len(self.names), None, False, edit.label, text))
        return records

    def span_at(self, row: int) -> SpanEdit | None:
        """What the adjudicated version holds at a row: the edit, the picked span, or nothing."""
        return self.edits.get(row) or self.span_at_pick(row)

    def _spans(self) -> list[_Span]:
        found = []
        for row in range(len(self.table.records)):
            span = self.span_at(row)
            if span is not None:
                found.append(_Span(f"r{row}", span.start, span.end, span.label,
                                   self.kinds.get(span.label, "entity")))
        return found

    def _show(self, row: int, edit: SpanEdit | None) -> None:
        """Make edit the row's own span (None: the picked span as the annotator marked it)."""
        record = self.table.records[row]
        picked = None if record.added else self.span_at_pick(row)
        if edit is not None and edit == picked:
            edit = None  # moved back to where the annotator had it
        if edit is None:
            self.edits.pop(row, None)
            record = replace(record, edited_label=None, edited_text=None)
        else:
            self.edits[row] = edit
            record = replace(record, edited_label=edit.label, edited_text=self.body[edit.start:edit.end])
        self.table.set_record(row, record)
        self._follow(row)
        self._keep_draft()

    def _follow(self, row: int) -> None:
        """Redraw the text with the row's span selected, and make the row the table's current."""
        self.view.set_spans(self._spans())
        self.view.select_span(f"r{row}")
        with QSignalBlocker(self.table):
            self.table.setCurrentCell(row, 0)

    def span_at_pick(self, row: int) -> SpanEdit | None:
        """The picked annotator's span at a row, as they marked it."""
        record, key = self.table.records[row], self.keys[row]
        if record.pick is None or key is None:
            return None
        return SpanEdit(key[0], key[1], record.labels[record.pick] or "")

    # -- signals -------------------------------------------------------------------------------

    def _on_picked(self, row: int, _pick: object) -> None:
        self.edits.pop(row, None)  # a pick takes the annotator's span as they marked it
        self.view.set_spans(self._spans())
        self._keep_draft()

    def _keep_draft(self) -> None:
        self._check_roles()
        save_draft(self.article_id, self.verdicts())

    def _check_roles(self) -> None:
        """Mark a picked role whose event or entity the version does not keep: it cannot stand."""
        for row, role in self.role_rows.items():
            record = self.table.records[row]
            missing = [what for what, key in (("event", role.event), ("entity", role.entity))
                       if self.span_at(self.row_at[key]) is None]
            warning = f"dropped: no {' or '.join(missing)} kept" if missing else ""
            if warning != record.warning:
                self.table.set_record(row, replace(record, warning=warning))

    def _on_current_row(self, row: int) -> None:
        """The row's span selected in the text; for a role row, its entity's."""
        role = self.role_rows.get(row)
        self.view.select_span(f"r{self.row_at.get(role.entity, -1) if role else row}")

    def _on_span_selected(self, span_id: str) -> None:
        if span_id:
            with QSignalBlocker(self.table):
                self.table.setCurrentCell(_row_of(span_id), 0)

    def _relabel(self, span_id: str, label: str) -> None:
        row = _row_of(span_id)
        span = self.span_at(row)
        if span is None:
            return
        if self.kinds.get(label) != self.kinds.get(span.label):
            self.notice.setText(f"{label} is not a label of the same kind as {span.label}: "
                                "delete the span and add a new one instead.")
            return
        self._show(row, SpanEdit(span.start, span.end, label))
        self.notice.setText(f"Relabelled «{self.body[span.start:span.end]}» as {label}.")

    def _move(self, span_id: str, start: int, end: int) -> None:
        row = _row_of(span_id)
        span = self.span_at(row)
        if span is None or not 0 <= start < end <= len(self.body):
            return
        self._show(row, SpanEdit(start, end, span.label))
        self.notice.setText(f"Span now «{self.body[start:end]}».")

    def _drop(self, row: int) -> None:
        record = self.table.records[row]
        self.edits.pop(row, None)
        self.table.set_record(row, replace(record, pick=None, edited_label=None, edited_text=None))
        self.view.set_spans(self._spans())
        self._keep_draft()
        self.notice.setText(f"No span at «{record.edited_text or record.text}» in the adjudicated version.")

    def _add(self, label: str, start: int, end: int) -> None:
        row = len(self.table.records)
        text = self.body[start:end]
        self.keys.append(None)
        self.edits[row] = SpanEdit(start, end, label)
        self.table.set_record(row, PositionRecord(text, (None,) * len(self.names), None, False, label, text))
        self._follow(row)
        self._keep_draft()
        self.notice.setText(f"Added «{text}» as {label}.")

    # -- saving --------------------------------------------------------------------------------

    def verdicts(self) -> Verdicts:
        """The adjudicated version as the dialog shows it."""
        result = Verdicts()
        for row, (key, record) in enumerate(zip(self.keys, self.table.records, strict=True)):
            who = self.names[record.pick] if record.pick is not None else None
            if row in self.role_rows:
                role = self.role_rows[row]
                result.roles[role.event, role.entity] = who
                continue
            if key is None:
                if row in self.edits:
                    result.added.append(self.edits[row])
                continue
            result.picks[key] = who
            if record.pick is not None and row in self.edits:
                result.edits[key] = self.edits[row]
        return result

    def save_and_next(self) -> None:
        self.save()
        adjudicate_next(self.window_, self.article_id)

    def discard(self) -> None:
        """Back to the saved adjudicated version (or the annotators' agreement, if none)."""
        drop_draft(self.article_id)
        self._load(current_verdicts(self.article_id))
        self.notice.setText("Changes discarded: this is the saved version.")

    def save(self) -> None:
        window = self.window_
        command = AdjudicateCommand(self.article_id, self.verdicts(), window.apply_changes, window.show_error)
        window.undo_stack.push(command)  # Ctrl+Z takes it back
        drop_draft(self.article_id)
        if not command.refused:
            window.statusBar().showMessage(f"Adjudicated version saved: {command.kept} spans.", 15000)
        self.accept()


def adjudicate_next(window: MainWindow, after: int) -> AdjudicationDialog | None:
    """Open the next article not adjudicated yet, and its dialog; say so when there is none."""
    following = next_to_adjudicate(after)
    if following is None:
        window.statusBar().showMessage("Every article with two versions or more is adjudicated.", 15000)
        return None
    window.open_article(following)
    return adjudicate_current(window)


def adjudicate_current(window: MainWindow) -> AdjudicationDialog | None:
    article = window.current_article
    if article is None:
        return None
    names, _ = positions(article)
    if len(names) < 2:
        window.show_error("This article has no versions by two annotators to adjudicate "
                          "(File > Merge Copies brings them in).")
        return None
    dialog = AdjudicationDialog(window, article)
    dialog.show()
    return dialog
