"""Per-project settings stored in the project file (not in the user's settings)."""

from __future__ import annotations

from pathlib import Path

from models.changelog import log_change
from models.schema import ProjectSetting, database

NER_MODEL = "ner_model"  # folder of the NER trained on this project's reviewed articles


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
