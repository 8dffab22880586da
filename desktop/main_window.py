"""The main window: composes the article list, the review page and the menus, and wires them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
)

from desktop import commands
from desktop.actions import build_actions
from desktop.adjudication_dialog import adjudicate_current
from desktop.agreement_dialog import AgreementDialog
from desktop.annotator_dialog import change_annotator
from desktop.copies_controller import export_copy_dialog, merge_dialog
from desktop.find_work import FindWork
from desktop.help_dialog import ShortcutsDialog
from desktop.jobs import Job, export_job, import_job, link_job, train_job
from desktop.link_controller import LinkController
from desktop.review_page import ReviewPage
from desktop.roles_controller import RolesController
from desktop.schema_dialog import edit_schema
from desktop.settings import sample_dir, settings
from desktop.stats_dialog import StatsDialog
from desktop.undo_history import UndoHistory
from desktop.zoom import add_zoom_shortcuts, restore_zoom, save_zoom, zoom_handlers
from exports.importer import ImportReport
from models import articles, db, labels, link_store, spans, versions
from models.errors import EditError, ProjectError
from models.filters import ArticleFilter
from models.records import ArticleRow, Changes, SpanRow
from models.stats import status_counts
from nlp.tokens import token_bounds
from widgets.article_list import ArticleList
from widgets.article_table import ArticleTableModel
from widgets.review_progress import ReviewProgress
from widgets.welcome_panel import WelcomePanel


class MainWindow(QMainWindow):
    """Kliping's window on one open project."""

    def __init__(self, project: Path, model: str | None = None) -> None:
        super().__init__()
        self.project = project
        self.model = model
        self.current_article: int | None = None
        self.version = ""  # in a merged project, the annotator's version shown ("" every row)
        self.job: Job | None = None
        self.last_import: ImportReport | None = None
        self.training_options: dict[str, object] = {}  # tests make training short
        # Kept in the project per annotator, so undo survives a restart.
        self.undo_stack = UndoHistory(self, lambda kind, text, payload: commands.from_entry(
            kind, text, payload, self.apply_changes, self.show_error))

        self.find = FindWork(self)  # the filter bar; the list pages through its matches
        self.article_model = ArticleTableModel(self.find.fetch)
        self.article_list = ArticleList()
        self.article_list.setModel(self.article_model)
        self.welcome = WelcomePanel()
        self.review = ReviewPage()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.review)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.find.panel(self.article_list))
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 900])
        self.setCentralWidget(self.splitter)

        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton("Cancel")
        self.annotator_label = QLabel()
        self.review_progress = ReviewProgress()  # articles done of all; the job bar is self.progress
        self.stats_dialog: StatsDialog | None = None
        self.agreement_dialog: AgreementDialog | None = None
        self._known_status: dict[int, str] = {}
        status = self.statusBar()
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.cancel_button)
        status.addPermanentWidget(self.review_progress)
        status.addPermanentWidget(self.annotator_label)
        self._set_busy(None)

        self.actions = self._build_actions()
        self._connect_signals()
        self._restore_layout()
        self.reload_project()

    # -- composition ---------------------------------------------------------------------------

    def _build_actions(self) -> dict[str, object]:
        undo = self.undo_stack.createUndoAction(self, "Undo")
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = self.undo_stack.createRedoAction(self, "Redo")
        redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        handlers = {
            "project.new": self.new_project, "project.open": self.open_project_dialog,
            "import.files": self.import_files_dialog, "import.folder": self.import_folder_dialog,
            "import.sample": self.import_sample, "export": self.export_dialog,
            "app.quit": self.close, "span.accept": self.accept_selected,
            "span.delete": self.delete_selected, "span.deselect": lambda: self.select_span(None),
            "article.done": lambda: self.set_status("done"),
            "article.next_unreviewed": self.next_unreviewed,
            "span.accept_all": self.accept_all,
            "article.skip": lambda: self.set_status("skipped"),
            "model.train": self.train_model,
            "article.next": lambda: self.step_article(1),
            "article.previous": lambda: self.step_article(-1),
            "focus.text": self.review.view.setFocus, "help.shortcuts": self.show_shortcuts,
            "help.about": self.show_about, "find": self.find.bar.focus_search,
            "annotator.change": self.change_annotator, "project.stats": self.show_stats,
            "project.schema": lambda: edit_schema(self),
            "link.assign": lambda: self.linking.assign_current(),
            "link.new_card": lambda: self.linking.new_card(self.review.view.selected_span_id() or ""),
            "link.choose": lambda: self.linking.candidates.step(1),
            "link.reject": lambda: self.linking.reject_current(),
            "link.unlink": lambda: self.linking.unlink([self.review.view.selected_span_id() or ""]),
            "link.compare": lambda: self.linking.compare_current(),
            "cards.focus": self.focus_cards,
            "view.linking": lambda: self.linking.dock.setVisible(not self.linking.dock.isVisible()),
            "cards.merge": lambda: self.linking.merge(self.linking.cards.selected_cards()),
            "cards.split": lambda: self.linking.split_selected(),
            "cards.confirm": lambda: self.linking.confirm_current(),
            "link.project": self.link_project,
            "copy.export": lambda: export_copy_dialog(self),
            "copy.merge": lambda: merge_dialog(self),
            "project.adjudicate": lambda: adjudicate_current(self),
            "project.agreement": self.show_agreement,
            **zoom_handlers(self.review.view),
        }
        return build_actions(self, self.menuBar(), handlers,
                             prebuilt={"edit.undo": undo, "edit.redo": redo})

    def _connect_signals(self) -> None:
        view = self.review.view
        self.article_list.article_selected.connect(self.open_article)
        view.span_selected.connect(self._show_span)
        view.add_requested.connect(self.add_span)
        view.relabel_requested.connect(self.relabel_span)
        view.delete_requested.connect(self.delete_span)
        view.bounds_requested.connect(self.resize_span)
        if hasattr(view, "accept_requested"):
            view.accept_requested.connect(self.accept_span)
        self.review.legend.label_clicked.connect(view.request_label)
        self.welcome.sample_requested.connect(self.import_sample)
        self.welcome.import_files_requested.connect(self.import_files_dialog)
        self.welcome.import_folder_requested.connect(self.import_folder_dialog)
        self.welcome.merge_requested.connect(lambda: merge_dialog(self))
        self.cancel_button.clicked.connect(self._cancel_job)
        self.find.filter_changed.connect(self.refresh_articles)
        view.zoom_changed.connect(lambda _step: save_zoom(view))
        add_zoom_shortcuts(self.actions)  # type: ignore[arg-type]
        self.roles = RolesController(self)  # event roles: picker, panel and their commands
        self.linking = LinkController(self)  # event cards: candidates, cards and their commands
        self.review.compare_requested.connect(self.compare_with)
        self.review.version_chosen.connect(self.show_version)

    # -- project -------------------------------------------------------------------------------

    def reload_project(self) -> None:
        """Show the open project from scratch (after opening it or a new one)."""
        self.setWindowTitle(f"{self.project.name} — Kliping")
        self.undo_stack.load()  # the annotator's stack as it was left
        label_rows = labels.list_labels()
        self.review.view.set_labels(label_rows)
        self.review.legend.set_labels(label_rows)
        self.annotator_label.setText(f"Annotator: {db.session.annotator_name}")
        self.current_article = None
        self.linking.reload()
        self.refresh_articles()

    def refresh_articles(self) -> None:
        total = articles.count_articles()
        self.article_model.reset(self.find.count(total))
        self._show_review_progress()
        self.pages.setCurrentWidget(self.review if total else self.welcome)
        if self.article_model.rowCount() and self.current_article is None:
            self.open_article(self.article_model.record(0).id)
        elif self.current_article is not None:
            self.article_list.select_article(self.current_article)

    def switch_project(self, path: Path) -> None:
        if self.job is not None:
            self.show_error(f"Wait for the {self.job.title.lower()} to finish first.")
            return
        try:
            opened = db.open_project(path, annotator=db.session.annotator_name)
        except ProjectError as exc:
            QMessageBox.critical(self, "Cannot open project", str(exc))
            db.open_project(self.project, annotator=db.session.annotator_name)
            return
        self.project = opened
        self.reload_project()

    def new_project(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "New project", str(self.project.parent),
                                              "Kliping projects (*.kliping)")
        if name:
            path = Path(name).with_suffix(".kliping") if not name.endswith(".kliping") else Path(name)
            self.switch_project(path)

    def open_project_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Open project", str(self.project.parent),
                                              "Kliping projects (*.kliping);;All files (*)")
        if name:
            self.switch_project(Path(name))

    # -- articles ------------------------------------------------------------------------------

    def open_article(self, article_id: int) -> None:
        self.current_article = article_id
        text = articles.get_article_text(article_id)
        names = versions.annotators_of(article_id)
        if self.version not in names:
            self.version = ""  # this article has no such version: every row
        self.review.show_versions(names, self.version)
        self.review.view.set_article(text.body, self.shown_spans(article_id),
                                     token_bounds(text.body, text.language))
        self.show_header(articles.get_article(article_id))
        self.review.show_relations(link_store.relations_of(article_id))
        self.review.show_span(None)
        self.article_list.select_article(article_id)

    def next_unreviewed(self) -> None:
        target = articles.next_unreviewed(self.current_article)
        if target is None:
            self.statusBar().showMessage("Every article is done or skipped.", 8000)
            return
        while self.article_model.row_of(target) is None and self.article_model.canFetchMore():
            self.article_model.fetchMore()
        self.open_article(target)

    def step_article(self, step: int) -> None:
        row = self.article_model.row_of(self.current_article) if self.current_article else None
        target = (row if row is not None else -1) + step
        while target >= self.article_model.rowCount() and self.article_model.canFetchMore():
            self.article_model.fetchMore()
        if 0 <= target < self.article_model.rowCount():
            self.open_article(self.article_model.record(target).id)

    # -- merged versions -----------------------------------------------------------------------

    def shown_spans(self, article_id: int) -> list[SpanRow]:
        """The article's spans as the review page shows them: every row, or the chosen version's."""
        return spans.list_spans(article_id, self.version or None)

    def show_header(self, row: ArticleRow) -> None:
        """The article's header; with a version shown, its counts are the version's."""
        if self.version:
            shown = self.review.view.span_records()
            row = replace(row, entity_count=sum(s.kind == "entity" for s in shown),
                          event_count=sum(s.kind == "event" for s in shown),
                          suggested_count=sum(s.state == "suggested" for s in shown))
        self.review.show_article(row)

    def show_version(self, name: str) -> None:
        """Show one annotator's version of the article (read-only), or every row ("")."""
        self.version = name
        if self.current_article is not None:
            self.review.show_versions(versions.annotators_of(self.current_article), name)
            self.review.view.set_spans(self.shown_spans(self.current_article))
            self.show_header(articles.get_article(self.current_article))
            self.select_span(None)

    def editing_refused(self) -> bool:
        """Whether an annotator's version is shown: it is their record, so edits are refused."""
        if not self.version:
            return False
        self.statusBar().showMessage(
            "This is a version merged from a copy, shown read-only: choose “Every row” to edit, "
            "or Project > Adjudicate Article to make the adjudicated version.", 10000)
        return True

    # -- span edits: each is an undoable command -----------------------------------------------

    def add_span(self, label: str, start: int, end: int) -> None:
        if self.current_article is not None and not self.editing_refused():
            self.undo_stack.push(commands.AddSpanCommand(
                self.current_article, start, end, label, self.apply_changes, self.show_error))

    def relabel_span(self, span_id: str, label: str) -> None:
        span = None if self.editing_refused() else self._span(span_id)
        if span and span.label != label:
            self.undo_stack.push(
                commands.relabel_command(span, label, self.apply_changes, self.show_error))

    def delete_span(self, span_id: str) -> None:
        span = None if self.editing_refused() else self._span(span_id)
        if span:
            self.undo_stack.push(
                commands.DeleteSpanCommand(span, self.apply_changes, self.show_error))

    def accept_span(self, span_id: str) -> None:
        span = None if self.editing_refused() else self._span(span_id)
        if span and span.state != "accepted":
            self.undo_stack.push(commands.accept_command(span, self.apply_changes, self.show_error))

    def resize_span(self, span_id: str, start: int, end: int) -> None:
        span = None if self.editing_refused() else self._span(span_id)
        if span:
            self.undo_stack.push(
                commands.bounds_command(span, start, end, self.apply_changes, self.show_error))

    def accept_all(self) -> None:
        if self.current_article is not None and not self.editing_refused():
            self.undo_stack.push(
                commands.AcceptAllCommand(self.current_article, self.apply_changes, self.show_error))

    def accept_selected(self) -> None:
        if uid := self.review.view.selected_span_id():
            self.accept_span(uid)

    def delete_selected(self) -> None:
        if uid := self.review.view.selected_span_id():
            self.delete_span(uid)

    def set_status(self, status: str) -> None:
        if self.current_article is not None:
            self.undo_stack.push(commands.SetStatusCommand(
                self.current_article, status, self.apply_changes, self.show_error))

    def select_span(self, span_id: str | None) -> None:
        self.review.view.select_span(span_id)
        self._show_span(span_id or "")

    def apply_changes(self, changes: Changes, article_id: int, select: str | None) -> None:
        """Refresh what a change touched; an undo in another article brings that article back."""
        if article_id != self.current_article:
            self.open_article(article_id)
        elif changes.spans or (changes.articles and self.version):  # an adjudication changes versions
            self.review.view.set_spans(self.shown_spans(article_id))
        if changes.articles:
            row = articles.get_article(article_id)
            self.article_model.update_record(row)
            self.show_header(row)
            if self._known_status.get(article_id) != row.status:  # counts change only with a status
                self._show_review_progress(article_id, row.status)
        if changes.spans or changes.clusters:
            self.linking.changed(changes)
        self.select_span(select)

    def _span(self, span_id: str):  # type: ignore[no-untyped-def]
        try:
            return spans.get_span(span_id)
        except EditError as exc:
            self.show_error(str(exc))
            return None

    def _show_span(self, span_id: str) -> None:
        self.review.show_span(self._span(span_id) if span_id else None)

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # -- import and export ---------------------------------------------------------------------

    def import_files_dialog(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, "Import articles", "",
                                                "Text articles (*.txt);;All files (*)")
        if names:
            self.import_paths(names)

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder of articles")
        if folder:
            self.import_paths([folder])

    def import_sample(self) -> None:
        self.import_paths([sample_dir()])

    def import_paths(self, paths: list[str] | list[Path]) -> Job | None:
        job = import_job(paths, self.model)
        job.succeeded.connect(self._import_done)
        return self._start(job)

    def _import_done(self, report: ImportReport) -> None:
        self.last_import = report
        self.refresh_articles()
        if report.added and self.current_article is None:
            self.open_article(report.added[0].id)
        self.statusBar().showMessage(report.summary(), 15000)
        if report.skipped or report.notes:
            details = "\n".join([*(str(s) for s in report.skipped), *report.notes])
            box = QMessageBox(QMessageBox.Icon.Information, "Import finished", report.summary(),
                              QMessageBox.StandardButton.Ok, self)
            box.setInformativeText(details)
            box.setModal(False)
            box.show()

    def _export_scope(self) -> tuple[ArticleFilter | None, int]:
        """What the list shows is what is exported: its filter (None: all articles) and how many."""
        spec = None if self.find.filter.is_empty() else self.find.filter
        return spec, articles.count_articles(spec)

    def export_dialog(self) -> None:
        spec, count = self._export_scope()
        scope = f"the {count} articles in the list (filtered)" if spec else f"all {count} articles"
        name, chosen = QFileDialog.getSaveFileName(
            self, f"Export {scope}", str(self.project.with_suffix(".xlsx")),
            "Excel workbook (*.xlsx);;CSV, one file per sheet (*.csv);;"
            "JSONL, one article a line (*.jsonl);;spaCy DocBin of done articles (*.spacy)")
        if name:
            suffixes = (".xlsx", ".csv", ".jsonl", ".spacy")
            suffix = next((s for s in suffixes if s[1:] in chosen), ".xlsx")
            path = Path(name) if Path(name).suffix in suffixes else Path(name + suffix)
            self.export_to(path)

    def export_to(self, path: Path) -> Job | None:
        spec, count = self._export_scope()
        job = export_job(path, count, spec)
        job.succeeded.connect(
            lambda result: self.statusBar().showMessage(
                f"Exported {result[1]} article{'' if result[1] == 1 else 's'} to {result[0]}", 15000))
        return self._start(job)

    def compare_with(self, other: int) -> None:
        """The open article and a related one side by side (from the header's relation link)."""
        if self.current_article is not None:
            self.linking.compare(self.current_article, other)

    def focus_cards(self) -> None:
        self.linking.dock.show()
        self.linking.cards.focus_search()

    def link_project(self) -> Job | None:
        job = link_job()
        job.succeeded.connect(self._link_done)
        return self._start(job)

    def _link_done(self, report: object) -> None:
        self.linking.reload()
        if self.current_article is not None:
            self.open_article(self.current_article)
        self.statusBar().showMessage(report.summary(), 30000)  # type: ignore[attr-defined]

    def train_model(self) -> Job | None:
        job = train_job(self.training_options)
        job.succeeded.connect(self._training_done)
        return self._start(job)

    def _training_done(self, report: object) -> None:
        before, after = report.before.entity_micro, report.after.entity_micro  # type: ignore[attr-defined]
        message = (f"Trained on {report.trained_on} reviewed articles; on {report.held_out} "  # type: ignore[attr-defined]
                   f"held-out articles entity F1 went from {before.f1:.3f} to {after.f1:.3f}. "
                   "New imports use the new model.")
        self.statusBar().showMessage(message, 30000)
        box = QMessageBox(QMessageBox.Icon.Information, "Training finished", message,
                          QMessageBox.StandardButton.Ok, self)
        box.setModal(False)
        box.show()

    def start_job(self, job: Job) -> Job | None:
        """Run a background job with the progress bar; one at a time."""
        return self._start(job)

    def _start(self, job: Job) -> Job | None:
        if self.job is not None:
            self.show_error(f"Wait for the {self.job.title.lower()} to finish first.")
            return None
        self.job = job
        job.progress.connect(self._job_progress)
        job.failed.connect(lambda message: QMessageBox.warning(self, job.title, message))
        job.finished.connect(lambda: self._set_busy(None))
        self._set_busy(job)
        # Start from the event loop, so whoever was handed the job can connect to it first.
        QTimer.singleShot(0, job.start)
        return job

    def _job_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, total)  # total 0: a busy bar, for work of unknown length
        self.progress.setValue(done)
        self.progress.setFormat(f"{self.job.title if self.job else ''} %v/%m")
        self.statusBar().showMessage(message)

    def _set_busy(self, job: Job | None) -> None:
        if job is None and self.job is not None:
            self.job.deleteLater()
            self.job = None
        self.progress.setVisible(job is not None)
        self.cancel_button.setVisible(job is not None)
        if job is not None:
            self.progress.setRange(0, 0)
            self.progress.setFormat(job.title)

    def _cancel_job(self) -> None:
        if self.job is not None:
            self.job.requestInterruption()

    # -- help and window state -----------------------------------------------------------------

    def show_shortcuts(self) -> None:
        ShortcutsDialog([(lab.name, lab.hotkey) for lab in labels.list_labels()], self).show()

    def _show_review_progress(self, article_id: int | None = None, status: str = "") -> None:
        if article_id is None:
            self._known_status.clear()
        else:
            self._known_status[article_id] = status
        self.review_progress.set_progress(status_counts())

    def show_stats(self) -> None:
        if self.stats_dialog is None:
            self.stats_dialog = StatsDialog(self)
        else:
            self.stats_dialog.refresh()
        self.stats_dialog.show()
        self.stats_dialog.raise_()

    def show_agreement(self) -> AgreementDialog:
        """The agreement figures, computed afresh each time the dialog is asked for."""
        if self.agreement_dialog is None:
            self.agreement_dialog = AgreementDialog(self)
        self.agreement_dialog.show()
        self.agreement_dialog.raise_()
        self.agreement_dialog.refresh()
        return self.agreement_dialog

    def change_annotator(self) -> None:
        if change_annotator(self):
            self.annotator_label.setText(f"Annotator: {db.session.annotator_name}")
            self.undo_stack.load()  # each annotator undoes only their own changes
            self.refresh_articles()  # the annotator filter offers the new name

    def show_about(self) -> None:
        QMessageBox.about(self, "About Kliping",
                          "<b>Kliping</b><br>Review entities, events and cross-outlet duplicates "
                          "in news articles.<br>Every change is saved as you make it.")

    def _restore_layout(self) -> None:
        store = settings()
        geometry = store.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            # First start: most of the screen, since the text, the legend and the linking dock share it.
            room = self.screen().availableGeometry()
            self.resize(min(1680, max(1400, int(room.width() * 0.92))),
                        min(1000, max(860, int(room.height() * 0.9))))
        splitter = store.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        docks = store.value("window/docks")
        if isinstance(docks, QByteArray):
            self.restoreState(docks)
        else:
            self.resizeDocks([self.linking.dock], [420], Qt.Orientation.Horizontal)
        restore_zoom(self.review.view)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:
            self.job.requestInterruption()
            self.job.wait()
        self.linking.wait_for_builder()
        store = settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/splitter", self.splitter.saveState())
        store.setValue("window/docks", self.saveState())
        store.setValue("window/zoom", self.review.view.zoom())
        store.sync()
        super().closeEvent(event)


