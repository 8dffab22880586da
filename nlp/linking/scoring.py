"""How likely two event mentions report the same real-world event, with readable reasons."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from nlp.linking.aliases import affiliation, name_key, same_name
from nlp.linking.kinds import type_affinity
from nlp.linking.profiles import EventProfile, date_range
from nlp.linking.triggers import crude_stem, head_lemma, trigger_families

_WORD = re.compile(r"[^\W_]+")
_AFFILIATED = 0.75  # a leader matched to his country counts for this much of a shared participant
_STOP_WORDS = (
    "yang dan di ke dari untuk dengan pada dalam ini itu akan telah sudah juga tidak atau oleh sebagai "
    "kata ujar menurut para kedua bahwa karena saat setelah sejak lalu adalah secara lebih tersebut "
    "the and of to in on for with by at from that this was were has have had will would said says "
    "after since its their his her they which who as an a is are be been"
)
_STOP = frozenset(_STOP_WORDS.split())


@dataclass(frozen=True)
class Reason:
    """One piece of evidence: its kind, its contribution to the total, and a short readable text."""

    name: str  # "type" | "trigger" | "participants" | "date" | "place" | "sentence" | "near_duplicate"
    score: float  # contribution to the total (negative: evidence against)
    text: str


@dataclass(frozen=True)
class PairScore:
    """The probability-like score of a pair (0..1) and the reasons behind it, strongest first."""

    value: float
    reasons: tuple[Reason, ...]


def _type_reason(a: EventProfile, b: EventProfile) -> Reason:
    affinity = type_affinity(a.event_type, b.event_type)
    if affinity == 1.0:
        return Reason("type", 0.15, f"same type {a.event_type}")
    if affinity:
        return Reason("type", round(0.15 * affinity, 3), f"related types {a.event_type} / {b.event_type}")
    return Reason("type", -0.25, f"different types {a.event_type} / {b.event_type}")


def _trigger_reason(a: EventProfile, b: EventProfile) -> Reason | None:
    if head_lemma(a.trigger) == head_lemma(b.trigger):
        return Reason("trigger", 0.15, f"same trigger: {a.trigger} / {b.trigger}")
    shared = trigger_families(a.trigger) & trigger_families(b.trigger)
    if shared:
        return Reason("trigger", 0.12, f"related triggers: {a.trigger} / {b.trigger} ({min(shared)})")
    if a.event_type != b.event_type:
        return Reason("trigger", -0.08, f"unrelated triggers: {a.trigger} / {b.trigger}")
    return None


def _unique(names: tuple[str, ...]) -> list[str]:
    seen, result = set(), []
    for name in names:
        key = name_key(name)
        if key not in seen:
            seen.add(key)
            result.append(name)
    return result


def _participant_reason(a: EventProfile, b: EventProfile) -> Reason | None:
    names_a, names_b = _unique(a.participants), _unique(b.participants)
    if not names_a or not names_b:
        return None
    strong, weak, used = [], [], set()
    for name in names_a:
        match = next((i for i, other in enumerate(names_b) if i not in used and same_name(name, other)), None)
        if match is not None:
            used.add(match)
            strong.append(name)
    # A leader stands for the country: "Putin" and "Rusia" are fair evidence of the same actor.
    others = {name_key(n): n for i, n in enumerate(names_b) if i not in used}
    for name in names_a:
        key = name_key(name)
        if name in strong:
            continue
        hit = next((k for k in others if affiliation(key) == k or affiliation(k) == key), None)
        if hit:
            weak.append(f"{name} ~ {others.pop(hit)}")
    shared = len(strong) + _AFFILIATED * len(weak)
    if not shared:
        return Reason("participants", -0.08, "no shared participants")
    denominator = min(len(names_a), len(names_b), 2)
    score = 0.1 + 0.12 * min(1.0, shared / denominator)
    text = "shared: " + ", ".join(strong + weak)
    return Reason("participants", round(score, 3), text)


def _day_gap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> int:
    """Days between two date ranges; 0 when they overlap."""
    return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)


def _exact_dates(gap: int, when: dt.date) -> Reason:
    if gap == 0:
        return Reason("date", 0.25, f"same date ({when.isoformat()})")
    plural = "s" if gap > 1 else ""
    text = f"dates {gap} day{plural} apart ({when.isoformat()})"
    # Resolved day dates rarely err by more than a day or two; repeated launches are days apart.
    for limit, score in ((1, 0.2), (2, 0.05), (3, -0.3), (6, -0.45), (13, -0.55), (30, -0.6)):
        if gap <= limit:
            return Reason("date", score, text)
    return Reason("date", -0.7, text)


def _coarse_dates(gap: int, a: EventProfile, b: EventProfile) -> Reason:
    coarse = a if a.date_precision != "day" else b
    shown = coarse.date.isoformat()[:7 if coarse.date_precision == "month" else 4] if coarse.date else "?"
    if gap == 0:
        score = 0.12 if coarse.date_precision == "month" else 0.03
        return Reason("date", score, f"date fits {shown}")
    if gap <= 3:
        return Reason("date", 0.0, f"date just outside {shown}")
    return Reason("date", -0.3 if gap <= 31 else -0.6, f"dates {gap} days apart ({shown})")


def _published_vs_date(dated: EventProfile, undated: EventProfile) -> Reason | None:
    """News reports events within about two days: the undated mention's publication date is weak evidence."""
    low, high = date_range(dated)  # type: ignore[misc]
    published = undated.published
    if published is None:
        return None
    if published < low - dt.timedelta(days=1):
        return Reason("date", -0.2, f"published {(low - published).days} days before the event date")
    lag = (published - high).days
    if lag <= 3:
        return Reason("date", 0.08, f"published {max(lag, 0)} days after the event date ({low.isoformat()})")
    if lag <= 10:
        return None
    return Reason("date", -0.12, f"published {lag} days after the event date")


