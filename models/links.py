"""Changing event cards: link, unlink, merge, split, confirm, rename, reject; each change logged.

Every operation is applied through snapshots: `snapshot` records the cards and links an operation
touches, `restore` puts a snapshot back. Undo restores the snapshot taken before, redo the one taken
after, so one command class serves every card edit and its undo survives a restart as plain JSON.
A mention is linked when its cluster is set; its link_state says whether a reviewer confirmed it
("confirmed", or None for links made before schema v5) or the link command only suggested it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from peewee import JOIN

from models.changelog import log_change
from models.db import session
from models.errors import EditError
from models.schema import Cluster, Mention, RejectedCandidate, new_uid, utc_now

CONFIRMED = "confirmed"
SUGGESTED = "suggested"


@dataclass(frozen=True)
class CardData:
    """A card's own fields, enough to recreate it."""

    uid: str
    title: str
    event_type: str | None
    date: dt.date | None
    place: str | None
    origin: str
    state: str
    participants: str = "[]"  # JSON list, as stored


@dataclass(frozen=True)
class Link:
    mention: str
    card: str | None
    state: str | None


@dataclass(frozen=True)
class LinkSnapshot:
    """The cards (those that existed) and links of every card and mention an operation touched."""

    card_uids: tuple[str, ...]
    cards: tuple[CardData, ...]
    links: tuple[Link, ...]


def _card_data(c: Cluster) -> CardData:
    return CardData(c.uid, c.title, c.event_type, c.date, c.place, c.origin, c.state, c.participants)


def _mention(uid: str) -> Mention:
    mention = Mention.get_or_none(Mention.uid == uid)
    if mention is None:
        raise EditError("That event mention no longer exists.")
    if mention.kind != "event":
        raise EditError("Only event mentions can be linked to an event card.")
    return mention


def _card(uid: str) -> Cluster:
    card = Cluster.get_or_none(Cluster.uid == uid)
    if card is None:
        raise EditError("That event card no longer exists.")
    return card


def members_of(card_uids: Iterable[str]) -> list[str]:
    uids = list(card_uids)
    if not uids:
        return []
    query = Mention.select(Mention.uid).join(Cluster).where(Cluster.uid.in_(uids)).order_by(Mention.id)
    return [m.uid for m in query]


def snapshot(mention_uids: Iterable[str], card_uids: Iterable[str]) -> LinkSnapshot:
    """Record the given cards and mentions, plus every member of those cards and of the mentions' cards."""
    cards = set(card_uids)
    mentions = set(mention_uids)
    if mentions:
        for m in Mention.select(Mention.uid, Cluster.uid.alias("card")).join(
                Cluster).where(Mention.uid.in_(list(mentions))).objects():
            cards.add(m.card)
    mentions |= set(members_of(cards))
    rows = {c.uid: c for c in Cluster.select().where(Cluster.uid.in_(list(cards)))} if cards else {}
    links = []
    if mentions:
        query = (Mention.select(Mention.uid, Mention.link_state, Cluster.uid.alias("card"))
                 .join(Cluster, on=(Mention.cluster == Cluster.id), join_type=JOIN.LEFT_OUTER)
                 .where(Mention.uid.in_(list(mentions))).objects())
        links = [Link(m.uid, m.card, m.link_state if m.card else None) for m in query]
    return LinkSnapshot(tuple(sorted(cards)), tuple(_card_data(rows[u]) for u in sorted(rows)),
                        tuple(sorted(links, key=lambda k: k.mention)))


def restore(snap: LinkSnapshot) -> None:
    """Make the snapshot's cards and links true again; cards it lists but did not hold are deleted."""
    existing = {c.uid: c for c in Cluster.select().where(Cluster.uid.in_(list(snap.card_uids)))}
    for data in snap.cards:
        card = existing.get(data.uid)
        fields = {"title": data.title, "event_type": data.event_type, "date": data.date,
                  "place": data.place, "origin": data.origin, "state": data.state,
                  "participants": data.participants}
        if card is None:
            Cluster.create(uid=data.uid, annotator=session.annotator_id, **fields)
        else:
            Cluster.update(updated_at=utc_now(), **fields).where(Cluster.id == card.id).execute()
    ids = {c.uid: c.id for c in Cluster.select(Cluster.id, Cluster.uid).where(
        Cluster.uid.in_(list(snap.card_uids)))}
    for link in snap.links:
        mention = Mention.get_or_none(Mention.uid == link.mention)
        if mention is None:
            raise EditError("An event mention of this change has since been deleted.")
        Mention.update(cluster=ids.get(link.card) if link.card else None,
                       link_state=link.state, updated_at=utc_now()).where(Mention.id == mention.id).execute()
    kept = {d.uid for d in snap.cards}
    gone = [u for u in snap.card_uids if u not in kept]
    if gone:
        Cluster.delete().where(Cluster.uid.in_(gone)).execute()
    log_change("restore", "cluster", ",".join(snap.card_uids)[:200], None, after=snap)


