"""Statistics tables and view, from fake records: model tester, texts, sorting, progress bar."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from widgets.review_progress import ReviewProgress
from widgets.stats_tables import correction_model, progress_model
from widgets.stats_view import StatsView, summary_text


@dataclass(frozen=True)
class Correction:
    group: str
    suggested: int = 10
    accepted: int = 5
    relabelled: int = 1
    resized: int = 1
    rejected: int = 1
    pending: int = 2
    added: int = 3

    @property
    def correction_rate(self) -> float | None:
        reviewed = self.suggested - self.pending
        return (self.relabelled + self.resized + self.rejected) / reviewed if reviewed else None


@dataclass(frozen=True)
class Progress:
    name: str
    done: int = 0
    skipped: int = 0
    in_progress: int = 0
    new: int = 0

    @property
    def total(self) -> int:
        return self.done + self.skipped + self.in_progress + self.new


ROWS = [Correction("PERSON"), Correction("GPE", rejected=5, accepted=1),
        Correction("DATE", suggested=2, pending=2, accepted=0, relabelled=0, resized=0, rejected=0)]


def test_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = correction_model("Label")
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    progress = progress_model()
    progress.set_rows([Progress("sari", done=3)])
    qtmodeltester.check(progress)


def test_correction_texts() -> None:
    model = correction_model("Outlet")
    model.set_rows(ROWS)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Outlet"
    cells = [model.data(model.index(1, c)) for c in range(model.columnCount())]
    assert cells == ["GPE", "10", "1", "1", "1", "5", "2", "88%", "3"]
    assert model.data(model.index(2, 7)) == "—"


def test_view_sorts_by_corrected_share_and_shows_progress(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = StatsView()
    qtbot.addWidget(view)
    view.set_progress(Progress("Project", done=12, skipped=2, in_progress=6, new=20),
                      [Progress("sari", done=8), Progress("budi", done=4, in_progress=6)])
    view.set_corrections(Correction("All", 22, 6, 2, 2, 6, 6, 9), ROWS, [Correction("Kompas")])
    assert view.progress.label.text() == "12 / 40 done"
    assert (view.progress.bar.value(), view.progress.bar.maximum()) == (12, 40)
    table = view.label_table.model()
    assert [table.index(r, 0).data() for r in range(table.rowCount())] == ["GPE", "PERSON", "DATE"]
    assert "Of 16 reviewed suggestions, 38% were accepted unchanged" in view.summary.text()
    assert view.annotator_model.rowCount() == 2


def test_summary_before_any_review() -> None:
    assert summary_text(Correction("All", 0, 0, 0, 0, 0, 0, 0)).startswith("No suggestions yet")
    pending = Correction("All", 4, 0, 0, 0, 0, 4, 0)
    assert summary_text(pending).startswith("None of the 4 suggestions")


def test_review_progress_handles_an_empty_project(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = ReviewProgress()
    qtbot.addWidget(widget)
    widget.set_progress(Progress("Project"))
    assert widget.label.text() == "0 / 0 done" and widget.bar.value() == 0
