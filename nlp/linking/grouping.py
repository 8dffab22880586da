"""Group unlinked event mentions into suggested cards by average-linkage agglomeration."""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from nlp.linking.anaphora import article_chains
from nlp.linking.index import CandidateIndex
from nlp.linking.profiles import EventProfile
from nlp.linking.ranking import pair_key
from nlp.linking.scoring import score_pair

VETO = 0.1  # a pair whose evidence sums below this (e.g. dates months apart) never shares a group


@dataclass(frozen=True)
class SuggestedGroup:
    """Mention uids to put together, and the confirmed card they should join (None: a new card)."""

    members: tuple[str, ...]
    join: str | None
    score: float


@dataclass
class _Cluster:
    free: list[str]
    fixed: list[str] = field(default_factory=list)  # confirmed members of `card`
    card: str | None = None
    articles: Counter[int] = field(default_factory=Counter)

    def members(self) -> list[str]:
        return self.free + self.fixed


def _comparable_pairs(x: _Cluster, y: _Cluster) -> int:
    """Cross pairs that count in the average: not within one article, not two confirmed mentions."""
    total = len(x.members()) * len(y.members()) - len(x.fixed) * len(y.fixed)
    same_article = sum(count * y.articles.get(article, 0) for article, count in x.articles.items())
    return max(1, total - same_article)


class _Grouper:
    def __init__(self, profiles: dict[str, EventProfile], confirmed: Mapping[str, str],
                 rejected: Mapping[str, frozenset[str]], chain_head: Mapping[str, str]) -> None:
        self.profiles = profiles
        self.rejected = rejected
        self.clusters: dict[str, _Cluster] = {}
        self.of: dict[str, str] = {}  # mention uid -> cluster id
        for uid in sorted(profiles):
            card = confirmed.get(uid)
            # Mentions one article tells as one event start together, so a card takes all or none of them.
            cid = f"card:{card}" if card else f"mention:{chain_head.get(uid, uid)}"
            cluster = self.clusters.setdefault(cid, _Cluster([], card=card))
            (cluster.fixed if card else cluster.free).append(uid)
            cluster.articles[profiles[uid].article] += 1
            self.of[uid] = cid
        # cluster id -> neighbouring cluster id -> [sum of pair scores, vetoed]
        self.links: dict[str, dict[str, list]] = {cid: {} for cid in self.clusters}
        self.version: Counter[str] = Counter()

    def add_pair(self, u: str, v: str, value: float, veto: bool) -> None:
        cu, cv = self.of[u], self.of[v]
        if cu == cv:
            return
        for a, b in ((cu, cv), (cv, cu)):
            link = self.links[a].setdefault(b, [0.0, False])
            link[0] += value
            link[1] = link[1] or veto

    def _card_rejected(self, x: _Cluster, y: _Cluster) -> bool:
        return any(c.card and any(c.card in self.rejected.get(u, ()) for u in o.members())
                   for c, o in ((x, y), (y, x)))

    def average(self, a: str, b: str) -> float | None:
        x, y = self.clusters[a], self.clusters[b]
        total, veto = self.links[a][b]
        if veto or (x.card and y.card) or self._card_rejected(x, y):
            return None
        return total / _comparable_pairs(x, y)

    def _push(self, heap: list, a: str, b: str) -> None:
        value = self.average(a, b)
        if value is not None:
            x, y = sorted((a, b))
            heapq.heappush(heap, (-value, x, y, self.version[x], self.version[y]))

    def run(self, threshold: float) -> None:
        heap: list = []
        for a, neighbours in self.links.items():
            for b in neighbours:
                if a < b:
                    self._push(heap, a, b)
        while heap:
            value, a, b, va, vb = heapq.heappop(heap)
            if -value < threshold:
                break
            stale = (va, vb) != (self.version[a], self.version[b])
            if a not in self.clusters or b not in self.clusters or stale:
                continue
            self._merge(a, b)
            keep = a if a in self.clusters else b
            for other in sorted(self.links[keep]):
                self._push(heap, keep, other)

    def _merge(self, a: str, b: str) -> None:
        if self.clusters[b].card:  # the confirmed card's cluster absorbs the other
            a, b = b, a
        x, y = self.clusters[a], self.clusters.pop(b)
        x.free += y.free
        x.fixed += y.fixed
        x.card = x.card or y.card
        x.articles.update(y.articles)
        for uid in y.members():
            self.of[uid] = a
        for other, (total, veto) in self.links.pop(b).items():
            del self.links[other][b]
            if other == a:
                continue
            for p, q in ((a, other), (other, a)):
                link = self.links[p].setdefault(q, [0.0, False])
                link[0] += total
                link[1] = link[1] or veto
        self.version[a] += 1


def _vetoed(u: str, v: str, raw: float, rejected: Mapping[str, frozenset[str]]) -> bool:
    return raw < VETO or v in rejected.get(u, ()) or u in rejected.get(v, ())


def suggest_groups(profiles: Sequence[EventProfile], index: CandidateIndex, confirmed: Mapping[str, str],
                   rejected: Mapping[str, frozenset[str]],
                   near_duplicates: frozenset[tuple[int, int]] = frozenset(),
                   threshold: float = 0.5) -> list[SuggestedGroup]:
    """Groups of unconfirmed mentions (spanning two articles or more), new or joining a confirmed card.

    Confirmed mentions never move. Mentions one article tells as one event (article_chains) start as one
    cluster. Average linkage counts unscored pairs as 0, and any pair with strong
    evidence against it (VETO) or a rejection keeps two clusters apart, so A~B~C chains do not merge.
    """
    by_uid = {p.uid: p for p in profiles}
    for uid in confirmed:
        if uid not in by_uid and (found := index.get(uid)) is not None:
            by_uid[uid] = found
    free = [p for p in by_uid.values() if p.uid not in confirmed]
    chain_head = {uid: chain[0] for chain in article_chains(free) for uid in chain}
    grouper = _Grouper(by_uid, confirmed, rejected, chain_head)
    seen: set[tuple[str, str]] = set()
    for uid in sorted(u for u in by_uid if u not in confirmed):
        profile = by_uid[uid]
        for other in index.candidates(profile):
            pair = (min(uid, other.uid), max(uid, other.uid))
            if other.uid not in by_uid or pair in seen or other.article == profile.article:
                continue
            seen.add(pair)
            near = pair_key(profile.article, other.article) in near_duplicates
            scored = score_pair(profile, other, near)
            raw = sum(r.score for r in scored.reasons)
            grouper.add_pair(uid, other.uid, scored.value, _vetoed(uid, other.uid, raw, rejected))
    grouper.run(threshold)
    groups = []
    for cluster in grouper.clusters.values():
        if not cluster.free or len(cluster.articles) < 2:
            continue
        score = _group_score(cluster, by_uid, near_duplicates)
        groups.append(SuggestedGroup(tuple(sorted(cluster.free)), cluster.card, round(score, 4)))
    groups.sort(key=lambda g: (-g.score, g.members))
    return groups


def _group_score(cluster: _Cluster, profiles: Mapping[str, EventProfile],
                 near_duplicates: frozenset[tuple[int, int]]) -> float:
    """Mean pair score over the group's comparable pairs (free-free and free-confirmed, across articles)."""
    values = []
    members = cluster.members()
    fixed = set(cluster.fixed)
    for i, u in enumerate(members):
        for v in members[i + 1:]:
            a, b = profiles[u], profiles[v]
            if (u in fixed and v in fixed) or a.article == b.article:
                continue
            values.append(score_pair(a, b, pair_key(a.article, b.article) in near_duplicates).value)
    return sum(values) / len(values) if values else 0.0
