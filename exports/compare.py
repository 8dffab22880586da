"""Comparing linked events: two articles side by side, conflicts before a merge, carrying links across."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from exports.link_profiles import profile_of
from models import cards
from models.cards import CardRow, ContextEntity, EventContext
from nlp.linking.aliases import name_key
from nlp.linking.scoring import score_pair

ROLES = ("SOURCE", "TARGET", "PLACE", "TIME")
CARRY_THRESHOLD = 0.5


@dataclass(frozen=True)
class RoleComparison:
    role: str
    left: str
    right: str
    conflict: bool


@dataclass(frozen=True)
class AlignedPair:
    card_title: str
    left_id: str
    right_id: str
    left_text: str
    right_text: str
    roles: tuple[RoleComparison, ...]


def _role_values(ctx: EventContext, role: str) -> list[ContextEntity]:
    return [e for e in ctx.entities if e.role == role]


def _conflict(role: str, left: list[ContextEntity], right: list[ContextEntity]) -> bool:
    if not left or not right:
        return False  # one side silent is a gap, not a contradiction
    if role == "TIME":
        days = [dt.date.fromisoformat(e.normalized[:10]) for e in left + right
                if e.normalized and len(e.normalized) >= 10]
        return len(days) >= 2 and (max(days) - min(days)).days > 1
    return not ({name_key(e.text) for e in left} & {name_key(e.text) for e in right})


def compare_roles(left: EventContext, right: EventContext) -> tuple[RoleComparison, ...]:
    found = []
    for role in ROLES:
        a, b = _role_values(left, role), _role_values(right, role)
        found.append(RoleComparison(role, ", ".join(e.text for e in a), ", ".join(e.text for e in b),
                                    _conflict(role, a, b)))
    return tuple(found)


def compare_articles(left_id: int, right_id: int) -> list[AlignedPair]:
    """The events two articles share through cards, aligned, with their roles compared."""
    left = [c for c in cards.event_contexts([left_id]) if c.card]
    right = {}
    for c in cards.event_contexts([right_id]):
        if c.card and c.card not in right:
            right[c.card] = c
    titles = {c.id: c.title for c in cards.list_cards()}
    pairs, seen = [], set()
    for a in left:
        b = right.get(a.card)  # type: ignore[arg-type]
        if b is None or a.card in seen:
            continue
        seen.add(a.card)
        pairs.append(AlignedPair(titles.get(a.card, ""), a.uid, b.uid, a.text, b.text,  # type: ignore[arg-type]
                                 compare_roles(a, b)))
    return pairs


def merge_conflicts(rows: Sequence[CardRow]) -> list[str]:
    """What disagrees between cards about to be merged: dates, places, participants, types."""
    found = []
    dates = sorted({r.date for r in rows if r.date})
    if len(dates) >= 2 and (dates[-1] - dates[0]).days > 3:
        found.append(f"dates differ: {', '.join(d.isoformat() for d in dates)}")
    places = {name_key(r.place): r.place for r in rows if r.place}
    if len(places) >= 2:
        found.append(f"places differ: {', '.join(sorted(places.values()))}")
    groups = [{name_key(p) for p in r.participants} for r in rows if r.participants]
    if len(groups) >= 2 and not set.intersection(*groups):
        found.append("no participant in common")
    types = sorted({r.event_type for r in rows if r.event_type})
    if len(types) >= 2:
        found.append(f"types differ: {', '.join(types)}")
    return found


def carry_plan(source_id: int, target_id: int) -> list[tuple[str, str]]:
    """(target mention, card) for each unlinked event of target that matches a linked event of source."""
    linked = [profile_of(c) for c in cards.event_contexts([source_id]) if c.card]
    plan = []
    for ctx in cards.event_contexts([target_id]):
        if ctx.card or not linked:
            continue
        mine = profile_of(ctx)
        best = max(linked, key=lambda other: score_pair(mine, other, near_duplicate_articles=True).value)
        if score_pair(mine, best, near_duplicate_articles=True).value >= CARRY_THRESHOLD:
            plan.append((ctx.uid, best.cluster))  # type: ignore[arg-type]
    return plan
