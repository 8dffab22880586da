"""Copies for annotators and merging them back: every decision kept with its annotator, idempotent."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from models import articles, db, links, migrations, roles, spans
from models.articles import NewArticle
from models.copies import export_copy
from models.errors import NewerProjectError, NotAProjectError, ProjectError
from models.merge import merge_copy, merge_projects
from models.schema import Article, Mention, database
from models.versions import annotator_roles, annotator_status, annotator_version, annotators_of, rejected_by
from tests.annotator_work import uid_of, work_as

B1 = "Presiden Joko Widodo bertemu Perdana Menteri Jepang di Tokyo, Senin (4/3)."
B2 = "Menlu Retno Marsudi bertemu Menlu Wang Yi di Jakarta pada Senin."


@dataclass(frozen=True)
class Sug:
    start: int
    end: int
    label: str
    kind: str = "entity"
    normalized: str | None = None


@dataclass(frozen=True)
class Rol:
    event_index: int
    entity_index: int
    label: str


def _sug(body: str, word: str, label: str, kind: str = "entity") -> Sug:
    at = body.index(word)
    return Sug(at, at + len(word), label, kind)


@pytest.fixture(autouse=True)
def _closed() -> None:
    yield
    db.close_project()


def _master(path: Path) -> list[int]:
    db.open_project(path, annotator="sup")
    rows = articles.add_articles([
        NewArticle(body=B1, raw_text=B1, source_file="1.txt", outlet="Kompas",
                   spans=[_sug(B1, "Joko Widodo", "PERSON"), _sug(B1, "Jepang", "GPE"),
                          _sug(B1, "Tokyo", "GPE"), _sug(B1, "bertemu", "CONSULT", "event")],
                   roles=[Rol(3, 0, "SOURCE")]),
        NewArticle(body=B2, raw_text=B2, source_file="2.txt", outlet="Tempo",
                   spans=[_sug(B2, "Retno Marsudi", "PERSON"), _sug(B2, "bertemu", "CONSULT", "event"),
                          _sug(B2, "Jakarta", "GPE")]),
    ])
    return [r.id for r in rows]




def _ani(a1: int, a2: int) -> None:
    spans.set_states([uid_of(a1, "Joko Widodo")], "accepted")  # accept a suggestion
    spans.relabel_span(uid_of(a1, "Jepang"), "LOC")  # relabel
    spans.delete_span(uid_of(a1, "Tokyo"))  # reject
    senin = spans.add_span(a1, B1.index("Senin"), B1.index("Senin") + 5, "DATE").span.id  # add a span
    [source] = spans.list_roles(a1)
    roles.accept_role(source.id)
    roles.add_role(uid_of(a1, "bertemu"), senin, "TIME")  # add a role
    links.link_pair(uid_of(a1, "bertemu"), uid_of(a2, "bertemu"), "Pertemuan")  # one real event
    articles.set_status(a1, "done")


def _budi(a1: int, a2: int) -> None:
    spans.set_states([uid_of(a1, "Joko Widodo")], "accepted")  # the same decision as ani
    spans.relabel_span(uid_of(a1, "Jepang"), "ORG")  # a different one
    tokyo = uid_of(a1, "Tokyo")
    spans.update_span(tokyo, start=B1.index("di Tokyo"))  # resize where ani rejected
    [source] = spans.list_roles(a1)
    roles.delete_role(source.id)


def _copies(tmp_path: Path) -> tuple[Path, Path, Path]:
    master = tmp_path / "master.kliping"
    ids = _master(master)
    ani, budi = tmp_path / "ani.kliping", tmp_path / "budi.kliping"
    export_copy(ids, ani, "ani")
    export_copy(ids, budi, "budi")
    db.close_project()
    work_as(ani, "ani", _ani)
    work_as(budi, "budi", _budi)
    return master, ani, budi


def _span_key(hashes: dict[int, str], s: object) -> tuple[object, ...]:
    return (hashes[s.article_id], s.start, s.end, s.label, s.state)  # type: ignore[attr-defined]


def _view(version_of: str | None = None) -> dict[str, object]:
    """What the open project (or one annotator's version in it) holds, by article content."""
    hashes = {a.id: a.content_hash for a in Article.select()}
    found: dict[str, object] = {}
    groups: dict[str, set[tuple[object, ...]]] = {}
    for article_id, digest in hashes.items():
        if version_of is None:
            rows, role_rows = spans.list_spans(article_id), spans.list_roles(article_id)
        else:
            rows = annotator_version(article_id, version_of)
            role_rows = annotator_roles(article_id, version_of)
        by_uid = {s.id: _span_key(hashes, s) for s in rows}
        found[digest] = (sorted(by_uid.values()),
                         sorted((by_uid[r.event], by_uid[r.entity], r.label, r.state) for r in role_rows))
        for s in rows:
            if s.cluster:
                groups.setdefault(s.cluster, set()).add(by_uid[s.id])
    found["clusters"] = sorted(sorted(g) for g in groups.values())
    return found


def _copy_view(path: Path) -> dict[str, object]:
    db.open_project(path, annotator="reader")
    try:
        return _view()
    finally:
        db.close_project()


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        tables = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                            "AND name NOT LIKE 'article_fts%'")]
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        con.close()


