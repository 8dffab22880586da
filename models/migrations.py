"""Schema versions of a project file and the forward steps between them."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from peewee import Database

from models.default_schema import DEFAULT_LABELS
from models.schema import TABLES_V1, Label, ProjectSetting

SCHEMA_VERSION = 6


def _create_v1(db: Database) -> None:
    db.create_tables(TABLES_V1)
    Label.insert_many(
        [
            {"name": lab.name, "kind": lab.kind, "colour": lab.colour, "hotkey": lab.hotkey,
             "description": lab.description, "position": pos}
            for pos, lab in enumerate(DEFAULT_LABELS)
        ]
    ).execute()


def _settings_v2(db: Database) -> None:
    db.create_tables([ProjectSetting])


def _search_v3(db: Database) -> None:
    """Full-text search over titles and bodies (SQLite FTS5), kept in step by triggers."""
    for statement in (
        "CREATE VIRTUAL TABLE article_fts USING fts5(title, body, content='article', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
        "INSERT INTO article_fts(rowid, title, body) SELECT id, coalesce(title, ''), body FROM article",
        "CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN "
        "INSERT INTO article_fts(rowid, title, body) VALUES (new.id, coalesce(new.title, ''), new.body); END",
        "CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN "
        "INSERT INTO article_fts(article_fts, rowid, title, body) "
        "VALUES ('delete', old.id, coalesce(old.title, ''), old.body); END",
        "CREATE TRIGGER article_fts_update AFTER UPDATE OF title, body ON article BEGIN "
        "INSERT INTO article_fts(article_fts, rowid, title, body) "
        "VALUES ('delete', old.id, coalesce(old.title, ''), old.body); "
        "INSERT INTO article_fts(rowid, title, body) VALUES (new.id, coalesce(new.title, ''), new.body); END",
    ):
        db.execute_sql(statement)


def _undo_log_v4(db: Database) -> None:
    """Each annotator's undo stack (models.undo_log), written out so this step never changes."""
    for statement in (
        'CREATE TABLE "undo_entry" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"annotator_id" INTEGER NOT NULL REFERENCES "annotator" ("id") ON DELETE CASCADE, '
        '"position" INTEGER NOT NULL, "text" TEXT NOT NULL, "kind" VARCHAR(255) NOT NULL, '
        '"payload" TEXT NOT NULL, "undone" INTEGER NOT NULL DEFAULT 0, "created_at" DATETIME NOT NULL)',
        'CREATE UNIQUE INDEX "undo_entry_annotator_id_position" ON "undo_entry" ("annotator_id", "position")',
    ):
        db.execute_sql(statement)


def _linking_v5(db: Database) -> None:
    """Cross-outlet linking: whether a mention's card link is confirmed, article relations (near
    duplicates) and rejected link candidates."""
    # Step 1 creates mention from today's model, which already has the column.
    for table, column, definition in (("mention", "link_state", "VARCHAR(255)"),
                                      ("cluster", "participants", "TEXT NOT NULL DEFAULT '[]'")):
        columns = {row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")')}
        if column not in columns:
            db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {definition}')
    for statement in (
        'CREATE TABLE "article_relation" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"article_a_id" INTEGER NOT NULL REFERENCES "article" ("id") ON DELETE CASCADE, '
        '"article_b_id" INTEGER NOT NULL REFERENCES "article" ("id") ON DELETE CASCADE, '
        '"kind" VARCHAR(255) NOT NULL, "score" REAL NOT NULL, "origin" VARCHAR(255) NOT NULL, '
        '"state" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL)',
        'CREATE UNIQUE INDEX "article_relation_pair" ON "article_relation" '
        '("article_a_id", "article_b_id", "kind")',
        'CREATE TABLE "rejected_candidate" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"mention_id" INTEGER NOT NULL REFERENCES "mention" ("id") ON DELETE CASCADE, '
        '"target_uid" VARCHAR(255) NOT NULL, "annotator_id" INTEGER REFERENCES "annotator" ("id") '
        'ON DELETE SET NULL, "created_at" DATETIME NOT NULL)',
        'CREATE UNIQUE INDEX "rejected_candidate_pair" ON "rejected_candidate" ("mention_id", "target_uid")',
        'CREATE INDEX "mention_kind_label" ON "mention" ("kind", "label")',
        'CREATE INDEX "mention_cluster" ON "mention" ("cluster_id")',
    ):
        db.execute_sql(statement)


def _copies_v6(db: Database) -> None:
    """Copies and merge: digests of a copy's exported rows, annotators' versions, variant rows."""
    # Step 1 creates the three tables from today's models, which already have the column.
    for table in ("mention", "role", "cluster"):
        columns = {row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")')}
        if "variant_of" not in columns:
            db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "variant_of" VARCHAR(255)')
    for statement in (
        'CREATE TABLE "copy_base" ("id" INTEGER NOT NULL PRIMARY KEY, "target" VARCHAR(255) NOT NULL, '
        '"uid" VARCHAR(255) NOT NULL, "digest" VARCHAR(255) NOT NULL, "article_id" INTEGER)',
        'CREATE UNIQUE INDEX "copy_base_target_uid" ON "copy_base" ("target", "uid")',
        'CREATE TABLE "version_entry" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"annotator_id" INTEGER NOT NULL REFERENCES "annotator" ("id") ON DELETE CASCADE, '
        '"target" VARCHAR(255) NOT NULL, "uid" VARCHAR(255) NOT NULL, '
        '"article_id" INTEGER REFERENCES "article" ("id") ON DELETE CASCADE, '
        '"decision" VARCHAR(255) NOT NULL, "copy_uid" VARCHAR(255), "created_at" DATETIME NOT NULL)',
        'CREATE UNIQUE INDEX "version_entry_annotator_id_target_uid" ON "version_entry" '
        '("annotator_id", "target", "uid")',
        'CREATE INDEX "version_entry_article_id_annotator_id" ON "version_entry" '
        '("article_id", "annotator_id")',
        'CREATE INDEX "mention_variant_of" ON "mention" ("variant_of")',
    ):
        db.execute_sql(statement)


# STEPS[n] takes a file from version n to n + 1. Never change a step once released: add one.
STEPS: dict[int, Callable[[Database], None]] = {
    0: _create_v1, 1: _settings_v2, 2: _search_v3, 3: _undo_log_v4, 4: _linking_v5, 5: _copies_v6,
}


def migrate(db: Database, version: int) -> None:
    """Run every step from version up to SCHEMA_VERSION, each in its own transaction."""
    while version < SCHEMA_VERSION:
        with db.atomic():
            STEPS[version](db)
            version += 1
            db.execute_sql(f"PRAGMA user_version = {version}")


def backup(path: Path, version: int) -> Path:
    """Copy the project aside before a migration changes it; returns the copy's path."""
    target = path.with_name(f"{path.name}.v{version}.bak")
    src = sqlite3.connect(str(path))
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target
