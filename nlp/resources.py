"""Read the JSON word lists shipped in nlp/data."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"


@cache
def load_json(name: str) -> Any:
    """Return the parsed contents of nlp/data/<name>; cached because the lists never change."""
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        return json.load(handle)


def language_file(stem: str, lang: str) -> Any:
    """Return nlp/data/<stem>_<lang>.json, falling back to Indonesian for other languages."""
    name = f"{stem}_{lang}.json"
    if not (DATA_DIR / name).exists():
        name = f"{stem}_id.json"
    return load_json(name)
