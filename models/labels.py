"""Reading and changing the project's label schema (names, kinds, colours, hotkeys)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from peewee import fn

from models.changelog import log_change
from models.errors import EditError
from models.records import Changes, LabelRow
from models.schema import Label, Mention, database

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def list_labels() -> list[LabelRow]:
    return [
        LabelRow(r.name, r.kind, r.colour, r.hotkey, r.description)
        for r in Label.select().order_by(Label.position, Label.id)
    ]


def label_kinds() -> dict[str, str]:
    """Label name -> kind ("entity" or "event")."""
    return {r.name: r.kind for r in Label.select(Label.name, Label.kind)}


KINDS = ("entity", "event")


def label_usage() -> dict[str, int]:
    """Label name -> number of mentions that use it (labels nobody uses are absent)."""
    query = Mention.select(Mention.label, fn.COUNT(Mention.id)).group_by(Mention.label).tuples()
    return dict(query)


def validate_labels(rows: Sequence[LabelRow]) -> None:
    """Refuse a schema with a bad name, kind, colour or hotkey, or with a name or hotkey twice."""
    names: set[str] = set()
    keys: dict[str, str] = {}
    for row in rows:
        if not row.name or not row.name.strip() or row.name != row.name.strip():
            raise EditError(f"label name {row.name!r} is empty or has spaces around it")
        if row.name in names:
            raise EditError(f"label {row.name} appears twice")
        names.add(row.name)
        if row.kind not in KINDS:
            raise EditError(f"{row.name}: kind must be entity or event, not {row.kind!r}")
        if not _COLOUR.fullmatch(row.colour):
            raise EditError(f"{row.name}: colour must look like #1f77b4, not {row.colour!r}")
        if row.hotkey:
            key = row.hotkey.lower()
            if len(row.hotkey) != 1 or not key.isalnum():
                raise EditError(f"{row.name}: a hotkey is one letter or digit, not {row.hotkey!r}")
            if key in keys:
                raise EditError(f"hotkey {key.upper()} is used by both {keys[key]} and {row.name}")
            keys[key] = row.name


def save_labels(rows: Sequence[LabelRow]) -> Changes:
    """Make the project's schema exactly rows (in that order), in one logged transaction.

    A label that mentions use cannot be removed, nor change its kind.
    """
    validate_labels(rows)
    rows = [replace(row, hotkey=row.hotkey.lower()) for row in rows]
    with database.atomic():
        current = {row.name: row for row in list_labels()}
        usage = label_usage()
        wanted = {row.name for row in rows}
        for name in sorted(set(current) - wanted):
            if usage.get(name):
                raise EditError(f"label {name} cannot be removed: {usage[name]} mentions use it")
        for row in rows:
            old = current.get(row.name)
            if old is not None and old.kind != row.kind and usage.get(row.name):
                raise EditError(f"label {row.name} cannot become an {row.kind} label: "
                                f"{usage[row.name]} {old.kind} mentions use it")
        for name in sorted(set(current) - wanted):
            Label.delete().where(Label.name == name).execute()
            log_change("delete", "label", name, None, before=current[name])
        for position, row in enumerate(rows):
            old = current.get(row.name)
            fields = {"kind": row.kind, "colour": row.colour, "hotkey": row.hotkey,
                      "description": row.description, "position": position}
            if old is None:
                Label.create(name=row.name, **fields)
                log_change("add", "label", row.name, None, after=row)
            else:
                Label.update(**fields).where(Label.name == row.name).execute()
                if old != row:
                    log_change("update", "label", row.name, None, before=old, after=row)
    return Changes(labels=True)


def update_label(name: str, **fields: str) -> Changes:
    """Change one label's colour, hotkey or description."""
    unknown = set(fields) - {"colour", "hotkey", "description"}
    if unknown:
        raise EditError(f"cannot change {', '.join(sorted(unknown))} of a label")
    rows = list_labels()
    if name not in {row.name for row in rows}:
        raise EditError(f"unknown label {name!r}")
    return save_labels([replace(row, **fields) if row.name == name else row for row in rows])


def add_label(row: LabelRow) -> Changes:
    rows = list_labels()
    if row.name in {r.name for r in rows}:
        raise EditError(f"label {row.name} already exists")
    return save_labels([*rows, row])


def delete_label(name: str) -> Changes:
    """Remove a label no mention uses."""
    rows = list_labels()
    if name not in {row.name for row in rows}:
        raise EditError(f"unknown label {name!r}")
    return save_labels([row for row in rows if row.name != name])
