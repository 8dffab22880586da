"""Where annotators' versions of an article differ: the span positions and the role positions.

A span position is a (start, end) any annotator marked, with each annotator's label and event card
there; a role position is an (event position, entity position) pair any annotator linked, with each
annotator's role there. Adjudication (models.adjudication) decides position by position.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from models.schema import Cluster
from models.versions import annotator_roles, annotator_version, annotators_of

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


Key = tuple[int, int]  # a span position: (start, end)


@dataclass(frozen=True)
class RolePosition:
    """One event-entity pair any annotator linked: the role each gave it (None: no role)."""

    event: Key
    entity: Key
    entity_text: str
    labels: dict[str, str | None] = field(default_factory=dict)  # annotator -> role label
    uids: dict[str, str] = field(default_factory=dict)  # annotator -> their role's uid

    @property
    def agreed(self) -> bool:
        return len(set(self.labels.values())) == 1


def role_positions(article_id: int, names: list[str], rows: list[Position]) -> list[RolePosition]:
    """Every role position of the annotators' versions, in the order of their events, then entities."""
    where = {(name, uid): p for p in rows for name, uid in p.uids.items()}
    found: dict[tuple[Key, Key], RolePosition] = {}
    for name in names:
        for role in annotator_roles(article_id, name):
            event, entity = where.get((name, role.event)), where.get((name, role.entity))
            if event is None or entity is None:
                continue
            key = ((event.start, event.end), (entity.start, entity.end))
            at = found.setdefault(key, RolePosition(*key, entity.text, dict.fromkeys(names)))
            if at.labels.get(name) is None:
                at.labels[name] = role.label
                at.uids[name] = role.id
    return sorted(found.values(), key=lambda r: (r.event, r.entity))
