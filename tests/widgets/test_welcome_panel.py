"""WelcomePanel: each button asks for its way of getting articles in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from widgets.welcome_panel import WelcomePanel


@pytest.mark.parametrize(
    ("button", "signal"),
    [
        ("sample_button", "sample_requested"),
        ("files_button", "import_files_requested"),
        ("folder_button", "import_folder_requested"),
        ("merge_button", "merge_requested"),
    ],
)
def test_buttons_emit_their_requests(qtbot, button, signal):
    panel = WelcomePanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    with qtbot.waitSignal(getattr(panel, signal)):
        qtbot.mouseClick(getattr(panel, button), Qt.MouseButton.LeftButton)
