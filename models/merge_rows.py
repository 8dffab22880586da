"""Placing a copy's cards, mentions and roles in the open project: keep, add, change or set beside.

For each row of the copy (matched by uid) one of four things happens:
- HOLD: the project has a row with the same content (the uid, or an earlier variant) - nothing to write;
- INSERT: the project has no row of that uid (the annotator added it) - it is added with its uid;
- UPDATE: the annotator changed the row, the project's row is still as exported (its digest equals
  the copy's copy_base digest), it is a suggestion or the annotator's own, and no other annotator's
  version holds it - the row is changed in place, now the annotator's;
- VARIANT: otherwise (another annotator holds the row, a person's decision would be overwritten,
  the project changed it since, or the input has no copy_base) the copy's version is kept beside it:
  a new row whose uid is derived from the original uid and the content, with variant_of naming the
  original. Two annotators making the same change share one variant, and a second merge finds it.
References are mapped on the way: a mention's card and a role's event and entity point to the rows
that stand for the copy's rows in the project.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from peewee import JOIN

from models.copy_file import Row, cluster_digest, mention_digest, role_digest, row_digest
from models.schema import Annotator, Article, Cluster, Mention, Role, VersionEntry, utc_now

HOLD, INSERT, UPDATE, VARIANT = "hold", "insert", "update", "variant"


@dataclass
class Placing:
    """What one input's rows became: uid maps (copy uid -> project uid) and counts per target."""

    owner_id: int | None
    annotator_ids: dict[str, int]
    base: dict[tuple[str, str], str]
    article_ids: dict[int, int]  # copy article id -> project article id
    clusters: dict[str, str] = field(default_factory=dict)
    mentions: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)  # "mention.insert" ... "role.variant"


@dataclass(frozen=True)
class Found:
    """A project row as merging compares it."""

    id: int
    uid: str
    digest: str
    annotator_id: int | None
    variant_of: str | None


def variant_uid(uid: str, digest: str) -> str:
    return hashlib.sha1(f"{uid}|{digest}".encode()).hexdigest()[:32]


def _held_by_others(target: str, uid: str, owner_id: int | None) -> bool:
    query = VersionEntry.select().where((VersionEntry.target == target) & (VersionEntry.uid == uid)
                                        & (VersionEntry.decision == "held"))
    if owner_id is not None:
        query = query.where(VersionEntry.annotator != owner_id)
    return query.exists()


def _decide(p: Placing, target: str, found: Found | None, mine: str, theirs: str, uid: str) -> str:
    if found is None:
        return INSERT
    if found.digest == mine:
        return HOLD
    base = p.base.get((target, uid))
    if (base is not None and theirs != base and found.digest == base
            and found.annotator_id in (None, p.owner_id) and not _held_by_others(target, uid, p.owner_id)):
        return UPDATE
    return VARIANT


def _annotator(p: Placing, target: str, row: Row, action: str) -> int | None:
    """The row's own annotator; a change without one (an accepted suggestion) is the owner's."""
    own = p.annotator_ids.get(row["annotator_name"]) if row["annotator_name"] else None
    base = p.base.get((target, row["uid"]))
    changed = base is None or row_digest(target, row) != base
    # A row the copy added without an annotator (a suggestion made in the copy) stays nobody's.
    if own is None and changed and (action in (UPDATE, VARIANT) or (action == INSERT and base)):
        return p.owner_id
    return own


def _write(p: Placing, target: str, model: Any, found: Found | None, row: Row, mine: str,
           fields: dict[str, Any]) -> str:
    """Apply the decision for one row; returns the project uid that stands for it."""
    uid = row["uid"]
    action = _decide(p, target, found, mine, row_digest(target, row), uid)
    fields["annotator"] = _annotator(p, target, row, action)
    if action == HOLD:
        p.counts[f"{target}.unchanged"] += 1
        return found.uid if found else uid
    if action == INSERT:
        model.insert(uid=uid, variant_of=row.get("variant_of"), created_at=row["created_at"],
                     **fields).execute()
        p.counts[f"{target}.added"] += 1
        return uid
    assert found is not None
    if action == UPDATE:
        if hasattr(model, "updated_at"):
            fields["updated_at"] = utc_now()
        model.update(**fields).where(model.id == found.id).execute()
        p.counts[f"{target}.changed"] += 1
        return uid
    new = variant_uid(found.variant_of or uid, mine)
    if model.select().where(model.uid == new).exists():
        p.counts[f"{target}.unchanged"] += 1
    else:
        model.insert(uid=new, variant_of=found.variant_of or uid, created_at=utc_now(), **fields).execute()
        p.counts[f"{target}.conflicting"] += 1
    return new


