"""The append-only change log: every write records who changed what, before and after."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from models.db import session
from models.schema import ChangeLog


def _default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, tuple | frozenset | set):
        return list(value)
    raise TypeError(f"cannot log {type(value).__name__}")


def _dump(record: Any) -> str | None:
    if record is None:
        return None
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        record = dataclasses.asdict(record)
    return json.dumps(record, default=_default, ensure_ascii=False)


def log_change(
    action: str, target: str, target_uid: str, article_id: int | None,
    before: Any = None, after: Any = None,
) -> None:
    """Append one entry; call inside the transaction of the change it records."""
    ChangeLog.create(
        annotator=session.annotator_name, action=action, target=target, target_uid=target_uid,
        article_id=article_id, before=_dump(before), after=_dump(after),
    )


def recent_changes(limit: int = 100) -> list[dict[str, Any]]:
    """The newest entries first, as plain dicts."""
    rows = ChangeLog.select().order_by(ChangeLog.id.desc()).limit(limit)
    return [
        {"at": r.at, "annotator": r.annotator, "action": r.action, "target": r.target,
         "target_uid": r.target_uid, "article_id": r.article_id,
         "before": json.loads(r.before) if r.before else None,
         "after": json.loads(r.after) if r.after else None}
        for r in rows
    ]
