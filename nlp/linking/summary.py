"""A card's title, type, date, place and participants, from the mentions linked to it."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from nlp.linking.aliases import affiliation, name_key, same_name
from nlp.linking.profiles import EventProfile

_TITLE_PARTICIPANTS = 3


@dataclass(frozen=True)
class CardSummary:
    """What a card shows: a short title and the most supported type, date, place and participants."""

    title: str
    event_type: str | None
    date: dt.date | None
    place: str | None
    participants: tuple[str, ...]


def _majority(values: Iterable) -> object | None:
    """Most frequent value; ties go to the smallest, so the result does not depend on order."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))


def _name_groups(names: Iterable[str]) -> list[list[str]]:
    """Names grouped by same_name, most mentioned first (first seen breaks ties)."""
    groups: list[list[str]] = []
    for name in names:
        group = next((g for g in groups if same_name(g[0], name)), None)
        if group is None:
            groups.append([name])
        else:
            group.append(name)
    return sorted(groups, key=lambda g: -len(g))


def _display(group: list[str]) -> str:
    """The form used most often; the longest breaks ties ("Korea Utara" over "Korut")."""
    counts = Counter(group)
    return min(counts, key=lambda n: (-counts[n], -len(n), n))


def _event_date(profiles: Sequence[EventProfile]) -> dt.date | None:
    exact = [p.date for p in profiles if p.date and p.date_precision == "day"]
    return _majority(exact or [p.date for p in profiles if p.date])  # type: ignore[return-value]


def _title(event_type: str | None, participants: tuple[str, ...], place: str | None,
           date: dt.date | None) -> str:
    # Countries and organisations name an event better than the people who act for them.
    states = [p for p in participants if name_key(p).startswith(("country:", "org:"))]
    shown = (states if len(states) >= 2 else list(participants))[:_TITLE_PARTICIPANTS]
    parts = [" – ".join(shown), place or "", date.isoformat() if date else ""]
    body = ", ".join(p for p in parts if p)
    return f"{event_type}: {body}" if event_type and body else event_type or body or "(untitled)"


def _shared_by_articles(groups: list[list[str]], profiles: Sequence[EventProfile]) -> list[list[str]]:
    """The name groups that two or more articles of the card use; all of them for a one-article card.

    A name only one article puts near the event ("Departemen Luar Negeri AS" commenting on a treaty) is
    rarely one of its actors, so it stays on the card's list but out of its title.
    """
    if len({p.article for p in profiles}) < 2:
        return groups
    return [g for g in groups if len({p.article for p in profiles if _names(p, g[0])}) >= 2]


def _names(profile: EventProfile, name: str) -> bool:
    """Whether the mention names this actor, or the leader acting for it ("Putin" names "Rusia")."""
    key = name_key(name)
    return any(same_name(n, name) or affiliation(name_key(n)) == key or affiliation(key) == name_key(n)
               for n in profile.participants)


def summarise(profiles: Sequence[EventProfile]) -> CardSummary:
    """Majority type, most supported date and place, participants deduplicated by name."""
    event_type = _majority(p.event_type for p in profiles)
    date = _event_date(profiles)
    places = _name_groups(n for p in profiles for n in p.places)
    place = _display(places[0]) if places else None
    groups = _name_groups(n for p in profiles for n in p.participants)
    participants = tuple(_display(g) for g in groups)
    titled = tuple(_display(g) for g in _shared_by_articles(groups, profiles)) or participants
    title = _title(event_type, titled, place, date)  # type: ignore[arg-type]
    return CardSummary(title, event_type, date, place, participants)  # type: ignore[arg-type]