def test_export_copy_keeps_the_open_project_and_uids(tmp_path: Path) -> None:
    master = tmp_path / "master.kliping"
    a1, _ = _master(master)
    before = _dump(master)
    report = export_copy([a1], tmp_path / "c.kliping", "ani")
    assert db.session.path == master and db.session.annotator_name == "sup"
    assert _dump(master) == before, "exporting changes nothing in the open project"
    assert (report.articles, report.mentions, report.roles) == (1, 4, 1)
    uids = {s.id for s in spans.list_spans(a1)}
    with pytest.raises(ProjectError, match="already exists"):
        export_copy([a1], tmp_path / "c.kliping")
    db.close_project()
    db.open_project(tmp_path / "c.kliping", annotator="ani")
    assert {s.id for s in spans.list_spans(a1)} == uids
    assert [a.source_file for a in articles.list_articles()] == ["1.txt"]
    found = database.execute_sql("SELECT rowid FROM article_fts WHERE article_fts MATCH 'tokyo'").fetchall()
    assert found == [(a1,)], "the copy's articles are searchable"


def test_two_annotators_merge_side_by_side_and_idempotently(tmp_path: Path) -> None:
    _, ani, budi = _copies(tmp_path)
    expected = {"ani": _copy_view(ani), "budi": _copy_view(budi)}
    out = tmp_path / "merged.kliping"
    reports = merge_projects(out, [ani, budi], annotator="sup")
    assert [r.annotator for r in reports] == ["ani", "budi"]
    assert reports[0].articles_added == 2 and reports[1].articles_matched == 2
    # budi's ORG beside ani's LOC, and budi's two "bertemu" left out of ani's card beside ani's linked ones
    assert reports[1].mentions.conflicting == 3
    assert reports[1].mentions.added == 1, "budi's resized Tokyo, which ani's copy did not bring"
    assert "mentions:" in reports[1].summary()

    db.open_project(out, annotator="sup")
    a1 = Article.get(Article.source_file == "1.txt").id
    for name in ("ani", "budi"):
        assert _view(name) == expected[name], f"{name}'s version is exactly what {name}'s copy held"
    assert annotators_of(a1) == ["ani", "budi"]
    assert annotator_status(a1, "ani") == "done"
    jepang = {s.label: s for s in spans.list_spans(a1) if s.start == B1.index("Jepang")}
    assert {lab: s.annotator for lab, s in jepang.items()} == {"LOC": "ani", "ORG": "budi"}
    [budi_jepang] = [s for s in annotator_version(a1, "budi") if s.label == "ORG"]
    assert budi_jepang.variant_of == jepang["LOC"].id, "the variant names the mention it is a version of"
    tokyo = next(s for s in annotator_version(a1, "budi") if "Tokyo" in s.text)
    assert tokyo.text == "di Tokyo" and tokyo.id in rejected_by(a1, "ani")
    joko = [s for s in spans.list_spans(a1) if s.text == "Joko Widodo"]
    assert len(joko) == 1 and joko[0].annotator == "ani", "one row for the decision both made"
    assert rejected_by(a1, "budi") == [r.id for r in annotator_roles(a1, "ani") if r.label == "SOURCE"]
    db.close_project()

    before = _dump(out)
    again = merge_projects(out, [ani, budi], annotator="sup")
    assert not any(r.changed for r in again)
    assert "already merged" in again[0].summary()
    assert _dump(out) == before, "merging the same copies again changes nothing"


