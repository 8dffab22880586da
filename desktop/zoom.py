"""Zooming the article text (Ctrl+=, Ctrl+-, Ctrl+0, Ctrl+wheel), remembered with the window layout."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence

from desktop.settings import settings
from widgets.article_view import ArticleView

ZOOM_KEY = "window/zoom"


def restore_zoom(view: ArticleView) -> None:
    value = settings().value(ZOOM_KEY, 0)
    try:
        step = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        step = 0
    view.set_zoom(step)


def save_zoom(view: ArticleView) -> None:
    store = settings()
    store.setValue(ZOOM_KEY, view.zoom())
    store.sync()


def zoom_handlers(view: ArticleView) -> dict[str, Callable[[], object]]:
    """Handlers for the View menu's zoom actions; each change is saved at once."""

    def zoom_to(step: int) -> None:
        view.set_zoom(step)
        save_zoom(view)

    return {"view.zoom_in": lambda: zoom_to(view.zoom() + 1),
            "view.zoom_out": lambda: zoom_to(view.zoom() - 1),
            "view.zoom_reset": lambda: zoom_to(0)}


def add_zoom_shortcuts(actions: dict[str, QAction]) -> None:
    """Ctrl++ (and the platform's zoom keys) work as well as Ctrl+= and Ctrl+-."""
    for action_id, extra in (("view.zoom_in", ("Ctrl++", QKeySequence.StandardKey.ZoomIn)),
                             ("view.zoom_out", (QKeySequence.StandardKey.ZoomOut,))):
        action = actions.get(action_id)
        if action is None:
            continue
        keys = [action.shortcut()]
        for key in extra:
            for sequence in ([QKeySequence(key)] if isinstance(key, str) else QKeySequence.keyBindings(key)):
                if sequence not in keys:
                    keys.append(sequence)
        action.setShortcuts(keys)
