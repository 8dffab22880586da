"""Reading the project's label schema."""

from __future__ import annotations

from models.records import LabelRow
from models.schema import Label


def list_labels() -> list[LabelRow]:
    return [
        LabelRow(r.name, r.kind, r.colour, r.hotkey, r.description)
        for r in Label.select().order_by(Label.position, Label.id)
    ]


def label_kinds() -> dict[str, str]:
    """Label name -> kind ("entity" or "event")."""
    return {r.name: r.kind for r in Label.select(Label.name, Label.kind)}
