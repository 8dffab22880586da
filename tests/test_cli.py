"""The headless commands: import and export, with clear messages for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from main import main
from models import db


@pytest.fixture(autouse=True)
def _closed() -> None:
    yield
    db.close_project()


def test_import_then_export_both_formats(tmp_path: Path, sample_files: list[Path],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "cli.kliping"
    assert main(["import", str(project), str(sample_files[0].parent)]) == 0
    captured = capsys.readouterr()
    assert f"Imported {len(sample_files)} articles." in captured.out
    assert f"[{len(sample_files)}/{len(sample_files)}]" in captured.err  # terminal progress
    assert main(["import", str(project), str(sample_files[0])]) == 0
    assert "duplicate of" in capsys.readouterr().err
    assert main(["export", str(project), str(tmp_path / "out.jsonl")]) == 0
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(sample_files)
    assert {"text", "meta", "spans", "relations"} <= json.loads(lines[0]).keys()
    assert main(["export", str(project), str(tmp_path / "out.xlsx")]) == 0
    assert load_workbook(tmp_path / "out.xlsx")["Articles"].max_row == len(sample_files) + 1


def test_foreign_file_is_refused_with_its_name(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    foreign = tmp_path / "notes.kliping"
    foreign.write_text("not a database")
    assert main(["import", str(foreign), str(tmp_path)]) == 2
    assert "notes.kliping is not a Kliping project" in capsys.readouterr().err
    assert foreign.read_text() == "not a database"


def test_export_needs_a_known_suffix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "p.kliping"
    db.open_project(project)
    db.close_project()
    assert main(["export", str(project), str(tmp_path / "out.csv")]) == 2
    assert "must end in .xlsx or .jsonl" in capsys.readouterr().err
