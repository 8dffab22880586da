"""Reading event cards and the event mentions linking works on, as plain records."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from peewee import JOIN, fn

from models.schema import Article, Cluster, Mention, Outlet, Role, database

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+|\n+")


@dataclass(frozen=True)
class CardRow:
    id: str
    title: str
    event_type: str | None
    date: dt.date | None
    place: str | None
    participants: tuple[str, ...]
    outlet_count: int
    article_count: int
    mention_count: int
    state: str  # suggested | accepted


@dataclass(frozen=True)
class MemberRow:
    id: str
    article_id: int
    outlet: str | None
    article_title: str | None
    published: dt.date | None
    label: str
    text: str
    sentence: str
    link_state: str  # suggested | confirmed


@dataclass(frozen=True)
class LinkTarget:
    id: str
    article_id: int
    label: str
    text: str
    card_id: str | None
    card_title: str | None
    link_state: str | None


@dataclass(frozen=True)
class ContextEntity:
    text: str
    label: str
    normalized: str | None
    role: str | None = None  # SOURCE, TARGET, PLACE, TIME when it is a role of the event
    distance: int = 0  # characters between the entity and the trigger (0 when they touch or overlap)


@dataclass(frozen=True)
class EventContext:
    """One event mention with what linking needs: its sentence, its roles and the sentence's entities."""

    uid: str
    article_id: int
    outlet: str | None
    published: dt.date | None
    language: str
    label: str
    text: str
    start: int
    end: int
    sentence: str
    card: str | None
    link_state: str | None
    entities: tuple[ContextEntity, ...]  # roles first, then the other entities of the sentence


