"""Adjudication: the supervisor picks, position by position, which annotator's span stands.

The result is one more version of the article, held by the reserved annotator ADJUDICATED, so the
exports select it like any annotator's version (ArticleFilter.version). A position where every
annotator marked the same label needs no choice; the others are listed as differences. The supervisor
may also relabel a picked span, move its boundaries, or add a span nobody marked: those become the
supervisor's own rows (models.adjudication_rows), and the annotators' rows stay as they were.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from models import adjudication_rows
from models.adjudication_positions import (
    ADJUDICATED,
    Key,
    Position,
    RolePosition,
    positions,
    reviewers,
    role_positions,
)
from models.filters import not_adjudicated
from models.schema import Annotator, Article, Mention, Role, VersionEntry, database
from models.versions import Decision, annotator_roles, annotator_version, record_version

__all__ = ["ADJUDICATED", "Key", "Position", "RolePosition", "SpanEdit", "Verdicts", "adjudicate",
           "current_picks", "current_verdicts", "next_to_adjudicate", "positions", "restore", "reviewers",
           "role_positions", "saved"]

@dataclass(frozen=True)
class SpanEdit:
    """The supervisor's own span: where it is and its label."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Verdicts:
    """The adjudicated version as the dialog edits it: a pick per position, edits of picked spans
    (keyed by position), spans the supervisor added, and a pick per role position."""

    picks: dict[Key, str | None] = field(default_factory=dict)
    edits: dict[Key, SpanEdit] = field(default_factory=dict)
    added: list[SpanEdit] = field(default_factory=list)
    roles: dict[tuple[Key, Key], str | None] = field(default_factory=dict)


def current_verdicts(article_id: int) -> Verdicts:
    """The adjudicated version so far, as picks, edits and additions."""
    _, rows = positions(article_id)
    by_uid: dict[str, tuple[Position, str]] = {}  # a span -> its position and first annotator
    for p in rows:
        for name, uid in p.uids.items():
            by_uid.setdefault(uid, (p, name))
    edited = _edited_bases(article_id)
    by_root = {}  # the original -> the position and annotator of the span an edit was made from
    for p in rows:
        for name, uid in p.uids.items():
            if uid in edited:
                by_root[p.roots[name]] = (p, name)
    result = Verdicts()
    key_of: dict[str, Key] = {}  # a held span -> the position it stands at
    for span in annotator_version(article_id, ADJUDICATED):
        if span.id in by_uid:
            p, name = by_uid[span.id]
            result.picks.setdefault((p.start, p.end), name)
            key_of[span.id] = (p.start, p.end)
            continue
        found = by_root.get(span.variant_of or "") if span.annotator == ADJUDICATED else None
        if found is not None and (found[0].start, found[0].end) not in result.picks:
            p, name = found
            result.picks[(p.start, p.end)] = name
            result.edits[(p.start, p.end)] = SpanEdit(span.start, span.end, span.label)
            key_of[span.id] = (p.start, p.end)
        else:
            result.added.append(SpanEdit(span.start, span.end, span.label))
    names, _ = positions(article_id)
    at = {(r.event, r.entity): r for r in role_positions(article_id, names, rows)}
    for role in annotator_roles(article_id, ADJUDICATED):
        pair = (key_of.get(role.event), key_of.get(role.entity))
        found_role = at.get(pair)  # type: ignore[arg-type]
        if found_role is not None:  # the annotator who gave that role there (the first, if several)
            result.roles[found_role.event, found_role.entity] = next(
                (n for n, label in found_role.labels.items() if label == role.label), None)
    return result


def next_to_adjudicate(after_id: int) -> int | None:
    """The next article (by id, wrapping around) with two versions or more and none adjudicated."""
    waiting = Article.select(Article.id).where(not_adjudicated() & (Article.id != after_id))
    later = waiting.where(Article.id > after_id).order_by(Article.id).first()
    found = later or waiting.order_by(Article.id).first()
    return found.id if found else None


def _edited_bases(article_id: int) -> set[str]:
    """Uids of the annotators' spans the supervisor edited (recorded as "edited" entries)."""
    query = (VersionEntry.select(VersionEntry.uid).join(Annotator)
             .where((VersionEntry.article == article_id) & (Annotator.name == ADJUDICATED)
                    & (VersionEntry.target == "mention") & (VersionEntry.decision == "edited")))
    return {e.uid for e in query}


def current_picks(article_id: int) -> dict[tuple[int, int], str | None]:
    """The adjudicated version so far, as picks: position -> the annotator whose span it holds."""
    return current_verdicts(article_id).picks


