"""Unsaved adjudications: the dialog's picks and edits, kept in the project at every change.

A supervisor may spend many minutes on one article before saving the adjudicated version; if the
app is killed meanwhile, the draft brings the work back the next time the dialog opens. A draft is
not a change to the data, so it is not in the change log, and saving (or discarding) removes it.
"""

from __future__ import annotations

import json

from models.adjudication import SpanEdit, Verdicts
from models.db import session
from models.schema import Article, ProjectSetting, utc_now

_PREFIX = "adjudication_draft"


def _key(article_id: int) -> str:
    return f"{_PREFIX}:{session.annotator_name or ''}:{Article.get_by_id(article_id).uid}"


def save_draft(article_id: int, verdicts: Verdicts) -> None:
    """Keep the dialog's state for this article (replacing an earlier draft)."""
    data = {"saved_at": utc_now().isoformat(timespec="seconds"),
            "picks": [[s, e, who] for (s, e), who in verdicts.picks.items()],
            "edits": [[s, e, x.start, x.end, x.label] for (s, e), x in verdicts.edits.items()],
            "added": [[x.start, x.end, x.label] for x in verdicts.added],
            "roles": [[*event, *entity, who] for (event, entity), who in verdicts.roles.items()]}
    ProjectSetting.replace(key=_key(article_id), value=json.dumps(data)).execute()


def load_draft(article_id: int) -> tuple[Verdicts, str] | None:
    """The unsaved state of this article's adjudication and when it was kept; None: no draft."""
    row = ProjectSetting.get_or_none(ProjectSetting.key == _key(article_id))
    if row is None:
        return None
    try:
        data = json.loads(row.value)
        verdicts = Verdicts(
            picks={(s, e): who for s, e, who in data["picks"]},
            edits={(s, e): SpanEdit(start, end, label) for s, e, start, end, label in data["edits"]},
            added=[SpanEdit(start, end, label) for start, end, label in data["added"]],
            roles={((es, ee), (ns, ne)): who for es, ee, ns, ne, who in data.get("roles", [])})
    except (ValueError, KeyError, TypeError):  # a draft from another version of Kliping: nothing to restore
        return None
    return verdicts, str(data.get("saved_at", ""))


def drop_draft(article_id: int) -> None:
    """Forget the draft (after saving, or when the supervisor discards the changes)."""
    ProjectSetting.delete().where(ProjectSetting.key == _key(article_id)).execute()
