"""Merging annotators' copies (or other projects) into the open project, one input per transaction.

Articles match by content hash (an article whose text differs from the project's although its hash
matches is not merged, and the report says so). Annotators and labels the project lacks are added.
Cards, mentions and roles are placed by models.merge_rows: kept, added, changed in place or set
beside the project's version as a variant - never overwritten when that would lose a decision.
The input's owner (the annotator the copy was made for, else who changed it most) gets a version of
each of its articles in version_entry (models.versions): the rows the copy held, and the exported
rows it deleted as "rejected". Merging the same file again finds every row already there and writes
nothing. An input that is not a readable Kliping project, or is newer, is refused before anything is
written; any failure rolls the whole input back, so the project is left as it was.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from peewee import PeeweeException, fn

from models.changelog import log_change
from models.copy_file import ProjectData, read_project
from models.db import check_project_file, close_project, open_project, session
from models.errors import EditError, ProjectError
from models.merge_rows import Placing, annotator_ids, place_clusters, place_mentions, place_roles
from models.schema import (
    Annotator,
    Article,
    Label,
    Mention,
    Outlet,
    RejectedCandidate,
    database,
    new_uid,
)
from models.versions import Decision, record_version


@dataclass(frozen=True)
class RowCounts:
    added: int = 0
    unchanged: int = 0
    changed: int = 0  # changed in place: the annotator's change to a row nobody else held
    conflicting: int = 0  # kept beside a different version of the same row
    rejected: int = 0  # newly recorded deletions by the annotator

    def text(self, noun: str) -> str:
        parts = [f"{n} {word}" for n, word in ((self.added, "added"), (self.changed, "changed"),
                                               (self.conflicting, "kept side by side"),
                                               (self.rejected, "rejected"),
                                               (self.unchanged, "unchanged")) if n]
        return f"{noun}: {', '.join(parts) if parts else 'none'}"


@dataclass(frozen=True)
class MergeReport:
    path: Path
    annotator: str | None  # whose version the input is
    articles_added: int
    articles_matched: int
    mentions: RowCounts
    roles: RowCounts
    clusters: RowCounts
    annotators_added: tuple[str, ...]
    labels_added: tuple[str, ...]
    notes: tuple[str, ...]
    changed: bool

    def summary(self) -> str:
        who = f" ({self.annotator})" if self.annotator else ""
        again = "" if self.changed else "; nothing new (already merged)"
        lines = [f"Merged {self.path.name}{who}: {self.articles_added} articles added, "
                 f"{self.articles_matched} matched{again}",
                 "  " + self.mentions.text("mentions"), "  " + self.roles.text("roles"),
                 "  " + self.clusters.text("event cards")]
        if self.annotators_added:
            lines.append(f"  annotators added: {', '.join(self.annotators_added)}")
        if self.labels_added:
            lines.append(f"  labels added: {', '.join(self.labels_added)}")
        lines += [f"  note: {n}" for n in self.notes]
        return "\n".join(lines)


def _annotators(data: ProjectData, owner: str | None) -> list[str]:
    known = {a.name for a in Annotator.select(Annotator.name)}
    taken = {a.uid for a in Annotator.select(Annotator.uid)}
    added = []
    rows = [*data.annotators, *([{"name": owner, "uid": None}] if owner else [])]
    for row in rows:
        if row["name"] in known:
            continue
        uid = row["uid"] if row["uid"] and row["uid"] not in taken else new_uid()
        Annotator.create(uid=uid, name=row["name"])
        known.add(row["name"])
        added.append(row["name"])
    return added


def _labels(data: ProjectData) -> list[str]:
    known = {lab.name for lab in Label.select(Label.name)}
    hotkeys = {lab.hotkey for lab in Label.select(Label.hotkey)} - {""}
    position = Label.select(fn.MAX(Label.position)).scalar() or 0
    added = []
    for row in data.labels:
        if row["name"] in known:
            continue
        position += 1
        hotkey = row.get("hotkey") or ""
        Label.create(name=row["name"], kind=row["kind"], colour=row["colour"],
                     hotkey="" if hotkey in hotkeys else hotkey,
                     description=row.get("description") or "", position=position)
        hotkeys.add(hotkey)
        added.append(row["name"])
    return added


def _articles(data: ProjectData, notes: list[str]) -> tuple[dict[int, int], int]:
    """Copy article id -> project article id; adds the articles the project lacks."""
    mapped: dict[int, int] = {}
    added = 0
    for row in data.articles:
        found = Article.get_or_none(Article.content_hash == row["content_hash"])
        if found is not None:
            if found.body != row["body"]:
                notes.append(f"“{row['title'] or row['source_file']}” differs in its text from the "
                             "project's article; its annotations were not merged")
            else:
                mapped[row["id"]] = found.id
            continue
        outlet = Outlet.get_or_create(name=row["outlet_name"])[0].id if row["outlet_name"] else None
        uid = row["uid"] if not Article.select().where(Article.uid == row["uid"]).exists() else new_uid()
        fields = {k: row.get(k) for k in ("title", "body", "raw_text", "source_file", "content_hash",
                                          "published", "authors", "language", "status", "created_at",
                                          "updated_at") if row.get(k) is not None}
        mapped[row["id"]] = Article.insert(uid=uid, outlet=outlet, **fields).execute()
        added += 1
    return mapped, added


def _rejected_candidates(data: ProjectData, p: Placing) -> int:
    written = 0
    for row in data.rejected:
        uid = p.mentions.get(row["mention_uid"])
        if uid is None:
            continue
        mention = Mention.get(Mention.uid == uid)
        written += (RejectedCandidate.insert(mention=mention.id, target_uid=row["target_uid"],
                                             annotator=p.annotator_ids.get(row["annotator_name"]))
                    .on_conflict_ignore().as_rowcount().execute())
    return written


def _decisions(data: ProjectData, p: Placing) -> list[Decision]:
    """The owner's version: articles with their status, rows held, exported rows deleted."""
    uids = {a.id: a.uid for a in Article.select(Article.id, Article.uid).where(
        Article.id.in_(list(p.article_ids.values())))}
    found = [Decision("article", uids[p.article_ids[a["id"]]], p.article_ids[a["id"]], a["status"])
             for a in data.articles if a["id"] in p.article_ids]
    article_of = {m["uid"]: p.article_ids.get(m["article_id"]) for m in data.mentions}
    found += [Decision("mention", uid, article_of[mine], "held") for mine, uid in p.mentions.items()]
    events = {r["uid"]: r["event_uid"] for r in data.roles}
    found += [Decision("role", uid, article_of[events[mine]], "held") for mine, uid in p.roles.items()]
    found += [Decision("cluster", uid, None, "held") for uid in p.clusters.values()]
    # Exported rows the copy no longer has were deleted by the annotator; recorded even when the
    # project lacks the row, so a later merge that brings it cannot make it part of this version.
    present = {"mention": article_of, "role": events, "cluster": p.clusters}
    for target, uid in p.base:
        if uid in present[target]:
            continue
        article = p.article_ids.get(data.base_articles.get((target, uid), -1))
        if target == "cluster" or article is not None:
            found.append(Decision(target, uid, article, "rejected"))
    return found


def _counts(p: Placing, target: str, rejected: int) -> RowCounts:
    c = p.counts
    return RowCounts(c[f"{target}.added"], c[f"{target}.unchanged"], c[f"{target}.changed"],
                     c[f"{target}.conflicting"], rejected)


def _merge(data: ProjectData) -> MergeReport:
    owner = data.owner()
    notes: list[str] = []
    if owner is None:
        notes.append("no annotator worked on this file, so it adds no annotator's version")
    annotators_added = _annotators(data, owner)
    labels_added = _labels(data)
    article_ids, articles_added = _articles(data, notes)
    names = [a["name"] for a in data.annotators] + ([owner] if owner else [])
    ids = annotator_ids(names)
    p = Placing(ids.get(owner) if owner else None, ids, data.base, article_ids)
    place_clusters(p, data.clusters)
    place_mentions(p, data.mentions)
    place_roles(p, data.roles)
    writes = _rejected_candidates(data, p)
    rejected: dict[str, int] = {"mention": 0, "role": 0, "cluster": 0}
    if p.owner_id is not None:
        decisions = _decisions(data, p)
        written, removed = record_version(p.owner_id, article_ids.values(), decisions, data.copy_uid)
        writes += len(written) + removed
        for d in written:
            if d.decision == "rejected":
                rejected[d.target] += 1
    placed = sum(n for key, n in p.counts.items() if not key.endswith(".unchanged"))
    report = MergeReport(
        data.path, owner, articles_added, len(article_ids) - articles_added,
        _counts(p, "mention", rejected["mention"]), _counts(p, "role", rejected["role"]),
        _counts(p, "cluster", rejected["cluster"]), tuple(annotators_added), tuple(labels_added),
        tuple(notes), bool(writes or placed or articles_added or annotators_added or labels_added),
    )
    if report.changed:
        summary = {k: v for k, v in asdict(report).items() if k not in ("path", "notes")}
        log_change("merge", "project", data.copy_uid or data.path.name, None,
                   after={"file": data.path.name, **summary})
    return report


def merge_copy(path: str | Path) -> MergeReport:
    """Merge one copy into the open project, all or nothing."""
    if session.path is None:
        raise ProjectError("Open a project before merging a copy into it.")
    source = Path(path).expanduser().resolve()
    if source == session.path:
        raise ProjectError(f"{source} is the open project itself; choose a copy to merge into it.")
    data = read_project(source)
    try:
        with database.atomic():
            return _merge(data)
    except (EditError, PeeweeException, ValueError, KeyError) as exc:
        raise ProjectError(f"{source} could not be merged ({exc}); {session.path.name} was left as it "
                           "was.") from exc


def merge_projects(out: str | Path, inputs: list[str | Path], annotator: str | None = None
                   ) -> list[MergeReport]:
    """Merge copies into the project OUT (created if missing); every input is checked first."""
    target = Path(out).expanduser().resolve()
    sources = [Path(p).expanduser().resolve() for p in inputs]
    for source in sources:
        if source == target:
            raise ProjectError(f"{source} is the project being merged into; name it only once.")
        check_project_file(source)
    open_project(target, annotator)
    try:
        return [merge_copy(source) for source in sources]
    finally:
        close_project()
