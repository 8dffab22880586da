"""The supervisor's own spans in an adjudicated version: relabelled, moved or added, undone and redone."""

from __future__ import annotations

from pathlib import Path

import pytest

from models import articles, db, roles, spans
from models.adjudication import ADJUDICATED, SpanEdit, adjudicate, current_verdicts, positions, restore, saved
from models.articles import NewArticle
from models.copies import export_copy
from models.merge import merge_projects
from models.schema import Annotator, Article, Mention, Role
from models.versions import annotator_roles, annotator_version
from tests.annotator_work import uid_of, work_as

BODY = "Presiden Joko Widodo bertemu Perdana Menteri Jepang di Tokyo, Senin (4/3)."


def _at(word: str, label: str, kind: str = "entity"):  # type: ignore[no-untyped-def]
    start = BODY.index(word)
    return type("Sug", (), {"start": start, "end": start + len(word), "label": label, "kind": kind,
                            "normalized": None})()


@pytest.fixture
def merged(tmp_path: Path) -> int:
    """ani and budi both say Joko Widodo is the SOURCE of bertemu; they differ on Jepang's label."""
    yield _merge(tmp_path, {"ani": "SOURCE", "budi": "SOURCE"})
    db.close_project()


@pytest.fixture
def roles_differ(tmp_path: Path) -> int:
    """As merged, but budi says Joko Widodo is the TARGET of bertemu."""
    yield _merge(tmp_path, {"ani": "SOURCE", "budi": "TARGET"})
    db.close_project()


def _merge(tmp_path: Path, role_of: dict[str, str]) -> int:
    master = tmp_path / "master.kliping"
    db.open_project(master, annotator="sup")
    [row] = articles.add_articles([NewArticle(
        body=BODY, raw_text=BODY, source_file="1.txt", outlet="Kompas",
        spans=[_at("Joko Widodo", "PERSON"), _at("Jepang", "GPE"), _at("bertemu", "CONSULT", "event")])])
    copies = {name: tmp_path / f"{name}.kliping" for name in ("ani", "budi")}
    for name, path in copies.items():
        export_copy([row.id], path, name)
    db.close_project()

    def edit(label: str, role: str):  # type: ignore[no-untyped-def]
        def run(first: int) -> None:
            spans.relabel_span(uid_of(first, "Jepang"), label)
            roles.add_role(uid_of(first, "bertemu"), uid_of(first, "Joko Widodo"), role)
        return run

    work_as(copies["ani"], "ani", edit("LOC", role_of["ani"]))
    work_as(copies["budi"], "budi", edit("ORG", role_of["budi"]))
    out = tmp_path / "merged.kliping"
    merge_projects(out, list(copies.values()))
    db.open_project(out, annotator="sup")
    return Article.select().first().id


def _version(article_id: int) -> set[tuple[str, str]]:
    return {(s.text, s.label) for s in annotator_version(article_id, ADJUDICATED)}


def test_an_edited_span_is_the_supervisor_s_row_and_the_annotators_rows_stay(merged: int) -> None:
    _, rows = positions(merged)
    by_text = {p.text: p for p in rows}
    jepang, joko = by_text["Jepang"], by_text["Joko Widodo"]
    start = BODY.index("Perdana Menteri Jepang")
    kept = adjudicate(merged, {(jepang.start, jepang.end): "budi"},
                      edits={(jepang.start, jepang.end): SpanEdit(start, jepang.end, "PERSON"),
                             (joko.start, joko.end): SpanEdit(BODY.index("Presiden"), joko.end, "PERSON")})
    assert kept == 3
    assert _version(merged) == {("Perdana Menteri Jepang", "PERSON"), ("Presiden Joko Widodo", "PERSON"),
                                ("bertemu", "CONSULT")}
    own = {m.text: m for m in Mention.select().join(Annotator).where(Annotator.name == ADJUDICATED)}
    assert own["Perdana Menteri Jepang"].variant_of == jepang.roots["budi"]  # a version of budi's span
    # The annotators' versions are as they merged them.
    assert {(s.text, s.label) for s in annotator_version(merged, "budi")} >= {("Jepang", "ORG")}
    assert {(s.text, s.label) for s in annotator_version(merged, "ani")} >= {("Jepang", "LOC")}
    # Both said Joko Widodo is the SOURCE: one role, moved onto the supervisor's span.
    [role] = annotator_roles(merged, ADJUDICATED)
    assert (role.label, role.entity) == ("SOURCE", own["Presiden Joko Widodo"].uid)
    # Opened again, the dialog's state comes back: the picks and the edits at their positions.
    verdicts = current_verdicts(merged)
    assert verdicts.picks[(jepang.start, jepang.end)] == "budi"
    assert verdicts.edits[(jepang.start, jepang.end)] == SpanEdit(start, jepang.end, "PERSON")
    assert verdicts.added == []


