"""Span colours stay readable on a dark palette; rendering a view on one works."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QPalette

from models.default_schema import DEFAULT_LABELS
from tests.widgets.widget_fakes import LABELS, Span
from widgets.article_view import ROLE_COLOURS, ArticleView
from widgets.colours import contrast, readable

DARK_BASE = QColor("#1f1f1f")


def test_every_default_and_role_colour_stands_out_on_dark() -> None:
    for colour in [label.colour for label in DEFAULT_LABELS] + list(ROLE_COLOURS.values()):
        assert contrast(readable(colour, DARK_BASE), DARK_BASE) >= 3.0, colour


def test_light_palette_keeps_the_schema_colours() -> None:
    for label in DEFAULT_LABELS:
        assert readable(label.colour, QColor("#ffffff")).name() == label.colour


def test_view_renders_on_a_dark_palette(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = ArticleView()
    qtbot.addWidget(view)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, DARK_BASE)
    palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    view.setPalette(palette)
    view.set_labels(LABELS)
    text = "Presiden Joko bertemu Perdana Menteri di Tokyo."
    view.set_article(text, [Span("p", 9, 13, "PERSON", state="accepted"),
                            Span("e", 14, 21, "CONSULT", kind="event")])
    view.select_span("e")
    view.set_role_links([("p", "SOURCE", "accepted")])
    view.resize(500, 200)
    out = tmp_path / "dark.png"
    assert view.grab().save(str(out))
    assert out.stat().st_size > 1000
