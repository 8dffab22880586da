"""Guards the PySide6 pin: 6.12.0 aborts on Python 3.11 after thousands of calls returning None."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QLabel, QWidget


def test_pyside_version_is_pinned_below_6_12() -> None:
    major, minor = (int(part) for part in pyside_version.split(".")[:2])
    assert (6, 8) <= (major, minor) < (6, 12)


def test_ten_thousand_void_qt_calls(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    label = QLabel(widget)
    for number in range(10_000):
        # setText, setVisible and update all return None: the calls that crashed 6.12.0.
        label.setText(str(number))
        widget.update()
    assert label.text() == "9999"
