"""The copy and merge commands: a copy per annotator, merged back with a summary per input."""

from __future__ import annotations

from pathlib import Path

import pytest

from main import main
from models import articles, db, spans
from models.articles import NewArticle
from models.schema import Article
from models.versions import annotators_of


@pytest.fixture(autouse=True)
def _closed() -> None:
    yield
    db.close_project()


def test_copy_then_merge_prints_a_summary_per_input(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "p.kliping"
    db.open_project(project)
    body = "Menlu Retno Marsudi bertemu Menlu Wang Yi di Jakarta."
    [row] = articles.add_articles([NewArticle(body=body, raw_text=body, source_file="a.txt")])
    spans.add_span(row.id, 6, 19, "PERSON", origin="auto", state="suggested")
    db.close_project()
    copy = tmp_path / "ani.kliping"
    capsys.readouterr()
    assert main(["copy", str(project), str(copy), "--status", "in_progress", "--for", "ani"]) == 0
    assert "Wrote a copy for ani" in capsys.readouterr().out
    db.open_project(copy, annotator="ani")
    article = Article.select().first().id
    suggestion = spans.list_spans(article)[0]
    spans.delete_span(suggestion.id)
    db.close_project()

    out = tmp_path / "merged.kliping"
    assert main(["merge", str(out), str(copy)]) == 0
    printed = capsys.readouterr().out
    assert "Merged ani.kliping (ani): 1 articles added, 0 matched" in printed
    assert main(["merge", str(out), str(copy)]) == 0
    assert "nothing new (already merged)" in capsys.readouterr().out
    db.open_project(out)
    assert annotators_of(Article.select().first().id) == ["ani"]


def test_merge_refuses_bad_input_by_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    garbage = tmp_path / "notes.kliping"
    garbage.write_text("not a database")
    out = tmp_path / "out.kliping"
    assert main(["merge", str(out), str(garbage)]) == 2
    assert "notes.kliping is not a Kliping project" in capsys.readouterr().err
    assert not out.exists()


def test_copy_needs_articles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "p.kliping"
    db.open_project(project)
    db.close_project()
    assert main(["copy", str(project), str(tmp_path / "c.kliping"), "--status", "done"]) == 2
    assert "Choose the articles" in capsys.readouterr().err
    assert main(["copy", str(project), str(tmp_path / "c.kliping"), "--article", "7"]) == 2
    assert "article 7 does not exist" in capsys.readouterr().err
