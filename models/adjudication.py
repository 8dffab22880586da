"""Adjudication: the supervisor picks, position by position, which annotator's span stands.

The result is one more version of the article, held by the reserved annotator ADJUDICATED, so the
exports select it like any annotator's version (ArticleFilter.version). A position where every
annotator marked the same label needs no choice; the others are listed as differences.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from models.schema import Annotator, Article, VersionEntry, database
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

    @property
    def agreed(self) -> bool:
        return len(set(self.labels.values())) == 1


def reviewers(article_id: int) -> list[str]:
    """The annotators whose versions are to be adjudicated (not the adjudication itself)."""
    return [name for name in annotators_of(article_id) if name != ADJUDICATED]


def positions(article_id: int) -> tuple[list[str], list[Position]]:
    """The annotators and every position any of them marked, in text order."""
    names = reviewers(article_id)
    found: dict[tuple[int, int], Position] = {}
    for name in names:
        for span in annotator_version(article_id, name):
            at = found.setdefault((span.start, span.end), Position(span.start, span.end, span.text,
                                                                   dict.fromkeys(names)))
            if at.labels.get(name) is None:  # two spans of one annotator at one place: the first
                at.labels[name] = span.label
                at.uids[name] = span.id
    return names, sorted(found.values(), key=lambda p: (p.start, p.end))


def current_picks(article_id: int) -> dict[tuple[int, int], str | None]:
    """The adjudicated version so far, as picks: position -> the annotator whose span it holds."""
    held = {s.id for s in annotator_version(article_id, ADJUDICATED)}
    _, rows = positions(article_id)
    return {(p.start, p.end): next((n for n, uid in p.uids.items() if uid in held), None)
            for p in rows if any(uid in held for uid in p.uids.values())}


def adjudicate(article_id: int, picks: Mapping[tuple[int, int], str | None]) -> int:
    """Record the adjudicated version: at each position the picked annotator's span (None: none);
    an agreed position nobody picked keeps the agreed span. Roles come along when both of their
    spans are kept. Returns how many spans the version holds."""
    names, rows = positions(article_id)
    held: set[str] = set()
    for p in rows:
        who = picks[(p.start, p.end)] if (p.start, p.end) in picks else (names[0] if p.agreed else None)
        if who is not None and p.uids.get(who):
            held.add(p.uids[who])
    roles = {r.id for name in names for r in annotator_roles(article_id, name)
             if r.event in held and r.entity in held}
    article = Article.get_by_id(article_id)
    decisions = [Decision("article", article.uid, article_id, "done"),
                 *(Decision("mention", uid, article_id, "held") for uid in sorted(held)),
                 *(Decision("role", uid, article_id, "held") for uid in sorted(roles))]
    with database.atomic():
        judge, _ = Annotator.get_or_create(name=ADJUDICATED)
        record_version(judge.id, [article_id], decisions, None)
    return len(held)


# A saved adjudication as plain data, for undo: (target, uid, decision) of each entry; None when the
# article had none.
Saved = list[tuple[str, str, str]] | None


def saved(article_id: int) -> Saved:
    """The adjudicated version's entries for this article, as they are now."""
    judge = Annotator.get_or_none(Annotator.name == ADJUDICATED)
    if judge is None:
        return None
    rows = (VersionEntry.select(VersionEntry.target, VersionEntry.uid, VersionEntry.decision)
            .where((VersionEntry.annotator == judge.id) & (VersionEntry.article == article_id))
            .order_by(VersionEntry.target, VersionEntry.uid).tuples())
    found = [tuple(row) for row in rows]
    return found or None  # type: ignore[return-value]


def restore(article_id: int, entries: Saved) -> None:
    """Put the adjudicated version of the article back as `saved` gave it (None: no version)."""
    judge, _ = Annotator.get_or_create(name=ADJUDICATED)
    decisions = [Decision(target, uid, article_id, decision) for target, uid, decision in entries or ()]
    record_version(judge.id, [article_id], decisions, None)