def _drop_empty(card_uids: Iterable[str]) -> None:
    for uid in card_uids:
        card = Cluster.get_or_none(Cluster.uid == uid)
        if card is not None and not Mention.select().where(Mention.cluster == card.id).exists():
            card.delete_instance()
            log_change("delete", "cluster", uid, None, before=_card_data(card))


def _refresh_state(card: Cluster) -> None:
    """A card is accepted once a reviewer confirmed any of its links."""
    confirmed = Mention.select().where((Mention.cluster == card.id) & (
        Mention.link_state.is_null() | (Mention.link_state == CONFIRMED))).exists()
    state = "accepted" if confirmed else SUGGESTED
    if card.state != state:
        Cluster.update(state=state, updated_at=utc_now()).where(Cluster.id == card.id).execute()


def _set_link(mention: Mention, card: Cluster | None, state: str | None) -> None:
    before = mention.cluster_id
    old = Cluster.get_or_none(Cluster.id == before) if before else None
    Mention.update(cluster=card.id if card else None, link_state=state if card else None,
                   updated_at=utc_now()).where(Mention.id == mention.id).execute()
    log_change("link" if card else "unlink", "mention", mention.uid, mention.article_id,
               before={"card": old.uid if old else None, "state": mention.link_state},
               after={"card": card.uid if card else None, "state": state})
    if old is not None and (card is None or old.id != card.id):
        _drop_empty([old.uid])
        if Cluster.get_or_none(Cluster.id == old.id):
            _refresh_state(old)
    if card is not None:
        _refresh_state(card)


def create_card(mention_uid: str, title: str, event_type: str | None = None, date: dt.date | None = None,
                place: str | None = None, uid: str | None = None) -> str:
    """A new confirmed card holding this mention (taken out of any card it was in)."""
    mention = _mention(mention_uid)
    card = Cluster.create(uid=uid or new_uid(), title=title, event_type=event_type or mention.label,
                          date=date, place=place, origin="manual", state="accepted",
                          annotator=session.annotator_id)
    log_change("add", "cluster", card.uid, mention.article_id, after=_card_data(card))
    _set_link(mention, card, CONFIRMED)
    return card.uid


def assign(mention_uid: str, card_uid: str, state: str = CONFIRMED) -> None:
    """Link a mention to a card (a mention belongs to at most one card)."""
    _set_link(_mention(mention_uid), _card(card_uid), state)


def link_pair(mention_uid: str, other_uid: str, title: str, event_type: str | None = None,
              date: dt.date | None = None, place: str | None = None, uid: str | None = None) -> str:
    """Link a mention to another mention: into the other's card, or a new card holding both."""
    other = _mention(other_uid)
    if other.cluster_id:
        card = Cluster.get_by_id(other.cluster_id)
        if other.link_state == SUGGESTED:
            _set_link(other, card, CONFIRMED)
        assign(mention_uid, card.uid)
        return card.uid
    card_uid = create_card(other_uid, title, event_type, date, place, uid=uid)
    assign(mention_uid, card_uid)
    return card_uid


def unlink(mention_uids: Sequence[str]) -> None:
    """Take mentions out of their cards; a suggested link taken out is remembered as rejected."""
    for uid in mention_uids:
        mention = _mention(uid)
        if mention.cluster_id is None:
            continue
        if mention.link_state == SUGGESTED:
            reject(uid, Cluster.get_by_id(mention.cluster_id).uid)
        _set_link(mention, None, None)


def confirm(card_uid: str) -> None:
    """Confirm every suggested link of a card."""
    card = _card(card_uid)
    for mention in Mention.select().where((Mention.cluster == card.id) & (Mention.link_state == SUGGESTED)):
        _set_link(mention, card, CONFIRMED)
    _refresh_state(card)


