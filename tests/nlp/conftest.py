"""Fixtures for the NLP tests: the team-written samples and, where present, the real corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def corpus_files() -> list[Path]:
    """The real articles; empty where ../shared/corpus is not available."""
    return sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


def sample_files() -> list[Path]:
    """The Indonesian team-written samples shipped with the app."""
    return sorted(SAMPLES.glob("*.txt"))


needs_corpus = pytest.mark.skipif(
    not corpus_files(),
    reason=f"real corpus not available at {CORPUS} (third-party texts, not in the repo)",
)


@pytest.fixture(scope="session")
def corpus_texts() -> dict[str, str]:
    """File stem -> raw text of each real article."""
    return {p.stem[:3]: p.read_text(encoding="utf-8") for p in corpus_files()}
