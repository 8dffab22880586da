"""EventCardsPanel: search, sort, suggested styling, and the merge, split, unlink and confirm requests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from widgets.card_models import STATE_ROLE, CardColumn
from widgets.event_cards import EventCardsPanel


@dataclass(frozen=True)
class Card:
    id: str
    title: str
    event_type: str | None = "CONSULT"
    date: dt.date | None = dt.date(2024, 2, 12)
    place: str | None = "Jakarta"
    participants: tuple[str, ...] = ("Joko Widodo", "Anwar Ibrahim")
    outlet_count: int = 2
    article_count: int = 2
    mention_count: int = 3
    state: str = "accepted"


@dataclass(frozen=True)
class Member:
    id: str
    article_id: int = 1
    outlet: str | None = "Kompas"
    article_title: str | None = "Presiden bertemu Perdana Menteri"
    published: dt.date | None = dt.date(2024, 2, 12)
    label: str = "CONSULT"
    text: str = "bertemu"
    sentence: str = "Presiden Joko Widodo bertemu Perdana Menteri Anwar Ibrahim di Jakarta."
    link_state: str = "confirmed"


CARDS = (
    Card("c1", "Jokowi bertemu Anwar di Jakarta", date=dt.date(2024, 2, 12)),
    Card("c2", "Kemlu menuduh kelompok menyebar hoaks", "ACCUSE", dt.date(2024, 1, 3), None,
         ("Kementerian Luar Negeri",), state="suggested"),
    Card("c3", "Bantuan beras untuk Gaza", "AID", dt.date(2024, 3, 30), "Gaza", ("Indonesia", "UNRWA")),
    Card("c4", "Kesepakatan dagang RI-Malaysia", "AGREE", None, "Kuala Lumpur", ("Indonesia", "Malaysia"),
         state="suggested"),
)
MEMBERS = (
    Member("m1"),
    Member("m2", 2, "Tempo", published=dt.date(2024, 2, 13), link_state="suggested",
           sentence="Jokowi menerima kunjungan Anwar Ibrahim di Istana Merdeka, Jakarta, Senin."),
    Member("m3", 3, "Detik", text="menemui"),
)


@pytest.fixture
def panel(qtbot):
    widget = EventCardsPanel()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.set_cards(CARDS)
    widget.card_selected.connect(lambda card_id: widget.set_members(card_id, MEMBERS))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_ids(panel: EventCardsPanel) -> list[str]:
    proxy = panel.proxy
    return [panel.cards_model.rows[proxy.mapToSource(proxy.index(row, 0)).row()].id
            for row in range(proxy.rowCount())]


def click_card(qtbot, panel: EventCardsPanel, card_id: str, modifier=Qt.KeyboardModifier.NoModifier):
    row = shown_ids(panel).index(card_id)
    rect = panel.cards.visualRect(panel.proxy.index(row, CardColumn.PLACE))
    qtbot.mouseClick(panel.cards.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def click_member(qtbot, panel: EventCardsPanel, row: int, modifier=Qt.KeyboardModifier.NoModifier):
    rect = panel.members.visualRect(panel.members_model.index(row, 0))
    qtbot.mouseClick(panel.members.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_search_filters_title_type_place_and_participants(qtbot, panel):
    assert panel.count.text() == "4 cards (2 suggested)"
    panel.focus_search()
    qtbot.keyClicks(panel.search, "anwar")
    assert shown_ids(panel) == ["c1"]
    assert panel.count.text() == "1 of 4 cards (2 suggested)"
    for text, expected in (("AID", ["c3"]), ("kuala", ["c4"]), ("luar negeri", ["c2"]), ("zzz", [])):
        panel.search.setText(text)
        assert shown_ids(panel) == expected
    qtbot.keyClick(panel.search, Qt.Key.Key_Escape)
    assert panel.search.text() == ""
    assert len(shown_ids(panel)) == 4


def test_clicking_the_date_header_sorts_by_date(qtbot, panel):
    header = panel.cards.horizontalHeader()
    x = header.sectionViewportPosition(CardColumn.DATE) + header.sectionSize(CardColumn.DATE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert shown_ids(panel) == ["c4", "c2", "c1", "c3"]  # no date first, then oldest to newest
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert shown_ids(panel) == ["c3", "c1", "c2", "c4"]


def test_suggested_cards_are_italic_and_marked(panel):
    model = panel.cards_model
    suggested, accepted = model.index(1, CardColumn.TITLE), model.index(0, CardColumn.TITLE)
    assert model.data(suggested, STATE_ROLE) == "suggested"
    assert model.data(suggested, Qt.ItemDataRole.FontRole).italic()
    assert model.data(accepted, Qt.ItemDataRole.FontRole) is None
    assert "Ctrl+Return confirms" in model.data(suggested, Qt.ItemDataRole.ToolTipRole)


def test_two_selected_cards_and_ctrl_m_request_a_merge(qtbot, panel):
    click_card(qtbot, panel, "c1")
    assert not panel.merge_button.isEnabled()
    click_card(qtbot, panel, "c3", Qt.KeyboardModifier.ControlModifier)
    assert panel.selected_cards() == ["c1", "c3"]
    assert panel.merge_button.isEnabled()
    with qtbot.waitSignal(panel.merge_requested) as blocker:
        qtbot.keyClick(panel.cards, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [["c1", "c3"]]


def test_selecting_a_card_asks_for_its_members_and_enter_focuses_them(qtbot, panel):
    with qtbot.waitSignal(panel.card_selected) as blocker:
        click_card(qtbot, panel, "c2")
    assert blocker.args == ["c2"]
    assert panel.current_card() == "c2"
    assert panel.members_model.rowCount() == 3
    assert "Kemlu menuduh" in panel.members_heading.text()
    panel.cards.setFocus()
    qtbot.keyClick(panel.cards, Qt.Key.Key_Return)
    qtbot.waitUntil(panel.members.hasFocus)
    assert panel.selected_members() == ["m1"]
    with qtbot.waitSignal(panel.member_activated) as opened:
        qtbot.keyClick(panel.members, Qt.Key.Key_Return)
    assert opened.args == ["m1"]


def test_some_members_and_ctrl_shift_m_request_a_split(qtbot, panel):
    click_card(qtbot, panel, "c1")
    click_member(qtbot, panel, 0)
    click_member(qtbot, panel, 2, Qt.KeyboardModifier.ControlModifier)
    assert panel.selected_members() == ["m1", "m3"]
    assert panel.split_button.isEnabled() and panel.unlink_button.isEnabled()
    with qtbot.waitSignal(panel.split_requested) as blocker:
        qtbot.keyClick(panel.members, Qt.Key.Key_M,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert blocker.args == ["c1", ["m1", "m3"]]
    with qtbot.waitSignal(panel.unlink_requested) as unlinked:
        qtbot.keyClick(panel.members, Qt.Key.Key_U)
    assert unlinked.args == [["m1", "m3"]]


def test_split_needs_some_but_not_all_members(qtbot, panel):
    click_card(qtbot, panel, "c1")
    assert not panel.split_button.isEnabled() and not panel.unlink_button.isEnabled()
    panel.members.setFocus()
    qtbot.keyClick(panel.members, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(panel.selected_members()) == 3
    assert not panel.split_button.isEnabled()
    assert panel.unlink_button.isEnabled()
    with qtbot.assertNotEmitted(panel.split_requested):
        qtbot.keyClick(panel.members, Qt.Key.Key_M,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(panel.unlink_requested) as blocker:
        qtbot.keyClick(panel.members, Qt.Key.Key_Delete)
    assert blocker.args == [["m1", "m2", "m3"]]


def test_confirm_only_for_a_suggested_card(qtbot, panel):
    click_card(qtbot, panel, "c1")
    assert not panel.confirm_button.isEnabled()
    with qtbot.assertNotEmitted(panel.confirm_requested):
        qtbot.keyClick(panel.cards, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    click_card(qtbot, panel, "c4")
    assert panel.confirm_button.isEnabled()
    with qtbot.waitSignal(panel.confirm_requested) as blocker:
        qtbot.keyClick(panel.cards, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == ["c4"]
    with qtbot.waitSignal(panel.confirm_requested):
        qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)


def test_set_cards_keeps_selection_and_current(qtbot, panel):
    click_card(qtbot, panel, "c1")
    click_card(qtbot, panel, "c3", Qt.KeyboardModifier.ControlModifier)
    with qtbot.assertNotEmitted(panel.card_selected):
        panel.set_cards([*CARDS[:3], Card("c5", "Baru")])
    assert panel.selected_cards() == ["c1", "c3"]
    assert panel.current_card() == "c3"
    assert panel.members_model.rowCount() == 3
    # The current card merged away: the other selected card becomes current and is asked for.
    with qtbot.waitSignal(panel.card_selected) as blocker:
        panel.set_cards([CARDS[0], Card("c5", "Baru")])
    assert blocker.args == ["c1"]
    assert panel.current_card() == "c1"


def test_f2_edits_the_title_and_requests_a_rename(qtbot, panel):
    click_card(qtbot, panel, "c1")
    panel.cards.setFocus()
    qtbot.keyClick(panel.cards, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not panel.cards and editor.text() == CARDS[0].title
    editor.selectAll()
    qtbot.keyClicks(editor, "Pertemuan Jokowi-Anwar")
    with qtbot.waitSignal(panel.rename_requested) as blocker:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert blocker.args == ["c1", "Pertemuan Jokowi-Anwar"]
    assert panel.cards_model.rows[0].title == CARDS[0].title  # the widget changes nothing itself


def test_render(qtbot, panel):
    click_card(qtbot, panel, "c1")
    click_member(qtbot, panel, 1)
    panel.grab().save("/tmp/kl/event_cards.png")
