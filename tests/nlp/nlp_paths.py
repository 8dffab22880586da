"""Paths of the team-written samples and of the real corpus, shared by the NLP tests."""

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
