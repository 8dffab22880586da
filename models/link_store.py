"""What the link command stores: near-duplicate article relations and suggested card links."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from peewee import JOIN

from models.changelog import log_change
from models.links import SUGGESTED
from models.schema import (
    Article,
    ArticleRelation,
    Cluster,
    Mention,
    Outlet,
    RejectedCandidate,
    new_uid,
    utc_now,
)


@dataclass(frozen=True)
class RelationRow:
    """Another article related to this one as a whole (a syndicated copy, a partial translation)."""

    article_id: int
    outlet: str | None
    title: str | None
    kind: str
    score: float


@dataclass(frozen=True)
class CardSummaryFields:
    title: str
    event_type: str | None
    date: dt.date | None
    place: str | None
    participants: tuple[str, ...]


def replace_relations(pairs: Iterable[tuple[int, int, str, float]], origin: str = "auto") -> int:
    """Store the near-duplicate pairs found now in place of those found before (by the same origin)."""
    ArticleRelation.delete().where(ArticleRelation.origin == origin).execute()
    rows = [{"article_a": min(a, b), "article_b": max(a, b), "kind": kind, "score": score, "origin": origin,
             "state": "suggested", "created_at": utc_now()} for a, b, kind, score in pairs]
    for at in range(0, len(rows), 200):
        ArticleRelation.insert_many(rows[at:at + 200]).on_conflict_ignore().execute()
    return len(rows)


def near_duplicate_pairs() -> frozenset[tuple[int, int]]:
    return frozenset((r.article_a_id, r.article_b_id) for r in ArticleRelation.select())


def relations_of(article_id: int) -> list[RelationRow]:
    found = []
    for column, other in ((ArticleRelation.article_a, ArticleRelation.article_b),
                          (ArticleRelation.article_b, ArticleRelation.article_a)):
        query = (ArticleRelation.select(ArticleRelation, Article.id.alias("other_id"), Article.title,
                                        Outlet.name.alias("outlet"))
                 .join(Article, on=(other == Article.id)).join(Outlet, JOIN.LEFT_OUTER)
                 .where(column == article_id).objects())
        found += [RelationRow(r.other_id, r.outlet, r.title, r.kind, r.score) for r in query]
    return sorted(found, key=lambda r: -r.score)


def clear_suggestions() -> int:
    """Take back every suggested (unconfirmed) link and the suggested cards left empty."""
    count = Mention.update(cluster=None, link_state=None).where(Mention.link_state == SUGGESTED).execute()
    empty = (Cluster.select(Cluster.id).join(Mention, JOIN.LEFT_OUTER, on=(Mention.cluster == Cluster.id))
             .where(Mention.id.is_null()))
    Cluster.delete().where(Cluster.id.in_([c.id for c in empty])).execute()
    return count


def confirmed_links() -> dict[str, str]:
    """Mention uid -> card uid for every link a reviewer confirmed."""
    query = (Mention.select(Mention.uid, Cluster.uid.alias("card")).join(Cluster)
             .where(Mention.link_state.is_null() | (Mention.link_state != SUGGESTED)).objects())
    return {m.uid: m.card for m in query}


def rejections() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    # Not aliased "mention": that name is the foreign key's, whose accessor would read the uid as an id.
    for r in RejectedCandidate.select(RejectedCandidate.target_uid, Mention.uid.alias("mention_uid")).join(
            Mention).objects():
        found.setdefault(r.mention_uid, set()).add(r.target_uid)
    return {k: frozenset(v) for k, v in found.items()}


def store_suggestion(members: Sequence[str], join: str | None, summary: CardSummaryFields) -> str:
    """Suggest these mentions as one card: a new suggested card, or joining an existing card."""
    if join is not None:
        card = Cluster.get(Cluster.uid == join)
    else:
        card = Cluster.create(uid=new_uid(), title=summary.title, event_type=summary.event_type,
                              date=summary.date, place=summary.place,
                              participants=json.dumps(list(summary.participants), ensure_ascii=False),
                              origin="auto", state=SUGGESTED)
    Mention.update(cluster=card.id, link_state=SUGGESTED, updated_at=utc_now()).where(
        Mention.uid.in_(list(members)) & Mention.cluster.is_null()).execute()
    log_change("suggest", "cluster", card.uid, None, after={"members": list(members)})
    return card.uid


def set_summary(card_uid: str, summary: CardSummaryFields, title: bool = False) -> None:
    """Refresh what a card shows from its members; the title only when asked (a reviewer may have set it)."""
    fields: dict[str, object] = {"event_type": summary.event_type, "date": summary.date,
                                 "place": summary.place,
                                 "participants": json.dumps(list(summary.participants), ensure_ascii=False)}
    if title:
        fields["title"] = summary.title
    Cluster.update(**fields).where(Cluster.uid == card_uid).execute()
