"""Event cards: search and sort the cards, see a card's members, ask to confirm, merge, split or unlink."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from widgets.card_models import (
    ID_ROLE,
    CardColumn,
    CardFilter,
    CardModel,
    MemberColumn,
    MemberModel,
    TitleDelegate,
)
from widgets.link_records import CardRecord, MemberRecord
from widgets.record_table import style_record_table
from widgets.records import SUGGESTED

_Index = QModelIndex | QPersistentModelIndex
_CTRL = Qt.KeyboardModifier.ControlModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_MODS = _CTRL | _SHIFT | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _table(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    style_record_table(view, multi=True)
    return view


def _size_columns(view: QTableView, chars: dict[int, int], stretch: int) -> None:
    header = view.horizontalHeader()
    char = view.fontMetrics().averageCharWidth()
    model = view.model()
    for column, count in chars.items():
        name = str(model.headerData(column, Qt.Orientation.Horizontal))
        title = header.fontMetrics().horizontalAdvance(name)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, max(count * char, title + 22) + 20)  # room for the sort arrow
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def _button(text: str, tip: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setToolTip(tip)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys work from the tables
    return button


class EventCardsPanel(QWidget):
    """The event cards and the members of the current one; it shows records and asks for changes.

    Signals:
        card_selected(str): the current card changed (the shell answers with ``set_members``).
        member_activated(str): double-click or Enter on a member: open that event mention.
        merge_requested(list): Ctrl+M or Merge with two or more cards selected (their ids).
        split_requested(str, list): Ctrl+Shift+M or Split off: card id, the selected member ids
            (some but not all of the card's members).
        unlink_requested(list): Delete, U or Unlink on selected members (their ids).
        confirm_requested(str): Ctrl+Return or Confirm on a suggested current card.
        rename_requested(str, str): card id and its new title, after editing the Title cell (F2).
    """

    card_selected = Signal(str)
    member_activated = Signal(str)
    merge_requested = Signal(list)
    split_requested = Signal(str, list)
    unlink_requested = Signal(list)
    confirm_requested = Signal(str)
    rename_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        self._member_card: str | None = None

        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search cards: title, type, place, participants")
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("cardCount")

        self.cards_model = CardModel(lambda card_id, title: self.rename_requested.emit(card_id, title), self)
        self.proxy = CardFilter(self)
        self.proxy.setSourceModel(self.cards_model)
        self.cards = _table(self)
        self.cards.setObjectName("cardTable")
        self.cards.setModel(self.proxy)
        self.cards.setItemDelegateForColumn(CardColumn.TITLE, TitleDelegate(self.cards))
        self.cards.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.cards.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.cards.setSortingEnabled(True)
        # The title says type, participants, place and date already: it gets the room, and the
        # other columns scroll into view in a narrow dock instead of squeezing it to "…".
        _size_columns(self.cards, {CardColumn.TITLE: 40, CardColumn.TYPE: 10, CardColumn.DATE: 10,
                                   CardColumn.PLACE: 14, CardColumn.OUTLETS: 2, CardColumn.ARTICLES: 2},
                      CardColumn.PARTICIPANTS)

        self.members_model = MemberModel(self)
        self.members = _table(self)
        self.members.setObjectName("memberTable")
        self.members.setModel(self.members_model)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        _size_columns(self.members, {MemberColumn.OUTLET: 12, MemberColumn.DATE: 10,
                                     MemberColumn.TRIGGER: 12, MemberColumn.LINK: 13},
                      MemberColumn.SENTENCE)
        self.members_heading = QLabel(self)
        self.members_heading.setTextFormat(Qt.TextFormat.RichText)
        self.members_heading.setWordWrap(True)  # a long card title must not widen the panel

        self.confirm_button = _button("Confirm", "Confirm the suggested card (Ctrl+Return)", self)
        self.merge_button = _button("Merge", "Merge the selected cards into one (Ctrl+M)", self)
        self.split_button = _button("Split off", "Move the selected members to a new card (Ctrl+Shift+M)",
                                    self)
        self.unlink_button = _button("Unlink", "Take the selected members out of the card (Del or U)", self)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addSpacing(8)
        top.addWidget(self.count)
        card_bar = QHBoxLayout()
        card_bar.addWidget(self.confirm_button)
        card_bar.addWidget(self.merge_button)
        card_bar.addStretch(1)
        hint = QLabel("Enter: members · F2: rename · Ctrl+click: select several", self)
        hint.setStyleSheet("color: palette(placeholder-text);")
        hint.setWordWrap(True)  # wraps rather than widening the dock
        card_bar.addWidget(hint, 1)
        card_box = QWidget(self)
        card_layout = QVBoxLayout(card_box)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.setSpacing(6)
        card_layout.addLayout(top)
        card_layout.addWidget(self.cards, 1)
        card_layout.addLayout(card_bar)

        member_bar = QHBoxLayout()
        member_bar.addWidget(self.members_heading, 1)
        member_bar.addWidget(self.split_button)
        member_bar.addWidget(self.unlink_button)
        member_box = QWidget(self)
        member_layout = QVBoxLayout(member_box)
        member_layout.setContentsMargins(0, 6, 0, 0)
        member_layout.setSpacing(6)
        member_layout.addLayout(member_bar)
        member_layout.addWidget(self.members, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(card_box)
        splitter.addWidget(member_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

        self.search.textChanged.connect(self._on_search)
        self.cards.selectionModel().currentRowChanged.connect(self._on_current_card)
        self.cards.selectionModel().selectionChanged.connect(self._update_buttons)
        self.members.selectionModel().selectionChanged.connect(self._update_buttons)
        self.members.doubleClicked.connect(self._activate_member)
        self.confirm_button.clicked.connect(self._confirm)
        self.merge_button.clicked.connect(self._merge)
        self.split_button.clicked.connect(self._split)
        self.unlink_button.clicked.connect(self._unlink)
        for watched in (self.cards, self.members, self.search):
            watched.installEventFilter(self)
        self._update_count()
        self._show_members_heading()
        self._update_buttons()

    # ----------------------------------------------------------------- setters

    def set_cards(self, cards: Sequence[CardRecord]) -> None:
        """Replace the cards, keeping the selection, the current card and the scroll where possible."""
        current = self.current_card()
        selected = self.selected_cards()
        scroll = self.cards.verticalScrollBar().value()
        ids = {card.id for card in cards}
        if current not in ids:
            current = next((card_id for card_id in selected if card_id in ids), None)
        self._updating = True
        try:
            self.cards_model.set_rows(cards)
            self._restore_cards([card_id for card_id in selected if card_id in ids], current)
        finally:
            self._updating = False
        self.cards.verticalScrollBar().setValue(scroll)
        self._update_count()
        if current != self._member_card:
            self._clear_members()
            if current is not None:
                self.card_selected.emit(current)
        self._update_buttons()

    def set_members(self, card_id: str, members: Sequence[MemberRecord]) -> None:
        """The members of a card; ignored unless it is the current card. Keeps their selection."""
        if card_id != self.current_card():
            return
        keep = set(self.selected_members()) if card_id == self._member_card else set()
        current = self.members.currentIndex().row() if card_id == self._member_card else -1
        self._member_card = card_id
        self.members_model.set_rows(members)
        selection = self.members.selectionModel()
        for row, member in enumerate(members):
            if member.id in keep:
                selection.select(self.members_model.index(row, 0),
                                 QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
        if 0 <= current < len(members):
            selection.setCurrentIndex(self.members_model.index(current, 0),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)
        self._show_members_heading()
        self._update_buttons()

    def select_card(self, card_id: str | None) -> None:
        """Make a card current and the only selected one (clearing the search if it hides it)."""
        if card_id is not None and self._proxy_row(card_id) is None and self.search.text():
            self.search.clear()
        self._updating = True
        try:
            self._restore_cards([card_id] if card_id else [], card_id)
        finally:
            self._updating = False
        if card_id != self._member_card:
            self._clear_members()
            if card_id is not None and self.current_card() == card_id:
                self.card_selected.emit(card_id)
        self._update_buttons()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # ----------------------------------------------------------------- queries

    def current_card(self) -> str | None:
        index = self.cards.selectionModel().currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_cards(self) -> list[str]:
        """Selected card ids, top to bottom as shown."""
        rows = sorted(index.row() for index in self.cards.selectionModel().selectedRows())
        return [self.proxy.index(row, 0).data(ID_ROLE) for row in rows]

    def selected_members(self) -> list[str]:
        rows = sorted(index.row() for index in self.members.selectionModel().selectedRows())
        return [self.members_model.rows[row].id for row in rows]

    def card_record(self, card_id: str) -> CardRecord | None:
        return next((card for card in self.cards_model.rows if card.id == card_id), None)

    # ------------------------------------------------------------ user events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        editing = self.cards.state() == QAbstractItemView.State.EditingState  # keys from the title editor
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(
                event, QKeyEvent) and not editing:
            action = self._key_action(watched, event)
            if action is not None:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    action()
                return True
        return super().eventFilter(watched, event)

    def _key_action(self, watched: QObject, event: QKeyEvent) -> Callable[[], None] | None:
        key, mods = event.key(), event.modifiers() & _MODS
        if watched is self.search:
            if (key == Qt.Key.Key_Down and mods == Qt.KeyboardModifier.NoModifier) or key in _ENTER:
                return lambda: self.cards.setFocus(Qt.FocusReason.OtherFocusReason)
            if key == Qt.Key.Key_Escape and self.search.text():
                return self.search.clear
            return None
        if key == Qt.Key.Key_M and mods == _CTRL:
            return self._merge
        if key == Qt.Key.Key_M and mods == _CTRL | _SHIFT:
            return self._split
        if key in _ENTER and mods == _CTRL:
            return self._confirm
        plain = mods == Qt.KeyboardModifier.NoModifier
        if watched is self.cards and plain:
            if key in _ENTER:
                return self._focus_members
            if key == Qt.Key.Key_F2:
                return self._edit_title
        if watched is self.members and plain:
            if key in _ENTER:
                return self._activate_member
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_U):
                return self._unlink
            if key == Qt.Key.Key_Escape:
                return lambda: self.cards.setFocus(Qt.FocusReason.OtherFocusReason)
        return None

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _on_current_card(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._updating:
            return
        card_id = current.data(ID_ROLE) if current.isValid() else None
        if card_id is not None and card_id != self._member_card:
            self._clear_members()
            self.card_selected.emit(card_id)
        self._update_buttons()

    def _focus_members(self) -> None:
        self.members.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.members_model.rowCount() and not self.members.selectionModel().hasSelection():
            self.members.selectionModel().setCurrentIndex(
                self.members_model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _edit_title(self) -> None:
        index = self.cards.currentIndex()
        if index.isValid():
            self.cards.edit(index.siblingAtColumn(CardColumn.TITLE))

    def _activate_member(self, *_args: object) -> None:
        index = self.members.currentIndex()
        if index.isValid():
            self.member_activated.emit(self.members_model.rows[index.row()].id)

    def _confirm(self) -> None:
        if self.confirm_button.isEnabled():
            self.confirm_requested.emit(self.current_card())

    def _merge(self) -> None:
        if self.merge_button.isEnabled():
            self.merge_requested.emit(self.selected_cards())

    def _split(self) -> None:
        if self.split_button.isEnabled() and self._member_card is not None:
            self.split_requested.emit(self._member_card, self.selected_members())

    def _unlink(self) -> None:
        if self.unlink_button.isEnabled():
            self.unlink_requested.emit(self.selected_members())

    # ---------------------------------------------------------------- helpers

    def _proxy_row(self, card_id: str) -> int | None:
        for row, card in enumerate(self.cards_model.rows):
            if card.id == card_id:
                index = self.proxy.mapFromSource(self.cards_model.index(row, 0))
                return index.row() if index.isValid() else None
        return None

    def _restore_cards(self, selected: list[str], current: str | None) -> None:
        selection = self.cards.selectionModel()
        selection.clear()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for card_id in selected:
            row = self._proxy_row(card_id)
            if row is not None:
                selection.select(self.proxy.index(row, 0), flags)
        row = self._proxy_row(current) if current else None
        if row is not None:
            index = self.proxy.index(row, 0)
            selection.setCurrentIndex(index, flags)
            self.cards.scrollTo(index)

    def _clear_members(self) -> None:
        self._member_card = None
        self.members_model.set_rows([])
        self._show_members_heading()

    def _show_members_heading(self) -> None:
        card = self.card_record(self._member_card) if self._member_card else None
        if card is None:
            self.members_heading.setText("<b>Members</b> <span style='color:gray'>— select a card</span>")
            return
        title = card.title.replace("&", "&amp;").replace("<", "&lt;")
        count = self.members_model.rowCount()
        self.members_heading.setText(
            f"<b>Members of “{title}”</b> <span style='color:gray'>— {count} mention"
            f"{'' if count == 1 else 's'} · Enter opens · Del unlinks</span>")

    def _update_count(self) -> None:
        total = self.cards_model.rowCount()
        shown = self.proxy.rowCount()
        suggested = sum(card.state == SUGGESTED for card in self.cards_model.rows)
        cards = f"{total} card{'' if total == 1 else 's'}"
        if shown != total:
            cards = f"{shown} of {cards}"
        self.count.setText(f"{cards} ({suggested} suggested)" if suggested else cards)

    def _update_buttons(self, *_args: object) -> None:
        current = self.card_record(self.current_card() or "")
        self.confirm_button.setEnabled(current is not None and current.state == SUGGESTED)
        self.merge_button.setEnabled(len(self.cards.selectionModel().selectedRows()) >= 2)
        members = len(self.members.selectionModel().selectedRows())
        self.split_button.setEnabled(0 < members < self.members_model.rowCount())
        self.unlink_button.setEnabled(members > 0)

