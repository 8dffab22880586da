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
from models.schema import Annotator, Article, Cluster, Mention, Role, VersionEntry, database
from models.versions import Decision, annotator_roles, annotator_version, annotators_of, record_version

ADJUDICATED = "(adjudicated)"


@dataclass(frozen=True)
class Position:
    """One span position in any annotator's version: what each annotator marked there."""

    start: int
    end: int
    text: str
    labels: dict[str, str | None] = field(default_factory=dict)  # annotator -> label, None: nothing
    uids: dict[str, str] = field(default_factory=dict)  # annotator -> their span's uid
    roots: dict[str, str] = field(default_factory=dict)  # annotator -> the original their span versions
    cards: dict[str, tuple[str, str]] = field(default_factory=dict)  # annotator -> (card uid, title)

    @property
    def agreed(self) -> bool:
        """Every annotator marked it with the same label, and put it in the same card (or none)."""
        cards = {name: self.cards.get(name, ("", ""))[0] for name in self.labels}
        return len(set(self.labels.values())) == 1 and len(set(cards.values())) == 1


def reviewers(article_id: int) -> list[str]:
    """The annotators whose versions are to be adjudicated (not the adjudication itself)."""
    return [name for name in annotators_of(article_id) if name != ADJUDICATED]


def positions(article_id: int) -> tuple[list[str], list[Position]]:
    """The annotators and every position any of them marked, in text order."""
    names = reviewers(article_id)
    found: dict[tuple[int, int], Position] = {}
    versions = {name: annotator_version(article_id, name) for name in names}
    card_uids = {span.cluster for spans in versions.values() for span in spans if span.cluster}
    titles = dict(Cluster.select(Cluster.uid, Cluster.title).where(Cluster.uid.in_(list(card_uids))).tuples())
    for name in names:
        for span in versions[name]:
            at = found.setdefault((span.start, span.end), Position(span.start, span.end, span.text,
                                                                   dict.fromkeys(names)))
            if at.labels.get(name) is None:  # two spans of one annotator at one place: the first
                at.labels[name] = span.label
                at.uids[name] = span.id
                at.roots[name] = span.variant_of or span.id
                if span.cluster:
                    at.cards[name] = (span.cluster, titles.get(span.cluster) or "untitled card")
    return names, sorted(found.values(), key=lambda p: (p.start, p.end))


@dataclass(frozen=True)
class SpanEdit:
    """The supervisor's own span: where it is and its label."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Verdicts:
    """The adjudicated version as the dialog edits it: a pick per position, edits of picked spans
    (keyed by position), and spans the supervisor added."""

    picks: dict[tuple[int, int], str | None] = field(default_factory=dict)
    edits: dict[tuple[int, int], SpanEdit] = field(default_factory=dict)
    added: list[SpanEdit] = field(default_factory=list)


def current_verdicts(article_id: int) -> Verdicts:
    """The adjudicated version so far, as picks, edits and additions."""
    _, rows = positions(article_id)
    by_uid = {uid: (p, name) for p in rows for name, uid in p.uids.items()}
    edited = _edited_bases(article_id)
    by_root = {}  # the original -> the position and annotator of the span an edit was made from
    for p in rows:
        for name, uid in p.uids.items():
            if uid in edited:
                by_root[p.roots[name]] = (p, name)
    result = Verdicts()
    for span in annotator_version(article_id, ADJUDICATED):
        if span.id in by_uid:
            p, name = by_uid[span.id]
            result.picks.setdefault((p.start, p.end), name)
            continue
        found = by_root.get(span.variant_of or "") if span.annotator == ADJUDICATED else None
        if found is not None and (found[0].start, found[0].end) not in result.picks:
            p, name = found
            result.picks[(p.start, p.end)] = name
            result.edits[(p.start, p.end)] = SpanEdit(span.start, span.end, span.label)
        else:
            result.added.append(SpanEdit(span.start, span.end, span.label))
    return result


def _edited_bases(article_id: int) -> set[str]:
    """Uids of the annotators' spans the supervisor edited (recorded as "edited" entries)."""
    query = (VersionEntry.select(VersionEntry.uid).join(Annotator)
             .where((VersionEntry.article == article_id) & (Annotator.name == ADJUDICATED)
                    & (VersionEntry.target == "mention") & (VersionEntry.decision == "edited")))
    return {e.uid for e in query}


def current_picks(article_id: int) -> dict[tuple[int, int], str | None]:
    """The adjudicated version so far, as picks: position -> the annotator whose span it holds."""
    return current_verdicts(article_id).picks


def adjudicate(article_id: int, picks: Mapping[tuple[int, int], str | None],
               edits: Mapping[tuple[int, int], SpanEdit] | None = None,
               added: Sequence[SpanEdit] = ()) -> int:
    """Record the adjudicated version: at each position the picked annotator's span (None: none),
    as edited if edits holds the position; an agreed position nobody picked keeps the agreed span;
    the added spans besides. Roles come along when both of their spans are kept (onto the edited
    rows where they were edited). Returns how many spans the version holds."""
    names, rows = positions(article_id)
    edits = edits or {}
    article = Article.get_by_id(article_id)
    with database.atomic():
        judge, _ = Annotator.get_or_create(name=ADJUDICATED)
        held: set[str] = set()
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
                held.add(made_from[base])
            else:
                held.add(base)
        for edit in added:
            held.add(adjudication_rows.own_span(article, judge, None, edit.start, edit.end, edit.label))
        roles: set[str] = set()
        linked: set[tuple[str, str, str]] = set()  # two annotators' same role is kept once
        for name in names:
            for r in annotator_roles(article_id, name):
                event, entity = made_from.get(r.event, r.event), made_from.get(r.entity, r.entity)
                if event not in held or entity not in held or (event, entity, r.label) in linked:
                    continue
                linked.add((event, entity, r.label))
                if (event, entity) == (r.event, r.entity):
                    roles.add(r.id)
                else:
                    roles.add(adjudication_rows.own_role(judge, Role.get(Role.uid == r.id), event, entity))
        decisions = [Decision("article", article.uid, article_id, "done"),
                     *(Decision("mention", uid, article_id, "held") for uid in sorted(held)),
                     *(Decision("role", uid, article_id, "held") for uid in sorted(roles)),
                     # which annotator's span each edit was made from, for the dialog's next opening
                     *(Decision("mention", uid, article_id, "edited") for uid in sorted(made_from))]
        record_version(judge.id, [article_id], decisions, None)
        adjudication_rows.drop_unheld(article_id, judge.id, held | roles)
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
