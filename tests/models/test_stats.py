"""Review statistics from mentions and the change log, with numbers known in advance."""

from __future__ import annotations

import json
from pathlib import Path

from models import articles, db, spans
from models.articles import NewArticle
from models.changelog import log_change
from models.schema import ChangeLog, Mention
from models.stats import CorrectionRow, corrections_by_annotator, review_stats, status_counts
from nlp.records import SpanSuggestion

BODY = "Presiden Joko Widodo bertemu Perdana Menteri Jepang di Tokyo, Senin (4/3) pagi."


def _at(word: str, label: str) -> SpanSuggestion:
    start = BODY.index(word)
    return SpanSuggestion(start, start + len(word), label, "entity")


def _import(outlet: str | None, name: str) -> int:
    suggestions = [_at("Joko Widodo", "PERSON"), _at("Jepang", "GPE"), _at("Tokyo", "GPE"),
                   _at("Senin", "DATE")]
    body = BODY.replace("pagi", {"a": "pagi", "b": "sore"}.get(name, name))
    [row] = articles.add_articles([NewArticle(body=body, raw_text=body, source_file=f"{name}.txt",
                                              outlet=outlet, spans=suggestions)])
    return row.id


def _by(rows: tuple[CorrectionRow, ...], group: str) -> CorrectionRow:
    return next(r for r in rows if r.group == group)


def test_corrections_per_label_and_outlet(project: Path) -> None:
    first, second = _import("Warta", "a"), _import(None, "b")
    a = {s.text: s for s in spans.list_spans(first)}
    spans.update_span(a["Joko Widodo"].id, state="accepted")  # accepted unchanged
    spans.relabel_span(a["Jepang"].id, "LOC")  # relabelled
    spans.update_span(a["Tokyo"].id, start=a["Tokyo"].start, end=a["Tokyo"].end - 1,
                      state="accepted", origin="manual")  # resized
    spans.delete_span(a["Senin"].id)  # rejected
    start = BODY.index("Presiden")
    spans.add_span(first, start, start + 8, "PERSON")  # added manually
    b = {s.text: s for s in spans.list_spans(second)}
    deleted = spans.delete_span(b["Tokyo"].id)
    spans.restore_spans([deleted])  # undone: still a pending suggestion
    # A relabel undone (back to auto) leaves an untouched suggestion.
    before, _ = spans.relabel_span(b["Jepang"].id, "LOC")
    spans.update_span(b["Jepang"].id, label=before.label, state=before.state, origin=before.origin)
    # Relabelled first, then deleted: a rejected suggestion under its original label.
    spans.relabel_span(b["Joko Widodo"].id, "ORG")
    spans.delete_span(b["Joko Widodo"].id)

    stats = review_stats()
    total = stats.total
    assert (total.suggested, total.accepted, total.relabelled, total.resized, total.rejected,
            total.pending, total.added) == (8, 1, 1, 1, 2, 3, 1)
    assert total.reviewed == 5 and total.correction_rate == 4 / 5

    gpe = _by(stats.by_label, "GPE")
    assert (gpe.suggested, gpe.relabelled, gpe.resized, gpe.pending) == (4, 1, 1, 2)
    person = _by(stats.by_label, "PERSON")
    assert (person.suggested, person.accepted, person.rejected, person.added) == (2, 1, 1, 1)
    assert _by(stats.by_label, "DATE").rejected == 1
    assert "ORG" not in {r.group for r in stats.by_label}

    warta = _by(stats.by_outlet, "Warta")
    assert (warta.suggested, warta.accepted, warta.relabelled, warta.resized, warta.rejected,
            warta.pending, warta.added) == (4, 1, 1, 1, 1, 0, 1)
    assert warta.correction_rate == 3 / 4
    unknown = _by(stats.by_outlet, "(unknown outlet)")
    assert (unknown.suggested, unknown.rejected, unknown.pending) == (4, 1, 3)


def test_nothing_reviewed_has_no_rate(project: Path) -> None:
    _import("Warta", "a")
    stats = review_stats()
    assert stats.total.pending == 4 and stats.total.correction_rate is None
    assert stats.by_annotator == ()


def test_progress_for_the_project_and_per_annotator(project: Path) -> None:
    ids = [_import("Warta", name) for name in ("a", "b")]
    ids.append(articles.add_articles([NewArticle(body="Berita ketiga.", raw_text="Berita ketiga.",
                                                 source_file="c.txt")])[0].id)
    ids.append(articles.add_articles([NewArticle(body="Berita keempat.", raw_text="Berita keempat.",
                                                 source_file="d.txt")])[0].id)
    articles.set_status(ids[0], "done")  # by tester
    db.set_annotator("sari")
    articles.set_status(ids[1], "done")
    articles.set_status(ids[0], "in_progress")
    articles.set_status(ids[0], "done")  # done again, now by sari
    articles.set_status(ids[2], "skipped")
    db.set_annotator("tester")
    spans.add_span(ids[3], 0, 6, "ORG")  # in progress, by tester
    articles.set_status(ids[1], "done")  # no change: not logged, stays sari's

    stats = review_stats()
    assert stats.progress == status_counts()
    assert (stats.progress.done, stats.progress.skipped, stats.progress.in_progress,
            stats.progress.new, stats.progress.total) == (2, 1, 1, 0, 4)
    rows = {r.name: (r.done, r.skipped, r.in_progress) for r in stats.by_annotator}
    assert rows == {"sari": (2, 1, 0), "tester": (0, 0, 1)}
    assert [r.name for r in stats.by_annotator] == ["sari", "tester"]


