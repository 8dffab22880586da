"""A project's own outlet names: added with main.py outlets, used by the next imports."""

from __future__ import annotations

from pathlib import Path

import pytest

from main import main
from nlp.cleaning import clean_article

# Team-written: an outlet the shipped table does not know, under its short form in the dateline.
PAGE = ("Jakarta, WKB - Pemerintah kota menyatakan bahwa pembangunan jembatan baru akan dimulai pekan "
        "depan setelah seluruh izin lingkungan dinyatakan lengkap oleh dinas terkait.\n")


def test_clean_article_reads_a_project_outlet_beside_the_shipped_table() -> None:
    assert clean_article(PAGE).outlet == "WKB"
    assert clean_article(PAGE, outlets={"Warta Kota Baru": ["WKB"]}).outlet == "Warta Kota Baru"
    assert clean_article(PAGE).outlet == "WKB"  # the project's table does not leak into the next article


def test_outlets_command_adds_lists_and_removes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "p.kliping"
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(PAGE, encoding="utf-8")
    second.write_text(PAGE.replace("pekan depan", "bulan depan"), encoding="utf-8")
    assert main(["import", str(project), str(first)]) == 0
    assert main(["outlets", str(project), "--add", "Warta Kota Baru", "WKB", "wartakotabaru.id"]) == 0
    assert "Warta Kota Baru: WKB, wartakotabaru.id" in capsys.readouterr().out
    assert main(["import", str(project), str(second)]) == 0

    from models import db
    from models.articles import list_articles

    db.open_project(project)
    try:
        outlets = {a.source_file: a.outlet for a in list_articles()}
    finally:
        db.close_project()
    assert outlets == {"a.txt": "WKB", "b.txt": "Warta Kota Baru"}
    assert main(["outlets", str(project), "--remove", "Nope"]) == 1
    assert "no outlet 'Nope'" in capsys.readouterr().err
    assert main(["outlets", str(project), "--remove", "Warta Kota Baru"]) == 0
    assert "adds no outlets" in capsys.readouterr().out