def merge(card_uids: Sequence[str]) -> str:
    """Move every member of the other cards into the first one; the others are deleted."""
    if len(set(card_uids)) < 2:
        raise EditError("Select at least two event cards to merge.")
    target = _card(card_uids[0])
    for uid in card_uids[1:]:
        source = _card(uid)
        for mention in Mention.select().where(Mention.cluster == source.id):
            _set_link(mention, target, mention.link_state or CONFIRMED)
    _refresh_state(target)
    return target.uid


def split(card_uid: str, mention_uids: Sequence[str], title: str, uid: str | None = None) -> str:
    """Move some members of a card into a new card of their own."""
    card = _card(card_uid)
    members = set(members_of([card_uid]))
    chosen = [u for u in mention_uids if u in members]
    if not chosen:
        raise EditError("Select the mentions to split off this card.")
    if len(chosen) == len(members):
        raise EditError("Splitting off every mention would leave the card empty; keep at least one.")
    first = _mention(chosen[0])
    new = Cluster.create(uid=uid or new_uid(), title=title, event_type=first.label, origin="manual",
                         state="accepted", annotator=session.annotator_id)
    log_change("add", "cluster", new.uid, first.article_id, after=_card_data(new))
    for u in chosen:
        mention = _mention(u)
        _set_link(mention, new, mention.link_state or CONFIRMED)
    _refresh_state(new)
    _refresh_state(card)
    return new.uid


def update_card(card_uid: str, **fields: object) -> None:
    """Set a card's title, type, date or place."""
    allowed = {"title", "event_type", "date", "place"}
    if not set(fields) <= allowed:
        raise EditError(f"Cannot change {', '.join(sorted(set(fields) - allowed))} of a card.")
    card = _card(card_uid)
    before = _card_data(card)
    Cluster.update(updated_at=utc_now(), **fields).where(Cluster.id == card.id).execute()  # type: ignore[arg-type]
    log_change("update", "cluster", card_uid, None, before=before, after=fields)


def reject(mention_uid: str, target_uid: str) -> None:
    """Never offer this card or mention to this mention again."""
    mention = _mention(mention_uid)
    RejectedCandidate.insert(mention=mention.id, target_uid=target_uid,
                             annotator=session.annotator_id).on_conflict_ignore().execute()
    log_change("reject", "mention", mention_uid, mention.article_id, after={"candidate": target_uid})


def unreject(mention_uid: str, target_uid: str) -> None:
    mention = _mention(mention_uid)
    RejectedCandidate.delete().where((RejectedCandidate.mention == mention.id)
                                     & (RejectedCandidate.target_uid == target_uid)).execute()
    log_change("unreject", "mention", mention_uid, mention.article_id, before={"candidate": target_uid})


def rejected_for(mention_uid: str) -> frozenset[str]:
    query = (RejectedCandidate.select(RejectedCandidate.target_uid).join(Mention)
             .where(Mention.uid == mention_uid))
    return frozenset(r.target_uid for r in query)


def snapshot_to_json(snap: LinkSnapshot) -> dict[str, object]:
    return {"card_uids": list(snap.card_uids),
            "cards": [{**dataclasses.asdict(c), "date": c.date.isoformat() if c.date else None}
                      for c in snap.cards],
            "links": [[k.mention, k.card, k.state] for k in snap.links]}


def snapshot_from_json(data: dict[str, object]) -> LinkSnapshot:
    """The inverse of snapshot_to_json; a malformed entry is an EditError."""
    try:
        cards = tuple(CardData(**{**c, "date": dt.date.fromisoformat(c["date"]) if c["date"] else None})
                      for c in data["cards"])  # type: ignore[union-attr]
        found = tuple(Link(m, c, s) for m, c, s in data["links"])  # type: ignore[union-attr]
        return LinkSnapshot(tuple(data["card_uids"]), cards, found)  # type: ignore[arg-type]
    except (KeyError, TypeError, ValueError) as exc:
        raise EditError(f"unreadable card snapshot: {exc!r}") from exc


def articles_of(mention_uids: Iterable[str]) -> frozenset[int]:
    uids = list(mention_uids)
    if not uids:
        return frozenset()
    return frozenset(m.article_id for m in Mention.select(Mention.article).where(Mention.uid.in_(uids)))
