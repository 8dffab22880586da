"""Model in the loop: train on reviewed articles, score before and after, adopt the new model."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.importer import import_files
from exports.model_training import train_project_model
from models import articles, spans
from models.settings import ner_model_path
from nlp.pipeline import load_pipeline


def _review(count: int) -> None:
    for row in articles.list_articles()[:count]:
        spans.accept_suggestions(row.id)
        articles.set_status(row.id, "done")


def test_training_needs_reviewed_articles(project: Path, sample_files: list[Path]) -> None:
    import_files(sample_files)
    with pytest.raises(ValueError, match="at least two reviewed"):
        train_project_model(max_steps=2, data_dir=None)


def test_train_on_reviewed_articles_and_use_the_model(project: Path, tmp_path: Path,
                                                      sample_files: list[Path]) -> None:
    indonesian = [p for p in sample_files if p.parent.name != "en"]
    import_files(indonesian[:-1])
    _review(len(indonesian) - 1)
    steps: list[int] = []
    report = train_project_model(max_steps=4, data_dir=None, progress=lambda s, _: steps.append(s))
    assert report.trained_on + report.held_out == len(indonesian) - 1
    assert report.held_out >= 1 and report.trained_on >= 1
    assert report.before.documents == report.after.documents == report.held_out
    assert (report.model / "config.cfg").is_file()
    assert (report.model / "kliping_training.json").is_file()
    assert report.model.parent == project.with_name(project.name + ".models")
    assert ner_model_path() == str(report.model)
    assert steps, "progress was reported"
    # From now on imports pre-annotate with the project's model.
    load_pipeline.cache_clear()
    [row] = import_files([indonesian[-1]]).added
    assert row.entity_count > 0
    pipeline = load_pipeline("id", None, str(report.model))
    assert pipeline.get_pipe("kliping_statistical_ner").model_path == str(report.model)
