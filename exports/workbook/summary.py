"""The Summary sheet: blocks of counts (progress, outlets, statuses, labels, annotators, agreement)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from exports.workbook.documents import Tally
from exports.workbook.values import Column

SUMMARY = "Summary"
# Ten columns: the agreement block has a figure per metric (it formats its own numbers).
SUMMARY_COLUMNS = (Column("", 30), *(Column("", 14, number_format="0.0%") for _ in range(9)))
STATUSES = (("done", "Done"), ("in_progress", "In progress"), ("new", "New"), ("skipped", "Skipped"))
# The marked place for agreement figures: exports/agreement_report.py (project_agreement()) gives
# the blocks to put here; until a caller passes them the block says where they come from.
AGREEMENT = "Agreement"
AGREEMENT_PENDING = ("Agreement between annotators is computed on merged projects "
                     "(main.py stats PROJECT); it is not part of this export.")


@dataclass(frozen=True)
class SummaryBlock:
    """A titled little table on the Summary sheet; note is a line of text under the title."""

    title: str
    header: tuple[str, ...] = ()
    rows: tuple[tuple[Any, ...], ...] = ()
    note: str = ""


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def summary_rows(tally: Tally, about: Sequence[tuple[str, Any]] = (),
                 agreement: Sequence[SummaryBlock] | None = None) -> list[SummaryBlock]:
    """Every block of the Summary sheet, in order. about: (name, value) lines of the export itself
    (project, date, filter); agreement: blocks an agreement report gives, None for the marked place."""
    total = tally.articles
    blocks = [
        SummaryBlock("Export", ("", ""), tuple(about)),
        SummaryBlock("Progress", ("Status", "Articles", "Share"), (
            *((title, tally.statuses[key], _share(tally.statuses[key], total)) for key, title in STATUSES),
            ("All", total, _share(total, total)))),
        SummaryBlock("By outlet", ("Outlet", "Articles", "Done", "Done share", "Entities", "Events"),
                     tuple((name, c["articles"], c["done"], _share(c["done"], c["articles"]), c["entity"],
                            c["event"]) for name, c in sorted(tally.outlets.items()))),
        SummaryBlock("By status", ("Status", "Articles"), tuple(
            (status.replace("_", " "), n) for status, n in sorted(tally.statuses.items()))),
        SummaryBlock("By label", ("Label", "Kind", "Accepted", "Suggested", "All"), tuple(
            (label, kind, c["accepted"], c["suggested"], c.total())
            for (kind, label), c in sorted(tally.labels.items()))),
        SummaryBlock("By annotator (spans in these articles)", ("Annotator", "Entities", "Events"),
                     tuple((name, c["entity"], c["event"]) for name, c in sorted(tally.annotators.items()))),
    ]
    if agreement is None:
        blocks.append(SummaryBlock(AGREEMENT, note=AGREEMENT_PENDING))
    else:
        blocks.extend(agreement)
    return blocks


def write_summary(sheet: Any, blocks: Sequence[SummaryBlock]) -> None:
    for block in blocks:
        sheet.append([block.title], bold=True)
        if block.note:
            sheet.append([block.note])
        if block.header and any(block.header):
            sheet.append(list(block.header), bold=True)
        for row in block.rows:
            sheet.append(list(row))
        sheet.append([])
