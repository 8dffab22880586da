"""Which exporter a file name asks for: .xlsx, .csv (or a folder), .jsonl or .spacy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from models.filters import ArticleFilter

FORMATS = {".xlsx": "xlsx", ".csv": "csv", ".jsonl": "jsonl", ".spacy": "spacy"}


def export_format(out: Path) -> str | None:
    """The format for out: by its suffix, "csv" for a folder (or a name without a suffix)."""
    if out.is_dir() or not out.suffix:
        return "csv"
    return FORMATS.get(out.suffix.lower())


def export_any(out: Path, spec: ArticleFilter | None = None,
               progress: Callable[[int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> int:
    """Export the articles matching spec in the format out's name asks for; returns how many."""
    fmt = export_format(out)
    if fmt == "xlsx":
        from exports.workbook import export_workbook

        return export_workbook(out, spec, progress, cancelled)
    if fmt == "csv":
        from exports.workbook import export_csv

        return export_csv(out, spec, progress, cancelled)
    if fmt == "spacy":
        from exports.docbin import export_docbin  # spaCy loads only when asked for

        return export_docbin(out, spec, progress, cancelled)
    if fmt == "jsonl":
        from exports.jsonl import export_jsonl

        return export_jsonl(out, progress, spec)
    raise ValueError(f"{out}: no export format for this name")
