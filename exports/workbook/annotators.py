"""The Annotators sheet: work done, active time (see models.activity) and correction rate."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from exports.workbook.values import Column
from models.activity import ACTIVE_GAP, activity_by_annotator
from models.stats import CorrectionRow, ProgressRow, annotator_progress, corrections_by_annotator

ANNOTATORS = "Annotators"
ACTIVE_NOTE = (f"Active time: the sum of the gaps between an annotator's consecutive changes, each gap "
               f"counted as at most {int(ACTIVE_GAP.total_seconds() // 60)} minutes.")
ANNOTATOR_COLUMNS = (
    Column("Annotator", 18), Column("Articles done", 14), Column("Skipped", 10),
    Column("In progress", 12), Column("Spans added", 12), Column("Accepted", 10),
    Column("Relabelled", 11), Column("Resized", 10), Column("Rejected", 10),
    Column("Suggestions reviewed", 12), Column("Correction rate", 12, number_format="0.0%"),
    Column("Changes", 10), Column("Active time", 12, number_format="[h]:mm"),
    Column("First change", 17), Column("Latest change", 17),
)


def write_annotators(sheet: Any, only: Collection[str] = ()) -> int:
    """One row per annotator of the whole project (or only those named); returns how many."""
    progress = {p.name: p for p in annotator_progress()}
    corrections = {c.group: c for c in corrections_by_annotator()}
    activity = activity_by_annotator()
    names = sorted(progress.keys() | corrections.keys() | activity.keys())
    count = 0
    for name in names:
        if only and name not in only:
            continue
        p = progress.get(name, ProgressRow(name))
        c = corrections.get(name, CorrectionRow(name))
        act = activity.get(name)
        sheet.append([
            name, p.done, p.skipped, p.in_progress, c.added, c.accepted, c.relabelled, c.resized,
            c.rejected, c.reviewed, c.correction_rate, act.actions if act else 0,
            act.active if act else None, act.first if act else None, act.last if act else None])
        count += 1
    return count
