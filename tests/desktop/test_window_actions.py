"""Window features driven like a user: sample corpus, span edits by key and click, export, errors."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models import articles, spans
from tests.desktop.conftest import import_with_menu


def _first_suggestion(window, kind: str = "entity"):  # type: ignore[no-untyped-def]
    return next(s for s in spans.list_spans(window.current_article)
                if s.kind == kind and s.state == "suggested")


def _click_span(qtbot, window, span_id: str) -> None:  # type: ignore[no-untyped-def]
    view = window.review.view
    view.select_span(None)
    rect = view.span_rect(span_id)
    with qtbot.waitSignal(view.span_selected):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.selected_span_id() == span_id


def test_sample_corpus_fills_an_empty_project(loaded) -> None:  # type: ignore[no-untyped-def]
    assert loaded.article_model.rowCount() >= 5
    assert loaded.review.view.toPlainText()
    assert loaded.review.title.text() != "(untitled)"


def test_click_accept_relabel_delete_with_keys_and_undo(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    window, view = loaded, loaded.review.view
    span = _first_suggestion(window)
    _click_span(qtbot, window, span.id)
    assert span.label in window.review.details.text()
    assert "suggested" in window.review.details.text()

    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert spans.get_span(span.id).state == "accepted"
    other = "ORG" if span.label != "ORG" else "GPE"
    qtbot.keyClick(view, other[0].lower())
    relabelled = spans.get_span(span.id)
    assert (relabelled.label, relabelled.origin) == (other, "manual")
    assert f"Relabel {span.label} → {other}" in window.actions["edit.undo"].text()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert span.id not in {s.id for s in spans.list_spans(window.current_article)}

    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = spans.get_span(span.id)
    assert (restored.label, restored.state, restored.origin) == (span.label, "suggested", "auto")


def test_undo_in_another_article_brings_it_back(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    window, view = loaded, loaded.review.view
    first = window.current_article
    span = _first_suggestion(window)
    _click_span(qtbot, window, span.id)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.current_article != first
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current_article == first
    assert view.selected_span_id() == span.id


def test_legend_click_labels_the_selected_text(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    window, view = loaded, loaded.review.view
    text = view.toPlainText()
    start = text.index(" ") + 1
    end = text.index(" ", start)
    view.select_range(start, end)
    qtbot.mouseClick(window.review.legend.chip("LOC"), Qt.MouseButton.LeftButton)
    assert [s.label for s in view.spans_at(start) if s.kind == "entity"] == ["LOC"]


def test_export_from_the_menu(qtbot, loaded, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "from-menu.jsonl"
    monkeypatch.setattr("desktop.main_window.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(out), "JSONL, one article a line (*.jsonl)"))
    loaded.article_list.setFocus()
    qtbot.keyClick(loaded.article_list, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    # A short export can finish before a signal blocker exists; wait for the window to let go of it.
    qtbot.waitUntil(lambda: loaded.job is None, timeout=60_000)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == loaded.article_model.rowCount()
    assert json.loads(lines[0])["spans"]


def test_bad_file_is_reported_by_name(qtbot, make_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    import_with_menu(qtbot, window, [bad], monkeypatch)
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                for w in window.findChildren(QMessageBox)))
    box = next(w for w in window.findChildren(QMessageBox) if w.isVisible())
    assert "broken.txt: it is a binary file, not text" in box.informativeText()
    assert window.article_model.rowCount() == 0
    assert window.pages.currentWidget() is window.welcome


def test_shortcut_sheet_lists_actions_and_label_keys(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    from desktop.help_dialog import ShortcutsDialog

    loaded.article_list.setFocus()
    qtbot.keyClick(loaded.article_list, Qt.Key.Key_F1)
    dialog = next(w for w in loaded.findChildren(ShortcutsDialog) if w.isVisible())
    rows = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "PERSON" in rows and "Import Files" in rows and "Undo" in rows


def test_screenshot_command(tmp_path: Path, sample_files: list[Path]) -> None:
    import subprocess
    import sys

    from tests.conftest import REPO

    project = tmp_path / "shot.kliping"
    out = tmp_path / "shot.png"
    run = [sys.executable, str(REPO / "main.py")]
    subprocess.run([*run, "import", str(project), str(sample_files[0])], check=True,
                   capture_output=True, timeout=300)
    done = subprocess.run([*run, str(project), "--screenshot", str(out)], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"\x89PNG") and out.stat().st_size > 20_000


def test_clicking_an_article_in_the_list_opens_it(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    table = loaded.article_list
    record = loaded.article_model.record(2)
    rect = table.visualRect(loaded.article_model.index(2, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert loaded.current_article == record.id
    assert loaded.review.title.text() == record.title


def test_a_partial_selection_snaps_to_whole_tokens(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    view = loaded.review.view
    text = view.toPlainText()
    word = next(w for w in text.split() if w.isalpha() and len(w) > 6 and
                not view.spans_at(text.index(w)))
    start = text.index(word)
    view.setFocus()
    view.select_range(start + 2, start + len(word) - 2)
    qtbot.keyClick(view, Qt.Key.Key_D)
    [span] = [s for s in view.spans_at(start + 2) if s.kind == "entity"]
    assert (span.start, span.end, span.label) == (start, start + len(word), "DATE")


def test_mark_done_accepts_suggestions_and_undo_restores(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    from models import articles

    article_id = loaded.current_article
    suggested = [s.id for s in spans.list_spans(article_id) if s.state == "suggested"]
    assert suggested
    loaded.review.view.setFocus()
    qtbot.keyClick(loaded.review.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert articles.get_article(article_id).status == "done"
    assert all(s.state == "accepted" for s in spans.list_spans(article_id))
    suggested_roles = [r.id for r in spans.list_roles(article_id)]
    assert suggested_roles and all(r.state == "accepted" for r in spans.list_roles(article_id))
    assert loaded.article_model.record(0).status == "done"
    assert "Mark done" in loaded.actions["edit.undo"].text()
    qtbot.keyClick(loaded.review.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert articles.get_article(article_id).status == "new"
    assert {s.id for s in spans.list_spans(article_id) if s.state == "suggested"} == set(suggested)
    assert all(r.state == "suggested" for r in spans.list_roles(article_id))


def test_train_from_the_menu(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    from models.settings import ner_model_path

    for _ in range(3):
        qtbot.keyClick(loaded.review.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(loaded.review.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    loaded.training_options = {"max_steps": 4, "data_dir": None}
    loaded.actions["model.train"].trigger()
    assert loaded.progress.isVisible()
    job = loaded.job  # held: the window lets go of its job when it finishes
    with qtbot.waitSignal(job.finished, timeout=300_000):
        pass
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                for w in loaded.findChildren(QMessageBox)))
    box = next(w for w in loaded.findChildren(QMessageBox) if w.isVisible())
    assert "Trained on" in box.text() and "entity F1 went from" in box.text()
    assert ner_model_path() is not None


def test_keyboard_only_span_navigation_and_boundaries(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    window, view = loaded, loaded.review.view
    view.setFocus()
    ordered = sorted(spans.list_spans(window.current_article), key=lambda s: (s.start, s.end))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.selected_span_id() == ordered[0].id
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.selected_span_id() == ordered[1].id
    qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_span_id() == ordered[0].id
    # Pick a multi-token entity and move its boundaries with Alt(+Shift)(+Ctrl)+arrows.
    span = next(s for s in ordered if s.kind == "entity" and " " in s.text)
    while view.selected_span_id() != span.id:
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    first_word = span.text.split()[0]
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    moved = spans.get_span(span.id)
    assert moved.start > span.start and moved.end == span.end
    assert moved.text == span.text[len(first_word):].lstrip()
    assert (moved.state, moved.origin) == ("accepted", "manual")
    qtbot.keyClick(view, Qt.Key.Key_Left,
                   Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
                   | Qt.KeyboardModifier.ControlModifier)
    assert spans.get_span(span.id).end == span.end - 1
    assert "Resize" in window.actions["edit.undo"].text()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = spans.get_span(span.id)
    assert (restored.start, restored.end, restored.state) == (span.start, span.end, span.state)


def test_accept_all_and_next_unreviewed(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    window, view = loaded, loaded.review.view
    first = window.current_article
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert all(s.state == "accepted" for s in spans.list_spans(first))
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_article != first
    second = window.current_article
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.current_article == first
    qtbot.keyClick(view, Qt.Key.Key_Down,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_article not in (first, second)


def test_export_takes_what_the_list_shows(qtbot, loaded, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Filter the list by outlet, Ctrl+E: the dialog says how many, and only those are exported."""
    bar = loaded.find.bar
    outlet = articles.get_article(loaded.current_article).outlet
    with qtbot.waitSignal(loaded.find.filter_changed, timeout=2000):
        bar.outlet.setFocus()
        qtbot.keyClicks(bar.outlet, outlet[:3])
    shown = loaded.article_model.rowCount()
    assert 0 < shown < articles.count_articles()
    out, titles = tmp_path / "filtered.jsonl", []

    def save_as(_parent, title, *args, **kwargs):  # type: ignore[no-untyped-def]
        titles.append(title)
        return str(out), "JSONL, one article a line (*.jsonl)"

    monkeypatch.setattr("desktop.main_window.QFileDialog.getSaveFileName", save_as)
    loaded.article_list.setFocus()
    qtbot.keyClick(loaded.article_list, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: loaded.job is None, timeout=60_000)
    assert titles == [f"Export the {shown} articles in the list (filtered)"]
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == shown and {line["meta"]["outlet"] for line in lines} == {outlet}
