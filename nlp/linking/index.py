"""In-memory blocking index: the few event mentions worth scoring against one, without a full scan."""

from __future__ import annotations

from collections import Counter, defaultdict

from nlp.linking.aliases import affiliation, name_key
from nlp.linking.kinds import related_types
from nlp.linking.profiles import EventProfile, date_range

_BUCKET_DAYS = 7


def _day_span(profile: EventProfile) -> tuple[int, int] | None:
    """Ordinal first/last day for blocking: the event date, else the publication date."""
    found = date_range(profile) if profile.date_precision != "year" else None
    if found:
        return found[0].toordinal(), found[1].toordinal()
    if profile.published:
        day = profile.published.toordinal()
        return day, day
    return None


def participant_keys(profile: EventProfile) -> frozenset[str]:
    """name_keys of the participants plus the countries their known leaders stand for."""
    keys = {name_key(name) for name in profile.participants}
    keys |= {home for key in keys if (home := affiliation(key))}
    return frozenset(keys)


class CandidateIndex:
    """In-memory blocking index over EventProfiles: candidates without a full scan."""

    def __init__(self, window_days: int = 21) -> None:
        self.window_days = window_days  # how far apart two dates may be and still be compared
        self._profiles: dict[str, EventProfile] = {}
        self._spans: dict[str, tuple[int, int] | None] = {}
        self._postings: dict[tuple[str, object], set[str]] = defaultdict(set)
        self._keys: dict[str, list[tuple[str, object]]] = {}

    def _posting_keys(self, profile: EventProfile) -> list[tuple[str, object]]:
        keys: list[tuple[str, object]] = [(profile.event_type, key) for key in participant_keys(profile)]
        span = self._spans[profile.uid]
        if span:
            buckets = range(span[0] // _BUCKET_DAYS, span[1] // _BUCKET_DAYS + 1)
            keys += [(profile.event_type, bucket) for bucket in buckets]
        return keys

    def add(self, profile: EventProfile) -> None:
        """Index a profile (replacing any with the same uid)."""
        if profile.uid in self._profiles:
            self.remove(profile.uid)
        self._profiles[profile.uid] = profile
        self._spans[profile.uid] = _day_span(profile)
        keys = self._posting_keys(profile)
        self._keys[profile.uid] = keys
        for key in keys:
            self._postings[key].add(profile.uid)

    def remove(self, uid: str) -> None:
        """Forget a profile; unknown uids are ignored."""
        if self._profiles.pop(uid, None) is None:
            return
        self._spans.pop(uid, None)
        for key in self._keys.pop(uid, ()):
            posting = self._postings.get(key)
            if posting is not None:
                posting.discard(uid)
                if not posting:
                    del self._postings[key]

    def update(self, profile: EventProfile) -> None:
        """Replace the stored profile (e.g. its cluster changed)."""
        self.add(profile)

    def get(self, uid: str) -> EventProfile | None:
        return self._profiles.get(uid)

    def __len__(self) -> int:
        return len(self._profiles)

    def __iter__(self):
        return iter(self._profiles.values())

    def candidates(self, profile: EventProfile, limit: int = 300) -> list[EventProfile]:
        """Profiles of related types, dated within the window or sharing a participant, not of its article.

        Ordered by evidence (in the date window, number of shared participants), then by date distance.
        """
        types = related_types(profile.event_type)
        span = _day_span(profile)
        in_window: set[str] = set()
        if span:
            first = (span[0] - self.window_days) // _BUCKET_DAYS
            last = (span[1] + self.window_days) // _BUCKET_DAYS
            for label in types:
                for bucket in range(first, last + 1):
                    in_window |= self._postings.get((label, bucket), set())
        shared: Counter[str] = Counter()
        for key in participant_keys(profile):
            for label in types:
                shared.update(self._postings.get((label, key), ()))
        middle = (span[0] + span[1]) / 2 if span else None

        def distance(uid: str) -> float:
            other = self._spans.get(uid)
            if middle is None or other is None:
                return 1e9
            return abs((other[0] + other[1]) / 2 - middle)

        # Group by evidence first (cheap), then look up and sort by date distance only the levels that
        # reach the limit: at 100,000 mentions thousands share a participant but few make the cut.
        levels: dict[int, list[str]] = defaultdict(list)
        for uid, count in shared.items():
            levels[2 * (uid in in_window) + count].append(uid)
        levels[2] += in_window.difference(shared)
        ranked: list[str] = []
        for evidence in sorted(levels, reverse=True):
            if len(ranked) >= limit:
                break
            level = sorted((distance(uid), uid) for uid in levels[evidence]
                           if uid != profile.uid and self._profiles[uid].article != profile.article)
            ranked += [uid for _, uid in level[:limit - len(ranked)]]
        return [self._profiles[uid] for uid in ranked]
