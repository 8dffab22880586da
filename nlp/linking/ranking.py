"""Rank the cards and unlinked mentions that one event mention could be linked to."""

from __future__ import annotations

from dataclasses import dataclass

from nlp.linking.index import CandidateIndex
from nlp.linking.profiles import EventProfile
from nlp.linking.scoring import PairScore, Reason, score_pair

AGREEING = 0.5  # a card member scoring this much counts as agreeing
_MEMBER_BONUS = 0.03  # per extra agreeing member: several outlets matching is better evidence
_MAX_BONUS = 0.09


@dataclass(frozen=True)
class Candidate:
    """A card or an unlinked mention offered for a link, with its score and reasons."""

    kind: str  # "card" (an existing cluster) or "mention" (an unlinked mention)
    uid: str  # cluster uid or mention uid
    score: float
    reasons: tuple[Reason, ...]
    best_mention: str  # uid of the mention in that card that matched best (or the mention itself)
    article: int  # that mention's article


def pair_key(a: int, b: int) -> tuple[int, int]:
    """The (min, max) form article pairs take in near-duplicate sets."""
    return (a, b) if a < b else (b, a)


def _score(profile: EventProfile, other: EventProfile, near: frozenset[tuple[int, int]]) -> PairScore:
    return score_pair(profile, other, pair_key(profile.article, other.article) in near)


def _card_candidate(card: str, scored: list[tuple[PairScore, EventProfile]]) -> Candidate:
    best, member = max(scored, key=lambda item: (item[0].value, item[1].uid))
    agreeing = sum(1 for pair, _ in scored if pair.value >= AGREEING)
    bonus = min(_MAX_BONUS, _MEMBER_BONUS * max(0, agreeing - 1))
    reasons = best.reasons
    if bonus:
        reasons = (*reasons, Reason("members", bonus, f"{agreeing} mentions in the card agree"))
    score = round(min(1.0, best.value + bonus), 4)
    return Candidate("card", card, score, reasons, member.uid, member.article)


def rank_candidates(profile: EventProfile, index: CandidateIndex, rejected: frozenset[str] = frozenset(),
                    near_duplicates: frozenset[tuple[int, int]] = frozenset(), limit: int = 8,
                    minimum: float = 0.15) -> list[Candidate]:
    """Best cards and unlinked mentions for profile: never its own card, article, or a rejected uid."""
    by_card: dict[str, list[tuple[PairScore, EventProfile]]] = {}
    found: list[Candidate] = []
    for other in index.candidates(profile):
        if other.uid == profile.uid or other.article == profile.article or other.uid in rejected:
            continue
        if other.cluster is not None and (other.cluster == profile.cluster or other.cluster in rejected):
            continue
        pair = _score(profile, other, near_duplicates)
        if other.cluster is not None:
            by_card.setdefault(other.cluster, []).append((pair, other))
        elif pair.value >= minimum:
            found.append(Candidate("mention", other.uid, pair.value, pair.reasons, other.uid, other.article))
    found += [_card_candidate(card, scored) for card, scored in by_card.items()]
    found = [c for c in found if c.score >= minimum]
    found.sort(key=lambda c: (-c.score, c.kind, c.uid))
    return found[:limit]
