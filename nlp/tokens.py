"""Token boundaries for snapping a reviewer's selection to whole words."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import cache

import spacy
from spacy.tokenizer import Tokenizer


@cache
def _tokenizer(lang: str) -> Tokenizer:
    # The built-in pipeline uses the blank language's tokenizer; loading only it is fast.
    return spacy.blank(lang).tokenizer


def token_bounds(text: str, lang: str = "id") -> list[tuple[int, int]]:
    """Character (start, end) of every token of text, in order."""
    return [(t.idx, t.idx + len(t)) for t in _tokenizer(lang)(text) if not t.is_space]


def snap(bounds: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """Grow start..end to the whole tokens it touches; None if none (empty or only whitespace)."""
    if end <= start or not bounds:
        return None
    starts = [b[0] for b in bounds]
    # First token that may overlap: the one starting at or before start, if it reaches past start.
    first = max(bisect_right(starts, start) - 1, 0)
    if bounds[first][1] <= start:
        first += 1
    last = bisect_right(starts, end - 1) - 1
    if first >= len(bounds) or last < first:
        return None
    return bounds[first][0], bounds[last][1]
