"""The selected event's roles: SOURCE, TARGET, PLACE and TIME, with their entities."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from widgets.article_view import ROLE_COLOURS
from widgets.role_picker import ROLE_KEY_NAMES

ROLES = ("SOURCE", "TARGET", "PLACE", "TIME")
_ROLE_HELP = {"SOURCE": "who acts", "TARGET": "toward whom", "PLACE": "where", "TIME": "when"}


@dataclass(frozen=True)
class RoleItem:
    """One link of the selected event to an entity, as the panel shows it."""

    id: str
    role: str
    entity_id: str
    entity_text: str
    entity_label: str
    state: str  # "suggested" or "accepted"


class RolesPanel(QWidget):
    """Four role rows for the selected event; suggested links are italic with an accept button.

    Signals:
        pick_requested(str role): the user clicked a role's "Pick" button.
        accept_requested(str role_id): the user clicked ✓ on a suggested link.
        remove_requested(str role_id): the user clicked ✕ on a link.
    """

    pick_requested = Signal(str)
    accept_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        heading = QLabel("<b>Event roles</b>")
        self.summary = QLabel()
        self.summary.setObjectName("rolesSummary")
        self.summary.setWordWrap(True)
        self._body = QWidget()
        self._grid = QGridLayout(self._body)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(4)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnMinimumWidth(0, 10)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self._body)
        self._buttons: dict[tuple[str, str], QToolButton] = {}
        self.set_event(None, [])

    def set_event(self, title: str | None, items: Sequence[RoleItem], picking: str = "") -> None:
        """Show the roles of an event (title such as 'CONSULT “bertemu”'), or a hint when None."""
        while (child := self._grid.takeAt(0)) is not None:
            if child.widget() is not None:
                child.widget().deleteLater()
        self._buttons = {}
        if title is None:
            self.summary.setText("<span style='color:gray'>Select an event to see and pick its "
                                 "SOURCE, TARGET, PLACE and TIME.</span>")
            self._body.setVisible(False)
            return
        self._body.setVisible(True)
        hint = (f"Picking <b>{picking}</b>: Tab to an entity and press Enter, or click it. Esc cancels."
                if picking else "Shift+S/T/P/W picks a role, Shift+Enter accepts the suggested "
                "ones (shown with ?), Ctrl+click cycles an entity's role.")
        self.summary.setText(f"{_escape(title)}<br><span style='color:gray'>{hint}</span>")
        row = 0
        for role in ROLES:
            tag = QLabel(role)
            tag.setAlignment(Qt.AlignmentFlag.AlignCenter)
            tag.setToolTip(f"{role}: {_ROLE_HELP[role]} — {ROLE_KEY_NAMES[role]}")
            tag.setStyleSheet(f"background:{ROLE_COLOURS[role]}; color:white; border-radius:3px;"
                              "padding:1px 4px; font-weight:bold;")
            tag.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            pick = QToolButton()
            pick.setText(ROLE_KEY_NAMES[role])
            pick.setToolTip(f"Pick the {role} ({_ROLE_HELP[role]}) in the text")
            pick.setCheckable(True)
            pick.setChecked(picking == role)
            pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            pick.clicked.connect(lambda _=False, r=role: self.pick_requested.emit(r))
            mine = [item for item in items if item.role == role]
            self._grid.addWidget(tag, row, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
            self._grid.addWidget(pick, row, 2, 1, 2, Qt.AlignmentFlag.AlignRight)
            row += 1
            if not mine:
                self._grid.addWidget(QLabel("<span style='color:gray'>none</span>"), row, 1)
                row += 1
            for item in mine:
                text = QLabel()
                text.setToolTip(f"{item.entity_label} · {item.state}")
                text.setTextFormat(Qt.TextFormat.RichText)
                label = f"<span style='color:gray'>{item.entity_label}</span>"
                if item.state == "accepted":
                    text.setText(f"{_escape(_short(item.entity_text))} {label}")
                else:
                    text.setText(f"<i>{_escape(_short(item.entity_text))}?</i> {label}")
                    self._grid.addWidget(self._button("✓", "Accept this suggested role (Shift+Enter "
                                                      "accepts all)", item.id, self.accept_requested),
                                         row, 2)
                self._grid.addWidget(text, row, 1)
                self._grid.addWidget(self._button("✕", "Remove this role", item.id,
                                                  self.remove_requested), row, 3)
                row += 1

    def button(self, role_id: str, symbol: str) -> QToolButton | None:
        """The ✓ or ✕ button of a link (for tests)."""
        return self._buttons.get((role_id, symbol))

    def _button(self, symbol: str, tip: str, role_id: str, signal: Signal) -> QToolButton:
        button = QToolButton()
        button.setText(symbol)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _=False: signal.emit(role_id))  # type: ignore[attr-defined]
        self._buttons[(role_id, symbol)] = button
        return button


def _short(text: str, limit: int = 26) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
