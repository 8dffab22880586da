"""Model in the loop: retrain the NER on reviewed articles (plus every public corpus that is present)."""

from __future__ import annotations

import json
import random
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.util import filter_spans

from nlp.training.convert import ALL_CORPORA, DATA_DIR, convert
from nlp.training.docbin import char_spans
from nlp.training.train_ner import METADATA, Progress, train, write_model

NER_LABELS = ("PERSON", "ORG", "GPE", "LOC")


@dataclass(frozen=True)
class ReviewedText:
    """A reviewed article body and its accepted entity spans (character offsets)."""

    text: str
    entities: Sequence[tuple[int, int, str]]


def to_doc(nlp: spacy.language.Language, item: ReviewedText) -> Doc:
    """The article with its NER labels as doc.ents (DATE stays with the rules); where spans overlap
    the longest wins, as in the DocBin export."""
    doc = nlp.make_doc(item.text)
    doc.ents = filter_spans(char_spans(doc, [e for e in item.entities if e[2] in NER_LABELS]))
    return doc


def train_on_reviewed(
    reviewed: Sequence[ReviewedText], out: Path, *, data_dir: Path | None = DATA_DIR,
    max_minutes: float = 5.0, max_steps: int | None = None, progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Train tok2vec+ner on the base corpora (if data_dir has them) and the reviewed articles."""
    if not reviewed:
        raise ValueError("there are no reviewed articles to train on")
    nlp = spacy.blank("id")
    with tempfile.TemporaryDirectory(prefix="kliping_loop_") as tmp:
        work = Path(tmp)
        base = data_dir is not None and data_dir.is_dir()
        if base:
            convert(work, data_dir, corpora=ALL_CORPORA)  # all-train/all-dev.spacy; absent corpora skipped
        train_bin = DocBin().from_disk(work / "all-train.spacy") if base else DocBin()
        dev_bin = DocBin().from_disk(work / "all-dev.spacy") if base else DocBin()
        docs = [to_doc(nlp, item) for item in reviewed]
        random.Random(0).shuffle(docs)
        # Reviewed articles weigh more than a corpus sentence: each is added twice.
        for doc in docs * 2:
            train_bin.add(doc)
        if not base:
            for doc in docs[: max(1, len(docs) // 5)]:
                dev_bin.add(doc)
        train_bin.to_disk(work / "all-train.spacy")
        dev_bin.to_disk(work / "all-dev.spacy")
        trained, run = train(work, max_minutes, work / "best", progress=progress,
                             cancelled=cancelled, max_steps=max_steps)
        write_model(trained, out, {
            "date": date.today().isoformat(), "reviewed_articles": len(reviewed),
            "base_corpora": str(data_dir) if base else None, "training": run,
        })
    return out


def training_metadata(model_dir: Path) -> dict[str, object]:
    path = model_dir / METADATA
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
