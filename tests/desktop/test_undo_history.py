"""Undo that survives a restart, below the window: command payloads and the logged QUndoStack."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop import commands, role_commands
from desktop.undo_history import UndoHistory
from models import articles, roles, spans, undo_log
from models.articles import NewArticle
from models.errors import EditError
from models.records import Changes, RoleRow
from nlp.records import SpanSuggestion

BODY = "Presiden Joko Widodo bertemu Perdana Menteri Jepang di Tokyo, Senin (4/3)."


class Spy:
    """Stands in for the window: remembers refreshes and error messages."""

    def __init__(self) -> None:
        self.changed: list[int] = []
        self.errors: list[str] = []

    def on_change(self, changes: Changes, article_id: int, select: str | None) -> None:
        self.changed.append(article_id)

    def on_error(self, message: str) -> None:
        self.errors.append(message)


@pytest.fixture
def article(project: Path) -> int:
    suggestions = [SpanSuggestion(9, 20, "PERSON", "entity"), SpanSuggestion(45, 51, "GPE", "entity"),
                   SpanSuggestion(21, 28, "CONSULT", "event")]
    [row] = articles.add_articles([NewArticle(body=BODY, raw_text=BODY, source_file="a.txt",
                                              spans=suggestions)])
    articles.set_status(row.id, "in_progress")
    return row.id


def _state(article_id: int) -> tuple[str, list[tuple[str, int, int, str, str, str]], list[RoleRow]]:
    rows = [(s.id, s.start, s.end, s.label, s.state, s.origin) for s in spans.list_spans(article_id)]
    return articles.get_article(article_id).status, rows, spans.list_roles(article_id)


def _role(article_id: int, label: str, state: str) -> RoleRow:
    event, entity = _suggestion(article_id, "bertemu"), _suggestion(article_id, "Joko Widodo")
    roles.add_role(event.id, entity.id, label, state=state)
    return next(r for r in spans.list_roles(article_id) if r.label == label)


def _suggestion(article_id: int, text: str):  # type: ignore[no-untyped-def]
    return next(s for s in spans.list_spans(article_id) if s.text == text)


Make = Callable[[int, Spy], commands.SpanCommand]
CASES: dict[str, Make] = {
    "add": lambda a, spy: commands.AddSpanCommand(a, BODY.index("Tokyo"), BODY.index("Tokyo") + 5,
                                                  "LOC", spy.on_change, spy.on_error),
    "add replacing a suggestion": lambda a, spy: commands.AddSpanCommand(
        a, 0, 20, "PERSON", spy.on_change, spy.on_error),
    "delete": lambda a, spy: commands.DeleteSpanCommand(_suggestion(a, "Joko Widodo"),
                                                        spy.on_change, spy.on_error),
    "relabel": lambda a, spy: commands.relabel_command(_suggestion(a, "Jepang"), "LOC",
                                                       spy.on_change, spy.on_error),
    "resize": lambda a, spy: commands.bounds_command(_suggestion(a, "Joko Widodo"), 14, 20,
                                                     spy.on_change, spy.on_error),
    "accept": lambda a, spy: commands.accept_command(_suggestion(a, "Jepang"), spy.on_change,
                                                     spy.on_error),
    "accept all": lambda a, spy: commands.AcceptAllCommand(a, spy.on_change, spy.on_error),
    "mark done": lambda a, spy: commands.SetStatusCommand(a, "done", spy.on_change, spy.on_error),
    "set role": lambda a, spy: role_commands.SetRoleCommand(
        _suggestion(a, "bertemu"), _suggestion(a, "Jepang"), "TARGET", spy.on_change, spy.on_error),
    "delete role": lambda a, spy: role_commands.DeleteRoleCommand(
        _role(a, "SOURCE", "accepted"), a, "Joko Widodo", spy.on_change, spy.on_error),
    "accept roles": lambda a, spy: role_commands.AcceptRolesCommand(
        [_role(a, "SOURCE", "suggested").id], a, _suggestion(a, "bertemu").id, spy.on_change,
        spy.on_error),
}


@pytest.mark.parametrize("case", CASES)
def test_a_command_rebuilt_from_json_undoes_and_redoes(article: int, case: str) -> None:
    spy = Spy()
    command = CASES[case](article, spy)  # role cases first make the role they change
    before = _state(article)
    command.redo()
    after = _state(article)
    assert after != before and not spy.errors

    payload = json.loads(json.dumps(command.to_payload()))
    rebuilt = commands.from_entry(command.KIND, command.text(), payload, spy.on_change, spy.on_error)
    assert type(rebuilt) is type(command) and rebuilt.text() == command.text()
    rebuilt.undo()
    assert _state(article) == before
    rebuilt.redo()
    assert _state(article) == after
    json.dumps(rebuilt.to_payload())  # a redo captures its payload anew
    assert not spy.errors and spy.changed == [article] * 3


@pytest.mark.parametrize(("kind", "payload"), [
    ("rename_article", {}),
    ("update_span", {"fields": {"label": "ORG"}}),
    ("delete_span", {"deleted": {"span": {"id": "x"}}}),
])
def test_an_unreadable_entry_is_an_edit_error(project: Path, kind: str, payload: dict) -> None:  # type: ignore[type-arg]
    spy = Spy()
    with pytest.raises(EditError):
        commands.from_entry(kind, "text", payload, spy.on_change, spy.on_error)


def _history(spy: Spy) -> UndoHistory:
    history = UndoHistory(None, lambda kind, text, payload: commands.from_entry(  # type: ignore[arg-type]
        kind, text, payload, spy.on_change, spy.on_error))
    history.load()
    return history


def test_a_reloaded_stack_is_where_it_was_and_changes_nothing(qtbot, article: int) -> None:  # type: ignore[no-untyped-def]
    spy = Spy()
    history = _history(spy)
    start = _state(article)
    for case in ("add", "relabel", "delete"):
        history.push(CASES[case](article, spy))
    history.undo()
    edited = _state(article)
    texts = [history.text(i) for i in range(history.count())]

    spy2 = Spy()
    again = _history(spy2)
    assert [again.text(i) for i in range(again.count())] == texts
    assert (again.index(), again.count()) == (2, 3)
    assert _state(article) == edited and not spy2.changed, "loading applies nothing"
    again.redo()
    again.undo()
    again.undo()
    again.undo()
    assert _state(article) == start
    assert undo_log.undo_index(undo_log.load_stack()) == 0


def test_a_refused_push_leaves_no_entry_and_drops_the_redo_tail_as_qt_does(qtbot, article: int) -> None:  # type: ignore[no-untyped-def]
    spy = Spy()
    history = _history(spy)
    history.push(CASES["delete"](article, spy))
    history.push(CASES["relabel"](article, spy))
    history.undo()
    history.push(commands.AddSpanCommand(article, 0, 999, "PERSON", spy.on_change, spy.on_error))
    assert spy.errors and (history.count(), history.index()) == (1, 1)
    assert [(e.text, e.undone) for e in undo_log.load_stack()] == [(history.text(0), False)]
    history.push(CASES["add"](article, spy))
    assert [e.text for e in undo_log.load_stack()] == [history.text(0), history.text(1)]
    assert history.text(1).startswith("Add LOC")


def test_an_undo_the_data_no_longer_allows_is_refused_and_dropped(qtbot, article: int) -> None:  # type: ignore[no-untyped-def]
    spy = Spy()
    history = _history(spy)
    history.push(CASES["add"](article, spy))
    history.push(CASES["relabel"](article, spy))
    jepang = _suggestion(article, "Jepang")
    spans.delete_span(jepang.id)  # someone else removed the relabelled span meanwhile
    changed = _state(article)

    again = _history(spy)
    again.undo()
    assert _state(article) == changed, "a refused undo changes nothing"
    assert spy.errors[-1].startswith("Cannot undo “Relabel GPE → LOC”")
    assert (again.count(), again.index()) == (1, 1)
    assert [e.text for e in undo_log.load_stack()] == [again.text(0)]
    again.undo()  # the add before it still undoes
    assert "Tokyo" not in [s.text for s in spans.list_spans(article)]
