"""Scoring the open project's spans against gold articles, matched by content or by source file."""

from __future__ import annotations

from collections.abc import Sequence

from exports.gold import GoldDocument, GoldSpan, lost_message, reanchor
from models.articles import content_hash
from models.dataset import Document, iter_documents
from nlp.scoring import DocumentPair, ScoredSpan, Scores, score_documents


def _scored(span: GoldSpan) -> ScoredSpan:
    return ScoredSpan(span.start, span.end, span.label, span.kind)


def evaluate_project(gold_records: Sequence[GoldDocument]) -> Scores:
    """Score every span of the open project (any state) against the gold articles it contains.

    A gold article matches the project article with the same content hash, or else the same source
    file. Where the project's body differs from the gold's, gold spans are moved onto it by their
    text; a span whose text is gone still counts as missed. Gold articles not in the project are left
    out: Scores.documents counts the matched ones, Scores.notes names the rest.
    """
    by_hash: dict[str, Document] = {}
    by_file: dict[str, Document] = {}
    for doc in iter_documents():
        by_hash.setdefault(content_hash(doc.body), doc)
        by_file.setdefault(doc.article.source_file, doc)
    pairs: list[DocumentPair] = []
    notes: list[str] = []
    for gold in gold_records:
        doc = by_hash.get(content_hash(gold.body)) or by_file.get(gold.source_file)
        if doc is None:
            notes.append(f"{gold.source_file}: not in the project")
            continue
        gold_spans = [_scored(s) for s in gold.spans]
        if doc.body != gold.body:
            placed, lost = reanchor(gold.spans, doc.body)
            notes.extend(lost_message(gold.source_file, span) for span in lost)
            gold_spans = [_scored(s) for s in placed] + [ScoredSpan(-1, -1, s.label, s.kind) for s in lost]
        pairs.append(DocumentPair(
            gold=gold_spans,
            predicted=[ScoredSpan(s.start, s.end, s.label, s.kind) for s in doc.spans],
            name=gold.source_file,
        ))
    return score_documents(pairs, notes)
