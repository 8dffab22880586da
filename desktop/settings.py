"""Where Kliping keeps the default project and its settings (overridable for tests)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_path, user_data_path
from PySide6.QtCore import QSettings

APP_NAME = "Kliping"


def data_dir() -> Path:
    override = os.environ.get("KLIPING_DATA_DIR")
    return Path(override) if override else user_data_path(APP_NAME, appauthor=False)


def default_project_path() -> Path:
    return data_dir() / "default.kliping"


def settings() -> QSettings:
    """An INI file in the user's config folder (KLIPING_CONFIG_DIR wins, so tests stay apart)."""
    override = os.environ.get("KLIPING_CONFIG_DIR")
    folder = Path(override) if override else user_config_path(APP_NAME, appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "kliping.ini"), QSettings.Format.IniFormat)


def sample_dir() -> Path:
    """The team-written sample articles bundled with Kliping."""
    return Path(__file__).resolve().parent.parent / "samples"
