"""The project's event mentions in a blocking index, kept current, answering "which cards could this be?"."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from textwrap import shorten

from exports.link_profiles import profiles
from models import cards, link_store, links
from nlp.linking.index import CandidateIndex
from nlp.linking.profiles import EventProfile
from nlp.linking.ranking import Candidate, rank_candidates


@dataclass(frozen=True)
class CandidateRow:
    """A ranked candidate as the candidate list shows it."""

    id: str
    kind: str  # card | mention
    title: str
    event_type: str | None
    outlet: str | None
    article_id: int | None
    score: float
    reasons: tuple[str, ...]


class LinkIndex:
    """Built once from the project (a bulk read), then refreshed article by article as spans change."""

    def __init__(self) -> None:
        self.index = CandidateIndex()
        self._by_article: dict[int, set[str]] = defaultdict(set)
        self.near_duplicates: frozenset[tuple[int, int]] = frozenset()

    @classmethod
    def build(cls, article_ids: Iterable[int] | None = None) -> LinkIndex:
        made = cls()
        made.near_duplicates = link_store.near_duplicate_pairs()
        for profile in profiles(article_ids):
            made._add(profile)
        return made

    def __len__(self) -> int:
        return len(self.index)

    def _add(self, profile: EventProfile) -> None:
        self.index.add(profile)
        self._by_article[profile.article].add(profile.uid)

    def all_profiles(self) -> list[EventProfile]:
        """Every indexed mention's profile, article by article."""
        return [p for article in sorted(self._by_article) for uid in sorted(self._by_article[article])
                if (p := self.index.get(uid)) is not None]

    def refresh_articles(self, article_ids: Iterable[int]) -> None:
        """Re-read these articles' event mentions (after span, role or card changes)."""
        ids = set(article_ids)
        for article_id in ids:
            for uid in self._by_article.pop(article_id, set()):
                self.index.remove(uid)
        for profile in profiles(ids):
            self._add(profile)

    def refresh_cards(self, card_uids: Iterable[str]) -> None:
        """Re-read the articles of every member of these cards (their card may have changed)."""
        members = links.members_of(card_uids)
        self.refresh_articles({t.article_id for u in members if (t := cards.link_target(u))})

    def refresh_relations(self) -> None:
        self.near_duplicates = link_store.near_duplicate_pairs()

    def rank(self, mention_uid: str, limit: int = 8) -> list[Candidate]:
        profile = self.index.get(mention_uid)
        if profile is None:
            return []
        return rank_candidates(profile, self.index, rejected=links.rejected_for(mention_uid),
                               near_duplicates=self.near_duplicates, limit=limit)

    def candidate_rows(self, mention_uid: str, limit: int = 8) -> list[CandidateRow]:
        """The ranked candidates with what the list shows of each: card titles, outlets, reasons."""
        ranked = self.rank(mention_uid, limit)
        wanted = [c.uid for c in ranked if c.kind == "card"]
        card_rows = {c.id: c for c in cards.list_cards(wanted)} if wanted else {}
        rows = []
        for c in ranked:
            reasons = tuple(r.text for r in c.reasons)
            if c.kind == "card" and (card := card_rows.get(c.uid)):
                outlets = f"{card.outlet_count} outlet{'s' if card.outlet_count != 1 else ''}"
                rows.append(CandidateRow(c.uid, "card", card.title, card.event_type, outlets, c.article,
                                         c.score, reasons))
            elif (other := self.index.get(c.best_mention)) is not None:
                title = f"“{other.trigger}” — {shorten(other.sentence, 90, placeholder=' …')}"
                rows.append(CandidateRow(c.uid, "mention", title, other.event_type, other.outlet,
                                         other.article, c.score, reasons))
        return rows
