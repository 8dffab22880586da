"""The headless commands: import and export, with clear messages for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from main import main
from models import cards, db, links


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
    assert main(["export", str(project), str(tmp_path / "out.txt")]) == 2
    assert "must end in .xlsx, .csv, .jsonl or .spacy" in capsys.readouterr().err


def test_link_suggests_cards_then_keeps_confirmed_links_and_rejections(
        tmp_path: Path, sample_files: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "link.kliping"
    assert main(["import", str(project), str(sample_files[0].parent)]) == 0
    capsys.readouterr()
    assert main(["link", str(project)]) == 0
    captured = capsys.readouterr()
    assert "0 confirmed links kept" in captured.out and "[4/4] Done" in captured.err

    db.open_project(project)
    suggested = cards.list_cards()
    assert suggested and all(c.state == "suggested" for c in suggested)
    card = max(suggested, key=lambda c: (c.article_count, c.mention_count))
    assert card.article_count >= 3, "the pact's signing is suggested across outlets"
    members = cards.card_members(card.id)
    assert {m.link_state for m in members} == {"suggested"}
    kept = members[0]
    other = next(m for m in members if m.article_id != kept.article_id)
    links.assign(kept.id, card.id)  # a reviewer confirms one link...
    links.reject(other.id, card.id)  # ...and says another mention is not this event
    kept_card = cards.get_card(card.id)
    assert kept_card is not None and kept_card.state == "accepted"
    db.close_project()

    # Again, as a real process: what `python main.py link PROJECT` does from a shell.
    done = subprocess.run([sys.executable, "main.py", "link", str(project)], cwd=Path(__file__).parents[1],
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    assert "1 confirmed links kept" in done.stdout

    db.open_project(project)
    again = cards.link_target(kept.id)
    assert (again.card_id, again.card_title, again.link_state) == (card.id, card.title, "confirmed")
    assert cards.get_card(card.id).state == "accepted"
    assert links.rejected_for(other.id) == {card.id}
    assert cards.card_of(other.id) != card.id, "a rejected card is never suggested again"
    assert other.id not in {m.id for m in cards.card_members(card.id)}


def test_help_lists_every_headless_command(capsys) -> None:  # type: ignore[no-untyped-def]
    from main import COMMANDS, main

    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    listed = [line.split()[0] for line in out.split("headless commands")[1].splitlines()[1:]
              if line.startswith("  ") and not line.startswith("   ")]
    assert listed == list(COMMANDS)
