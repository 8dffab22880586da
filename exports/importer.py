"""Importing article files: read, clean, skip duplicates, pre-annotate, store. Window and CLI share it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from exports.text_files import UnreadableFileError, collect_paths, encoding_name, read_text_file
from models.articles import NewArticle, add_articles, content_hash, find_by_hash
from models.labels import label_kinds
from models.records import ArticleRow
from models.settings import ner_model_path, project_outlets
from nlp.cleaning import clean_article
from nlp.pipeline import annotate_articles
from nlp.records import Annotation, CleanArticle

# progress(done, total, message): called after each file.
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Skipped:
    """A file that was not imported, and why, in words for the user."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class ImportReport:
    added: list[ArticleRow] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. files read in a legacy encoding
    cancelled: bool = False

    def summary(self) -> str:
        parts = [f"Imported {len(self.added)} article{'s' if len(self.added) != 1 else ''}"]
        if self.skipped:
            parts.append(f"skipped {len(self.skipped)}")
        return ", ".join(parts) + ("; cancelled" if self.cancelled else "") + "."


@dataclass(frozen=True)
class _Pending:
    path: Path
    raw: str
    clean: CleanArticle


def import_files(
    paths: Iterable[str | Path], *, progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None, model: str | None = None, batch_size: int = 32,
) -> ImportReport:
    """Import files and folders; bad files and duplicates are reported and leave no trace."""
    files = collect_paths(paths)
    report = ImportReport()
    outlets = project_outlets()
    seen: dict[str, Path] = {}
    batch: list[_Pending] = []
    for number, path in enumerate(files, start=1):
        if cancelled and cancelled():
            report.cancelled = True
            break
        pending = _prepare(path, seen, report, outlets)
        if pending:
            batch.append(pending)
        if len(batch) >= batch_size or (number == len(files) and batch):
            _store(batch, report, model)
            batch = []
        if progress:
            progress(number, len(files), path.name)
    return report


def _prepare(path: Path, seen: dict[str, Path], report: ImportReport,
             outlets: dict[str, list[str]]) -> _Pending | None:
    try:
        text_file = read_text_file(path)
    except UnreadableFileError as exc:
        report.skipped.append(Skipped(path, str(exc)))
        return None
    clean = clean_article(text_file.text, path.name, outlets)
    if not clean.body.strip():
        report.skipped.append(Skipped(path, "no article text was found in it"))
        return None
    digest = content_hash(clean.body)
    existing = find_by_hash(digest)
    if existing is not None:
        report.skipped.append(Skipped(
            path, f"duplicate of {existing.source_file}, already in the project"))
        return None
    if digest in seen:
        report.skipped.append(Skipped(path, f"duplicate of {seen[digest].name}, imported just now"))
        return None
    seen[digest] = path
    if text_file.encoding != "utf-8":
        report.notes.append(f"{path}: read as {encoding_name(text_file.encoding)}")
    return _Pending(path, text_file.text, clean)


def _store(batch: Sequence[_Pending], report: ImportReport, model: str | None) -> None:
    """Pre-annotate one batch (grouped by language) and store it in one transaction."""
    # A model trained on this project's reviewed Indonesian articles replaces the shipped NER.
    found = annotate_articles([p.clean for p in batch], model=model, ner_model=ner_model_path())
    annotations = {p.path: annotation for p, annotation in zip(batch, found, strict=True)}
    kinds = label_kinds()
    annotations = {path: _fit_to_schema(annotation, kinds) for path, annotation in annotations.items()}
    report.added.extend(add_articles([
        NewArticle(
            body=p.clean.body, raw_text=p.raw, source_file=p.path.name, title=p.clean.title,
            outlet=p.clean.outlet, published=p.clean.published, authors=p.clean.authors,
            language=p.clean.language, spans=annotations[p.path].spans,
            roles=annotations[p.path].roles,
        )
        for p in batch
    ]))


def _fit_to_schema(annotation: Annotation, kinds: dict[str, str]) -> Annotation:
    """Keep the suggestions whose label the project's schema has (any spaCy model may be used)."""
    kept = [i for i, s in enumerate(annotation.spans) if kinds.get(s.label) == s.kind]
    if len(kept) == len(annotation.spans):
        return annotation
    new_index = {old: new for new, old in enumerate(kept)}
    return Annotation(
        spans=tuple(annotation.spans[i] for i in kept),
        roles=tuple(replace(r, event_index=new_index[r.event_index], entity_index=new_index[r.entity_index])
                    for r in annotation.roles
                    if r.event_index in new_index and r.entity_index in new_index),
    )
