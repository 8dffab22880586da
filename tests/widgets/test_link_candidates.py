"""CandidateList: the target header, the ranked candidates and the keys that ask to link."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from widget_fakes import LABELS

from widgets.link_candidates import KEY_HINT, NO_CANDIDATES, NO_TARGET, CandidateList


@dataclass(frozen=True)
class Target:
    id: str
    label: str = "CONSULT"
    text: str = "bertemu"
    card_id: str | None = None
    card_title: str | None = None
    link_state: str | None = None


@dataclass(frozen=True)
class Candidate:
    id: str
    kind: str
    title: str
    event_type: str | None = "CONSULT"
    outlet: str | None = "3 outlets"
    article_id: int | None = 7
    score: float = 0.8
    reasons: tuple[str, ...] = ("same type", "2 shared participants", "1 day apart")


CANDIDATES = (
    Candidate("card-1", "card", "Jokowi bertemu Anwar di Jakarta", score=0.91,
              reasons=("same type CONSULT", "Joko Widodo and Anwar Ibrahim in both", "same day",
                       "same place: Jakarta", "title words shared: bertemu, Anwar")),
    Candidate("m-17", "mention", "“menemui” — Anwar temui Jokowi di Istana", outlet="Tempo", score=0.64),
    Candidate("card-2", "card", "Pertemuan bilateral RI-Malaysia 2023", outlet="2 outlets", score=0.31,
              reasons=("same participants", "11 months apart")),
)


@pytest.fixture
def panel(qtbot):
    widget = CandidateList()
    qtbot.addWidget(widget)
    widget.resize(460, 520)
    widget.set_labels(LABELS)
    widget.set_target(Target("e1"), CANDIDATES)
    widget.show()
    qtbot.waitExposed(widget)
    widget.list.setFocus()
    return widget


def test_first_candidate_is_current_and_space_assigns_it(qtbot, panel):
    assert panel.current_candidate() == CANDIDATES[0]
    with qtbot.waitSignal(panel.assign_requested) as blocker:
        qtbot.keyClick(panel.list, Qt.Key.Key_Space)
    assert blocker.args == ["card", "card-1"]


def test_up_down_move_clamped_and_keys_use_the_current_candidate(qtbot, panel):
    qtbot.keyClick(panel.list, Qt.Key.Key_Up)
    assert panel.current_candidate() == CANDIDATES[0]
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    assert panel.current_candidate() == CANDIDATES[1]
    with qtbot.waitSignal(panel.reject_requested) as rejected:
        qtbot.keyClick(panel.list, Qt.Key.Key_Backspace)
    assert rejected.args == ["mention", "m-17"]
    with qtbot.waitSignal(panel.compare_requested) as compared:
        qtbot.keyClick(panel.list, Qt.Key.Key_V)
    assert compared.args == ["mention", "m-17"]
    for _ in range(5):
        qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    assert panel.current_candidate() == CANDIDATES[2]
    with qtbot.waitSignal(panel.assign_requested) as assigned:
        qtbot.keyClick(panel.list, Qt.Key.Key_Space)
    assert assigned.args == ["card", "card-2"]
    panel.step(-10)
    assert panel.current_candidate() == CANDIDATES[0]


def test_ctrl_space_asks_for_a_new_card_even_without_candidates(qtbot, panel):
    panel.set_target(Target("e2"), [])
    assert panel.empty_text() == NO_CANDIDATES
    assert panel.current_candidate() is None
    with qtbot.waitSignal(panel.new_card_requested):
        qtbot.keyClick(panel.list, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    with qtbot.assertNotEmitted(panel.assign_requested):
        qtbot.keyClick(panel.list, Qt.Key.Key_Space)


def test_unlink_only_when_the_target_is_in_a_card(qtbot, panel):
    with qtbot.assertNotEmitted(panel.unlink_requested):
        qtbot.keyClick(panel.list, Qt.Key.Key_U)
    assert "not linked" in panel.card_line.text()
    panel.set_target(Target("e1", card_id="card-1", card_title="Jokowi bertemu Anwar",
                            link_state="suggested"), CANDIDATES)
    assert "in card: <b>Jokowi bertemu Anwar</b>" in panel.card_line.text()
    assert "suggested" in panel.card_line.text() and "confirms" in panel.card_line.text()
    with qtbot.waitSignal(panel.unlink_requested):
        qtbot.keyClick(panel.list, Qt.Key.Key_U)


def test_no_target_shows_what_to_do_and_ignores_keys(qtbot, panel):
    panel.set_target(None, CANDIDATES)
    assert panel.empty_text() == NO_TARGET
    assert panel.model.rowCount() == 0
    assert not panel.chip.isVisible()
    with qtbot.assertNotEmitted(panel.new_card_requested):
        qtbot.keyClick(panel.list, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert panel.hint.text() == KEY_HINT


def test_resetting_the_same_target_keeps_the_current_candidate(qtbot, panel):
    panel.step(2)
    panel.set_target(Target("e1"), CANDIDATES[1:])
    assert panel.current_candidate() == CANDIDATES[2]
    panel.set_target(Target("e3"), CANDIDATES)
    assert panel.current_candidate() == CANDIDATES[0]


def test_double_click_activates_a_candidate(qtbot, panel):
    rect = panel.list.visualRect(panel.model.index(1, 0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.current_candidate() == CANDIDATES[1]
    with qtbot.waitSignal(panel.candidate_activated) as blocker:
        qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["mention", "m-17"]


def test_rows_are_tall_enough_for_their_wrapped_reasons(panel):
    first = panel.list.visualRect(panel.model.index(0, 0))
    last = panel.list.visualRect(panel.model.index(2, 0))
    assert first.height() > last.height()  # five reasons wrap onto more lines than two
    assert last.height() >= 2 * panel.list.fontMetrics().height()


def grab(panel, path):
    panel.layout().activate()
    panel.grab().save(path)


def test_render(qtbot, panel):
    grab(panel, "/tmp/kl/candidates.png")
    panel.set_target(Target("e1", card_id="card-1", card_title="Jokowi bertemu Anwar di Jakarta",
                            link_state="suggested"), CANDIDATES)
    panel.step(1)
    grab(panel, "/tmp/kl/candidates_linked.png")
    panel.set_target(Target("e2", label="AID", text="bantuan"), [])
    grab(panel, "/tmp/kl/candidates_empty.png")
    panel.set_target(None, [])
    grab(panel, "/tmp/kl/candidates_none.png")
