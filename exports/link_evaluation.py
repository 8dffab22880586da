"""How well linking does against gold clusters: article-pair precision and recall, top-3 candidates."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from exports.link_index import LinkIndex
from models import cards
from models.schema import Article, Cluster, Mention, database


class GoldMention(Protocol):
    """An event mention of a gold cluster: offsets into the cleaned body of the named file."""

    @property
    def source_file(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def cluster(self) -> str: ...


@dataclass(frozen=True)
class LinkScores:
    pairs_gold: int
    pairs_predicted: int
    pairs_right: int
    ranked: int  # gold mentions the pre-annotation found, with their cluster elsewhere
    top1: int
    top3: int
    unmatched: int  # gold mentions with no predicted event mention overlapping them
    misses: tuple[str, ...] = ()

    @property
    def precision(self) -> float:
        return self.pairs_right / self.pairs_predicted if self.pairs_predicted else 0.0

    @property
    def recall(self) -> float:
        return self.pairs_right / self.pairs_gold if self.pairs_gold else 0.0

    @property
    def top3_rate(self) -> float:
        return self.top3 / self.ranked if self.ranked else 0.0

    def summary(self) -> str:
        return (f"article pairs: precision {self.precision:.3f} ({self.pairs_right}/{self.pairs_predicted}), "
                f"recall {self.recall:.3f} ({self.pairs_right}/{self.pairs_gold}); right card first for "
                f"{self.top1}/{self.ranked}, in the top three for {self.top3}/{self.ranked} "
                f"({self.top3_rate:.1%}); {self.unmatched} gold mentions not pre-annotated as events")


def _articles_by_file() -> dict[str, int]:
    return {Path(a.source_file).name: a.id for a in Article.select(Article.id, Article.source_file)}


def predicted_pairs(article_ids: set[int]) -> set[frozenset[int]]:
    """Article pairs (among these) that share a card, suggested or confirmed."""
    members: dict[int, set[int]] = defaultdict(set)
    for m in Mention.select(Mention.cluster, Mention.article).where(Mention.cluster.is_null(False)):
        if m.article_id in article_ids:
            members[m.cluster_id].add(m.article_id)
    return {frozenset((a, b)) for arts in members.values() for a in arts for b in arts if a < b}


def _matching_mention(article_id: int, start: int, end: int) -> str | None:
    """The predicted event mention overlapping the gold span most."""
    best, overlap = None, 0
    for m in Mention.select().where((Mention.article == article_id) & (Mention.kind == "event")):
        shared = min(end, m.end) - max(start, m.start)
        if shared > overlap:
            best, overlap = m.uid, shared
    return best


def evaluate_links(gold: Sequence[GoldMention]) -> LinkScores:
    """Score the project's cards against gold; the top-3 check runs on gold cards, then is rolled back."""
    files = _articles_by_file()
    in_gold = [g for g in gold if g.source_file in files]
    ids = {files[g.source_file] for g in in_gold}
    by_cluster: dict[str, set[int]] = defaultdict(set)
    for g in in_gold:
        by_cluster[g.cluster].add(files[g.source_file])
    gold_pairs = {frozenset((a, b)) for arts in by_cluster.values() for a in arts for b in arts if a < b}
    found = predicted_pairs(ids)
    matched = {g: _matching_mention(files[g.source_file], g.start, g.end) for g in in_gold}
    top1 = top3 = ranked = 0
    misses = []
    with database.atomic() as transaction:
        # Gold cards from the matched mentions: what a reviewer would have built so far.
        Mention.update(cluster=None, link_state=None).execute()
        card_ids = {key: Cluster.create(title=key).id for key in by_cluster}
        card_uids = {key: Cluster.get_by_id(cid).uid for key, cid in card_ids.items()}
        for g, uid in matched.items():
            if uid:
                Mention.update(cluster=card_ids[g.cluster], link_state="confirmed").where(
                    Mention.uid == uid).execute()
        index = LinkIndex.build(ids)
        for g, uid in matched.items():
            others = {files[o.source_file] for o, u in matched.items()
                      if u and o.cluster == g.cluster and files[o.source_file] != files[g.source_file]}
            if not uid or not others:
                continue
            ranked += 1
            profile = index.index.get(uid)
            assert profile is not None
            index.index.update(dataclasses.replace(profile, cluster=None))
            uids = [c.uid for c in index.rank(uid, limit=3)]
            index.index.update(profile)
            top1 += bool(uids) and uids[0] == card_uids[g.cluster]
            top3 += card_uids[g.cluster] in uids
            if card_uids[g.cluster] not in uids:
                misses.append(f"{g.source_file} {g.start}-{g.end} ({g.cluster})")
        transaction.rollback()
    return LinkScores(len(gold_pairs), len(found), len(found & gold_pairs),
                      ranked, top1, top3, sum(1 for u in matched.values() if u is None), tuple(misses))


def card_of_gold(gold: GoldMention) -> str | None:
    """The card the pre-annotated mention at a gold span is in (for tests)."""
    article = _articles_by_file().get(gold.source_file)
    uid = _matching_mention(article, gold.start, gold.end) if article else None
    return cards.card_of(uid) if uid else None
