"""The Summary sheet's Agreement block: one row per pair of annotators, and all pairs together."""

from __future__ import annotations

from exports.agreement_report import TABLE_HEADER, ProjectAgreement
from exports.workbook.summary import AGREEMENT, SummaryBlock
from exports.workbook.values import Figure


def agreement_blocks(result: ProjectAgreement) -> list[SummaryBlock]:
    """Nothing to show (no article done by two annotators) gives the block with a note saying so."""
    rows, note = result.table()
    if not rows:
        return [SummaryBlock(AGREEMENT, note=note)]
    # Agreement figures read as 0.000 (kappa is not a share); a missing kappa stays an empty cell.
    shown = tuple((row[0], *(Figure(v) if v is not None else None for v in row[1:])) for row in rows)
    return [SummaryBlock(AGREEMENT, TABLE_HEADER, shown, note)]
