"""Per-project settings stored in the project file (not in the user's settings)."""

from __future__ import annotations

import json
from pathlib import Path

from models.changelog import log_change
from models.schema import ProjectSetting, database

NER_MODEL = "ner_model"  # folder of the NER trained on this project's reviewed articles
OUTLETS = "outlets"  # the project's own outlet names: display name -> spellings, beside the shipped table


def get_setting(key: str) -> str | None:
    row = ProjectSetting.get_or_none(ProjectSetting.key == key)
    return row.value if row else None


def set_setting(key: str, value: str) -> None:
    with database.atomic():
        before = get_setting(key)
        ProjectSetting.replace(key=key, value=value).execute()
        log_change("setting", "project", key, None, before=before, after=value)


def ner_model_path() -> str | None:
    """The NER model this project pre-annotates with; None means the one shipped with Kliping."""
    path = get_setting(NER_MODEL)
    return path if path and Path(path).is_dir() else None


def project_outlets() -> dict[str, list[str]]:
    """The outlets this project adds to the shipped table (main.py outlets), as display name -> spellings."""
    value = get_setting(OUTLETS)
    if not value:
        return {}
    try:
        table = json.loads(value)
    except ValueError:
        return {}
    return {str(k): [str(x) for x in v] for k, v in table.items()} if isinstance(table, dict) else {}


def add_project_outlet(name: str, spellings: list[str]) -> dict[str, list[str]]:
    """Add an outlet (or more spellings of one) to the project's table; returns the table."""
    table = project_outlets()
    known = table.setdefault(name, [])
    known += [s for s in spellings if s not in known and s != name]
    set_setting(OUTLETS, json.dumps(table, ensure_ascii=False, sort_keys=True))
    return table


def remove_project_outlet(name: str) -> bool:
    """Take an outlet out of the project's table; False when the table has no such outlet."""
    table = project_outlets()
    if name not in table:
        return False
    del table[name]
    set_setting(OUTLETS, json.dumps(table, ensure_ascii=False, sort_keys=True))
    return True
