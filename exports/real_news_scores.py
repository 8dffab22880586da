"""Scores on the real-news set: the whole import path (cleaner, metadata, pipeline) against raw-page gold.

Gold spans are offsets into the raw page, so text the cleaner drops (a headline, a byline) counts as
missed, and chrome it keeps can only add false positives: the figures are what a reviewer meets.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from exports.gold import char_mapping
from exports.real_news import RealPage
from nlp.cleaning import clean_article
from nlp.pipeline import annotate_articles
from nlp.records import CleanArticle
from nlp.scoring import DocumentPair, ScoredSpan, Scores, score_documents


def body_to_raw(raw: str, body: str) -> dict[int, int]:
    """Body character index -> raw index, for every body character the cleaner kept from the raw."""
    return char_mapping(body, raw)


def same_outlet(found: str | None, expected: str) -> bool:
    """One outlet whatever its spelling: "Merdeka.com" = "merdeka", "JawaPos.com" = "Jawa Pos"."""
    def key(name: str) -> str:
        name = re.sub(r"\.(co\.id|com|id|net|co|or\.id|go\.id|co\.uk|com\.my)$", "", name.strip().casefold())
        return re.sub(r"[^a-z0-9]", "", name)

    return bool(found) and key(found or "") == key(expected)


def _words(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


@dataclass
class Tally:
    """right / stated for one metadata field, and how often something was claimed the page never states."""

    right: int = 0
    stated: int = 0
    claimed_unstated: int = 0

    def add(self, stated: bool, claimed: bool, right: bool) -> None:
        if stated:
            self.stated += 1
            self.right += right
        elif claimed:
            self.claimed_unstated += 1

    def __str__(self) -> str:
        share = f" ({self.right / self.stated:.0%})" if self.stated else ""
        extra = (f", {self.claimed_unstated} claimed where the page states none"
                 if self.claimed_unstated else "")
        return f"{self.right}/{self.stated}{share}{extra}"


@dataclass
class MetadataTallies:
    outlet: Tally = field(default_factory=Tally)
    title: Tally = field(default_factory=Tally)
    published: Tally = field(default_factory=Tally)
    time: Tally = field(default_factory=Tally)
    authors: Tally = field(default_factory=Tally)
    wrong: list[str] = field(default_factory=list)  # "id: field found X, page states Y"

    def lines(self) -> list[str]:
        return [f"outlet right: {self.outlet}", f"title right: {self.title}",
                f"publication date right: {self.published}", f"publication time right: {self.time}",
                f"authors right: {self.authors}"]


def tally_metadata(page: RealPage, found: CleanArticle, tallies: MetadataTallies) -> None:
    meta = page.meta
    checks = [
        ("outlet", meta.outlet, found.outlet,
         meta.outlet is not None and same_outlet(found.outlet, meta.outlet)),
        ("title", meta.title, found.title, _words(found.title) == _words(meta.title)),
        ("published", meta.published, found.published and found.published.isoformat(),
         meta.published is not None and found.published == dt.date.fromisoformat(meta.published)),
        ("time", meta.time, found.published_time, found.published_time == meta.time),
        ("authors", list(meta.authors) or None, list(found.authors) or None,
         sorted(map(_words, found.authors)) == sorted(map(_words, meta.authors))),
    ]
    for name, stated, claimed, right in checks:
        getattr(tallies, name).add(stated is not None, bool(claimed), bool(right))
        if (stated is not None and not right) or (stated is None and claimed):
            tallies.wrong.append(f"{page.id}: {name} found {claimed!r}, page states {stated!r}")


@dataclass(frozen=True)
class RealNewsResult:
    scores: Scores
    metadata: MetadataTallies
    pairs: tuple[DocumentPair, ...]  # raw-coordinate gold and predictions, for error analysis
    bodies: dict[str, str]  # id -> cleaned body


def score_real_pages(pages: Sequence[RealPage], texts: dict[str, str],
                     ner_model: str | None = None) -> RealNewsResult:
    """Clean, read metadata and pre-annotate every page as an import would; score against the gold."""
    cleaned = [clean_article(texts[p.id], f"{p.id}.txt") for p in pages]
    annotations = annotate_articles(cleaned, ner_model=ner_model)
    tallies = MetadataTallies()
    pairs = []
    for page, clean, annotation in zip(pages, cleaned, annotations, strict=True):
        tally_metadata(page, clean, tallies)
        if page.spans is None:
            continue
        raw = texts[page.id]
        mapping = body_to_raw(raw, clean.body)
        predicted = []
        for span in annotation.spans:
            start, last = mapping.get(span.start), mapping.get(span.end - 1)
            if start is not None and last is not None:
                predicted.append(ScoredSpan(start, last + 1, span.label, span.kind))
        gold = [ScoredSpan(s.start, s.end, s.label, s.kind) for s in page.spans]
        pairs.append(DocumentPair(gold=gold, predicted=predicted, name=page.id))
    return RealNewsResult(score_documents(pairs), tallies, tuple(pairs),
                          {p.id: c.body for p, c in zip(pages, cleaned, strict=True)})


def load_texts(pages: Sequence[RealPage], folder: Path | None = None) -> dict[str, str]:
    """The cached texts that match their sha256; pages without one are left out."""
    texts = {}
    for page in pages:
        text = page.read(folder)
        if text is not None:
            texts[page.id] = text
    return texts
