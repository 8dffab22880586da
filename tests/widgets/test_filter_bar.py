"""FilterBar: typing is debounced, Enter and choices emit at once, each filter reaches the state."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QToolButton

from widgets.filter_bar import DEBOUNCE_MS, SEARCH_PLACEHOLDER, FilterBar, FilterState


@pytest.fixture
def bar(qtbot):
    widget = FilterBar()
    widget.set_choices(["Kabar Nusa", "Suara Timur"], ["PERSON", "ORG", "ACCUSE"])
    qtbot.addWidget(widget)
    widget.resize(600, 120)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _choose(qtbot, combo, text: str) -> None:
    """Pick an item like a user: focus the closed combo and type its first word (Space opens it)."""
    combo.setFocus()
    qtbot.keyClicks(combo, text.split()[0])
    assert combo.currentText() == text


def test_search_field_looks_like_one(bar):
    assert bar.search.placeholderText() == SEARCH_PLACEHOLDER == "Search titles and text…"
    assert bar.search.isClearButtonEnabled()
    assert [bar.worklist.itemText(i) for i in range(bar.worklist.count())] == [
        "All articles", "With unreviewed suggestions", "Events without a cluster", "Not adjudicated yet"]


def test_typing_is_debounced_into_one_signal(qtbot, bar):
    seen = []
    bar.filter_changed.connect(seen.append)
    with qtbot.waitSignal(bar.filter_changed, timeout=DEBOUNCE_MS * 8) as blocker:
        qtbot.keyClicks(bar.search, "pakta mar")
        assert seen == []  # nothing while typing
    assert blocker.args == [FilterState(text="pakta mar")]
    assert len(seen) == 1


def test_enter_emits_at_once_and_only_once(qtbot, bar):
    seen = []
    bar.filter_changed.connect(seen.append)
    qtbot.keyClicks(bar.search, "nelayan")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    assert seen == [FilterState(text="nelayan")]
    qtbot.wait(DEBOUNCE_MS + 100)  # the pending debounce was cancelled: no second signal
    assert len(seen) == 1


def test_clear_button_emits_the_empty_filter(qtbot, bar):
    qtbot.keyClicks(bar.search, "nelayan")
    qtbot.keyClick(bar.search, Qt.Key.Key_Enter)
    clear = next(b for b in bar.search.findChildren(QToolButton) if b.isVisible())
    with qtbot.waitSignal(bar.filter_changed, timeout=DEBOUNCE_MS * 8) as blocker:
        qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert blocker.args == [FilterState()]


def test_choices_by_keys_emit_at_once(qtbot, bar):
    with qtbot.waitSignal(bar.filter_changed, timeout=100) as blocker:
        _choose(qtbot, bar.status, "Done")
    assert blocker.args[0].statuses == ("done",)
    _choose(qtbot, bar.outlet, "Suara Timur")
    _choose(qtbot, bar.label, "ACCUSE")
    with qtbot.waitSignal(bar.filter_changed, timeout=100) as blocker:
        _choose(qtbot, bar.worklist, "With unreviewed suggestions")
    assert blocker.args == [FilterState(outlets=("Suara Timur",), statuses=("done",), labels=("ACCUSE",),
                                        worklist="unreviewed_suggestions")]


# The offscreen platform cannot grab the keyboard for a popup; the popup works regardless.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_choosing_from_the_opened_popup(qtbot, bar):
    qtbot.mouseClick(bar.worklist, Qt.MouseButton.LeftButton)
    view = bar.worklist.view()
    qtbot.waitUntil(view.isVisible)
    with qtbot.assertNotEmitted(bar.filter_changed):
        qtbot.keyClick(view, Qt.Key.Key_Down)
        qtbot.keyClick(view, Qt.Key.Key_Down)
    with qtbot.waitSignal(bar.filter_changed, timeout=1000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args[0].worklist == "events_without_cluster"
    assert not view.isVisible()


def test_dates_start_as_any_and_arrows_start_at_today(qtbot, bar):
    assert bar.date_from.text() == "any" and bar.state().date_from is None
    bar.date_from.setFocus()
    with qtbot.waitSignal(bar.filter_changed, timeout=DEBOUNCE_MS * 8) as blocker:
        qtbot.keyClick(bar.date_from, Qt.Key.Key_Up)
    assert blocker.args[0].date_from == dt.date.today()
    bar.date_to.setDate(QDate(2024, 3, 10))
    assert bar.state().date_to == dt.date(2024, 3, 10)


def test_set_choices_keeps_a_choice_still_offered_and_is_silent(qtbot, bar):
    _choose(qtbot, bar.outlet, "Suara Timur")
    with qtbot.assertNotEmitted(bar.filter_changed):
        bar.set_choices(["Antara", "Suara Timur"], ["PERSON"])
    assert bar.state().outlets == ("Suara Timur",)
    with qtbot.assertNotEmitted(bar.filter_changed):
        bar.set_choices(["Antara"], ["PERSON"])
    assert bar.outlet.currentText() == "All outlets"


def test_reset_and_count(qtbot, bar):
    _choose(qtbot, bar.status, "New")
    qtbot.keyClicks(bar.search, "x")
    with qtbot.waitSignal(bar.filter_changed, timeout=100) as blocker:
        qtbot.mouseClick(bar.reset_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [FilterState()]
    assert bar.search.text() == "" and bar.status.currentIndex() == 0
    bar.set_count(3, 1200)
    assert bar.count.text() == "3 of 1,200 articles"
    bar.set_count(1, 1)
    assert bar.count.text() == "1 article"


def test_focus_search_selects_the_text(qtbot, bar):
    bar.search.setText("lama")
    bar.reset_button.setFocus()
    bar.focus_search()
    qtbot.waitUntil(bar.search.hasFocus)
    assert bar.search.selectedText() == "lama"
