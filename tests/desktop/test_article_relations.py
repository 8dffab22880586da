"""A syndicated copy says so in its header; clicking the relation opens the two articles side by side."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from desktop.side_by_side_dialog import SideBySideDialog
from models import articles
from tests.desktop.conftest import import_with_menu
from tests.gold.linking.clusters import HERE as LINKING
from tests.gold.linking.clusters import SYNDICATED

COPY, ORIGINAL = SYNDICATED[0]  # Tribunnews reprints ANTARA


def _open(window, name: str) -> int:  # type: ignore[no-untyped-def]
    article = next(a for a in articles.list_articles() if a.source_file.endswith(name))
    window.open_article(article.id)
    return article.id


def test_the_copy_names_its_original_and_a_click_compares_them(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    other = "14_detik_amm_vientiane.txt"
    import_with_menu(qtbot, window, [LINKING / COPY, LINKING / ORIGINAL, LINKING / other], monkeypatch)
    relations = window.review.relations
    assert relations.isHidden(), "no relation is known before linking"

    window.actions["link.project"].trigger()  # Link > Suggest Cards for the Whole Project
    assert window.job is not None
    job = window.job  # held: the window lets go of its job when it finishes
    with qtbot.waitSignal(job.finished, timeout=120_000):
        pass
    copy = _open(window, COPY)
    qtbot.waitUntil(relations.isVisible)
    assert "ANTARA" in relations.text() and "shared" in relations.text()

    _open(window, other)  # an article on another event has no relation
    assert relations.isHidden()

    original = _open(window, COPY) and _open(window, ORIGINAL)
    assert relations.isVisible() and "Tribunnews" in relations.text()
    # The line opens with the related article's outlet and title as a link: click on it.
    on_link = QPoint(12, relations.fontMetrics().height() // 2)
    qtbot.mouseClick(relations, Qt.MouseButton.LeftButton, pos=on_link)
    qtbot.waitUntil(lambda: any(isinstance(w, SideBySideDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, SideBySideDialog) and w.isVisible())
    assert {dialog.left, dialog.right} == {original, copy}
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