def test_merge_into_the_master_changes_suggestions_in_place(tmp_path: Path) -> None:
    master, ani, budi = _copies(tmp_path)
    db.open_project(master, annotator="sup")
    first = merge_copy(ani)
    assert (first.articles_matched, first.mentions.changed, first.mentions.added) == (2, 4, 1)
    assert first.mentions.rejected == 1 and first.clusters.added == 1
    a1 = Article.get(Article.source_file == "1.txt").id
    jepang = uid_of(a1, "Jepang")
    second = merge_copy(budi)
    assert second.mentions.conflicting >= 1
    rows = {m.label: m for m in Mention.select().where(Mention.start == B1.index("Jepang"))}
    assert rows["LOC"].uid == jepang and rows["ORG"].variant_of == jepang
    assert {s.label for s in annotator_version(a1, "ani")} >= {"LOC", "DATE", "PERSON"}
    before = _dump(master)
    assert not merge_copy(ani).changed
    assert _dump(master) == before


def test_bad_inputs_are_refused_and_leave_out_unchanged(tmp_path: Path) -> None:
    _, ani, _ = _copies(tmp_path)
    out = tmp_path / "merged.kliping"
    merge_projects(out, [ani], annotator="sup")
    before = out.read_bytes()
    foreign = tmp_path / "notes.db"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    garbage = tmp_path / "garbage.kliping"
    garbage.write_bytes(b"\x00not a project at all" * 10)
    with pytest.raises(NotAProjectError, match=r"notes\.db is not a Kliping project.*another program"):
        merge_projects(out, [ani, foreign])
    with pytest.raises(NotAProjectError, match=r"garbage\.kliping.*not an SQLite database"):
        merge_projects(out, [garbage])
    with pytest.raises(NotAProjectError, match=r"missing\.kliping.*no such file"):
        merge_projects(out, [tmp_path / "missing.kliping"])
    assert out.read_bytes() == before
    newer = tmp_path / "newer.kliping"
    newer.write_bytes(ani.read_bytes())
    con = sqlite3.connect(newer)
    con.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    with pytest.raises(NewerProjectError, match=r"newer\.kliping was made by a newer Kliping"):
        merge_projects(out, [newer])
    assert out.read_bytes() == before
    fresh = tmp_path / "fresh.kliping"
    with pytest.raises(NotAProjectError):
        merge_projects(fresh, [garbage])
    assert not fresh.exists(), "a refused merge does not create OUT"


def test_a_failing_merge_rolls_the_input_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    master, ani, _ = _copies(tmp_path)
    db.open_project(master, annotator="sup")
    before = _dump(master)

    def broken(*args: object) -> None:
        raise ValueError("disk on fire")

    monkeypatch.setattr("models.merge.place_roles", broken)
    with pytest.raises(ProjectError, match=r"ani\.kliping could not be merged \(disk on fire\); "
                                           r"master\.kliping was left as it was"):
        merge_copy(ani)
    assert _dump(master) == before


def test_version_5_file_migrates_to_copies_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.kliping"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "SCHEMA_VERSION", 5)
        db.open_project(path)
        articles.add_articles([NewArticle(body=B1, raw_text=B1, source_file="1.txt",
                                          spans=[_sug(B1, "Tokyo", "GPE")])])
        database.execute_sql('ALTER TABLE mention DROP COLUMN variant_of')  # as a v5 file had it
        db.close_project()
    db.open_project(path)
    assert (tmp_path / "old.kliping.v5.bak").exists()
    assert database.execute_sql("PRAGMA user_version").fetchone()[0] == 6
    columns = {row[1] for row in database.execute_sql('PRAGMA table_info("mention")')}
    assert "variant_of" in columns
    assert [s.text for s in spans.list_spans(1)] == ["Tokyo"]
    assert annotators_of(1) == []
