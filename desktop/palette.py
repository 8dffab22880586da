"""Light and dark palettes that follow the system colour scheme (Qt ≥ 6.5 reports it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


def dark_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for r, colour in ((role.Window, "#2b2b2b"), (role.WindowText, "#e6e6e6"), (role.Base, "#1f1f1f"),
                      (role.AlternateBase, "#2a2a2a"), (role.Text, "#e6e6e6"), (role.Button, "#353535"),
                      (role.ButtonText, "#e6e6e6"), (role.ToolTipBase, "#353535"),
                      (role.ToolTipText, "#e6e6e6"), (role.Highlight, "#2f65ca"),
                      (role.HighlightedText, "#ffffff"), (role.Link, "#6ea8fe"),
                      (role.PlaceholderText, "#9a9a9a"), (role.Light, "#4a4a4a"),
                      (role.Midlight, "#404040"), (role.Mid, "#5a5a5a"), (role.Dark, "#202020")):
        palette.setColor(r, QColor(colour))
    for r in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, r, QColor("#7a7a7a"))
    return palette


def apply_system_scheme(app: QApplication) -> None:
    """Dark palette when the system asks for dark and the style did not provide one, else standard."""
    scheme = app.styleHints().colorScheme()
    is_dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    if scheme == Qt.ColorScheme.Dark and not is_dark:
        app.setPalette(dark_palette())
    elif scheme == Qt.ColorScheme.Light and is_dark:
        app.setPalette(app.style().standardPalette())


def follow_system_scheme(app: QApplication) -> None:
    apply_system_scheme(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_system_scheme(app))
