"""LabelLegend: chips grouped by kind; clicking one reports its label."""

from __future__ import annotations

from PySide6.QtCore import Qt
from widget_fakes import LABELS

from widgets.label_legend import LabelLegend


def test_clicking_a_chip_emits_its_label(qtbot):
    legend = LabelLegend()
    qtbot.addWidget(legend)
    legend.set_labels(LABELS)
    legend.resize(220, 300)
    legend.show()
    qtbot.waitExposed(legend)
    for name in ("PERSON", "COOPERATE"):
        chip = legend.chip(name)
        assert chip is not None
        assert chip.isVisible()
        assert chip.geometry().right() < 220
        with qtbot.waitSignal(legend.label_clicked) as blocker:
            qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
        assert blocker.args == [name]


def test_chips_do_not_take_focus_and_groups_follow_labels(qtbot):
    legend = LabelLegend()
    qtbot.addWidget(legend)
    legend.set_labels([label for label in LABELS if label.kind == "entity"])
    legend.show()
    qtbot.waitExposed(legend)
    chip = legend.chip("ORG")
    assert chip is not None
    assert chip.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert legend.chip("AID") is None
    legend.set_labels(LABELS)
    assert legend.chip("AID") is not None