def test_added_spans_and_re_adjudication_drop_unheld_own_rows(merged: int) -> None:
    tokyo = SpanEdit(BODY.index("Tokyo"), BODY.index("Tokyo") + 5, "GPE")
    adjudicate(merged, {}, added=[tokyo])
    assert ("Tokyo", "GPE") in _version(merged)
    assert current_verdicts(merged).added == [tokyo]
    own = Mention.select().where(Mention.variant_of.is_null() & (Mention.text == "Tokyo"))
    assert own.count() == 1
    adjudicate(merged, {}, added=[tokyo])  # the same edit saved twice makes one row
    assert Mention.select().where(Mention.text == "Tokyo").count() == 1
    adjudicate(merged, {})  # no longer added: the supervisor's row goes
    assert Mention.select().where(Mention.text == "Tokyo").count() == 0
    assert ("Tokyo", "GPE") not in _version(merged)


def test_restore_deletes_and_recreates_the_own_rows_for_undo_and_redo(merged: int) -> None:
    _, rows = positions(merged)
    joko = next(p for p in rows if p.text == "Joko Widodo")
    before = saved(merged)
    assert before is None
    adjudicate(merged, {}, edits={(joko.start, joko.end): SpanEdit(BODY.index("Presiden"), joko.end,
                                                                     "PERSON")})
    after = saved(merged)
    assert after is not None and [m["text"] for m in after["mentions"]] == ["Presiden Joko Widodo"]
    restore(merged, before)  # undo
    assert annotator_version(merged, ADJUDICATED) == []
    assert not Mention.select().where(Mention.text == "Presiden Joko Widodo").exists()
    assert not Role.select().where(Role.variant_of.is_null(False) & Role.annotator.is_null(False)
                                   & (Role.uid.in_([r["uid"] for r in after["roles"]]))).exists()
    restore(merged, after)  # redo: the same rows, with the same uids
    assert ("Presiden Joko Widodo", "PERSON") in _version(merged)
    [role] = annotator_roles(merged, ADJUDICATED)
    assert role.id == after["roles"][0]["uid"]
    restore(merged, [["article", Article.get_by_id(merged).uid, "done"]])  # an old log's entries alone
    assert annotator_version(merged, ADJUDICATED) == []


def test_a_draft_round_trips_and_a_broken_one_is_ignored(merged: int) -> None:
    from models.adjudication import Verdicts
    from models.adjudication_drafts import _key, drop_draft, load_draft, save_draft
    from models.schema import ProjectSetting

    assert load_draft(merged) is None
    state = Verdicts(picks={(9, 20): "budi", (45, 51): None},
                     edits={(9, 20): SpanEdit(0, 20, "PERSON")}, added=[SpanEdit(55, 60, "GPE")],
                     roles={((21, 28), (9, 20)): "ani", ((21, 28), (45, 51)): None})
    save_draft(merged, state)
    restored, saved_at = load_draft(merged)  # type: ignore[misc]
    assert restored == state and saved_at
    ProjectSetting.replace(key=_key(merged), value="{not json").execute()
    assert load_draft(merged) is None
    drop_draft(merged)
    assert not ProjectSetting.select().where(ProjectSetting.key == _key(merged)).exists()


def test_a_role_the_annotators_gave_differently_is_picked_like_a_span(roles_differ: int) -> None:
    from models.adjudication import role_positions

    names, rows = positions(roles_differ)
    [pair] = role_positions(roles_differ, names, rows)
    assert pair.labels == {"ani": "SOURCE", "budi": "TARGET"} and not pair.agreed
    adjudicate(roles_differ, {})
    assert annotator_roles(roles_differ, ADJUDICATED) == [], "a difference nobody decided keeps no role"
    joko = next(p for p in rows if p.text == "Joko Widodo")
    moved = SpanEdit(BODY.index("Presiden"), joko.end, "PERSON")
    adjudicate(roles_differ, {}, edits={(joko.start, joko.end): moved},
               roles={(pair.event, pair.entity): "budi"})
    [role] = annotator_roles(roles_differ, ADJUDICATED)
    presiden = next(s for s in annotator_version(roles_differ, ADJUDICATED) if s.label == "PERSON")
    assert (role.label, role.entity) == ("TARGET", presiden.id), "budi's role, onto the moved span"
    assert current_verdicts(roles_differ).roles == {(pair.event, pair.entity): "budi"}
