"""Review statistics: what annotators did with the suggestions, and how far the review has come.

Corrections are read from the mentions (origin, state) and the change log. A suggestion is any
mention that is, or once was, ``origin == "auto"``; its original label and bounds are the first
logged record of it with origin "auto" (or the mention itself when it was never changed). Each
suggestion has exactly one outcome, comparing the original with what exists now:

- rejected: it no longer exists (deleted, or replaced by an overlapping manual span);
- relabelled: it exists with another label (a relabel wins over a resize when both happened);
- resized: same label, other bounds;
- accepted: same label and bounds, state accepted;
- pending: still a suggestion nobody has reviewed.

Spans an annotator added (never auto) count as "added" under their current label.
Progress per annotator: an article counts as done (or skipped) for the annotator whose status change
put it in its current status last; an article in progress counts for the annotator of its latest
logged change.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from peewee import fn

from models.schema import Article, ChangeLog, database

UNKNOWN_OUTLET = "(unknown outlet)"
UNKNOWN_ANNOTATOR = "(unknown)"
OUTCOMES = ("accepted", "relabelled", "resized", "rejected", "pending")
SPAN_ACTIONS = ("add", "update", "delete", "restore")  # logged changes of a span's label, bounds, state


@dataclass(frozen=True)
class CorrectionRow:
    """Outcomes of the suggestions of one group (a label, an outlet, or everything)."""

    group: str
    suggested: int = 0
    accepted: int = 0
    relabelled: int = 0
    resized: int = 0
    rejected: int = 0
    pending: int = 0
    added: int = 0  # spans annotators added themselves

    @property
    def reviewed(self) -> int:
        return self.suggested - self.pending

    @property
    def corrected(self) -> int:
        return self.relabelled + self.resized + self.rejected

    @property
    def correction_rate(self) -> float | None:
        """Share of the reviewed suggestions that were changed or rejected (None: none reviewed)."""
        return self.corrected / self.reviewed if self.reviewed else None


@dataclass(frozen=True)
class ProgressRow:
    """Article counts by review status, for the project or for one annotator."""

    name: str
    done: int = 0
    skipped: int = 0
    in_progress: int = 0
    new: int = 0

    @property
    def total(self) -> int:
        return self.done + self.skipped + self.in_progress + self.new


@dataclass(frozen=True)
class ReviewStats:
    total: CorrectionRow
    by_label: tuple[CorrectionRow, ...]
    by_outlet: tuple[CorrectionRow, ...]
    progress: ProgressRow
    by_annotator: tuple[ProgressRow, ...]


def status_counts() -> ProgressRow:
    """How many articles are in each review status (one indexed query, cheap enough per edit)."""
    counts = dict(Article.select(Article.status, fn.COUNT(Article.id)).group_by(Article.status).tuples())
    return ProgressRow("Project", done=counts.get("done", 0), skipped=counts.get("skipped", 0),
                       in_progress=counts.get("in_progress", 0), new=counts.get("new", 0))


def review_stats() -> ReviewStats:
    """Corrections per label and per outlet, and progress for the project and per annotator."""
    by_label: dict[str, Counter[str]] = defaultdict(Counter)
    by_outlet: dict[str, Counter[str]] = defaultdict(Counter)
    total: Counter[str] = Counter()
    for label, outlet, what, n in _query(_BY_LABEL_AND_OUTLET):
        for counter in (by_label[label], by_outlet[UNKNOWN_OUTLET if outlet is None else outlet], total):
            counter[what] += n
            if what != "added":
                counter["suggested"] += n
    return ReviewStats(
        total=_row("All", total),
        by_label=tuple(_row(name, c) for name, c in sorted(by_label.items())),
        by_outlet=tuple(_row(name, c) for name, c in sorted(by_outlet.items())),
        progress=status_counts(),
        by_annotator=_annotator_progress(),
    )


def _row(group: str, counter: Counter[str]) -> CorrectionRow:
    return CorrectionRow(group, suggested=counter["suggested"], added=counter["added"],
                         **{what: counter[what] for what in OUTCOMES})


# The outcomes are counted in SQLite (window functions: SQLite >= 3.25; JSON functions: built in since
# 3.38, and in Python's own builds before), so memory stays flat however many mentions a project has:
# Python only sees one row per group. A change log record counts as a span when it is a JSON object
# with a label, start, end and origin; a mention's first such record with origin "auto" is its
# original suggestion.
def _auto_span(column: str) -> str:
    return (f"CASE WHEN {column} IS NULL OR {column} = '' THEN 0 ELSE json_type({column}) = 'object'"
            f" AND json_type({column}, '$.label') IS NOT NULL AND json_type({column}, '$.start') IS NOT NULL"
            f" AND json_type({column}, '$.end') IS NOT NULL AND json_extract({column}, '$.origin') = 'auto'"
            " END")


_AUTO_LIKE = '%"origin": "auto"%'  # how models.changelog writes it (json.dumps, default separators)
_SPAN_ACTIONS_SQL = ", ".join(f"'{action}'" for action in SPAN_ACTIONS)
_OUTCOMES = f"""
WITH auto_log AS (
    SELECT target_uid AS uid, id, article_id,
           CASE WHEN {_auto_span('before')} THEN before ELSE after END AS record
    FROM change_log
    WHERE target = 'mention' AND (before LIKE :auto OR after LIKE :auto)
      AND ({_auto_span('before')} OR {_auto_span('after')})
),
first_auto AS (
    SELECT uid, record, article_id FROM (
        SELECT uid, record, article_id, ROW_NUMBER() OVER (PARTITION BY uid ORDER BY id) AS n
        FROM auto_log)
    WHERE n = 1
),
original AS (
    SELECT uid, json_extract(record, '$.label') AS label, json_extract(record, '$.start') AS start,
           json_extract(record, '$.end') AS "end",
           CASE WHEN json_type(record, '$.article_id') IS NULL THEN article_id
                ELSE json_extract(record, '$.article_id') END AS article_id
    FROM first_auto
    UNION ALL
    SELECT uid, label, start, "end", article_id FROM mention
    WHERE origin = 'auto' AND uid NOT IN (SELECT uid FROM first_auto)
),
outcome AS (
    SELECT o.uid, o.label, o.article_id,
           CASE WHEN m.id IS NULL THEN 'rejected'
                WHEN m.label IS NOT o.label THEN 'relabelled'
                WHEN m.start IS NOT o.start OR m."end" IS NOT o."end" THEN 'resized'
                WHEN m.state = 'accepted' THEN 'accepted'
                ELSE 'pending' END AS outcome
    FROM original AS o LEFT JOIN mention AS m ON m.uid = o.uid
),
added AS (
    SELECT uid, label, article_id FROM mention
    WHERE origin <> 'auto' AND uid NOT IN (SELECT uid FROM first_auto)
),
span_changes AS (  -- linking a span to a card or rejecting a candidate decides nothing about it
    SELECT target_uid AS uid, MIN(id) AS first_id, MAX(id) AS last_id FROM change_log
    WHERE target = 'mention' AND action IN ({_SPAN_ACTIONS_SQL})
    GROUP BY target_uid
)
"""
_BY_LABEL_AND_OUTLET = _OUTCOMES + """
SELECT o.label, outlet.name, o.outcome, COUNT(*) FROM outcome AS o
LEFT JOIN article ON article.id = o.article_id LEFT JOIN outlet ON outlet.id = article.outlet_id
GROUP BY 1, 2, 3
UNION ALL
SELECT a.label, outlet.name, 'added', COUNT(*) FROM added AS a
LEFT JOIN article ON article.id = a.article_id LEFT JOIN outlet ON outlet.id = article.outlet_id
GROUP BY 1, 2
"""
_BY_ANNOTATOR = _OUTCOMES + """
SELECT (SELECT annotator FROM change_log WHERE id = c.last_id), o.outcome, COUNT(*)
FROM outcome AS o LEFT JOIN span_changes AS c ON c.uid = o.uid
WHERE o.outcome <> 'pending'
GROUP BY 1, 2
UNION ALL
SELECT (SELECT annotator FROM change_log WHERE id = c.first_id), 'added', COUNT(*)
FROM added AS a LEFT JOIN span_changes AS c ON c.uid = a.uid
GROUP BY 1
"""


def _query(sql: str) -> list[tuple[Any, ...]]:
    return database.execute_sql(sql, {"auto": _AUTO_LIKE}).fetchall()


def _annotator_progress() -> tuple[ProgressRow, ...]:
    status = dict(Article.select(Article.id, Article.status).tuples())
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    last_status: dict[int, tuple[str | None, str]] = {}
    query = (ChangeLog.select(ChangeLog.article_id, ChangeLog.annotator, ChangeLog.after)
             .where((ChangeLog.action == "status") & ChangeLog.article_id.is_null(False))
             .order_by(ChangeLog.id).tuples())
    for article_id, annotator, after in query:
        last_status[article_id] = (annotator, json.loads(after) if after else "")
    for article_id, (annotator, after) in last_status.items():
        if after in ("done", "skipped") and status.get(article_id) == after:
            counts[annotator or UNKNOWN_ANNOTATOR][after] += 1
    in_progress = [a for a, s in status.items() if s == "in_progress"]
    for annotator in _last_annotators(in_progress):
        counts[annotator or UNKNOWN_ANNOTATOR]["in_progress"] += 1
    return tuple(ProgressRow(name, done=c["done"], skipped=c["skipped"], in_progress=c["in_progress"])
                 for name, c in sorted(counts.items(), key=lambda item: (-item[1]["done"], item[0])))


def _last_annotators(article_ids: Iterable[int]) -> list[str | None]:
    """The annotator of the latest logged change of each article (articles with none are left out)."""
    ids = list(article_ids)
    found: list[str | None] = []
    for first in range(0, len(ids), 500):
        chunk = ids[first:first + 500]
        latest = (ChangeLog.select(fn.MAX(ChangeLog.id))
                  .where(ChangeLog.article_id.in_(chunk)).group_by(ChangeLog.article_id))
        found += [a for (a,) in ChangeLog.select(ChangeLog.annotator)
                  .where(ChangeLog.id.in_(latest)).tuples()]
    return found


def corrections_by_annotator() -> tuple[CorrectionRow, ...]:
    """The outcomes above grouped by who decided them: the annotator of a suggestion's latest
    logged change (for a rejected one, its deletion); added spans count for whoever added them.
    Pending suggestions are nobody's decision and are left out."""
    counters: dict[str, Counter[str]] = defaultdict(Counter)
    for annotator, what, n in _query(_BY_ANNOTATOR):
        counter = counters[annotator or UNKNOWN_ANNOTATOR]
        counter[what] += n
        if what != "added":
            counter["suggested"] += n
    return tuple(_row(name, c) for name, c in sorted(counters.items()))


def annotator_progress() -> tuple[ProgressRow, ...]:
    """Done, skipped and in-progress articles per annotator (without the correction counts)."""
    return _annotator_progress()
