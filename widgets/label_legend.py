"""The label legend: one clickable chip per label, grouped into entities and events."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QSizePolicy, QVBoxLayout, QWidget

from widgets.colours import readable
from widgets.flow_layout import FlowLayout
from widgets.records import EVENT, LabelStyle

_PAD = 6
_SWATCH = 12
_GAP = 6


class _LabelChip(QAbstractButton):
    """Swatch, name and hotkey of one label, drawn like the spans of that kind in the article."""

    def __init__(self, label: LabelStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label_name = label.name
        self._event = label.kind == EVENT
        self._colour = QColor(label.colour)
        self._hotkey = label.hotkey.upper()
        self.setText(label.name)
        # Clicking a chip must not take the keyboard focus (and the selection) from the article.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        kind = "event" if self._event else "entity"
        key = f" — key {self._hotkey}" if self._hotkey else ""
        self.setToolTip(f"{label.name} ({kind}){key}")
        self.setAccessibleName(f"{label.name} {kind} label")
        if self._event:
            font = QFont(self.font())
            font.setBold(True)
            self.setFont(font)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def _key_width(self) -> int:
        return self.fontMetrics().height() + 2 if self._hotkey else 0

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = _PAD + _SWATCH + _GAP + metrics.horizontalAdvance(self.text()) + _PAD
        if self._hotkey:
            width += _GAP + self._key_width()
        return QSize(width, metrics.height() + 10)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        background = palette.color(QPalette.ColorRole.Button)
        if self.isDown():
            background = palette.color(QPalette.ColorRole.Mid)
        elif self.underMouse():
            background = palette.color(QPalette.ColorRole.Midlight)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1.0))
        painter.setBrush(background)
        painter.drawRoundedRect(box, 4.0, 4.0)

        middle = box.center().y()
        colour = readable(self._colour.name(), background)
        swatch = QRectF(_PAD, middle - _SWATCH / 2, _SWATCH, _SWATCH)
        if self._event:
            pen = QPen(colour, 3.0)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            y = swatch.bottom() - 1.5
            painter.drawLine(QPointF(swatch.left(), y), QPointF(swatch.right(), y))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(swatch, 2.0, 2.0)

        text_left = swatch.right() + _GAP
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        text_width = self.fontMetrics().horizontalAdvance(self.text())
        text_box = QRectF(text_left, box.top(), text_width + 1, box.height())
        painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter, self.text())

        if self._hotkey:
            side = float(self._key_width())
            key_box = QRectF(box.right() - _PAD - side, middle - side / 2, side, side)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1.0))
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(key_box, 3.0, 3.0)
            font = QFont(self.font())
            font.setBold(False)
            font.setPointSizeF(font.pointSizeF() * 0.85)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(key_box, Qt.AlignmentFlag.AlignCenter, self._hotkey)
        painter.end()


class LabelLegend(QWidget):
    """Chips for the labels, "Entities" then "Events"; a click asks to apply that label.

    Signals:
        label_clicked(str): the user clicked the chip of that label.
    """

    label_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self._groups: dict[str, tuple[QLabel, QWidget, FlowLayout]] = {}
        for kind, title in (("entity", "Entities"), (EVENT, "Events")):
            heading = QLabel(title, self)
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            box = QWidget(self)
            flow = FlowLayout(box)
            if kind == EVENT:
                layout.addSpacing(6)
            layout.addWidget(heading)
            layout.addWidget(box)
            self._groups[kind] = (heading, box, flow)
        layout.addStretch(1)
        self._chips: list[_LabelChip] = []
        self.set_labels([])

    def set_labels(self, labels: Sequence[LabelStyle]) -> None:
        """Replace the chips; a group without labels is hidden."""
        for chip in self._chips:
            chip.deleteLater()
        self._chips = []
        for kind, (heading, box, flow) in self._groups.items():
            while flow.takeAt(0) is not None:
                pass
            mine = [label for label in labels if (label.kind == EVENT) == (kind == EVENT)]
            for label in mine:
                chip = _LabelChip(label, box)
                chip.clicked.connect(lambda _=False, name=label.name: self.label_clicked.emit(name))
                flow.addWidget(chip)
                self._chips.append(chip)
            heading.setVisible(bool(mine))
            box.setVisible(bool(mine))
            flow.invalidate()
        self._fit_boxes()
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_boxes()

    def _fit_boxes(self) -> None:
        # Nested in box layouts a flow layout is given its one-line height; give it what it needs.
        width = self.width() - 16
        for _heading, box, flow in self._groups.values():
            needed = flow.heightForWidth(width)
            if box.minimumHeight() != needed:
                box.setMinimumHeight(needed)

    def chip(self, name: str) -> QAbstractButton | None:
        """The chip of a label (for tests and keyboard-less automation)."""
        return next((chip for chip in self._chips if chip.label_name == name), None)
