"""ArticleView: span rendering, hotkeys, clicks and the signals they emit."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip
from widget_fakes import LABELS, Span, tokenize

from widgets.article_view import ArticleView, snap_to_tokens

TEXT = (
    "Presiden Joko Widodo bertemu Perdana Menteri Anwar Ibrahim di Jakarta pada Senin (12/2).\n"
    "\n"
    "Kementerian Luar Negeri menuduh kelompok itu menyebarkan informasi palsu."
)


def at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


SPANS = (
    Span("joko", *at("Joko Widodo"), "PERSON", state="accepted", origin="manual"),
    Span("jakarta", *at("Jakarta"), "GPE"),
    Span("di-jakarta", *at("di Jakarta"), "AID", kind="event"),
    Span("meet", *at("bertemu"), "CONSULT", kind="event", state="accepted"),
    Span("kemlu", *at("Kementerian Luar Negeri"), "ORG"),
)


@pytest.fixture
def view(qtbot):
    widget = ArticleView()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.set_labels(LABELS)
    widget.set_article(TEXT, SPANS, tokenize(TEXT))
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    return widget


def click_span(qtbot, view: ArticleView, span_id: str) -> None:
    rect = view.span_rect(span_id)
    assert rect.isValid()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_hotkey_over_selected_range_requests_a_token_snapped_span(qtbot, view):
    start, end = at("Anwar Ibrahim")
    view.select_range(start + 2, end - 3)  # "war Ibra"
    with qtbot.waitSignal(view.add_requested) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_P)
    assert blocker.args == ["PERSON", start, end]
    assert not view.textCursor().hasSelection()


def test_keyboard_selection_and_uppercase_hotkey_add_a_span(qtbot, view):
    start, end = at("Senin")
    view.select_range(start, start)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(view.add_requested) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ShiftModifier)
    assert blocker.args == ["DATE", start, end]


def test_whitespace_around_the_selection_is_trimmed(qtbot, view):
    start, end = at(" Jakarta ")
    view.select_range(start, end)
    with qtbot.waitSignal(view.add_requested) as blocker:
        view.request_label("LOC")
    assert blocker.args == ["LOC", start + 1, end - 1]


def test_whitespace_only_selection_requests_nothing(qtbot, view):
    start = TEXT.index(" ")
    view.select_range(start, start + 1)
    with qtbot.assertNotEmitted(view.add_requested):
        qtbot.keyClick(view, Qt.Key.Key_P)


def test_hotkeys_with_ctrl_or_alt_are_ignored(qtbot, view):
    view.select_range(*at("Jakarta"))
    with qtbot.assertNotEmitted(view.add_requested):
        qtbot.keyClick(view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(view, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)


def test_clicking_a_span_selects_it_and_plain_text_deselects(qtbot, view):
    with qtbot.waitSignal(view.span_selected) as blocker:
        click_span(qtbot, view, "joko")
    assert blocker.args == ["joko"]
    assert view.selected_span_id() == "joko"

    plain = view.span_rect("joko").translated(-60, 0).center()  # over "Presiden"
    with qtbot.waitSignal(view.span_selected) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=plain)
    assert blocker.args == [""]
    assert view.selected_span_id() is None


def test_clicks_on_overlapping_spans_prefer_the_innermost_then_cycle(qtbot, view):
    seen = []
    view.span_selected.connect(seen.append)
    for _ in range(3):
        click_span(qtbot, view, "jakarta")
    assert seen == ["jakarta", "di-jakarta", "jakarta"]


def test_delete_and_backspace_request_deletion_of_the_selected_span(qtbot, view):
    click_span(qtbot, view, "kemlu")
    with qtbot.waitSignal(view.delete_requested) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert blocker.args == ["kemlu"]
    with qtbot.waitSignal(view.delete_requested) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert blocker.args == ["kemlu"]


def test_return_requests_accepting_the_selected_span(qtbot, view):
    with qtbot.assertNotEmitted(view.accept_requested):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    click_span(qtbot, view, "jakarta")
    with qtbot.waitSignal(view.accept_requested) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == ["jakarta"]


def test_delete_without_a_selected_span_requests_nothing(qtbot, view):
    with qtbot.assertNotEmitted(view.delete_requested):
        qtbot.keyClick(view, Qt.Key.Key_Delete)


def test_hotkey_with_a_selected_span_requests_a_relabel(qtbot, view):
    click_span(qtbot, view, "kemlu")
    with qtbot.waitSignal(view.relabel_requested) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_G)
    assert blocker.args == ["kemlu", "GPE"]
    with qtbot.assertNotEmitted(view.relabel_requested):
        qtbot.keyClick(view, Qt.Key.Key_O)  # already ORG
    with qtbot.waitSignal(view.relabel_requested) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_A)  # an event label: the receiver decides
    assert blocker.args == ["kemlu", "ACCUSE"]


def test_escape_clears_the_span_selection(qtbot, view):
    click_span(qtbot, view, "meet")
    with qtbot.waitSignal(view.span_selected) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert blocker.args == [""]
    assert view.selected_span_id() is None


def test_setters_emit_nothing(qtbot, view):
    signals = [view.span_selected, view.add_requested, view.relabel_requested]
    with qtbot.assertNotEmitted(signals[0]), qtbot.assertNotEmitted(signals[1]):
        view.select_span("joko")
        view.set_spans(SPANS[:2])
        view.select_range(0, 8)
        view.set_article(TEXT, SPANS)
    assert view.selected_span_id() is None


def test_spans_at_lists_covering_spans_innermost_first(view):
    assert [s.id for s in view.spans_at(TEXT.index("Jakarta") + 2)] == ["jakarta", "di-jakarta"]
    assert [s.id for s in view.spans_at(TEXT.index(" di "))] == []
    assert [s.id for s in view.spans_at(TEXT.index("Joko"))] == ["joko"]
    assert view.spans_at(TEXT.index("Widodo") + len("Widodo")) == []  # end is exclusive


def test_set_spans_keeps_the_selection_only_while_the_span_exists(view):
    view.select_span("jakarta")
    relabelled = Span("jakarta", *at("Jakarta"), "LOC", state="accepted")
    view.set_spans([*SPANS[:1], relabelled])
    assert view.selected_span_id() == "jakarta"
    assert view.spans_at(TEXT.index("Jakarta"))[0].label == "LOC"
    view.set_spans(SPANS[:1])
    assert view.selected_span_id() is None


def test_set_spans_keeps_the_scroll_position_and_set_article_resets_it(qtbot, view):
    long_text = "\n".join(f"Paragraf {i} tentang Jakarta." for i in range(300))
    view.set_article(long_text, [])
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    middle = bar.value()
    assert middle > 0
    view.set_spans([Span("a", 0, 8, "ORG")])
    assert bar.value() == middle
    view.set_article(long_text, [])
    assert bar.value() == 0


def test_tooltip_describes_the_spans_under_the_mouse(qtbot, view):
    point = view.span_rect("jakarta").center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    view.viewportEvent(event)
    assert QToolTip.text() == "GPE · suggested · auto\nAID · suggested · auto"
    QToolTip.hideText()


def test_offsets_are_python_indexes_with_emoji_and_crlf(qtbot, view):
    text = "Warga 😀 senang.\r\nJoko Widodo datang."
    start = text.index("Joko")
    view.set_article(text, [Span("j", start, start + 4, "PERSON")], tokenize(text))
    assert view.span_rect("j").isValid()
    assert [s.id for s in view.spans_at(start)] == ["j"]
    view.select_range(text.index("Widodo"), text.index("Widodo") + 3)
    with qtbot.waitSignal(view.add_requested) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_P)
    assert blocker.args == ["PERSON", text.index("Widodo"), text.index(" datang")]
    with qtbot.waitSignal(view.span_selected) as clicked:
        click_span(qtbot, view, "j")
    assert clicked.args == ["j"]


def test_large_article_with_many_overlapping_spans_renders(qtbot, view):
    rng = random.Random(7)
    words = TEXT.split()
    text = ""
    while len(text) < 50_000:
        text += rng.choice(words) + ("\n\n" if rng.random() < 0.03 else " ")
    tokens = tokenize(text)
    spans = []
    for n in range(2_000):
        first = rng.randrange(len(tokens) - 3)
        last = first + rng.randrange(3)
        label = rng.choice(LABELS)
        spans.append(
            Span(
                f"s{n}",
                tokens[first][0],
                tokens[last][1],
                label.name,
                label.kind,
                rng.choice(["suggested", "accepted"]),
            )
        )
    view.set_article(text, spans, tokens)
    view.select_span("s1999")
    assert view.selected_span_id() == "s1999"
    assert not view.grab().isNull()
    view.set_spans(spans[:1500])
    assert view.selected_span_id() is None
    assert not view.grab().isNull()
    assert all(s.start <= 1000 < s.end for s in view.spans_at(1000))


def test_unknown_labels_render_grey_and_hotkeys_follow_set_labels(qtbot, view):
    view.set_spans([Span("x", 0, 8, "MYSTERY")])
    assert not view.grab().isNull()
    view.set_labels([])
    view.select_range(0, 8)
    with qtbot.assertNotEmitted(view.add_requested):
        qtbot.keyClick(view, Qt.Key.Key_P)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (10, 16, (9, 20)),  # "oko Wi" grows to "Joko Widodo"
        (12, 15, (9, 20)),  # "o W"
        (9, 13, (9, 13)),  # "Joko" stays
        (8, 9, (9, 9)),  # a lone space is empty
    ],
)
def test_snap_to_tokens(start, end, expected):
    text = "Presiden Joko Widodo"
    assert snap_to_tokens(text, start, end, tokenize(text)) == expected


def test_snap_without_tokens_only_trims():
    assert snap_to_tokens("  ab cd  ", 0, 9) == (2, 7)
    assert snap_to_tokens("  ab cd  ", 3, 6) == (3, 6)


def test_clicking_keeps_a_visible_caret(qtbot, view):
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(30, 30))
    assert view.hasFocus()
    assert view.cursorWidth() >= 1
    assert view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
