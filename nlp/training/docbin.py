"""Reviewed articles as spaCy Docs for training: entities as doc.ents and spans, events as spans."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import spacy
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

ENTITY_KEY = "sc"  # spaCy's default key for the span categorizer
EVENT_KEY = "events"

Offsets = Sequence[tuple[int, int, str]]  # (start, end, label), character offsets into the text


@cache
def blank(language: str) -> spacy.language.Language:
    """The tokenizer-only pipeline of a language, made once (Indonesian's takes seconds to build)."""
    try:
        return spacy.blank(language or "id")
    except ImportError:  # a language spaCy has no rules for: the multi-language tokenizer
        return spacy.blank("xx")


def char_spans(doc: Doc, offsets: Offsets) -> list[Span]:
    """Spans of the doc at character offsets, grown to whole tokens; offsets inside no token dropped."""
    found = []
    for start, end, label in sorted(offsets):
        # "expand": a span that cuts a token keeps the whole token rather than being dropped.
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            found.append(span)
    return found


def training_doc(nlp: spacy.language.Language, text: str, entities: Offsets, events: Offsets,
                 meta: dict[str, str] | None = None) -> Doc:
    """Every entity in doc.spans["sc"]; those that do not overlap (the longest win) also as
    doc.ents, which a NER needs; event triggers in doc.spans["events"] with their types."""
    doc = nlp.make_doc(text)
    entity_spans = char_spans(doc, entities)
    doc.spans[ENTITY_KEY] = entity_spans
    doc.ents = filter_spans(entity_spans)
    doc.spans[EVENT_KEY] = char_spans(doc, events)
    if meta:
        doc.user_data.update(meta)
    return doc
