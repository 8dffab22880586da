"""One command's worth of scores: the pipeline on the team's gold, metadata accuracy, public test splits."""

from __future__ import annotations

import datetime as dt
import os
import platform
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from exports.gold import GoldDocument, RawGold, load_gold, load_raw_gold
from exports.real_news import check_cache, load_pages
from exports.real_news_scores import load_texts, same_outlet, score_real_pages
from nlp.cleaning import clean_article
from nlp.pipeline import annotate
from nlp.scoring import DocumentPair, ScoredSpan, Scores, format_scores, score_documents

REPO = Path(__file__).resolve().parents[1]
CORPUS_GOLD = REPO / "tests" / "gold" / "corpus_gold.jsonl"
UNSEEN_GOLD = REPO / "tests" / "gold" / "unseen" / "gold.jsonl"
UNSEEN_TEST_GOLD = REPO / "tests" / "gold" / "unseen2" / "gold.jsonl"
# tests/gold/unseen 01-05 may be read while improving the pipeline (dev); 06-10 and unseen2 may not.
DEV_PREFIXES = ("01", "02", "03", "04", "05")
SHARED = REPO.parent / "shared"

@dataclass(frozen=True)
class MetadataScore:
    outlets_right: int
    outlets_stated: int
    dates_right: int
    dates_stated: int

def score_pipeline(documents: Sequence[GoldDocument], ner_model: str | None = None) -> Scores:
    """The built-in pipeline's suggestions on gold bodies, scored exactly (span and label)."""
    pairs = []
    for gold, annotation in zip(documents, annotate([d.body for d in documents], ner_model=ner_model),
                                strict=True):
        pairs.append(DocumentPair(
            gold=[ScoredSpan(s.start, s.end, s.label, s.kind) for s in gold.spans],
            predicted=[ScoredSpan(s.start, s.end, s.label, s.kind) for s in annotation.spans],
            name=gold.source_file))
    return score_documents(pairs)

def score_metadata(golds: Sequence[RawGold]) -> MetadataScore:
    """Outlet and publication date found by the cleaner, on the articles that state them."""
    outlets = dates = outlets_right = dates_right = 0
    for gold in golds:
        raw = gold.path.read_text(encoding="utf-8")
        found = clean_article(raw, gold.document.source_file)
        if gold.outlet:
            outlets += 1
            outlets_right += same_outlet(found.outlet, gold.outlet)
        if gold.published:
            dates += 1
            dates_right += found.published == dt.date.fromisoformat(gold.published)
    return MetadataScore(outlets_right, outlets, dates_right, dates)

def public_test_scores(data_dir: Path) -> dict[str, dict[str, object]]:
    """The shipped NER on the public corpora's test splits (re-measured, not read from metadata)."""
    import spacy

    from nlp.components.statistical_ner import MODEL_DIR
    from nlp.training.convert import CORPORA, convert
    from nlp.training.train_ner import evaluate

    model = spacy.load(MODEL_DIR)
    with tempfile.TemporaryDirectory(prefix="kliping_scores_") as tmp:
        convert(Path(tmp), data_dir)
        return {c.name: evaluate(model, Path(tmp) / f"{c.name}-test.spacy") for c in CORPORA}

def report(corpus: Path = SHARED / "corpus", data_dir: Path = SHARED / "data") -> str:
    """Every score the pre-annotation issue names, as text, with the date and the machine."""
    lines = [f"Kliping pre-annotation scores, {dt.date.today().isoformat()}, {platform.machine()}, "
             f"{os.cpu_count()} cores, Python {platform.python_version()}", ""]
    lines += real_news_report()
    if UNSEEN_GOLD.is_file():
        golds = load_raw_gold(UNSEEN_GOLD)
        if UNSEEN_TEST_GOLD.is_file():
            golds += load_raw_gold(UNSEEN_TEST_GOLD)
        test = [g for g in golds if not g.document.source_file.startswith(DEV_PREFIXES)]
        dev = [g for g in golds if g.document.source_file.startswith(DEV_PREFIXES)]
        for name, part in (("TEST: unseen team-written articles nobody tuned on", test),
                           ("DEV: unseen articles used for error analysis", dev)):
            lines += [f"== {name} ({len(part)} articles)",
                      format_scores(score_pipeline([g.document for g in part]))]
            meta = score_metadata(part)
            lines += [f"outlet right: {meta.outlets_right}/{meta.outlets_stated}   "
                      f"publication date right: {meta.dates_right}/{meta.dates_stated}", ""]
    if corpus.is_dir():
        gold = load_gold(CORPUS_GOLD, corpus)
        lines += [f"== Corpus gold ({len(gold.documents)} articles of ../shared/corpus; "
                  "seen while building the pipeline)", format_scores(score_pipeline(gold.documents)), ""]
    else:
        lines += [f"(corpus gold skipped: {corpus} is missing)", ""]
    if data_dir.is_dir():
        lines.append("== Statistical NER on the public test splits (micro P / R / F1)")
        for name, scores in public_test_scores(data_dir).items():
            micro = scores["micro"]
            assert isinstance(micro, dict)
            lines.append(f"{name:<12} {micro['p']:.3f} / {micro['r']:.3f} / {micro['f']:.3f}  "
                         f"({scores['sentences']} sentences)")
    else:
        lines.append(f"(public test splits skipped: {data_dir} is missing)")
    return "\n".join(lines)

def real_news_report() -> list[str]:
    """The real-news set (tests/gold/realnews): TEST first, then DEV, each as an import would see it."""
    pages = load_pages()
    if not pages:
        return ["(real-news set skipped: tests/gold/realnews/gold.jsonl is missing)", ""]
    cache = check_cache(pages)
    lines = []
    if cache.missing or cache.changed:
        lines += [f"(real-news set: {len(cache.missing) + len(cache.changed)} of {len(pages)} cached texts "
                  "missing or changed; scored on the rest. See tests/gold/realnews/check_cache.py)"]
    texts = load_texts(pages)
    for split, name in (("test", "TEST: real news pages from outlets nobody tuned on"),
                        ("dev", "DEV: real news pages used for error analysis")):
        part = [p for p in pages if p.split == split and p.id in texts]
        if not part:
            continue
        result = score_real_pages(part, texts)
        with_spans = sum(p.spans is not None for p in part)
        lines += [f"== {name} ({len(part)} pages, {with_spans} with span gold)",
                  format_scores(result.scores), *result.metadata.lines(), ""]
    return lines


def main() -> None:
    print(report())

if __name__ == "__main__":
    main()

_ = tempfile  # imported for public_test_scores
