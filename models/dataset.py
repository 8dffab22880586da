"""Reading a whole project article by article, in batches, for exports and evaluation."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import groupby

from peewee import JOIN

from models.articles import article_query, article_rows
from models.filters import ArticleFilter, where_clause
from models.records import ArticleRow, ClusterRow, RoleRow, SpanRow
from models.schema import Article, Cluster, Mention, Outlet, Role
from models.spans import span_query, span_row
from models.versions import held_uids


@dataclass(frozen=True)
class Document:
    """One article with its body, spans and roles."""

    article: ArticleRow
    body: str
    spans: tuple[SpanRow, ...]
    roles: tuple[RoleRow, ...]
    link_states: dict[str, str] = field(default_factory=dict)  # linked mention id -> suggested | confirmed


def iter_documents(batch_size: int = 500, statuses: tuple[str, ...] | None = None,
                   spec: ArticleFilter | None = None) -> Iterator[Document]:
    """Every article (or those with one of statuses, matching spec) in import order; memory
    bounded by batch_size."""
    last_id = 0
    clause = where_clause(spec)
    while True:
        page = article_query().where(Article.id > last_id)
        if statuses:
            page = page.where(Article.status.in_(statuses))
        if clause is not None:
            page = page.where(clause)
        page = page.order_by(Article.id).limit(batch_size)
        articles = article_rows(page)
        if not articles:
            return
        ids = [a.id for a in articles]
        last_id = ids[-1]
        bodies = dict(Article.select(Article.id, Article.body).where(Article.id.in_(ids)).tuples())
        spans: dict[int, list[SpanRow]] = defaultdict(list)
        link_states: dict[int, dict[str, str]] = defaultdict(dict)
        mentions = span_query().where(Mention.article.in_(ids))
        if spec is not None and spec.version:  # one annotator's (or the adjudicated) version only
            mentions = mentions.where(Mention.uid.in_(held_uids(spec.version, "mention")))
        for m in mentions.order_by(Mention.start, Mention.end):
            spans[m.article_id].append(span_row(m))
            if m.cluster_uid:
                link_states[m.article_id][m.uid] = m.link_state or "confirmed"
        roles: dict[int, list[RoleRow]] = defaultdict(list)
        event = Mention.alias()
        entity = Mention.alias()
        role_clause = event.article.in_(ids)
        if spec is not None and spec.version:
            role_clause &= Role.uid.in_(held_uids(spec.version, "role"))
        query = (
            Role.select(Role, event.uid.alias("event_uid"), entity.uid.alias("entity_uid"),
                        event.article.alias("article_id"))
            .join(event, on=(Role.event == event.id))
            .switch(Role)
            .join(entity, on=(Role.entity == entity.id))
            .where(role_clause)
            .order_by(Role.id)
            .objects()
        )
        for r in query:
            roles[r.article_id].append(
                RoleRow(r.uid, r.event_uid, r.entity_uid, r.label, r.origin, r.state))
        for a in articles:
            yield Document(a, bodies[a.id], tuple(spans[a.id]), tuple(roles[a.id]), link_states[a.id])


def list_clusters() -> list[ClusterRow]:
    return [
        ClusterRow(c.uid, c.title, c.event_type, c.date, c.place, c.state)
        for c in Cluster.select().order_by(Cluster.id)
    ]


@dataclass(frozen=True)
class ClusterMember:
    """One mention of a cluster, with what the Clusters sheet shows of its article."""

    trigger: str
    article_id: int
    outlet: str | None
    published: dt.date | None


def iter_cluster_members(spec: ArticleFilter | None = None
                         ) -> Iterator[tuple[ClusterRow, tuple[ClusterMember, ...]]]:
    """Each cluster with a mention in the articles matching spec, with those mentions (earliest
    article first); one cluster in memory at a time."""
    query = (Mention.select(Cluster.uid, Cluster.title, Cluster.event_type, Cluster.date, Cluster.place,
                            Cluster.state, Mention.text, Article.id, Outlet.name, Article.published)
             .join(Cluster, on=(Mention.cluster == Cluster.id))
             .switch(Mention).join(Article)
             .join(Outlet, JOIN.LEFT_OUTER))
    clause = where_clause(spec)
    if clause is not None:
        query = query.where(clause)
    rows = query.order_by(Cluster.id, Article.published.asc(nulls="last"), Article.id, Mention.start)
    for head, members in groupby(rows.tuples().iterator(), key=lambda row: row[:6]):
        yield (ClusterRow(*head),
               tuple(ClusterMember(m[6], m[7], m[8], m[9]) for m in members))
