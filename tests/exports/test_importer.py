"""Importing article files: clean, pre-annotated, duplicates and bad files reported by name."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from exports.importer import import_files
from exports.jsonl import export_jsonl
from exports.xlsx import export_xlsx
from models import articles, spans
from models.dataset import iter_documents

CP1252_ARTICLE = (
    "JAKARTA (Warta Pagi) - Menteri Luar Negeri Indonesia bertemu dengan Menlu Jepang di "
    "Jakarta, Senin (4/3/2024). \x93Kami sepakat memperkuat kerja sama maritim,\x94 kata "
    "menteri itu \x96 yang juga mengecam serangan di Laut China Selatan.\n"
).encode("latin-1")


def _snapshot() -> list[tuple[int, str, int]]:
    return [(a.id, a.source_file, len(spans.list_spans(a.id))) for a in articles.list_articles()]


def test_bad_files_are_named_with_their_reason_and_change_nothing(
    project: Path, tmp_path: Path, sample_files: list[Path],
) -> None:
    good = tmp_path / "good.txt"
    shutil.copy(sample_files[0], good)
    import_files([good])
    before = _snapshot()

    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    duplicate = tmp_path / "copy-of-good.txt"
    shutil.copy(sample_files[0], duplicate)
    report = import_files([binary, empty, duplicate, tmp_path / "missing.txt"])

    reasons = {s.path.name: s.reason for s in report.skipped}
    assert reasons["photo.txt"] == "it is a binary file, not text"
    assert reasons["empty.txt"] == "the file is empty"
    assert reasons["copy-of-good.txt"].startswith("duplicate of good.txt")
    assert reasons["missing.txt"] == "the file does not exist"
    assert report.added == []
    assert _snapshot() == before


def test_windows_1252_file_imports_correctly(project: Path, tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(CP1252_ARTICLE)
    report = import_files([path])
    [row] = report.added
    body = articles.get_article_text(row.id).body
    assert "\u201cKami sepakat" in body and "\u2013 yang" in body
    assert report.notes == [f"{path}: read as Windows-1252"]
    assert row.outlet == "Warta Pagi"
    assert any(s.kind == "event" for s in spans.list_spans(row.id))


def test_duplicates_within_one_import_are_skipped(project: Path, tmp_path: Path,
                                                  sample_files: list[Path]) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    shutil.copy(sample_files[1], first)
    shutil.copy(sample_files[1], second)
    report = import_files([first, second])
    assert len(report.added) == 1
    assert [str(s) for s in report.skipped] == [f"{second}: duplicate of a.txt, imported just now"]


def test_folder_import_with_progress_and_cancel(project: Path, sample_files: list[Path]) -> None:
    seen: list[tuple[int, int]] = []
    report = import_files([sample_files[0].parent], progress=lambda d, t, _: seen.append((d, t)))
    assert len(report.added) == len(sample_files)
    assert seen[-1] == (len(sample_files), len(sample_files))
    cancelled = import_files([sample_files[0].parent], cancelled=lambda: True)
    assert cancelled.cancelled and cancelled.added == []


def _agree_with_database(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    export_jsonl(out)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    docs = list(iter_documents())
    assert [len(line["spans"]) for line in lines] == [len(d.spans) for d in docs]
    assert export_xlsx(tmp_path / "out.xlsx") == len(docs)
    book = load_workbook(tmp_path / "out.xlsx")
    n_entities = sum(1 for d in docs for s in d.spans if s.kind == "entity")
    n_events = sum(1 for d in docs for s in d.spans if s.kind == "event")
    assert book["Entities"].max_row - 1 == n_entities
    assert book["Events"].max_row - 1 == n_events
    assert book["Articles"].max_row - 1 == len(docs)


def test_sample_articles_import_with_metadata_and_suggestions(
    project: Path, tmp_path: Path, sample_files: list[Path],
) -> None:
    report = import_files(sample_files)
    assert len(report.added) == len(sample_files) and not report.skipped
    for row in report.added:
        assert row.outlet and row.published and row.title
        assert row.entity_count > 0 and row.event_count > 0
        assert articles.get_article_text(row.id).raw_text.strip()
    _agree_with_database(tmp_path)


@pytest.mark.corpus
def test_real_corpus_imports_five_articles(project: Path, tmp_path: Path,
                                           corpus_files: list[Path]) -> None:
    report = import_files(corpus_files)
    assert len(report.added) == 5
    assert sum(1 for row in report.added if row.outlet) >= 4
    for row in report.added:
        assert row.entity_count > 0 and row.event_count > 0, row.source_file
        body = articles.get_article_text(row.id).body
        assert "Baca juga" not in body and "Advertisement" not in body
    again = import_files(corpus_files)
    assert again.added == [] and len(again.skipped) == 5
    _agree_with_database(tmp_path)


def test_any_spacy_pipeline_can_pre_annotate(project: Path, tmp_path: Path) -> None:
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": "Jane Doe"},
                        {"label": "NORP", "pattern": "Dutch"}])  # NORP is not in the schema
    model_dir = tmp_path / "custom_model"
    nlp.to_disk(model_dir)
    article = tmp_path / "english.txt"
    article.write_text("LONDON (Wire Daily) - Jane Doe met Dutch officials on Monday.\n",
                       encoding="utf-8")
    [row] = import_files([article], model=str(model_dir)).added
    found = [(s.text, s.label, s.origin) for s in spans.list_spans(row.id)]
    assert found == [("Jane Doe", "PERSON", "auto")]


def test_relative_dates_resolve_against_the_publication_date(project: Path, tmp_path: Path) -> None:
    article = tmp_path / "relative.txt"
    article.write_text("Selasa 12 Mar 2024 09:00 WIB\n\nJAKARTA (ANTARA) - Menlu Retno Marsudi bertemu "
                       "Menlu Jepang di Jakarta, Senin (11/3). Keduanya sepakat memperkuat kerja sama "
                       "yang dibahas bulan lalu.\n", encoding="utf-8")
    [row] = import_files([article]).added
    assert row.published is not None and row.published.isoformat() == "2024-03-12"
    dates = {s.text: s.normalized for s in spans.list_spans(row.id) if s.label == "DATE"}
    assert dates.get("Senin (11/3)") == "2024-03-11"
    assert dates.get("bulan lalu") == "2024-02"
