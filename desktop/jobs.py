"""Long work off the GUI thread: importing (with pre-annotation) and exporting, with progress."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from exports.importer import import_files
from models.filters import ArticleFilter
from models.schema import database


class Job(QThread):
    """Runs work(progress, cancelled) on its own thread.

    Signals: progress(int done, int total, str message); succeeded(object result);
    failed(str message).
    """

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, title: str, work: Callable[..., object]) -> None:
        super().__init__()
        self.title = title
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.progress.emit, self.isInterruptionRequested)
        except Exception as exc:  # shown to the user; the project is left as the models left it
            self.failed.emit(f"{self.title} failed: {exc}")
        else:
            self.succeeded.emit(result)
        finally:
            database.close()  # this thread's own connection


def import_job(paths: Sequence[str | Path], model: str | None = None) -> Job:
    def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> object:
        return import_files(paths, progress=progress, cancelled=cancelled, model=model)

    return Job("Import", work)


def export_job(out: Path, total: int, spec: ArticleFilter | None = None) -> Job:
    def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> object:
        from exports.formats import export_any

        count = export_any(out, spec, lambda n: progress(n, total, f"Exported {n} of {total}"),
                           cancelled)
        return out, count

    return Job("Export", work)


def train_job(options: dict[str, object]) -> Job:
    def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> object:
        from exports.model_training import train_project_model

        def report(step: int, best: float) -> None:
            progress(step, 0, f"Training the NER: step {step}, best dev F1 {max(best, 0):.3f}")

        return train_project_model(progress=report, cancelled=cancelled, **options)  # type: ignore[arg-type]

    return Job("Training", work)


def link_job() -> Job:
    def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> object:
        from exports.link_project import link_project

        return link_project(progress=progress)

    return Job("Linking", work)
