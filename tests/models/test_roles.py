"""Event roles through models/: validated, one role per event and entity, logged, reversible."""

from __future__ import annotations

from pathlib import Path

import pytest

from models import articles, roles, spans
from models.articles import NewArticle
from models.changelog import recent_changes
from models.errors import EditError

BODY = "Presiden Joko Widodo bertemu Perdana Menteri Jepang di Tokyo, Senin (4/3)."


def _setup() -> tuple[str, str, str]:
    [row] = articles.add_articles([NewArticle(body=BODY, raw_text=BODY, source_file="a.txt")])
    at = BODY.index
    event = spans.add_span(row.id, at("bertemu"), at("bertemu") + 7, "CONSULT").span.id
    person = spans.add_span(row.id, 9, 20, "PERSON").span.id
    place = spans.add_span(row.id, at("Tokyo"), at("Tokyo") + 5, "GPE").span.id
    return event, person, place


def test_add_accept_delete_restore(project: Path) -> None:
    event, person, place = _setup()
    edit = roles.add_role(event, person, "SOURCE", origin="auto", state="suggested")
    roles.add_role(event, place, "PLACE")
    article_id = edit.article_id
    assert [(r.entity, r.label, r.state) for r in spans.list_roles(article_id)] == [
        (person, "SOURCE", "suggested"), (place, "PLACE", "accepted")]
    before = roles.accept_role(edit.role.id)
    assert before.state == "suggested"
    assert roles.list_event_roles(event)[0].state == "accepted"
    deleted = roles.delete_role(edit.role.id)
    assert [r.label for r in roles.list_event_roles(event)] == ["PLACE"]
    roles.restore_roles([before])
    assert {(r.id, r.label, r.state) for r in roles.list_event_roles(event)} >= {
        (deleted.id, "SOURCE", "suggested")}
    assert [c["action"] for c in recent_changes() if c["target"] == "role"][:4] == [
        "restore", "delete", "update", "add"]


def test_one_role_per_pair_replaces(project: Path) -> None:
    event, person, _ = _setup()
    first = roles.add_role(event, person, "SOURCE")
    second = roles.add_role(event, person, "TARGET")
    assert second.replaced == (first.role,)
    assert [r.label for r in roles.list_event_roles(event)] == ["TARGET"]


def test_bad_roles_are_refused_and_change_nothing(project: Path) -> None:
    event, person, place = _setup()
    with pytest.raises(EditError, match="unknown role"):
        roles.add_role(event, person, "AGENT")
    with pytest.raises(EditError, match="not an event mention"):
        roles.add_role(person, place, "SOURCE")
    with pytest.raises(EditError, match="does not exist"):
        roles.delete_role("nope")
    assert roles.list_event_roles(event) == []


def test_deleting_a_span_takes_its_roles_and_restoring_brings_them_back(project: Path) -> None:
    event, person, _ = _setup()
    roles.add_role(event, person, "SOURCE")
    deleted = spans.delete_span(person)
    assert roles.list_event_roles(event) == []
    spans.restore_spans([deleted])
    assert [r.label for r in roles.list_event_roles(event)] == ["SOURCE"]
