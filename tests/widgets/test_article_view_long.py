"""ArticleView on a long one-paragraph article: fills follow scrolling; zoom steps and clamps."""

from __future__ import annotations

from widget_fakes import LABELS, Span

from widgets.article_view import ArticleView

WORD = "Presiden "
TEXT = WORD * 5000  # 45,000 characters, one block


def _filled_starts(view: ArticleView) -> set[int]:
    return {s.cursor.selectionStart() for s in view.extraSelections()}


def test_fills_cover_the_visible_text_only_and_follow_scrolling(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.set_labels(LABELS)
    spans = [Span(f"s{i}", i * len(WORD), i * len(WORD) + 8, "PERSON") for i in range(0, 5000, 2)]
    view.set_article(TEXT, spans)
    view.show()
    qtbot.waitExposed(view)
    assert 0 in _filled_starts(view)
    assert len(view.extraSelections()) < len(spans) / 2
    last = spans[-1]
    view.select_span(last.id)  # scrolls to the end
    assert last.start in _filled_starts(view)
    assert 0 not in _filled_starts(view)


def test_zoom_steps_are_clamped(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = ArticleView()
    qtbot.addWidget(view)
    size = view.font().pointSizeF()
    view.set_zoom(3)
    assert view.zoom() == 3 and view.font().pointSizeF() > size
    view.set_zoom(100)
    assert view.zoom() == ArticleView.ZOOM_STEPS[1]
    view.set_zoom(0)
    assert view.font().pointSizeF() == size
