"""Export a copy of chosen articles for an annotator to work on offline, ready to be merged back.

A copy is an ordinary project file: the open project's schema (tables, indexes, search triggers),
labels, annotators, outlets and settings, the chosen articles with their mentions, roles, rejected
link candidates and relations between them, and the cards those mentions are in. Every row keeps its
uid and integer id, so models.merge can recognise it. The copy also holds, in copy_base, the digest
of each exported mention, role and card: merging compares the copy's rows with those to tell what the
annotator changed from what they left alone. Its settings name the copy (copy.uid), the annotator it
is for (copy.for), the project it came from and when. The change log and undo stacks stay behind.

It is written with its own SQLite connection into a temporary file that is renamed into place only
when complete, so the open project is neither closed nor changed and a failed export leaves nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from models.copy_file import (
    COPY_FOR,
    COPY_MADE,
    COPY_SOURCE,
    COPY_UID,
    ProjectData,
    load,
    row_digest,
)
from models.db import APPLICATION_ID, session
from models.errors import EditError, ProjectError
from models.schema import Article, new_uid

# Tables copied row for row, in an order that satisfies their references; {ids} is the chosen articles.
_COPIED = (
    ("annotator", "SELECT * FROM src.annotator"),
    ("outlet", "SELECT * FROM src.outlet"),
    ("label", "SELECT * FROM src.label"),
    ("project_setting", "SELECT * FROM src.project_setting WHERE key NOT LIKE 'copy.%'"),
    ("article", "SELECT * FROM src.article WHERE id IN (SELECT id FROM chosen)"),
    ("cluster", "SELECT * FROM src.cluster WHERE id IN (SELECT cluster_id FROM src.mention "
                "WHERE article_id IN (SELECT id FROM chosen))"),
    ("mention", "SELECT * FROM src.mention WHERE article_id IN (SELECT id FROM chosen)"),
    ("role", "SELECT * FROM src.role WHERE event_id IN (SELECT id FROM main.mention)"),
    ("rejected_candidate", "SELECT * FROM src.rejected_candidate WHERE mention_id IN "
                           "(SELECT id FROM main.mention)"),
    ("article_relation", "SELECT * FROM src.article_relation WHERE article_a_id IN "
                         "(SELECT id FROM chosen) AND article_b_id IN (SELECT id FROM chosen)"),
)


@dataclass(frozen=True)
class CopyReport:
    path: Path
    copy_uid: str
    for_annotator: str | None
    articles: int
    mentions: int
    roles: int
    clusters: int

    def summary(self) -> str:
        who = f" for {self.for_annotator}" if self.for_annotator else ""
        return (f"Wrote a copy{who} to {self.path}: {self.articles} articles, {self.mentions} mentions, "
                f"{self.roles} roles, {self.clusters} event cards.")


def article_ids_with_status(statuses: Sequence[str]) -> list[int]:
    """Ids of the articles in any of these review statuses, in import order."""
    query = Article.select(Article.id).where(Article.status.in_(list(statuses))).order_by(Article.id)
    return [a.id for a in query]


def _schema(con: sqlite3.Connection) -> None:
    """Recreate the source's tables, indexes and triggers (not the search index's own tables)."""
    rows = con.execute("SELECT type, name, sql FROM src.sqlite_master WHERE sql IS NOT NULL").fetchall()
    virtual = [name for _, name, sql in rows if sql.upper().startswith("CREATE VIRTUAL TABLE")]
    order = {"table": 0, "index": 1, "view": 2, "trigger": 3}
    for kind, name, sql in sorted(rows, key=lambda r: order.get(r[0], 4)):
        shadow = kind == "table" and any(name.startswith(f"{v}_") for v in virtual)
        if name.startswith("sqlite_") or shadow:
            continue
        con.execute(sql)


def _fill(con: sqlite3.Connection, article_ids: Sequence[int], for_annotator: str | None,
          source: Path) -> tuple[str, ProjectData]:
    con.execute("CREATE TEMP TABLE chosen (id INTEGER PRIMARY KEY)")
    con.executemany("INSERT INTO chosen VALUES (?)", [(i,) for i in article_ids])
    for table, select in _COPIED:
        con.execute(f'INSERT INTO main."{table}" {select}')
    copy_uid = new_uid()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    if for_annotator:
        con.execute("INSERT OR IGNORE INTO annotator (uid, name, created_at) VALUES (?, ?, ?)",
                    (new_uid(), for_annotator, now))
    settings = {COPY_UID: copy_uid, COPY_SOURCE: source.name, COPY_MADE: now}
    if for_annotator:
        settings[COPY_FOR] = for_annotator
    con.executemany("INSERT INTO project_setting (key, value) VALUES (?, ?)", settings.items())
    data = load(con, source)
    article_of = {m["uid"]: m["article_id"] for m in data.mentions}
    base = [(target, row["uid"], row_digest(target, row), article_of.get(row.get("event_uid", row["uid"])))
            for target, rows in (("mention", data.mentions), ("role", data.roles), ("cluster", data.clusters))
            for row in rows]
    con.executemany("INSERT INTO copy_base (target, uid, digest, article_id) VALUES (?, ?, ?, ?)", base)
    con.execute("INSERT INTO change_log (at, annotator, action, target, target_uid, after) "
                "VALUES (?, ?, 'copy', 'project', ?, ?)",
                (now, session.annotator_name, copy_uid, json.dumps({"source": source.name})))
    return copy_uid, data


def export_copy(article_ids: Sequence[int], path: str | Path, for_annotator: str | None = None, *,
                overwrite: bool = False) -> CopyReport:
    """Write a new project file holding these articles and everything attached to them."""
    source = session.path
    if source is None:
        raise ProjectError("Open a project before exporting a copy of it.")
    target = Path(path).expanduser().resolve()
    if target == source:
        raise ProjectError(f"{target} is the open project; choose another file for the copy.")
    if target.exists() and not overwrite:
        raise ProjectError(f"{target} already exists; choose a new file for the copy.")
    ids = sorted(set(article_ids))
    if not ids:
        raise EditError("Choose at least one article to copy.")
    found = {a.id for a in Article.select(Article.id).where(Article.id.in_(ids))}
    if missing := [i for i in ids if i not in found]:
        raise EditError(f"article {missing[0]} does not exist")
    part = target.with_name(f"{target.name}.part")
    part.unlink(missing_ok=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = sqlite3.connect(part.as_uri(), uri=True)
        try:
            con.execute("ATTACH DATABASE ? AS src", (f"{source.as_uri()}?mode=ro",))
            version = con.execute("PRAGMA src.user_version").fetchone()[0]
            with con:
                _schema(con)
                copy_uid, data = _fill(con, ids, for_annotator, source)
            con.execute("DETACH DATABASE src")
            con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            con.execute(f"PRAGMA user_version = {version}")
            con.execute("PRAGMA journal_mode = wal")
        finally:
            con.close()
        if overwrite:
            for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
                leftover.unlink(missing_ok=True)
        part.replace(target)
    except (sqlite3.Error, OSError) as exc:
        part.unlink(missing_ok=True)
        raise ProjectError(f"The copy {target} could not be written: {exc}") from exc
    return CopyReport(target, copy_uid, for_annotator, len(data.articles), len(data.mentions),
                      len(data.roles), len(data.clusters))