def place_clusters(p: Placing, rows: list[Row]) -> None:
    for row in rows:
        c = Cluster.get_or_none(Cluster.uid == row["uid"])
        found = Found(c.id, c.uid, cluster_digest(c.title, c.event_type, c.date, c.place, c.participants,
                                                  c.state), c.annotator_id, c.variant_of) if c else None
        fields = {k: row.get(k) for k in ("title", "event_type", "date", "place", "origin", "state")}
        fields["participants"] = row.get("participants") or "[]"
        p.clusters[row["uid"]] = _write(p, "cluster", Cluster, found, row, row_digest("cluster", row),
                                        fields)


def _project_mentions(article_ids: list[int]) -> dict[str, Found]:
    card = Cluster.alias()
    query = (Mention.select(Mention.id, Mention.uid, Article.content_hash, Mention.start, Mention.end,
                            Mention.label, Mention.state, card.uid, card.variant_of, Mention.link_state,
                            Mention.annotator, Mention.variant_of)
             .join(Article).switch(Mention).join(card, JOIN.LEFT_OUTER, on=(Mention.cluster == card.id))
             .where(Mention.article.in_(article_ids)).tuples())
    return {uid: Found(id_, uid, mention_digest(h, s, e, lab, st, root or c_uid, ls), ann, var)
            for id_, uid, h, s, e, lab, st, c_uid, root, ls, ann, var in query}


def place_mentions(p: Placing, rows: list[Row]) -> None:
    existing = _project_mentions(list(p.article_ids.values()))
    for row in rows:
        article_id = p.article_ids.get(row["article_id"])
        if article_id is None:
            continue  # its article was not merged (the text differs)
        card_uid = p.clusters.get(row["cluster_uid"]) if row["cluster_uid"] else None
        fields = {"article": article_id, "start": row["start"], "end": row["end"], "text": row["text"],
                  "label": row["label"], "kind": row["kind"], "origin": row["origin"],
                  "state": row["state"], "normalized": row.get("normalized"),
                  "cluster": Cluster.get(Cluster.uid == card_uid).id if card_uid else None,
                  "link_state": row.get("link_state")}
        found = existing.get(row["uid"])
        uid = _write(p, "mention", Mention, found, row, row_digest("mention", row), fields)
        p.mentions[row["uid"]] = uid


def place_roles(p: Placing, rows: list[Row]) -> None:
    event, entity = Mention.alias(), Mention.alias()
    for row in rows:
        ev, en = p.mentions.get(row["event_uid"]), p.mentions.get(row["entity_uid"])
        if ev is None or en is None:
            continue
        r = (Role.select(Role, event.uid.alias("ev"), entity.uid.alias("en"))
             .join(event, on=(Role.event == event.id)).switch(Role)
             .join(entity, on=(Role.entity == entity.id)).where(Role.uid == row["uid"]).objects().first())
        found = Found(r.id, r.uid, role_digest(r.ev, r.en, r.label, r.state), r.annotator_id,
                      r.variant_of) if r else None
        fields = {"event": Mention.get(Mention.uid == ev).id, "entity": Mention.get(Mention.uid == en).id,
                  "label": row["label"], "origin": row["origin"], "state": row["state"]}
        mine = role_digest(ev, en, row["label"], row["state"])
        p.roles[row["uid"]] = _write(p, "role", Role, found, row, mine, fields)


def annotator_ids(names: list[str]) -> dict[str, int]:
    return {a.name: a.id for a in Annotator.select().where(Annotator.name.in_(names))}
