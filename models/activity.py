"""How long each annotator worked, estimated from the timestamps of the change log.

Active time is the sum of the gaps between an annotator's consecutive logged changes, each gap
capped at ACTIVE_GAP (5 minutes): reading an article before the first edit counts, a lunch break
counts as 5 minutes at most, and the first change of a session adds nothing. It is an estimate
from edits only; time spent reading without editing is not seen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.schema import ChangeLog
from models.stats import UNKNOWN_ANNOTATOR

ACTIVE_GAP = dt.timedelta(minutes=5)


@dataclass(frozen=True)
class Activity:
    annotator: str
    actions: int
    active: dt.timedelta
    first: dt.datetime
    last: dt.datetime


def activity_by_annotator(cap: dt.timedelta = ACTIVE_GAP) -> dict[str, Activity]:
    """Changes, active time, first and latest change of each annotator (import entries included)."""
    found: dict[str, Activity] = {}
    # In log order (ids grow with time), one pass and no sort: memory is one record per annotator.
    query = ChangeLog.select(ChangeLog.annotator, ChangeLog.at).order_by(ChangeLog.id).tuples()
    for annotator, at in query.iterator():
        name = annotator or UNKNOWN_ANNOTATOR
        seen = found.get(name)
        if seen is None:
            found[name] = Activity(name, 1, dt.timedelta(0), at, at)
            continue
        gap = max(dt.timedelta(0), at - seen.last)
        found[name] = Activity(name, seen.actions + 1, seen.active + min(gap, cap), seen.first,
                               max(at, seen.last))
    return found
