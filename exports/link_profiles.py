"""From the project's event mentions to the NLP layer's linking profiles, and card summaries back."""

from __future__ import annotations

from collections.abc import Iterable

from models import cards, link_store
from models.cards import EventContext
from nlp.linking.anaphora import resolve_anaphors
from nlp.linking.profiles import EventProfile, date_from_iso
from nlp.linking.summary import summarise

PARTICIPANT_LABELS = ("PERSON", "ORG", "GPE")
PLACE_LABELS = ("LOC", "GPE")
PRECISION = ("day", "month", "year")


def profile_of(ctx: EventContext) -> EventProfile:
    """Roles first; without them, the entities of the trigger's sentence stand in."""
    by_role = {role: [e for e in ctx.entities if e.role == role]
               for role in ("SOURCE", "TARGET", "PLACE", "TIME")}
    participants = [e.text for e in by_role["SOURCE"] + by_role["TARGET"]]
    if not participants:
        participants = [e.text for e in ctx.entities if e.role is None and e.label in PARTICIPANT_LABELS]
    places = [e.text for e in by_role["PLACE"]] or [
        e.text for e in ctx.entities if e.role is None and e.label in PLACE_LABELS]
    dated = by_role["TIME"] or [e for e in ctx.entities if e.role is None and e.label == "DATE"]
    # The date written nearest the trigger ("invasi ... pada Februari 2022", not the summit's "22-24
    # Oktober" earlier in the sentence); between equally near ones, the more precise.
    known = [(e.distance, PRECISION.index(d[1]), d) for e in dated if (d := date_from_iso(e.normalized))[0]]
    date, precision = min(known, key=lambda k: k[:2])[2] if known else (None, "day")
    return EventProfile(uid=ctx.uid, article=ctx.article_id, outlet=ctx.outlet, event_type=ctx.label,
                        trigger=ctx.text, sentence=ctx.sentence,
                        participants=tuple(dict.fromkeys(participants)),
                        places=tuple(dict.fromkeys(places)), date=date, published=ctx.published,
                        cluster=ctx.card, language=ctx.language, date_precision=precision,
                        position=ctx.start)


def profiles(article_ids: Iterable[int] | None = None) -> list[EventProfile]:
    """Profiles of every event mention of these articles; "pakta tersebut" gets its antecedent's context."""
    return resolve_anaphors(profile_of(c) for c in cards.event_contexts(article_ids))


def summary_fields(members: list[EventProfile]) -> link_store.CardSummaryFields:
    s = summarise(members)
    return link_store.CardSummaryFields(s.title, s.event_type, s.date, s.place, s.participants)


def refresh_summaries(card_uids: Iterable[str], title: bool = False) -> None:
    """Recompute what each card shows (type, date, place, participants) from its members."""
    for uid in card_uids:
        members = cards.card_members(uid)
        if not members:
            continue
        found = profiles({m.article_id for m in members})
        wanted = {m.id for m in members}
        link_store.set_summary(uid, summary_fields([p for p in found if p.uid in wanted]), title=title)


def title_for(mention_uids: Iterable[str]) -> str:
    """A new card's title, from the mentions it starts with."""
    wanted = set(mention_uids)
    article_ids = {cards.link_target(u).article_id for u in wanted if cards.link_target(u)}  # type: ignore[union-attr]
    found = [p for p in profiles(article_ids) if p.uid in wanted]
    return summarise(found).title if found else "New event"
