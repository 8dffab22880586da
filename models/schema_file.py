"""The label schema as a JSON file, to share one project's labels, colours and hotkeys with another."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from models.errors import EditError
from models.labels import validate_labels
from models.records import LabelRow

FORMAT = "kliping-schema"
VERSION = 1


class SchemaFileError(EditError):
    """A schema file cannot be read; the message names the file and the problem."""

    def __init__(self, path: Path, why: str) -> None:
        super().__init__(f"{path.name}: {why}. Nothing was changed.")
        self.path = path


def write_schema(path: Path, rows: Sequence[LabelRow]) -> None:
    data = {"format": FORMAT, "version": VERSION,
            "labels": [{"name": r.name, "kind": r.kind, "colour": r.colour, "hotkey": r.hotkey,
                        "description": r.description} for r in rows]}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def read_schema(path: Path) -> list[LabelRow]:
    """The labels of a schema file, validated; raises SchemaFileError."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SchemaFileError(path, f"cannot be read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise SchemaFileError(path, "is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise SchemaFileError(path, f"is not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SchemaFileError(path, f"is not a Kliping schema (no \"format\": \"{FORMAT}\")")
    if data.get("version") != VERSION:
        raise SchemaFileError(path, f"has schema file version {data.get('version')!r}; "
                                    f"this Kliping reads version {VERSION}")
    items = data.get("labels")
    if not isinstance(items, list) or not items:
        raise SchemaFileError(path, "has no \"labels\" list")
    rows: list[LabelRow] = []
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise SchemaFileError(path, f"label {number} is not an object")
        try:
            rows.append(LabelRow(str(item["name"]), str(item["kind"]), str(item["colour"]),
                                 str(item.get("hotkey", "")), str(item.get("description", ""))))
        except KeyError as exc:
            raise SchemaFileError(path, f"label {number} has no {exc.args[0]!r}") from exc
    try:
        validate_labels(rows)
    except EditError as exc:
        raise SchemaFileError(path, str(exc)) from exc
    return rows
