"""Project > Schema…: edit the labels' colours, hotkeys and descriptions; add, remove, export, load."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import labels
from models.errors import EditError
from models.records import LabelRow
from models.schema_file import SchemaFileError, read_schema, write_schema

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

NAME, KIND, COLOUR, KEY, DESCRIPTION = range(5)
_EDITABLE = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable
_FIXED = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


class SchemaDialog(QDialog):
    """A table of the project's labels; OK saves them in one logged transaction, Cancel forgets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Project schema")
        self.resize(760, 560)
        self._known = set(labels.label_kinds())  # labels already in the project: name fixed
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(["Label", "Kind", "Colour", "Key", "Description"])
        header = self.table.horizontalHeader()
        for column in (NAME, KIND, COLOUR, KEY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.cellDoubleClicked.connect(self._cell_activated)
        self.table.itemChanged.connect(lambda _item: self._validate())

        help_text = QLabel("Double-click a colour to change it; a key is one letter or digit, used by "
                           "one label only. Labels that mentions use cannot be removed.")
        help_text.setWordWrap(True)
        help_text.setStyleSheet("color: palette(placeholder-text);")
        self.message = QLabel()
        self.message.setObjectName("schemaMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.add_entity = QPushButton("Add &Entity Label")
        self.add_event = QPushButton("Add E&vent Label")
        self.colour_button = QPushButton("&Colour…")
        self.remove_button = QPushButton("&Remove")
        self.export_button = QPushButton("E&xport…")
        self.load_button = QPushButton("&Load…")
        self.add_entity.clicked.connect(lambda: self.add_label("entity"))
        self.add_event.clicked.connect(lambda: self.add_label("event"))
        self.colour_button.clicked.connect(lambda: self.choose_colour(self.table.currentRow()))
        self.remove_button.clicked.connect(self.remove_selected)
        self.export_button.clicked.connect(self.export_dialog)
        self.load_button.clicked.connect(self.load_dialog)
        tools = QHBoxLayout()
        for button in (self.add_entity, self.add_event, self.colour_button, self.remove_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.load_button)
        tools.addWidget(self.export_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.set_rows(labels.list_labels())

    # -- the table -----------------------------------------------------------------------------

    def set_rows(self, rows: list[LabelRow]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row in rows:
            self._append(row)
        self.table.blockSignals(False)
        self._validate()

    def _append(self, row: LabelRow) -> int:
        index = self.table.rowCount()
        self.table.insertRow(index)
        name = QTableWidgetItem(row.name)
        name.setFlags(_FIXED if row.name in self._known else _EDITABLE)
        kind = QTableWidgetItem(row.kind)
        kind.setFlags(_FIXED)
        colour = QTableWidgetItem(row.colour)
        colour.setFlags(_FIXED)
        colour.setToolTip("Double-click to choose a colour")
        key = QTableWidgetItem(row.hotkey.upper())
        key.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        key.setFlags(_EDITABLE)
        description = QTableWidgetItem(row.description)
        description.setFlags(_EDITABLE)
        for column, item in enumerate((name, kind, colour, key, description)):
            self.table.setItem(index, column, item)
        self._paint_colour(index)
        return index

    def _paint_colour(self, index: int) -> None:
        item = self.table.item(index, COLOUR)
        colour = QColor(item.text())
        item.setBackground(colour)
        item.setForeground(QColor("#000000" if colour.lightnessF() > 0.55 else "#ffffff"))

    def rows(self) -> list[LabelRow]:
        """The labels as the table shows them."""
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [LabelRow(text(r, NAME).strip(), text(r, KIND), text(r, COLOUR), text(r, KEY).strip(),
                         text(r, DESCRIPTION)) for r in range(self.table.rowCount())]

    def _validate(self) -> bool:
        try:
            labels.validate_labels(self.rows())
        except EditError as exc:
            self.show_message(str(exc))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return False
        self.show_message("")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        return True

    def show_message(self, text: str, error: bool = True) -> None:
        colour = "#c0392b" if error else "palette(text)"
        self.message.setStyleSheet(f"color: {colour}; font-weight: {'bold' if error else 'normal'};")
        self.message.setText(text)

    # -- editing -------------------------------------------------------------------------------

    def _cell_activated(self, row: int, column: int) -> None:
        if column == COLOUR:
            self.choose_colour(row)

    def choose_colour(self, row: int) -> None:
        if row < 0:
            self.show_message("Select a label first.")
            return
        item = self.table.item(row, COLOUR)
        chosen = QColorDialog.getColor(QColor(item.text()), self,
                                       f"Colour of {self.table.item(row, NAME).text()}")
        if chosen.isValid():
            item.setText(chosen.name())
            self._paint_colour(row)

    def add_label(self, kind: str) -> None:
        names = {row.name for row in self.rows()}
        number = 1
        while f"NEW_{kind.upper()}_{number}" in names:
            number += 1
        colour = "#7f7f7f" if kind == "entity" else "#3f3f7f"
        index = self._append(LabelRow(f"NEW_{kind.upper()}_{number}", kind, colour, ""))
        self.table.setCurrentCell(index, NAME)
        self.table.editItem(self.table.item(index, NAME))
        self._validate()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            self.show_message("Select the label to remove first.")
            return
        name = self.table.item(row, NAME).text()
        used = labels.label_usage().get(name, 0) if name in self._known else 0
        if used:
            self.show_message(f"{name} cannot be removed: {used} mentions use it. Relabel or delete "
                              "them first.")
            return
        self.table.removeRow(row)
        self._validate()

    def export_dialog(self) -> None:
        if not self._validate():
            return
        name, _ = QFileDialog.getSaveFileName(self, "Export schema", "schema.json",
                                              "Kliping schema (*.json)")
        if name:
            path = Path(name)
            try:
                write_schema(path, self.rows())
            except OSError as exc:
                self.show_message(f"{path.name}: cannot be written ({exc.strerror or exc}).")
                return
            self.show_message(f"Exported {self.table.rowCount()} labels to {path.name}.", error=False)

    def load_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Load schema", "", "Kliping schema (*.json);;"
                                              "All files (*)")
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> bool:
        """Show the labels of a schema file (saved on OK); a bad file changes nothing."""
        try:
            rows = read_schema(path)
        except SchemaFileError as exc:
            self.show_message(str(exc))
            return False
        usage = labels.label_usage()
        dropped = sorted(name for name in self._known - {r.name for r in rows} if usage.get(name))
        if dropped:
            self.show_message(f"{path.name}: it has no {', '.join(dropped)}, which mentions use. "
                              "Nothing was changed.")
            return False
        self.set_rows(rows)
        self.show_message(f"Loaded {len(rows)} labels from {path.name}; OK saves them.", error=False)
        return True

    def save(self) -> None:
        if not self._validate():
            return
        try:
            labels.save_labels(self.rows())
        except EditError as exc:
            self.show_message(str(exc))
            return
        self.accept()


def edit_schema(window: MainWindow) -> SchemaDialog:
    """Open the dialog; on OK the view and the legend show the new schema at once."""
    dialog = SchemaDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def saved() -> None:
        rows = labels.list_labels()
        window.review.view.set_labels(rows)
        window.review.legend.set_labels(rows)
        window.statusBar().showMessage("Schema saved.", 5000)

    dialog.accepted.connect(saved)
    dialog.open()
    return dialog
