"""Another project file (a copy, or a project to merge) read read-only into plain rows, and row digests.

The reader uses its own SQLite connection, so the open project is never touched, and reads whole
tables as dicts, so a file of an older schema (missing a column or a table) reads as well as a
current one. The digests say what a row *is* for merging: a mention's article (by content hash),
bounds, label, state and card; a role's event, entity, label and state; a card's fields. Cards are
named by their root uid (a variant's original), so giving a card a new title in one copy does not
turn every member mention into a conflict.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.db import check_project_file
from models.errors import NotAProjectError

Row = dict[str, Any]

# ProjectSetting keys a copy carries about itself.
COPY_UID = "copy.uid"
COPY_FOR = "copy.for"
COPY_SOURCE = "copy.source"
COPY_MADE = "copy.made"


@dataclass(frozen=True)
class ProjectData:
    """Everything a merge needs of one input file; references are resolved to uids and names."""

    path: Path
    settings: dict[str, str]
    annotators: list[Row]
    labels: list[Row]
    articles: list[Row]  # + "outlet_name"
    clusters: list[Row]  # + "annotator_name", "root"
    mentions: list[Row]  # + "article_hash", "cluster_uid", "cluster_root", "annotator_name"
    roles: list[Row]  # + "event_uid", "entity_uid", "annotator_name"
    rejected: list[Row]  # mention_uid, target_uid, annotator_name
    base: dict[tuple[str, str], str]  # (target, uid) -> digest when the copy was made
    base_articles: dict[tuple[str, str], int]  # (target, uid) -> the copy's article of a mention or role
    change_counts: Counter[str]  # changes logged per annotator name

    @property
    def copy_uid(self) -> str | None:
        return self.settings.get(COPY_UID)

    def owner(self) -> str | None:
        """Whose version this file is: the annotator it was made for, else who changed it most."""
        named = self.settings.get(COPY_FOR)
        if named:
            return named
        common = self.change_counts.most_common(1)
        return common[0][0] if common else None


def _digest(key: tuple[Any, ...]) -> str:
    return hashlib.sha1(json.dumps(key, ensure_ascii=False, default=str).encode()).hexdigest()


def _day(value: Any) -> str | None:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)[:10] if value else None


def mention_digest(article_hash: str, start: int, end: int, label: str, state: str,
                   cluster_root: str | None, link_state: str | None) -> str:
    return _digest(("mention", article_hash, start, end, label, state, cluster_root,
                    link_state if cluster_root else None))


def role_digest(event_uid: str, entity_uid: str, label: str, state: str) -> str:
    return _digest(("role", event_uid, entity_uid, label, state))


def cluster_digest(title: str | None, event_type: str | None, date: Any, place: str | None,
                   participants: str | None, state: str) -> str:
    return _digest(("cluster", title or "", event_type, _day(date), place, participants or "[]", state))


def row_digest(target: str, row: Row) -> str:
    """The digest of a row as read by this module (references by the file's own uids)."""
    if target == "mention":
        return mention_digest(row["article_hash"], row["start"], row["end"], row["label"], row["state"],
                              row["cluster_root"], row.get("link_state"))
    if target == "role":
        return role_digest(row["event_uid"], row["entity_uid"], row["label"], row["state"])
    return cluster_digest(row["title"], row.get("event_type"), row.get("date"), row.get("place"),
                          row.get("participants"), row["state"])


def _table(con: sqlite3.Connection, name: str) -> list[Row]:
    exists = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)).fetchone()
    if not exists:
        return []
    cursor = con.execute(f'SELECT * FROM "{name}" ORDER BY rowid')
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor]


def load(con: sqlite3.Connection, path: Path) -> ProjectData:
    """Read every table a merge needs from an open connection (the main schema)."""
    annotators = _table(con, "annotator")
    names = {a["id"]: a["name"] for a in annotators}
    outlets = {o["id"]: o["name"] for o in _table(con, "outlet")}
    articles = _table(con, "article")
    hashes = {a["id"]: a["content_hash"] for a in articles}
    for a in articles:
        a["outlet_name"] = outlets.get(a.get("outlet_id"))
    clusters = _table(con, "cluster")
    for c in clusters:
        c["annotator_name"] = names.get(c.get("annotator_id"))
        c["root"] = c.get("variant_of") or c["uid"]
    by_cluster = {c["id"]: c for c in clusters}
    mentions = _table(con, "mention")
    by_mention = {m["id"]: m for m in mentions}
    for m in mentions:
        card = by_cluster.get(m.get("cluster_id"))
        m["article_hash"] = hashes[m["article_id"]]
        m["cluster_uid"] = card["uid"] if card else None
        m["cluster_root"] = card["root"] if card else None
        m["annotator_name"] = names.get(m.get("annotator_id"))
    roles = _table(con, "role")
    for r in roles:
        r["event_uid"] = by_mention[r["event_id"]]["uid"]
        r["entity_uid"] = by_mention[r["entity_id"]]["uid"]
        r["annotator_name"] = names.get(r.get("annotator_id"))
    rejected = [{"mention_uid": by_mention[r["mention_id"]]["uid"], "target_uid": r["target_uid"],
                 "annotator_name": names.get(r.get("annotator_id"))}
                for r in _table(con, "rejected_candidate")]
    settings = {s["key"]: s["value"] for s in _table(con, "project_setting")}
    base_rows = _table(con, "copy_base")
    base = {(b["target"], b["uid"]): b["digest"] for b in base_rows}
    base_articles = {(b["target"], b["uid"]): b["article_id"] for b in base_rows if b.get("article_id")}
    # Changes since the copy was made say who worked on it; the "copy" entry itself does not count.
    counts = Counter(c["annotator"] for c in _table(con, "change_log")
                     if c["annotator"] and c["action"] != "copy")
    return ProjectData(path, settings, annotators, _table(con, "label"), articles, clusters, mentions,
                       roles, rejected, base, base_articles, counts)


def read_project(path: Path) -> ProjectData:
    """Read a project file without changing it; a file that is not a readable project is refused."""
    check_project_file(path)
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return load(con, path)
        finally:
            con.close()
    except (sqlite3.Error, KeyError) as exc:
        raise NotAProjectError(path, f"it cannot be read as a project ({exc})") from exc