def _date_reason(a: EventProfile, b: EventProfile) -> Reason | None:
    range_a, range_b = date_range(a), date_range(b)
    if range_a and range_b:
        gap = _day_gap(range_a, range_b)
        if a.date_precision == b.date_precision == "day":
            return _exact_dates(gap, range_a[0])
        return _coarse_dates(gap, a, b)
    if range_a or range_b:
        return _published_vs_date(a, b) if range_a else _published_vs_date(b, a)
    if a.published and b.published:
        gap = abs((a.published - b.published).days)
        if gap <= 2:
            return Reason("date", 0.05, f"published {gap} days apart, no event dates")
        if gap > 7:
            return Reason("date", -0.1 if gap <= 30 else -0.25, f"published {gap} days apart, no event dates")
    return None


def _place_reason(a: EventProfile, b: EventProfile) -> Reason | None:
    if not a.places or not b.places:
        return None
    shared = next((p for p in a.places if any(same_name(p, q) for q in b.places)), None)
    if shared:
        return Reason("place", 0.1, f"both in {shared}")
    # Only two known cities are a contradiction: "Pyongyang" and "Korea Utara" are not.
    keys_a = {name_key(p) for p in a.places if name_key(p).startswith("place:")}
    keys_b = {name_key(p) for p in b.places if name_key(p).startswith("place:")}
    if keys_a and keys_b:
        return Reason("place", -0.06, f"different places: {a.places[0]} / {b.places[0]}")
    return None


@cache
def content_words(sentence: str) -> frozenset[str]:
    """Stems of the sentence's content words; names through name_key so Korut and Korea Utara agree."""
    words = [w for w in _WORD.findall(sentence) if len(w) > 2 and w.lower() not in _STOP]
    return frozenset(crude_stem(w.lower()) if not w[0].isupper() else name_key(w) for w in words)


def sentence_similarity(a: str, b: str) -> float:
    """Dice overlap of content words (0..1); translations get little from it, by design."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    return 2 * len(wa & wb) / (len(wa) + len(wb))


def _sentence_reason(a: EventProfile, b: EventProfile) -> Reason | None:
    similarity = sentence_similarity(a.sentence, b.sentence)
    score = 0.15 * min(1.0, max(0.0, (similarity - 0.1) / 0.5))
    if score < 0.01:
        return None
    return Reason("sentence", round(score, 3), f"similar sentence ({similarity:.2f})")


def score_pair(a: EventProfile, b: EventProfile, near_duplicate_articles: bool = False) -> PairScore:
    """Sum of evidence for and against "same real-world event", clipped to 0..1; 0.5 is the suggested cut."""
    reasons = [
        _type_reason(a, b), _trigger_reason(a, b), _participant_reason(a, b), _date_reason(a, b),
        _place_reason(a, b), _sentence_reason(a, b),
    ]
    if near_duplicate_articles:
        reasons.append(Reason("near_duplicate", 0.15, "articles are copies or translations of each other"))
    counted = sorted((r for r in reasons if r is not None and r.score), key=lambda r: -r.score)
    value = min(1.0, max(0.0, sum(r.score for r in counted)))
    return PairScore(round(value, 4), tuple(counted))
