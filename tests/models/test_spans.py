"""Changing spans through models/: every change validated, logged, and reversible."""

from __future__ import annotations

from pathlib import Path

import pytest

from models import articles, spans
from models.articles import NewArticle
from models.changelog import recent_changes
from models.errors import EditError
from nlp.records import SpanSuggestion

BODY = "Presiden Joko Widodo bertemu Perdana Menteri Jepang di Tokyo, Senin (4/3)."


def _article() -> int:
    suggestion = SpanSuggestion(9, 20, "PERSON", "entity")
    [row] = articles.add_articles([NewArticle(body=BODY, raw_text=BODY, source_file="a.txt",
                                              outlet="Warta", spans=[suggestion])])
    return row.id


def test_import_stores_suggestions(project: Path) -> None:
    article_id = _article()
    [span] = spans.list_spans(article_id)
    assert (span.text, span.origin, span.state) == ("Joko Widodo", "auto", "suggested")
    row = articles.get_article(article_id)
    assert (row.outlet, row.entity_count, row.suggested_count, row.status) == ("Warta", 1, 1, "new")


def test_add_relabel_delete_restore(project: Path) -> None:
    article_id = _article()
    start = BODY.index("Tokyo")
    edit = spans.add_span(article_id, start, start + 5, "GPE")
    assert edit.span.text == "Tokyo" and edit.span.annotator == "tester"
    assert articles.get_article(article_id).status == "in_progress"
    before, after = spans.relabel_span(edit.span.id, "LOC")
    assert (before.label, after.label, after.origin) == ("GPE", "LOC", "manual")
    deleted = spans.delete_span(edit.span.id)
    assert edit.span.id not in {s.id for s in spans.list_spans(article_id)}
    spans.restore_spans([deleted])
    assert spans.get_span(edit.span.id).label == "LOC"
    actions = [c["action"] for c in recent_changes()]
    assert actions[:4] == ["restore", "delete", "update", "add"]


def test_overlapping_add_replaces_and_returns_the_old_span(project: Path) -> None:
    article_id = _article()
    edit = spans.add_span(article_id, 0, 20, "PERSON")  # "Presiden Joko Widodo"
    assert [d.span.text for d in edit.replaced] == ["Joko Widodo"]
    assert [s.text for s in spans.list_spans(article_id)] == ["Presiden Joko Widodo"]


def test_entity_and_event_layers_may_overlap(project: Path) -> None:
    article_id = _article()
    start = BODY.index("bertemu")
    spans.add_span(article_id, start, start + 7, "CONSULT")
    spans.add_span(article_id, 9, 20, "PERSON")
    assert sorted(s.kind for s in spans.list_spans(article_id)) == ["entity", "event"]


@pytest.mark.parametrize(("start", "end", "label"), [(-1, 3, "GPE"), (5, 5, "GPE"),
                                                     (0, 9999, "GPE"), (0, 4, "NOPE")])
def test_bad_edits_are_refused_and_change_nothing(project: Path, start: int, end: int,
                                                  label: str) -> None:
    article_id = _article()
    before = spans.list_spans(article_id)
    with pytest.raises(EditError):
        spans.add_span(article_id, start, end, label)
    assert spans.list_spans(article_id) == before


def test_duplicate_article_is_refused(project: Path) -> None:
    _article()
    with pytest.raises(EditError, match="already in the project"):
        articles.add_articles([NewArticle(body=BODY + "  ", raw_text=BODY, source_file="b.txt")])
    assert articles.count_articles() == 1
