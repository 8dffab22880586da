"""The supervisor's own rows in an adjudicated version: spans edited or added while adjudicating.

An edited span is a new mention made by the reserved annotator "(adjudicated)", with variant_of naming
the original it is a version of, so the annotators' rows stay as they were. Its uid is derived from
the original and the content, so saving the same edit twice makes one row. Roles whose event or entity
was edited are copied onto the new rows the same way. `snapshot` and `put_back` carry these rows as
plain data through undo and redo.
"""

from __future__ import annotations

from typing import Any

from models.merge_rows import variant_uid
from models.schema import Annotator, Article, Cluster, Label, Mention, Role, database


def own_span(article: Article, judge: Annotator, base: Mention | None, start: int, end: int,
             label: str) -> str:
    """The judge's mention at [start, end) with the label, made from base (None: added); its uid."""
    root = (base.variant_of or base.uid) if base is not None else None
    uid = variant_uid(root or f"{article.uid}:added", f"{judge.name}|{start}|{end}|{label}")
    if Mention.select().where(Mention.uid == uid).exists():
        return uid
    known = Label.get_or_none(Label.name == label)
    kind = known.kind if known is not None else (base.kind if base is not None else "entity")
    text = article.body[start:end]
    same_place = base is not None and (base.start, base.end) == (start, end)
    Mention.create(uid=uid, article=article.id, start=start, end=end, text=text, label=label, kind=kind,
                   origin="manual", state="accepted", annotator=judge.id, variant_of=root,
                   normalized=base.normalized if same_place and base is not None else None,
                   cluster=base.cluster_id if base is not None and kind == base.kind else None,
                   link_state=base.link_state if base is not None and kind == base.kind else None)
    return uid


def own_role(judge: Annotator, base: Role, event_uid: str, entity_uid: str) -> str:
    """A copy of the role between the judge's rows (or an annotator's and a judge's); its uid."""
    root = base.variant_of or base.uid
    uid = variant_uid(root, f"{judge.name}|{event_uid}|{entity_uid}|{base.label}")
    if not Role.select().where(Role.uid == uid).exists():
        Role.create(uid=uid, event=Mention.get(Mention.uid == event_uid).id,
                    entity=Mention.get(Mention.uid == entity_uid).id, label=base.label, origin="manual",
                    state="accepted", annotator=judge.id, variant_of=root)
    return uid


def _mentions(article_id: int, judge_id: int):  # type: ignore[no-untyped-def]
    return Mention.select().where((Mention.article == article_id) & (Mention.annotator == judge_id))


def _roles(article_id: int, judge_id: int):  # type: ignore[no-untyped-def]
    event = Mention.alias()
    return (Role.select(Role).join(event, on=(Role.event == event.id))
            .where((event.article == article_id) & (Role.annotator == judge_id)))


def drop_unheld(article_id: int, judge_id: int, held: set[str]) -> None:
    """Delete the judge's rows of the article that the version no longer holds."""
    stale_roles = [r.id for r in _roles(article_id, judge_id) if r.uid not in held]
    if stale_roles:
        Role.delete().where(Role.id.in_(stale_roles)).execute()
    stale = [m.id for m in _mentions(article_id, judge_id) if m.uid not in held]
    if stale:
        Role.delete().where(Role.event.in_(stale) | Role.entity.in_(stale)).execute()
        Mention.delete().where(Mention.id.in_(stale)).execute()


def snapshot(article_id: int, judge_id: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The judge's mentions and roles of the article as JSON-ready dicts (uids, not ids)."""
    cards = dict(Cluster.select(Cluster.id, Cluster.uid).tuples())
    mentions = [{"uid": m.uid, "start": m.start, "end": m.end, "text": m.text, "label": m.label,
                 "kind": m.kind, "normalized": m.normalized, "cluster": cards.get(m.cluster_id),
                 "link_state": m.link_state, "variant_of": m.variant_of}
                for m in _mentions(article_id, judge_id).order_by(Mention.uid)]
    uids = dict(Mention.select(Mention.id, Mention.uid).where(Mention.article == article_id).tuples())
    roles = [{"uid": r.uid, "event": uids[r.event_id], "entity": uids[r.entity_id], "label": r.label,
              "variant_of": r.variant_of}
             for r in _roles(article_id, judge_id).order_by(Role.uid)]
    return mentions, roles


def put_back(article_id: int, judge_id: int, mentions: list[dict[str, Any]],
             roles: list[dict[str, Any]]) -> None:
    """Make the judge's rows of the article exactly those of a snapshot."""
    with database.atomic():
        drop_unheld(article_id, judge_id, {m["uid"] for m in mentions} | {r["uid"] for r in roles})
        present = set(Mention.select(Mention.uid).where(Mention.article == article_id).tuples())
        for m in mentions:
            if (m["uid"],) in present:
                continue
            card = Cluster.get_or_none(Cluster.uid == m["cluster"]) if m["cluster"] else None
            Mention.create(article=article_id, annotator=judge_id, origin="manual", state="accepted",
                           cluster=card.id if card else None,
                           **{k: v for k, v in m.items() if k != "cluster"})
        for r in roles:
            if Role.select().where(Role.uid == r["uid"]).exists():
                continue
            Role.create(uid=r["uid"], event=Mention.get(Mention.uid == r["event"]).id,
                        entity=Mention.get(Mention.uid == r["entity"]).id, label=r["label"],
                        origin="manual", state="accepted", annotator=judge_id, variant_of=r["variant_of"])
