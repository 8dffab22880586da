"""Opening project files: creation, versions, refusal of foreign and newer files, backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from models import db, migrations
from models.articles import NewArticle, add_articles
from models.errors import NewerProjectError, NotAProjectError, ProjectError
from models.labels import list_labels
from models.schema import database
from models.settings import get_setting, set_setting


def test_new_project_has_default_schema_and_pragmas(project: Path) -> None:
    names = [lab.name for lab in list_labels()]
    assert names[:5] == ["PERSON", "ORG", "GPE", "LOC", "DATE"]
    assert "ACCUSE" in names and "COOPERATE" in names
    hotkeys = [lab.hotkey for lab in list_labels()]
    assert len(set(hotkeys)) == len(hotkeys), "hotkeys are unique"
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.execute_sql("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    assert database.execute_sql("PRAGMA application_id").fetchone()[0] == db.APPLICATION_ID


def test_reopening_keeps_the_file(project: Path) -> None:
    db.close_project()
    db.open_project(project)
    assert len(list_labels()) > 10
    assert db.session.annotator_name


def test_foreign_database_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(NotAProjectError, match=r"other\.db.*another program"):
        db.open_project(path)
    assert path.read_bytes() == before


def test_non_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.kliping"
    path.write_text("hello")
    with pytest.raises(NotAProjectError, match=r"notes\.kliping.*not an SQLite database"):
        db.open_project(path)
    assert path.read_text() == "hello"


def test_newer_project_is_refused(project: Path) -> None:
    database.execute_sql(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    db.close_project()
    with pytest.raises(NewerProjectError, match="newer Kliping"):
        db.open_project(project)


def test_version_1_file_is_backed_up_and_migrated(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.kliping"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "SCHEMA_VERSION", 1)
        db.open_project(path)
        labels_before = list_labels()
        add_articles([NewArticle(body="Menlu bertemu di Vientiane.", raw_text="", source_file="a.txt")])
        db.close_project()
    db.open_project(path)
    try:
        assert (tmp_path / "old.kliping.v1.bak").exists()
        assert database.execute_sql("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert list_labels() == labels_before
        found = database.execute_sql(
            "SELECT rowid FROM article_fts WHERE article_fts MATCH 'vientiane'").fetchall()
        assert len(found) == 1, "articles from before the migration are searchable"
        set_setting("ner_model", "/models/x")
        assert get_setting("ner_model") == "/models/x"
    finally:
        db.close_project()


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.kliping"
    db.open_project(path)
    db.close_project()

    def broken(database_: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", migrations.SCHEMA_VERSION + 1)
    monkeypatch.setitem(migrations.STEPS, migrations.SCHEMA_VERSION - 1, broken)
    with pytest.raises(ProjectError, match=r"p\.kliping could not be opened: disk on fire"):
        db.open_project(path)
    monkeypatch.undo()
    db.open_project(path)
    try:
        assert database.execute_sql("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    finally:
        db.close_project()
