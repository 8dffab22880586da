"""Take the pre-annotated corpus article 000 to the team's gold with the keyboard alone, counting keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from exports.gold import load_gold
from exports.scoreboard import CORPUS_GOLD
from models import labels, spans
from tests.conftest import SHARED_CORPUS
from tests.desktop.conftest import import_with_menu

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


class Keyboard:
    """Presses keys on the article view and counts them."""

    def __init__(self, qtbot, view) -> None:  # type: ignore[no-untyped-def]
        self.qtbot, self.view, self.presses = qtbot, view, 0

    def press(self, key: Qt.Key | str, modifiers: Qt.KeyboardModifier = NONE) -> None:
        self.qtbot.keyClick(self.view, key, modifiers)
        self.presses += 1

    def caret(self) -> int:
        return self.view.textCursor().position()


def _resize(keys: Keyboard, span_id: str, start: int, end: int) -> None:
    """Alt(+Shift)+arrows by tokens, then with Ctrl by characters, until the bounds match."""
    for _ in range(60):
        span = spans.get_span(span_id)
        if (span.start, span.end) == (start, end):
            return
        if span.start != start:
            far = abs(span.start - start) > 3
            keys.press(Qt.Key.Key_Left if span.start > start else Qt.Key.Key_Right,
                       ALT if far else ALT | CTRL)
        else:
            far = abs(span.end - end) > 3
            keys.press(Qt.Key.Key_Left if span.end > end else Qt.Key.Key_Right,
                       ALT | SHIFT if far else ALT | SHIFT | CTRL)
    raise AssertionError(f"could not resize {span_id} to {start}-{end}")


def _fix_suggestions(keys: Keyboard, article_id: int, gold: set[tuple[int, int, str]],
                     hotkeys: dict[str, str]) -> None:
    """Tab through every span: accept, relabel, resize or delete it to agree with the gold."""
    view = keys.view
    seen: set[str] = set()
    keys.press(Qt.Key.Key_Tab)
    while (span_id := view.selected_span_id()) and span_id not in seen:
        seen.add(span_id)
        span = spans.get_span(span_id)
        same_layer = [g for g in gold if (labels_kind(g[2]) == span.kind)]
        exact = [g for g in same_layer if (g[0], g[1]) == (span.start, span.end)]
        overlapping = [g for g in same_layer if g[0] < span.end and span.start < g[1]]
        if exact:
            if exact[0][2] != span.label:
                keys.press(hotkeys[exact[0][2]])
            elif span.state == "suggested":
                keys.press(Qt.Key.Key_Return)
        elif len(overlapping) == 1 and not any(
                (s.start, s.end) == overlapping[0][:2] for s in spans.list_spans(article_id)
                if s.kind == span.kind):
            target = overlapping[0]
            _resize(keys, span_id, target[0], target[1])
            if spans.get_span(span_id).label != target[2]:
                keys.press(hotkeys[target[2]])
        else:
            keys.press(Qt.Key.Key_Delete)
        keys.press(Qt.Key.Key_Tab)


_KINDS: dict[str, str] = {}


def _visual_line(view, position: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """(paragraph, visual line in it) of a text position: where Up and Down move the caret."""
    cursor = view.textCursor()
    cursor.setPosition(position)
    line = cursor.block().layout().lineForTextPosition(cursor.positionInBlock())
    return cursor.blockNumber(), line.lineNumber()


def labels_kind(label: str) -> str:
    return _KINDS[label]


def _add_missing(keys: Keyboard, article_id: int, gold: set[tuple[int, int, str]],
                 hotkeys: dict[str, str]) -> None:
    """Move the caret by words (Ctrl+arrows), select by words, press the label key."""
    view = keys.view
    keys.press(Qt.Key.Key_Escape)
    for start, end, label in sorted(gold):
        present = {(s.start, s.end, s.label) for s in spans.list_spans(article_id)}
        if (start, end, label) in present:
            continue
        target_line = _visual_line(view, start)
        while _visual_line(view, keys.caret()) < target_line:
            keys.press(Qt.Key.Key_Down)
        while _visual_line(view, keys.caret()) > target_line:
            keys.press(Qt.Key.Key_Up)
        if keys.caret() > start:
            keys.press(Qt.Key.Key_Home)
        while True:  # word by word to the last word start at or before the span start
            before = keys.caret()
            keys.press(Qt.Key.Key_Right, CTRL)
            if keys.caret() > start or keys.caret() == before:
                keys.press(Qt.Key.Key_Left, CTRL)
                break
        while keys.caret() < start:
            keys.press(Qt.Key.Key_Right)
        while view.textCursor().selectionEnd() < end:
            keys.press(Qt.Key.Key_Right, CTRL | SHIFT if end - view.textCursor().selectionEnd() > 2
                       else SHIFT)
        keys.press(hotkeys[label])
        added = next(s for s in spans.list_spans(article_id) if s.start <= start < s.end
                     and _KINDS[s.label] == _KINDS[label])
        _resize(keys, added.id, start, end)
        keys.press(Qt.Key.Key_Escape)


@pytest.mark.corpus
def test_article_000_reaches_the_gold_by_keyboard_alone(qtbot, make_window, corpus_files,  # type: ignore[no-untyped-def]
                                                        monkeypatch) -> None:
    window = make_window()
    import_with_menu(qtbot, window, corpus_files[:1], monkeypatch)
    article_id = window.current_article
    [gold_doc] = load_gold(CORPUS_GOLD, SHARED_CORPUS).documents[:1]
    assert window.review.view.toPlainText() == gold_doc.body
    gold = {(s.start, s.end, s.label) for s in gold_doc.spans}
    label_rows = labels.list_labels()
    _KINDS.update({row.name: row.kind for row in label_rows})
    hotkeys = {row.name: row.hotkey for row in label_rows}
    suggested = len(spans.list_spans(article_id))

    keys = Keyboard(qtbot, window.review.view)
    window.review.view.setFocus()
    _fix_suggestions(keys, article_id, gold, hotkeys)
    fixing = keys.presses
    _add_missing(keys, article_id, gold, hotkeys)
    print(f"\nfixing suggestions: {fixing} keys; adding missed spans: {keys.presses - fixing} keys")

    final = spans.list_spans(article_id)
    assert {(s.start, s.end, s.label) for s in final} == gold
    assert all(s.state == "accepted" for s in final)
    print(f"\narticle 000: {len(gold)} gold spans, {suggested} suggestions, {keys.presses} key presses "
          f"({keys.presses / len(gold):.2f} per gold span)")
    # Mostly accepting suggestions: about one Tab and one Enter per span, plus the corrections.
    assert keys.presses < 5 * len(gold)
