"""Errors the data layer raises, each with a message fit to show a user as it is."""

from __future__ import annotations

from pathlib import Path


class ProjectError(Exception):
    """A project file cannot be opened or used; the message names the file and the problem."""


class NotAProjectError(ProjectError):
    def __init__(self, path: Path, why: str) -> None:
        super().__init__(f"{path} is not a Kliping project: {why}.")


class NewerProjectError(ProjectError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            f"{path} was made by a newer Kliping (schema version {found}; this version reads up "
            f"to {supported}). Update Kliping to open it; the file was not changed."
        )


class EditError(ValueError):
    """A requested change is not valid (bad offsets, unknown label, missing span...)."""
