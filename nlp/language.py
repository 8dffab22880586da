"""Tell Indonesian from English with lingua, restricted to the two languages we handle."""

from __future__ import annotations

from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

_CODES = {Language.INDONESIAN: "id", Language.ENGLISH: "en"}


@cache
def _detector() -> LanguageDetector:
    # Built once and lazily: loading the language models takes a noticeable fraction of a second.
    return LanguageDetectorBuilder.from_languages(*_CODES).build()


def detect_language(text: str) -> str:
    """Return "id" or "en" for text; "id" when undecided, since most articles are Indonesian."""
    if not text.strip():
        return "id"
    found = _detector().detect_language_of(text[:2000])
    return _CODES.get(found, "id") if found is not None else "id"