def _review_by_three() -> None:
    """Four articles reviewed by tester and sari (budi only links), with every kind of outcome:
    suggestions changed by one annotator and then by another, a suggestion replaced by a hand-made
    span, a deletion undone, a change logged without an annotator, and suggestions left pending."""
    first, second, third, fourth = (_import("Warta", "a"), _import(None, "b"), _import("Kabar", "malam"),
                                    _import("Warta", "siang"))
    one, two, three, four = ({s.text: s for s in spans.list_spans(a)} for a in (first, second, third, fourth))
    start = BODY.index("Presiden")
    # Article 1: tester relabels, rejects, accepts and adds; sari resizes.
    spans.relabel_span(one["Jepang"].id, "LOC")
    spans.delete_span(one["Senin"].id)
    spans.update_span(one["Joko Widodo"].id, state="accepted")
    spans.add_span(first, start, start + 8, "PERSON")
    # Article 2: tester relabels then sari rejects; tester accepts then sari relabels.
    spans.relabel_span(two["Joko Widodo"].id, "ORG")
    spans.set_states([two["Jepang"].id], "accepted")
    # Article 3: tester's changes that sari undoes by hand; tester accepts what budi then links.
    spans.relabel_span(three["Joko Widodo"].id, "ORG")
    spans.update_span(three["Jepang"].id, start=three["Jepang"].start + 1, end=three["Jepang"].end)
    spans.set_states([three["Tokyo"].id], "accepted")
    added = spans.add_span(third, start, start + 8, "PERSON").span.id
    db.set_annotator("sari")
    spans.update_span(one["Tokyo"].id, start=one["Tokyo"].start, end=one["Tokyo"].end - 1,
                      state="accepted", origin="manual")
    spans.delete_span(two["Joko Widodo"].id)
    spans.relabel_span(two["Jepang"].id, "LOC")
    tokyo = BODY.index("Tokyo")
    spans.add_span(second, tokyo - 3, tokyo + 5, "LOC")  # replaces the suggestion "Tokyo"
    spans.relabel_span(three["Joko Widodo"].id, "PERSON")  # back as suggested: accepted by sari
    spans.update_span(three["Jepang"].id, start=three["Jepang"].start, end=three["Jepang"].end,
                      state="accepted")
    spans.relabel_span(added, "ORG")  # still tester's addition
    deleted = spans.delete_span(three["Senin"].id)
    menteri = BODY.index("Perdana Menteri")
    spans.delete_span(spans.add_span(third, menteri, menteri + 15, "PERSON").span.id)  # added, then gone
    db.set_annotator("tester")
    spans.restore_spans([deleted])  # pending again
    db.set_annotator("budi")
    log_change("link", "mention", three["Tokyo"].id, third, before={"card": None}, after={"card": "x"})
    # Article 4: one suggestion accepted by a change logged without an annotator; three pending.
    Mention.update(state="accepted").where(Mention.uid == four["Senin"].id).execute()
    ChangeLog.create(annotator=None, action="update", target="mention", target_uid=four["Senin"].id,
                     article_id=fourth, before=json.dumps({"state": "suggested"}),
                     after=json.dumps({"state": "accepted"}))
    db.set_annotator("tester")


def _counts(row: CorrectionRow) -> tuple[int, ...]:
    return (row.suggested, row.accepted, row.relabelled, row.resized, row.rejected, row.pending, row.added)


def test_corrections_per_annotator(project: Path) -> None:
    _review_by_three()
    rows = corrections_by_annotator()
    assert [r.group for r in rows] == ["(unknown)", "sari", "tester"]
    #       suggested, accepted, relabelled, resized, rejected, pending, added
    assert _counts(_by(rows, "tester")) == (4, 2, 1, 0, 1, 0, 2)
    assert _counts(_by(rows, "sari")) == (6, 2, 1, 1, 2, 0, 1)
    assert _counts(_by(rows, "(unknown)")) == (1, 1, 0, 0, 0, 0, 0)
    assert _by(rows, "sari").correction_rate == 4 / 6


def test_corrections_per_label_and_outlet_of_a_mixed_review(project: Path) -> None:
    _review_by_three()
    stats = review_stats()
    assert _counts(stats.total) == (16, 5, 2, 1, 3, 5, 3)
    assert {r.group: _counts(r) for r in stats.by_label} == {
        "DATE": (4, 1, 0, 0, 1, 2, 0), "GPE": (8, 2, 2, 1, 1, 2, 0), "LOC": (0, 0, 0, 0, 0, 0, 1),
        "ORG": (0, 0, 0, 0, 0, 0, 1), "PERSON": (4, 2, 0, 0, 1, 1, 1)}
    assert {r.group: _counts(r) for r in stats.by_outlet} == {
        "(unknown outlet)": (4, 0, 1, 0, 2, 1, 1), "Kabar": (4, 3, 0, 0, 0, 1, 1),
        "Warta": (8, 2, 1, 1, 1, 3, 1)}
