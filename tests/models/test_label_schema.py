"""Editing the label schema and sharing it as JSON: validated, logged, all or nothing."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from models import articles, labels, spans
from models.articles import NewArticle
from models.changelog import recent_changes
from models.errors import EditError
from models.records import LabelRow
from models.schema_file import SchemaFileError, read_schema, write_schema


def test_update_add_delete_are_logged(project: Path) -> None:
    labels.update_label("PERSON", colour="#112233", hotkey="Q", description="People")
    person = next(r for r in labels.list_labels() if r.name == "PERSON")
    assert (person.colour, person.hotkey, person.description) == ("#112233", "q", "People")
    labels.add_label(LabelRow("WEAPON", "entity", "#445566", "w", "Arms"))
    assert labels.label_kinds()["WEAPON"] == "entity"
    labels.delete_label("WEAPON")
    assert "WEAPON" not in labels.label_kinds()
    assert [c["action"] for c in recent_changes() if c["target"] == "label"][:3] == [
        "delete", "add", "update"]


def test_duplicate_hotkey_and_bad_colour_are_refused(project: Path) -> None:
    with pytest.raises(EditError, match="hotkey O is used by both PERSON and ORG"):
        labels.update_label("PERSON", hotkey="o")
    with pytest.raises(EditError, match="colour must look like"):
        labels.update_label("PERSON", colour="red")
    with pytest.raises(EditError, match="one letter or digit"):
        labels.update_label("PERSON", hotkey="pp")
    assert next(r for r in labels.list_labels() if r.name == "PERSON").hotkey == "p"


def test_a_used_label_cannot_be_removed(project: Path) -> None:
    body = "Joko Widodo tiba."
    [row] = articles.add_articles([NewArticle(body=body, raw_text=body, source_file="a.txt")])
    spans.add_span(row.id, 0, 11, "PERSON")
    with pytest.raises(EditError, match="PERSON cannot be removed: 1 mentions use it"):
        labels.delete_label("PERSON")
    assert "PERSON" in labels.label_kinds()


def test_schema_json_round_trip(project: Path, tmp_path: Path) -> None:
    rows = labels.list_labels()
    path = tmp_path / "schema.json"
    write_schema(path, rows)
    assert read_schema(path) == rows
    changed = [replace(r, colour="#000000") if r.name == "ORG" else r for r in rows]
    write_schema(path, changed)
    labels.save_labels(read_schema(path))
    assert labels.list_labels() == changed


@pytest.mark.parametrize(("content", "problem"), [
    ("{not json", "is not valid JSON (line 1"),
    ('{"format": "other"}', "is not a Kliping schema"),
    ('{"format": "kliping-schema", "version": 1, "labels": [{"name": "A", "kind": "entity"}]}',
     "label 1 has no 'colour'"),
    ('{"format": "kliping-schema", "version": 1, "labels": ['
     '{"name": "A", "kind": "entity", "colour": "#000000", "hotkey": "a"},'
     '{"name": "B", "kind": "event", "colour": "#000000", "hotkey": "A"}]}',
     "hotkey A is used by both A and B"),
])
def test_bad_schema_files_name_the_file_and_the_problem(tmp_path: Path, content: str,
                                                         problem: str) -> None:
    path = tmp_path / "bad-schema.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SchemaFileError) as caught:
        read_schema(path)
    assert str(caught.value).startswith("bad-schema.json: ")
    assert problem in str(caught.value)
    assert "Nothing was changed" in str(caught.value)
    json.dumps(str(caught.value))