def adjudicate(article_id: int, picks: Mapping[Key, str | None],
               edits: Mapping[Key, SpanEdit] | None = None, added: Sequence[SpanEdit] = (),
               roles: Mapping[tuple[Key, Key], str | None] | None = None) -> int:
    """Record the adjudicated version: at each position the picked annotator's span (None: none),
    as edited if edits holds the position; an agreed position nobody picked keeps the agreed span;
    the added spans besides. At each role position likewise the picked annotator's role, when the
    version keeps spans at both of its positions (moved onto them if they are another annotator's or
    edited). Returns how many spans the version holds."""
    names, rows = positions(article_id)
    edits, roles = edits or {}, roles or {}
    article = Article.get_by_id(article_id)
    with database.atomic():
        judge, _ = Annotator.get_or_create(name=ADJUDICATED)
        held_at: dict[Key, str] = {}  # a position -> the span the version holds there
        made_from: dict[str, str] = {}  # an annotator's span uid -> the edited row standing for it
        for p in rows:
            key = (p.start, p.end)
            who = picks[key] if key in picks else (names[0] if p.agreed else None)
            if who is None or not p.uids.get(who):
                continue
            base, edit = p.uids[who], edits.get(key)
            if edit is not None and (edit.start, edit.end, edit.label) != (p.start, p.end, p.labels[who]):
                made_from[base] = adjudication_rows.own_span(
                    article, judge, Mention.get(Mention.uid == base), edit.start, edit.end, edit.label)
                held_at[key] = made_from[base]
            else:
                held_at[key] = base
        held = set(held_at.values())
        for edit in added:
            held.add(adjudication_rows.own_span(article, judge, None, edit.start, edit.end, edit.label))
        kept_roles: set[str] = set()
        for r in role_positions(article_id, names, rows):
            pair = (r.event, r.entity)
            who = roles[pair] if pair in roles else (names[0] if r.agreed else None)
            event, entity = held_at.get(r.event), held_at.get(r.entity)
            if who is None or r.uids.get(who) is None or event is None or entity is None:
                continue
            base = Role.get(Role.uid == r.uids[who])
            if (base.event.uid, base.entity.uid) == (event, entity):
                kept_roles.add(base.uid)
            else:  # the spans it linked are not the ones kept: the same role between the kept ones
                kept_roles.add(adjudication_rows.own_role(judge, base, event, entity))
        decisions = [Decision("article", article.uid, article_id, "done"),
                     *(Decision("mention", uid, article_id, "held") for uid in sorted(held)),
                     *(Decision("role", uid, article_id, "held") for uid in sorted(kept_roles)),
                     # which annotator's span each edit was made from, for the dialog's next opening
                     *(Decision("mention", uid, article_id, "edited") for uid in sorted(made_from))]
        record_version(judge.id, [article_id], decisions, None)
        adjudication_rows.drop_unheld(article_id, judge.id, held | kept_roles)
    return len(held)


# A saved adjudication as plain JSON-ready data, for undo: "entries" [(target, uid, decision)], and
# the supervisor's own "mentions" and "roles" (adjudication_rows.snapshot); None: the article had none.
Saved = dict[str, Any] | None


def saved(article_id: int) -> Saved:
    """The adjudicated version of this article as it is now: its entries and the supervisor's rows."""
    judge = Annotator.get_or_none(Annotator.name == ADJUDICATED)
    if judge is None:
        return None
    rows = (VersionEntry.select(VersionEntry.target, VersionEntry.uid, VersionEntry.decision)
            .where((VersionEntry.annotator == judge.id) & (VersionEntry.article == article_id))
            .order_by(VersionEntry.target, VersionEntry.uid).tuples())
    entries = [list(row) for row in rows]
    mentions, roles = adjudication_rows.snapshot(article_id, judge.id)
    if not (entries or mentions or roles):
        return None
    return {"entries": entries, "mentions": mentions, "roles": roles}


def restore(article_id: int, state: Saved | list[Any]) -> None:
    """Put the adjudicated version of the article back as `saved` gave it (None: no version).
    A list is the entries alone, as undo logs written before edits were possible hold them."""
    if isinstance(state, list):
        state = {"entries": state}
    state = state or {}
    with database.atomic():
        judge, _ = Annotator.get_or_create(name=ADJUDICATED)
        # Rows first: the entries name them.
        adjudication_rows.put_back(article_id, judge.id, state.get("mentions", []), state.get("roles", []))
        decisions = [Decision(target, uid, article_id, decision)
                     for target, uid, decision in state.get("entries", [])]
        record_version(judge.id, [article_id], decisions, None)
