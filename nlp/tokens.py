"""Token boundaries for snapping a reviewer's selection to whole words."""

from __future__ import annotations

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
