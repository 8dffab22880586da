"""The Summary sheet's Agreement block: one row per pair of annotators, and all pairs together."""

from __future__ import annotations

from exports.agreement_report import ProjectAgreement
from exports.workbook.summary import AGREEMENT, SummaryBlock
from exports.workbook.values import Figure

HEADER = ("Annotators", "Span F1 (exact)", "Span F1 (overlapping)", "Kappa on labels", "Trigger F1",
          "MUC F1", "B-cubed F1", "CEAF-e F1", "CoNLL F1", "BLANC F1")


def agreement_blocks(result: ProjectAgreement) -> list[SummaryBlock]:
    """Nothing to show (no article done by two annotators) gives the block with a note saying so."""
    if not result.report.pairs:
        return [SummaryBlock(AGREEMENT, note=result.lines()[0])]
    clusters = {(c.first, c.second): c.scores for c in result.clusters}
    rows = []
    for pair in result.report.pairs:
        s = clusters[(pair.first, pair.second)]
        rows.append((f"{pair.first} / {pair.second}", pair.spans.exact.f1, pair.spans.overlap.f1,
                     pair.spans.kappa, pair.events.exact.f1, s.muc.f1, s.b_cubed.f1, s.ceaf_e.f1, s.conll,
                     s.blanc.f1))
    scores = list(clusters.values())
    mean = [sum(getattr(x, m).f1 for x in scores) / len(scores) for m in ("muc", "b_cubed", "ceaf_e")]
    spans, events = result.report.spans, result.report.events
    rows.append(("All pairs", spans.exact.f1, spans.overlap.f1, spans.kappa, events.exact.f1, *mean,
                 sum(mean) / 3, sum(x.blanc.f1 for x in scores) / len(scores)))
    note = (f"{result.articles} articles with two versions or more. Spans pooled over pairs; cluster "
            "scores averaged over pairs, the first annotator as the key.")
    # Agreement figures read as 0.000 (kappa is not a share); a missing kappa stays an empty cell.
    shown = tuple((row[0], *(Figure(v) if v is not None else None for v in row[1:])) for row in rows)
    return [SummaryBlock(AGREEMENT, HEADER, shown, note)]
