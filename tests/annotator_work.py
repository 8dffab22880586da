"""An annotator's session on a copy, for the merge and agreement tests: open it as them, edit, close."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from models import db, spans
from models.schema import Article


def uid_of(article_id: int, text: str) -> str:
    """The span of the article with this text."""
    return next(s.id for s in spans.list_spans(article_id) if s.text == text)


def work_as(path: Path, name: str, edit: Callable[[int, int], None]) -> None:
    """Open the project as `name`, run edit(first article id, second article id), close it."""
    db.open_project(path, annotator=name)
    edit(*(a.id for a in Article.select().order_by(Article.id)))
    db.close_project()
