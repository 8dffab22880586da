"""Opening a project file: checks, migrations with a backup first, and the current annotator."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from models import migrations
from models.errors import NewerProjectError, NotAProjectError, ProjectError
from models.schema import Annotator, database

# "KLPG": marks a SQLite file as a Kliping project, so a foreign database is refused.
APPLICATION_ID = 0x4B4C5047
SQLITE_MAGIC = b"SQLite format 3\x00"


class _Session:
    """The open project's path and the annotator whose name goes on every change."""

    path: Path | None = None
    annotator_id: int | None = None
    annotator_name: str | None = None


session = _Session()


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise NotAProjectError(path, "it is a folder")
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        head = handle.read(16)
    if head != SQLITE_MAGIC:
        raise NotAProjectError(path, "it is not an SQLite database")


def _read_ids(path: Path) -> tuple[int, int, int]:
    """application_id, user_version and number of tables, read without changing the file."""
    if not path.exists() or path.stat().st_size == 0:
        return 0, 0, 0
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise NotAProjectError(path, f"SQLite cannot read it ({exc})") from exc
    return app_id, version, tables


def check_project_file(path: Path) -> int:
    """The schema version of an existing project file, read without changing it; refuse anything else."""
    if not path.exists():
        raise NotAProjectError(path, "there is no such file")
    try:
        _check_file(path)
        app_id, version, tables = _read_ids(path)
    except OSError as exc:
        raise NotAProjectError(path, f"it cannot be read ({exc.strerror or exc})") from exc
    if not tables:
        raise NotAProjectError(path, "it is empty")
    if app_id != APPLICATION_ID:
        raise NotAProjectError(path, "it is a database of another program")
    if version > migrations.SCHEMA_VERSION:
        raise NewerProjectError(path, version, migrations.SCHEMA_VERSION)
    return version


def open_project(path: str | Path, annotator: str | None = None) -> Path:
    """Open (or create) the project at path, migrating it forward; refuse foreign or newer files."""
    path = Path(path).expanduser().resolve()
    _check_file(path)
    app_id, version, tables = _read_ids(path)
    if tables and app_id != APPLICATION_ID:
        raise NotAProjectError(path, "it is a database of another program")
    if version > migrations.SCHEMA_VERSION:
        raise NewerProjectError(path, version, migrations.SCHEMA_VERSION)
    if tables and version < migrations.SCHEMA_VERSION:
        migrations.backup(path, version)
    path.parent.mkdir(parents=True, exist_ok=True)
    close_project()
    database.init(str(path))
    try:
        database.connect()
        migrations.migrate(database, version)
        database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    except Exception as exc:
        database.close()
        raise ProjectError(f"{path} could not be opened: {exc}") from exc
    session.path = path
    set_annotator(annotator or default_annotator_name())
    return path


def close_project() -> None:
    if not database.is_closed():
        database.close()
    session.path = None
    session.annotator_id = None
    session.annotator_name = None


def default_annotator_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "annotator"


def set_annotator(name: str) -> None:
    """Make name the annotator of every change from now on (created on first use)."""
    with database.atomic():
        row, _ = Annotator.get_or_create(name=name)
    session.annotator_id = row.id
    session.annotator_name = name
