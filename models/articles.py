"""Adding, listing and reading articles, and their review status."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from peewee import JOIN, fn

from models.changelog import log_change
from models.db import session
from models.errors import EditError
from models.filters import ArticleFilter, where_clause
from models.records import ArticleRow, ArticleText, Changes
from models.schema import Annotator, Article, Mention, Outlet, Role, database, new_uid, utc_now

STATUSES = ("new", "in_progress", "done", "skipped")


class SpanLike(Protocol):
    start: int
    end: int
    label: str
    kind: str
    normalized: str | None


class RoleLike(Protocol):
    event_index: int
    entity_index: int
    label: str


@dataclass(frozen=True)
class NewArticle:
    """An article ready to store: cleaned body, raw text and metadata, with its suggestions."""

    body: str
    raw_text: str
    source_file: str
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    authors: tuple[str, ...] = ()
    language: str = "id"
    spans: Sequence[SpanLike] = field(default_factory=tuple)
    roles: Sequence[RoleLike] = field(default_factory=tuple)


def content_hash(body: str) -> str:
    """Hash of the body with white space folded, so re-scrapes of one article match."""
    folded = re.sub(r"\s+", " ", body).strip().casefold()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def _count(kind: str | None = None, state: str | None = None):  # type: ignore[no-untyped-def]
    query = Mention.select(fn.COUNT(Mention.id)).where(Mention.article == Article.id)
    if kind:
        query = query.where(Mention.kind == kind)
    if state:
        query = query.where(Mention.state == state)
    return query


def article_rows(query: Iterable[Article]) -> list[ArticleRow]:
    return [
        ArticleRow(
            id=a.id, uid=a.uid, outlet=a.outlet_name, title=a.title, published=a.published,
            authors=tuple(json.loads(a.authors or "[]")), source_file=a.source_file,
            language=a.language, status=a.status, entity_count=a.n_entities,
            event_count=a.n_events, suggested_count=a.n_suggested,
        )
        for a in query
    ]


def article_query():  # type: ignore[no-untyped-def]
    return (
        Article.select(
            Article.id, Article.uid, Article.title, Article.published, Article.authors,
            Article.source_file, Article.language, Article.status,
            Outlet.name.alias("outlet_name"),
            _count("entity").alias("n_entities"),
            _count("event").alias("n_events"),
            _count(state="suggested").alias("n_suggested"),
        )
        .join(Outlet, JOIN.LEFT_OUTER)
        .objects()
    )


def count_articles(filter: ArticleFilter | None = None) -> int:
    """How many articles there are (that match filter)."""
    query = Article.select()
    clause = where_clause(filter, counting=True)
    return (query.where(clause) if clause is not None else query).count()


def list_articles(offset: int = 0, limit: int = 200, filter: ArticleFilter | None = None
                  ) -> list[ArticleRow]:
    """A page of articles (that match filter) in import order, with span counts."""
    query = article_query()
    clause = where_clause(filter)
    if clause is not None:
        query = query.where(clause)
    return article_rows(query.order_by(Article.id).offset(offset).limit(limit))


def list_annotators() -> list[str]:
    """Names of the project's annotators, sorted; "(adjudicated)" and the like are not people."""
    return sorted(a.name for a in Annotator.select(Annotator.name) if not a.name.startswith("("))


def list_outlets() -> list[str]:
    """Every outlet's name, sorted case-blind: the filter's choices."""
    return sorted((name for (name,) in Outlet.select(Outlet.name).tuples()), key=str.casefold)


def get_article(article_id: int) -> ArticleRow:
    rows = article_rows(article_query().where(Article.id == article_id))
    if not rows:
        raise EditError(f"article {article_id} does not exist")
    return rows[0]


def get_article_text(article_id: int) -> ArticleText:
    a = Article.get_or_none(Article.id == article_id)
    if a is None:
        raise EditError(f"article {article_id} does not exist")
    return ArticleText(id=a.id, body=a.body, raw_text=a.raw_text, language=a.language)


