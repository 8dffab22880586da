"""Helpers shared by the components for adding entities without overlaps."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span
from spacy.util import filter_spans


def add_entities(doc: Doc, spans: Iterable[Span]) -> None:
    """Add spans to doc.ents; existing entities win ties, longer spans win overlaps."""
    new = list(spans)
    if new:
        # filter_spans keeps the longest span and, among equals, the first listed: existing ones.
        doc.ents = filter_spans([*doc.ents, *new])
