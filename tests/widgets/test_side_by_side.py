"""SideBySideView: aligned pairs, conflicting roles flagged, and a pair selects both mentions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from widget_fakes import LABELS, Span, tokenize

from widgets.side_by_side import FIRST_ROLE_COLUMN, ROLES, SideArticle, SideBySideView

LEFT = ("Presiden Joko Widodo bertemu Perdana Menteri Anwar Ibrahim di Istana Merdeka, Jakarta, pada "
        "Senin (12/2).\n\nKedua pemimpin sepakat memperkuat kerja sama perdagangan.\n\n"
        + "Isi berita. " * 250
        + "\n\nKementerian Luar Negeri menuduh kelompok itu menyebarkan informasi palsu.")
RIGHT = ("Jokowi menerima kunjungan Anwar Ibrahim di Bogor, Selasa (13/2). Keduanya menyepakati "
         "peningkatan perdagangan.\n\n" + "Teks lain. " * 250
         + "\n\nKemlu menuding pihak itu menyebar hoaks.")


def span(text: str, span_id: str, word: str, label: str, kind: str = "event") -> Span:
    start = text.index(word)
    return Span(span_id, start, start + len(word), label, kind, "accepted")


@dataclass(frozen=True)
class Role:
    role: str
    left: str
    right: str
    conflict: bool = False


@dataclass(frozen=True)
class Pair:
    card_title: str
    left_id: str
    right_id: str
    left_text: str
    right_text: str
    roles: tuple[Role, ...]


PAIRS = (
    Pair("Jokowi bertemu Anwar", "l-meet", "r-meet", "bertemu", "menerima kunjungan", (
        Role("SOURCE", "Joko Widodo", "Jokowi"), Role("TARGET", "Anwar Ibrahim", "Anwar Ibrahim"),
        Role("PLACE", "Jakarta", "Bogor", True), Role("TIME", "Senin (12/2)", "Selasa (13/2)"))),
    Pair("RI-Malaysia sepakat dagang", "l-agree", "r-agree", "sepakat", "menyepakati", (
        Role("SOURCE", "Kedua pemimpin", ""), Role("TARGET", "", ""), Role("PLACE", "", ""),
        Role("TIME", "", ""))),
    Pair("Kemlu menuduh penyebar hoaks", "l-accuse", "r-accuse", "menuduh", "menuding", (
        Role("SOURCE", "Kementerian Luar Negeri", "Kemlu", True), Role("TARGET", "", ""),
        Role("PLACE", "", ""), Role("TIME", "", ""))),
)


@pytest.fixture
def view(qtbot):
    widget = SideBySideView()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    left = SideArticle("Jokowi dan Anwar bahas perdagangan", "Kompas", dt.date(2024, 2, 12), LEFT,
                       (span(LEFT, "l-meet", "bertemu", "CONSULT"), span(LEFT, "l-agree", "sepakat", "AGREE"),
                        span(LEFT, "l-accuse", "menuduh", "ACCUSE"),
                        span(LEFT, "l-jakarta", "Jakarta", "GPE", "entity")), tokenize(LEFT), LABELS)
    right = SideArticle("Anwar kunjungi Jokowi di Bogor", "Tempo", dt.date(2024, 2, 13), RIGHT,
                        (span(RIGHT, "r-meet", "menerima kunjungan", "CONSULT"),
                         span(RIGHT, "r-agree", "menyepakati", "AGREE"),
                         span(RIGHT, "r-accuse", "menuding", "ACCUSE")), tokenize(RIGHT), LABELS)
    widget.set_articles(left, right, PAIRS)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_conflicts_are_counted_flagged_and_explained(view):
    assert view.conflict_count() == 2
    assert "3 linked events" in view.summary.text() and "2 conflicts" in view.summary.text()
    place = view.table.item(0, FIRST_ROLE_COLUMN + ROLES.index("PLACE"))
    assert place.text() == "⚠ Jakarta | Bogor"
    assert place.toolTip() == "PLACE differs: Jakarta vs Bogor"
    assert place.background().color().red() > place.background().color().green()
    source = view.table.item(0, FIRST_ROLE_COLUMN)
    assert source.text() == "Joko Widodo | Jokowi" and "⚠" not in source.text()
    assert source.background().style() == Qt.BrushStyle.NoBrush
    assert view.table.item(1, FIRST_ROLE_COLUMN).text() == "Kedua pemimpin | —"
    assert view.table.item(1, FIRST_ROLE_COLUMN + 1).text() == "—"


def test_no_conflicts_says_so(view):
    calm = tuple(Pair(p.card_title, p.left_id, p.right_id, p.left_text, p.right_text,
                      tuple(Role(r.role, r.left, r.right) for r in p.roles)) for p in PAIRS[:1])
    left = SideArticle("A", "Kompas", None, LEFT, (span(LEFT, "l-meet", "bertemu", "CONSULT"),))
    right = SideArticle("B", None, None, RIGHT, (span(RIGHT, "r-meet", "menerima kunjungan", "CONSULT"),))
    view.set_articles(left, right, calm)
    assert view.conflict_count() == 0
    assert "1 linked event" in view.summary.text() and "no conflicts" in view.summary.text()
    assert view.table.horizontalHeaderItem(2).text() == "Right"


def test_clicking_a_pair_selects_and_shows_both_mentions(qtbot, view):
    rect = view.table.visualRect(view.table.model().index(2, 0))
    with qtbot.waitSignal(view.pair_selected) as blocker:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["l-accuse", "r-accuse"]
    assert view.left.view.selected_span_id() == "l-accuse"
    assert view.right.view.selected_span_id() == "r-accuse"
    for side in (view.left.view, view.right.view):  # far down the text, scrolled into view
        assert side.verticalScrollBar().value() > 0
        assert side.viewport().rect().intersects(side.span_rect(side.selected_span_id()))
    with qtbot.waitSignal(view.pair_selected) as moved:
        qtbot.keyClick(view.table, Qt.Key.Key_Up)
    assert moved.args == ["l-agree", "r-agree"]
    assert view.right.view.selected_span_id() == "r-agree"


def test_select_pair_does_not_emit_and_clicking_a_mention_selects_its_pair(qtbot, view):
    with qtbot.assertNotEmitted(view.pair_selected):
        view.select_pair(0)
    assert view.current_pair() == 0
    assert view.left.view.selected_span_id() == "l-meet"
    rect = view.right.view.span_rect("r-agree")
    with qtbot.waitSignal(view.pair_selected) as blocker:
        qtbot.mouseClick(view.right.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["l-agree", "r-agree"]
    assert view.current_pair() == 1
    view.select_pair(-1)
    assert view.current_pair() == -1 and view.left.view.selected_span_id() is None


def test_render(view):
    view.select_pair(0)
    view.layout().activate()
    view.grab().save("/tmp/kl/side_by_side.png")