def find_by_hash(digest: str) -> ArticleRow | None:
    rows = article_rows(article_query().where(Article.content_hash == digest))
    return rows[0] if rows else None


def _outlet_id(name: str | None, cache: dict[str, int]) -> int | None:
    if not name:
        return None
    if name not in cache:
        row, _ = Outlet.get_or_create(name=name)
        cache[name] = row.id
    return cache[name]


def add_articles(items: Sequence[NewArticle]) -> list[ArticleRow]:
    """Store articles with their suggestions in one transaction; duplicates raise EditError."""
    created: list[int] = []
    outlets: dict[str, int] = {}
    with database.atomic():
        for item in items:
            digest = content_hash(item.body)
            if Article.select().where(Article.content_hash == digest).exists():
                raise EditError(f"{item.source_file} is already in the project")
            article = Article.create(
                outlet=_outlet_id(item.outlet, outlets), title=item.title, body=item.body,
                raw_text=item.raw_text, source_file=item.source_file, content_hash=digest,
                published=item.published, authors=json.dumps(list(item.authors), ensure_ascii=False),
                language=item.language,
            )
            _add_suggestions(article, item)
            log_change("import", "article", article.uid, article.id,
                       after={"source_file": item.source_file, "spans": len(item.spans)})
            created.append(article.id)
    return [get_article(i) for i in created]


def _add_suggestions(article: Article, item: NewArticle) -> None:
    now = utc_now()
    uids: list[str] = []
    rows = []
    for span in item.spans:
        if not 0 <= span.start < span.end <= len(item.body):
            raise EditError(f"suggestion {span.start}-{span.end} lies outside {item.source_file}")
        uid = new_uid()
        uids.append(uid)
        rows.append({
            "uid": uid, "article": article.id, "start": span.start, "end": span.end,
            "text": item.body[span.start:span.end], "label": span.label, "kind": span.kind,
            "origin": "auto", "state": "suggested", "normalized": span.normalized,
            "annotator": None, "created_at": now, "updated_at": now,
        })
    for chunk in range(0, len(rows), 200):
        Mention.insert_many(rows[chunk:chunk + 200]).execute()
    if not item.roles:
        return
    ids = dict(Mention.select(Mention.uid, Mention.id).where(Mention.article == article.id).tuples())
    Role.insert_many([
        {"uid": new_uid(), "event": ids[uids[r.event_index]], "entity": ids[uids[r.entity_index]],
         "label": r.label, "origin": "auto", "state": "suggested", "created_at": now}
        for r in item.roles
    ]).execute()


def set_status(article_id: int, status: str) -> tuple[str, Changes]:
    """Set an article's review status; returns the previous one (for undo)."""
    if status not in STATUSES:
        raise EditError(f"unknown status {status!r}")
    with database.atomic():
        article = Article.get_by_id(article_id)
        before = article.status
        if before != status:
            article.status = status
            article.updated_at = utc_now()
            article.save()
            log_change("status", "article", article.uid, article_id, before=before, after=status)
    return before, Changes(article_ids=frozenset({article_id}), articles=True)


def mark_in_progress(article_id: int) -> None:
    """A first edit moves a new article to in progress (inside the caller's transaction)."""
    (Article.update(status="in_progress", updated_at=utc_now())
     .where((Article.id == article_id) & (Article.status == "new")).execute())


def current_annotator() -> str | None:
    return session.annotator_name


def next_unreviewed(after_id: int | None) -> int | None:
    """The first new or in-progress article after after_id, wrapping around to the start."""
    open_ = Article.status.in_(("new", "in_progress"))
    query = Article.select(Article.id).where(open_).order_by(Article.id)
    later = query.where(Article.id > (after_id or 0)).first()
    first = query.first()
    found = later or first
    return found.id if found and found.id != after_id else None
