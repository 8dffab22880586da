"""Fixtures for the NLP tests: the real corpus, where present."""

from __future__ import annotations

import pytest
from nlp_paths import corpus_files


@pytest.fixture(scope="session")
def corpus_texts() -> dict[str, str]:
    """File stem -> raw text of each real article."""
    return {p.stem[:3]: p.read_text(encoding="utf-8") for p in corpus_files()}
