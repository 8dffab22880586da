"""Shared fixtures: offscreen Qt, settings kept apart from the user's, temporary projects, corpus."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
SAMPLES = REPO / "samples"


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests never read or write the user's settings or default project, nor each other's.
    monkeypatch.setenv("KLIPING_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.setenv("KLIPING_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Path]:
    """An empty project file, opened; closed afterwards."""
    from models import db

    path = db.open_project(tmp_path / "test.kliping", annotator="tester")
    yield path
    db.close_project()


@pytest.fixture
def corpus_files() -> list[Path]:
    """The five real scraped articles in ../shared/corpus (skipped where it is missing)."""
    files = sorted(SHARED_CORPUS.glob("*.txt"))
    if not files:
        pytest.skip(f"../shared/corpus is not beside this checkout ({SHARED_CORPUS})")
    return files


@pytest.fixture
def sample_files() -> list[Path]:
    """The team-written sample articles bundled in samples/."""
    files = sorted(SAMPLES.rglob("*.txt"))
    assert files, "samples/ holds the bundled sample articles"
    return files
