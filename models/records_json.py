"""Plain records to and from JSON-ready dicts, for what is stored beside the data (the undo log)."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from models.errors import EditError
from models.records import RoleRow, SpanRow
from models.spans import DeletedSpan

R = TypeVar("R", SpanRow, RoleRow)


def _flat_to_json(record: SpanRow | RoleRow) -> dict[str, Any]:
    return dataclasses.asdict(record)


def _flat_from_json(cls: type[R], data: Any) -> R:
    """Build a record of plain fields; a missing or unknown field is an EditError, not a wrong record."""
    if not isinstance(data, dict):
        raise EditError(f"a stored {cls.__name__} is not an object: {data!r}")
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = set(data) - names
    if unknown:
        raise EditError(f"a stored {cls.__name__} has unknown fields: {', '.join(sorted(unknown))}")
    try:
        return cls(**data)
    except TypeError as exc:
        raise EditError(f"a stored {cls.__name__} is incomplete: {exc}") from exc


def span_to_json(span: SpanRow) -> dict[str, Any]:
    return _flat_to_json(span)


def span_from_json(data: Any) -> SpanRow:
    return _flat_from_json(SpanRow, data)


def role_to_json(role: RoleRow) -> dict[str, Any]:
    return _flat_to_json(role)


def role_from_json(data: Any) -> RoleRow:
    return _flat_from_json(RoleRow, data)


def deleted_to_json(deleted: DeletedSpan) -> dict[str, Any]:
    return {"span": span_to_json(deleted.span), "roles": [role_to_json(r) for r in deleted.roles]}


def deleted_from_json(data: Any) -> DeletedSpan:
    if not isinstance(data, dict) or "span" not in data:
        raise EditError(f"a stored deleted span is not an object with a span: {data!r}")
    return DeletedSpan(span_from_json(data["span"]),
                       tuple(role_from_json(r) for r in data.get("roles", ())))
