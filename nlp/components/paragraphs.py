"""A sentence never runs across a line break: headlines, bylines and captions stand as their own sentences."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("kliping_paragraphs")
def split_at_line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every whitespace token holding a newline (the sentencizer only reads
    punctuation, so a headline without a full stop would join the lede below it)."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc
