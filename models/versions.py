"""Annotators' versions of an article in a merged project: the rows each holds, and each rejected.

Annotator A's version of article X is what A's copy held for X when it was merged: the mentions,
roles and cards recorded as "held" by A in version_entry (each the project row that stands for A's
row: the original, or A's variant of it). Rows A's copy received but deleted are recorded as
"rejected"; an "article" entry records that A has a version of X at all (with A's review status),
so an annotator who removed every span still has an (empty) version. Merging a newer copy of A
replaces A's entries for its articles. An annotator without a merged copy of X has no version of
it: annotators_of(X) lists only annotators with one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from peewee import JOIN

from models.records import RoleRow
from models.schema import Annotator, Cluster, Mention, Role, VersionEntry, database


@dataclass(frozen=True)
class VersionSpan:
    """A mention in an annotator's version; cluster is the card's root uid (one per real event)."""

    id: str
    article_id: int
    start: int
    end: int
    text: str
    label: str
    kind: str
    origin: str
    state: str
    annotator: str | None  # who made the row (None: an untouched suggestion)
    cluster: str | None
    normalized: str | None
    variant_of: str | None  # the original mention this is a version of, if it is a variant


@dataclass(frozen=True)
class Decision:
    """One version entry to record: a row held or rejected, or the article (decision = status)."""

    target: str  # article | mention | role | cluster
    uid: str
    article_id: int | None
    decision: str


def record_version(annotator_id: int, article_ids: Iterable[int], decisions: Sequence[Decision],
                   copy_uid: str | None) -> tuple[list[Decision], int]:
    """Make decisions the annotator's version of these articles (and of the cards named); returns
    the decisions newly written and how many old entries went. Call inside the merge's transaction."""
    articles = set(article_ids)
    wanted = {(d.target, d.uid): d for d in decisions}
    cards = [uid for target, uid in wanted if target == "cluster"]
    mine = VersionEntry.annotator == annotator_id
    scope = VersionEntry.article.in_(list(articles)) & (VersionEntry.target != "cluster")
    if cards:
        scope |= (VersionEntry.target == "cluster") & VersionEntry.uid.in_(cards)
    existing = {(e.target, e.uid): e for e in VersionEntry.select().where(mine & scope)}
    stale = [e.id for key, e in existing.items() if key not in wanted]
    if stale:
        VersionEntry.delete().where(VersionEntry.id.in_(stale)).execute()
    written: list[Decision] = []
    for key, d in wanted.items():
        old = existing.get(key)
        if old is None:
            VersionEntry.create(annotator=annotator_id, target=d.target, uid=d.uid, article=d.article_id,
                                decision=d.decision, copy_uid=copy_uid)
        elif (old.article_id, old.decision) != (d.article_id, d.decision):
            VersionEntry.update(article=d.article_id, decision=d.decision, copy_uid=copy_uid).where(
                VersionEntry.id == old.id).execute()
        else:
            continue
        written.append(d)
    return written, len(stale)


def _entries(article_id: int, annotator: str, target: str, decision: str):  # type: ignore[no-untyped-def]
    return (VersionEntry.select(VersionEntry.uid).join(Annotator)
            .where((VersionEntry.article == article_id) & (Annotator.name == annotator)
                   & (VersionEntry.target == target) & (VersionEntry.decision == decision)))


def held_uids(annotator: str, target: str):  # type: ignore[no-untyped-def]
    """A subquery: uids of the rows (mention | role) the annotator's versions hold, every article."""
    return (VersionEntry.select(VersionEntry.uid).join(Annotator)
            .where((Annotator.name == annotator) & (VersionEntry.target == target)
                   & (VersionEntry.decision == "held")))


def held_in(article_id: int, annotator: str, target: str = "mention"):  # type: ignore[no-untyped-def]
    """A subquery: uids of the rows (mention | role) the annotator's version of the article holds."""
    return _entries(article_id, annotator, target, "held")


def has_versions() -> bool:
    """Whether any annotator's copy has been merged into the project."""
    return VersionEntry.select().where(VersionEntry.target == "article").exists()


def annotators_of(article_id: int) -> list[str]:
    """Names of the annotators with a merged version of the article, sorted."""
    query = (Annotator.select(Annotator.name).join(VersionEntry)
             .where((VersionEntry.article == article_id) & (VersionEntry.target == "article")))
    return sorted(a.name for a in query)


def annotator_status(article_id: int, annotator: str) -> str | None:
    """The review status the annotator's copy gave the article (None: no version)."""
    entry = (VersionEntry.select(VersionEntry.decision).join(Annotator)
             .where((VersionEntry.article == article_id) & (Annotator.name == annotator)
                    & (VersionEntry.target == "article")).first())
    return entry.decision if entry else None


def annotator_version(article_id: int, annotator: str) -> list[VersionSpan]:
    """The mentions of the annotator's version of the article, by position."""
    card = Cluster.alias()
    maker = Annotator.alias()
    query = (Mention.select(Mention.uid, Mention.article, Mention.start, Mention.end, Mention.text,
                            Mention.label, Mention.kind, Mention.origin, Mention.state, maker.name,
                            card.variant_of, card.uid, Mention.normalized, Mention.variant_of)
             .join(maker, JOIN.LEFT_OUTER, on=(Mention.annotator == maker.id)).switch(Mention)
             .join(card, JOIN.LEFT_OUTER, on=(Mention.cluster == card.id))
             .where(Mention.uid.in_(_entries(article_id, annotator, "mention", "held")))
             .order_by(Mention.start, Mention.end, Mention.label))
    return [VersionSpan(uid, art, s, e, text, label, kind, origin, state, who, root or c_uid, norm, var)
            for uid, art, s, e, text, label, kind, origin, state, who, root, c_uid, norm, var
            in database.execute(query).fetchall()]


def annotator_roles(article_id: int, annotator: str) -> list[RoleRow]:
    """The roles of the annotator's version of the article."""
    event, entity = Mention.alias(), Mention.alias()
    query = (Role.select(Role.uid, event.uid, entity.uid, Role.label, Role.origin, Role.state)
             .join(event, on=(Role.event == event.id)).switch(Role)
             .join(entity, on=(Role.entity == entity.id))
             .where(Role.uid.in_(_entries(article_id, annotator, "role", "held"))).order_by(Role.id))
    return [RoleRow(*row) for row in database.execute(query).fetchall()]


def rejected_by(article_id: int, annotator: str) -> list[str]:
    """Uids of the article's mentions and roles the annotator's copy received and deleted."""
    return sorted(e.uid for target in ("mention", "role")
                  for e in _entries(article_id, annotator, target, "rejected"))
