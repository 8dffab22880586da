"""Label colours kept readable on light and dark palettes (WCAG contrast against the background)."""

from __future__ import annotations

from PySide6.QtGui import QColor

DARK_MINIMUM = 3.0  # lines and outlines on a dark background
LIGHT_MINIMUM = 1.5  # light backgrounds: the schema's colours are chosen for them; fix only the palest


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: str, background: QColor) -> QColor:
    """colour, mixed toward white on a dark background (black on a light one) until it stands out."""
    base = QColor(colour)
    dark = luminance(background) < 0.2
    minimum = DARK_MINIMUM if dark else LIGHT_MINIMUM
    target = QColor("#ffffff" if dark else "#000000")
    mixed = QColor(base)
    step = 0
    while contrast(mixed, background) < minimum and step < 10:
        step += 1
        t = step / 10
        mixed = QColor.fromRgbF(base.redF() + (target.redF() - base.redF()) * t,
                                base.greenF() + (target.greenF() - base.greenF()) * t,
                                base.blueF() + (target.blueF() - base.blueF()) * t)
    return mixed
