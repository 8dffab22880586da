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

from models.schema import Article, ChangeLog, Mention, Outlet

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


@dataclass(frozen=True)
class _Span:
    label: str
    start: int
    end: int
    origin: str
    state: str
    article_id: int


def status_counts() -> ProgressRow:
    """How many articles are in each review status (one indexed query, cheap enough per edit)."""
    counts = dict(Article.select(Article.status, fn.COUNT(Article.id)).group_by(Article.status).tuples())
    return ProgressRow("Project", done=counts.get("done", 0), skipped=counts.get("skipped", 0),
                       in_progress=counts.get("in_progress", 0), new=counts.get("new", 0))


def review_stats() -> ReviewStats:
    """Corrections per label and per outlet, and progress for the project and per annotator."""
    outlets = _article_outlets()
    current = _current_spans()
    first_auto = _first_auto_records()
    by_label: dict[str, Counter[str]] = defaultdict(Counter)
    by_outlet: dict[str, Counter[str]] = defaultdict(Counter)
    total: Counter[str] = Counter()

    def count(label: str, article_id: int, what: str) -> None:
        for counter in (by_label[label], by_outlet[outlets.get(article_id, UNKNOWN_OUTLET)], total):
            counter[what] += 1
            if what != "added":
                counter["suggested"] += 1

    for uid in first_auto.keys() | {u for u, s in current.items() if s.origin == "auto"}:
        original = first_auto.get(uid) or current[uid]
        count(original.label, original.article_id, _outcome(original, current.get(uid)))
    for uid, span in current.items():
        if span.origin != "auto" and uid not in first_auto:
            count(span.label, span.article_id, "added")

    return ReviewStats(
        total=_row("All", total),
        by_label=tuple(_row(name, c) for name, c in sorted(by_label.items())),
        by_outlet=tuple(_row(name, c) for name, c in sorted(by_outlet.items())),
        progress=status_counts(),
        by_annotator=_annotator_progress(),
    )


def _outcome(original: _Span, now: _Span | None) -> str:
    if now is None:
        return "rejected"
    if now.label != original.label:
        return "relabelled"
    if (now.start, now.end) != (original.start, original.end):
        return "resized"
    return "accepted" if now.state == "accepted" else "pending"


def _row(group: str, counter: Counter[str]) -> CorrectionRow:
    return CorrectionRow(group, suggested=counter["suggested"], added=counter["added"],
                         **{what: counter[what] for what in OUTCOMES})


def _article_outlets() -> dict[int, str]:
    query = Article.select(Article.id, Outlet.name).join(Outlet).tuples()
    return {article_id: name for article_id, name in query}


def _current_spans() -> dict[str, _Span]:
    query = Mention.select(Mention.uid, Mention.label, Mention.start, Mention.end, Mention.origin,
                           Mention.state, Mention.article).tuples()
    return {uid: _Span(label, start, end, origin, state, article_id)
            for uid, label, start, end, origin, state, article_id in query}


def _first_auto_records() -> dict[str, _Span]:
    """For every mention ever logged as a suggestion: its first logged state as a suggestion."""
    auto = '"origin": "auto"'  # how models.changelog writes it (json.dumps, default separators)
    query = (ChangeLog.select(ChangeLog.target_uid, ChangeLog.article_id, ChangeLog.before,
                              ChangeLog.after)
             .where((ChangeLog.target == "mention")
                    & (ChangeLog.before.contains(auto) | ChangeLog.after.contains(auto)))
             .order_by(ChangeLog.id).tuples())
    found: dict[str, _Span] = {}
    for uid, article_id, before, after in query:
        if uid in found:
            continue
        for text in (before, after):
            record = _span_record(text, article_id)
            if record is not None and record.origin == "auto":
                found[uid] = record
                break
    return found


def _span_record(text: str | None, article_id: int | None) -> _Span | None:
    data: Any = json.loads(text) if text else None
    if not isinstance(data, dict) or not {"label", "start", "end", "origin"} <= data.keys():
        return None
    return _Span(data["label"], data["start"], data["end"], data["origin"],
                 data.get("state", "suggested"), data.get("article_id", article_id))


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
    current = _current_spans()
    first_auto = _first_auto_records()
    first_by, last_by = _mention_changers()
    counters: dict[str, Counter[str]] = defaultdict(Counter)
    for uid in first_auto.keys() | {u for u, s in current.items() if s.origin == "auto"}:
        outcome = _outcome(first_auto.get(uid) or current[uid], current.get(uid))
        if outcome != "pending":
            counter = counters[last_by.get(uid) or UNKNOWN_ANNOTATOR]
            counter[outcome] += 1
            counter["suggested"] += 1
    for uid, span in current.items():
        if span.origin != "auto" and uid not in first_auto:
            counters[first_by.get(uid) or UNKNOWN_ANNOTATOR]["added"] += 1
    return tuple(_row(name, c) for name, c in sorted(counters.items()))


def _mention_changers() -> tuple[dict[str, str | None], dict[str, str | None]]:
    """For every logged mention: the annotator of its first and of its latest logged change of the
    span itself (linking it to a card or rejecting a candidate decides nothing about the span)."""
    first: dict[str, str | None] = {}
    last: dict[str, str | None] = {}
    query = (ChangeLog.select(ChangeLog.target_uid, ChangeLog.annotator)
             .where((ChangeLog.target == "mention") & ChangeLog.action.in_(SPAN_ACTIONS))
             .order_by(ChangeLog.id).tuples())
    for uid, annotator in query.iterator():
        first.setdefault(uid, annotator)
        last[uid] = annotator
    return first, last


def annotator_progress() -> tuple[ProgressRow, ...]:
    """Done, skipped and in-progress articles per annotator (without the correction counts)."""
    return _annotator_progress()