def sentence_bounds(body: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) of the body around [start, end)."""
    left = 0
    for match in _SENTENCE_END.finditer(body, 0, start):
        left = match.end()
    found = _SENTENCE_END.search(body, end)
    return left, found.start() if found else len(body)


def sentence_around(body: str, start: int, end: int) -> str:
    left, right = sentence_bounds(body, start, end)
    return body[left:right].strip()


def _link_state(card: str | None, state: str | None) -> str | None:
    return (state or "confirmed") if card else None


def list_cards(uids: Iterable[str] | None = None) -> list[CardRow]:
    """Every card with at least one member (or just these), with its outlet, article and mention counts."""
    query = (
        Cluster.select(Cluster.uid, Cluster.title, Cluster.event_type, Cluster.date, Cluster.place,
                       Cluster.participants, fn.COUNT(fn.DISTINCT(Article.outlet)),
                       fn.COUNT(fn.DISTINCT(Mention.article)), fn.COUNT(Mention.id), Cluster.state)
        .join(Mention, on=(Mention.cluster == Cluster.id))
        .join(Article, on=(Mention.article == Article.id))
        .group_by(Cluster.id)
        .order_by(Cluster.id)
    )
    if uids is not None:
        # The candidate list asks for a handful of cards; counting all of them takes most of a second.
        query = query.where(Cluster.uid.in_(list(uids)))
    rows = []
    for uid, title, kind, date, place, participants, outlets, arts, mentions, state in (
            database.execute(query).fetchall()):
        if isinstance(date, str):
            date = dt.date.fromisoformat(date)
        rows.append(CardRow(uid, title, kind, date, place, tuple(json.loads(participants or "[]")),
                            outlets, arts, mentions, state))
    return rows


def count_event_mentions() -> int:
    return Mention.select().where(Mention.kind == "event").count()


def get_card(uid: str) -> CardRow | None:
    return next(iter(list_cards([uid])), None)


def card_members(card_uid: str) -> list[MemberRow]:
    query = (
        Mention.select(Mention, Article.title, Article.published, Article.body, Outlet.name)
        .join(Cluster, on=(Mention.cluster == Cluster.id))
        .switch(Mention).join(Article)
        .join(Outlet, JOIN.LEFT_OUTER)
        .where(Cluster.uid == card_uid)
        .order_by(Article.published, Article.id, Mention.start)
        .objects()
    )
    return [MemberRow(m.uid, m.article_id, m.name, m.title, m.published, m.label, m.text,
                      sentence_around(m.body, m.start, m.end), m.link_state or "confirmed")
            for m in query]


def link_target(mention_uid: str) -> LinkTarget | None:
    m = (Mention.select(Mention, Cluster.uid.alias("card"), Cluster.title.alias("card_title"))
         .join(Cluster, JOIN.LEFT_OUTER, on=(Mention.cluster == Cluster.id))
         .where(Mention.uid == mention_uid).objects().first())
    if m is None or m.kind != "event":
        return None
    return LinkTarget(m.uid, m.article_id, m.label, m.text, m.card, m.card_title,
                      _link_state(m.card, m.link_state))


def card_of(mention_uid: str) -> str | None:
    m = (Mention.select(Cluster.uid.alias("card")).join(Cluster)
         .where(Mention.uid == mention_uid).objects().first())
    return m.card if m else None


def event_contexts(article_ids: Iterable[int] | None = None, chunk: int = 500) -> Iterator[EventContext]:
    """Every event mention (of the given articles, else of the project), article by article."""
    if article_ids is None:
        ids = [a.id for a in Article.select(Article.id).order_by(Article.id)]
    else:
        ids = sorted(set(article_ids))
    for at in range(0, len(ids), chunk):
        yield from _contexts(ids[at:at + chunk])


def _contexts(ids: list[int]) -> Iterator[EventContext]:
    arts = {a.id: a for a in Article.select(Article.id, Article.body, Article.published, Article.language,
                                            Outlet.name.alias("outlet_name"))
            .join(Outlet, JOIN.LEFT_OUTER).where(Article.id.in_(ids)).objects()}
    mentions: dict[int, list[tuple]] = defaultdict(list)
    query = (Mention.select(Mention.id, Mention.uid, Mention.article, Mention.start, Mention.end,
                            Mention.text, Mention.label, Mention.kind, Mention.normalized,
                            Mention.link_state, Cluster.uid)
             .join(Cluster, JOIN.LEFT_OUTER, on=(Mention.cluster == Cluster.id))
             .where(Mention.article.in_(ids)).order_by(Mention.article, Mention.start))
    by_id: dict[int, tuple] = {}
    for row in database.execute(query).fetchall():
        mentions[row[2]].append(row)
        by_id[row[0]] = row
    roles: dict[int, list[tuple[str, int]]] = defaultdict(list)
    role_query = (Role.select(Role.event, Role.entity, Role.label)
                  .join(Mention, on=(Role.event == Mention.id)).where(Mention.article.in_(ids)))
    for event_id, entity_id, label in database.execute(role_query).fetchall():
        roles[event_id].append((label, entity_id))
    for article_id in ids:
        article = arts.get(article_id)
        if article is None:
            continue
        rows = mentions.get(article_id, [])
        entities = [r for r in rows if r[7] == "entity"]
        for row in rows:
            if row[7] != "event":
                continue
            left, right = sentence_bounds(article.body, row[3], row[4])
            found: list[ContextEntity] = []
            seen: set[int] = set()
            for label, entity_id in roles.get(row[0], []):
                entity = by_id.get(entity_id)
                if entity is not None:
                    found.append(ContextEntity(entity[5], entity[6], entity[8], label,
                                               _gap(entity[3], entity[4], row[3], row[4])))
                    seen.add(entity_id)
            found += [ContextEntity(e[5], e[6], e[8], None, _gap(e[3], e[4], row[3], row[4]))
                      for e in entities if e[0] not in seen and left <= e[3] and e[4] <= right]
            yield EventContext(row[1], article_id, article.outlet_name, article.published, article.language,
                               row[6], row[5], row[3], row[4], article.body[left:right].strip(), row[10],
                               _link_state(row[10], row[9]), tuple(found))


def _gap(start: int, end: int, other_start: int, other_end: int) -> int:
    return max(0, start - other_end, other_start - end)
