"""The on-disk undo log: order, redo tail, depth, annotators kept apart, and the v3 → v4 migration."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models import db, migrations, undo_log
from models.errors import EditError
from models.records import RoleRow, SpanRow
from models.records_json import deleted_from_json, deleted_to_json, span_from_json, span_to_json
from models.schema import database
from models.spans import DeletedSpan


def _texts(stack: list[undo_log.UndoRecord]) -> list[tuple[str, bool]]:
    return [(e.text, e.undone) for e in stack]


def test_entries_come_back_in_order_with_their_payloads(project: Path) -> None:
    first = undo_log.append("add_span", "Add PERSON “Retno”", {"uid": "a", "n": [1, 2]})
    undo_log.append("update_span", "Relabel ORG → GPE", {"fields": {"label": "GPE"}})
    db.close_project()
    db.open_project(project, annotator="tester")
    stack = undo_log.load_stack()
    assert _texts(stack) == [("Add PERSON “Retno”", False), ("Relabel ORG → GPE", False)]
    assert stack[0].id == first and stack[0].kind == "add_span"
    assert stack[0].payload == {"uid": "a", "n": [1, 2]}
    assert undo_log.undo_index(stack) == 2


def test_undo_marks_and_a_new_entry_drops_the_redo_tail(project: Path) -> None:
    a = undo_log.append("k", "A", {})
    b = undo_log.append("k", "B", {})
    c = undo_log.append("k", "C", {})
    undo_log.mark(c, True)
    undo_log.mark(b, True)
    assert undo_log.undo_index(undo_log.load_stack()) == 1
    undo_log.mark(b, False, payload={"again": True}, text="B'")
    stack = undo_log.load_stack()
    assert _texts(stack) == [("A", False), ("B'", False), ("C", True)]
    assert stack[1].payload == {"again": True}
    undo_log.append("k", "D", {})
    assert _texts(undo_log.load_stack()) == [("A", False), ("B'", False), ("D", False)]
    undo_log.drop(a)
    undo_log.retain({b})
    assert _texts(undo_log.load_stack()) == [("B'", False)]


def test_only_the_newest_entries_are_kept(project: Path) -> None:
    for n in range(12):
        undo_log.append("k", f"edit {n}", {}, depth=5)
    assert [e.text for e in undo_log.load_stack()] == [f"edit {n}" for n in range(7, 12)]
    assert [e.text for e in undo_log.load_stack(depth=2)] == ["edit 10", "edit 11"]


def test_each_annotator_has_their_own_stack(project: Path) -> None:
    undo_log.append("k", "mine", {})
    db.set_annotator("other")
    assert undo_log.load_stack() == []
    undo_log.append("k", "theirs", {})
    undo_log.mark(undo_log.load_stack()[0].id, True)
    undo_log.append("k", "theirs again", {})  # drops only their own redo tail
    assert [e.text for e in undo_log.load_stack()] == ["theirs again"]
    assert [e.text for e in undo_log.load_stack("tester")] == ["mine"]
    assert undo_log.load_stack("nobody") == []


def test_version_3_file_gains_the_undo_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v3.kliping"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "SCHEMA_VERSION", 3)
        db.open_project(path, annotator="tester")
        tables = {r[0] for r in database.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "undo_entry" not in tables
        db.close_project()
    db.open_project(path, annotator="tester")
    try:
        assert (tmp_path / "v3.kliping.v3.bak").exists()
        assert database.execute_sql("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        undo_log.append("k", "after the migration", {"x": 1})
        assert [e.text for e in undo_log.load_stack()] == ["after the migration"]
    finally:
        db.close_project()


SPAN = SpanRow(id="s1", article_id=3, start=4, end=9, text="Retno", label="PERSON", kind="entity",
               origin="auto", state="suggested", annotator="tester", cluster=None, normalized="Retno M.")


def test_records_round_trip_through_json() -> None:
    assert span_from_json(json.loads(json.dumps(span_to_json(SPAN)))) == SPAN
    deleted = DeletedSpan(SPAN, (RoleRow("r1", "e1", "s1", "SOURCE", "auto", "suggested"),))
    assert deleted_from_json(json.loads(json.dumps(deleted_to_json(deleted)))) == deleted
    assert deleted_from_json({"span": span_to_json(SPAN)}) == DeletedSpan(SPAN)


@pytest.mark.parametrize("bad", [
    {"span": {**span_to_json(SPAN), "colour": "red"}},
    {"span": {"id": "s1"}},
    {"roles": []},
    ["not", "an", "object"],
])
def test_unreadable_records_are_edit_errors(bad: object) -> None:
    with pytest.raises(EditError):
        deleted_from_json(bad)
