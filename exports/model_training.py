"""Model in the loop: train the NER on the project's reviewed articles, score before and after, adopt it."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from models.dataset import Document, iter_documents
from models.db import session
from models.settings import NER_MODEL, ner_model_path, set_setting
from nlp.pipeline import annotate
from nlp.scoring import DocumentPair, ScoredSpan, Scores, score_documents
from nlp.training.convert import DATA_DIR
from nlp.training.in_the_loop import NER_LABELS, ReviewedText, train_on_reviewed
from nlp.training.train_ner import Progress

REVIEWED = ("done",)
HELD_OUT_SHARE = 5  # one reviewed article in five is kept for scoring, never trained on


@dataclass(frozen=True)
class TrainingReport:
    model: Path
    trained_on: int
    held_out: int
    before: Scores
    after: Scores


def _held_out(doc: Document) -> bool:
    # Decided by the article's id, so the same articles stay held out from one run to the next.
    return int(hashlib.sha256(doc.article.uid.encode()).hexdigest(), 16) % HELD_OUT_SHARE == 0


def _gold(doc: Document) -> list[ScoredSpan]:
    return [ScoredSpan(s.start, s.end, s.label, "entity") for s in doc.spans
            if s.kind == "entity" and s.state == "accepted" and s.label in NER_LABELS]


def _score(docs: Sequence[Document], ner_model: str | None) -> Scores:
    pairs = []
    for doc, annotation in zip(docs, annotate([d.body for d in docs], ner_model=ner_model),
                               strict=True):
        predicted = [ScoredSpan(s.start, s.end, s.label, "entity") for s in annotation.spans
                     if s.kind == "entity" and s.label in NER_LABELS]
        pairs.append(DocumentPair(gold=_gold(doc), predicted=predicted, name=doc.article.source_file))
    return score_documents(pairs)


def model_folder() -> Path:
    """Where this project's trained models go: beside the project file."""
    assert session.path is not None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return session.path.with_name(session.path.name + ".models") / f"ner-{stamp}"


def train_project_model(
    *, max_minutes: float = 5.0, max_steps: int | None = None, data_dir: Path | None = DATA_DIR,
    progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
) -> TrainingReport:
    """Train on the reviewed (done) articles; the project uses the new model from then on."""
    docs = [d for d in iter_documents(statuses=REVIEWED) if d.article.language == "id"]
    held_out = [d for d in docs if _held_out(d)]
    training = [d for d in docs if not _held_out(d)]
    if len(docs) >= 2 and not held_out:
        held_out, training = training[-1:], training[:-1]
    if not training or not held_out:
        raise ValueError(f"training needs at least two reviewed (done) Indonesian articles; "
                         f"the project has {len(docs)}")
    current = ner_model_path()
    before = _score(held_out, current)
    reviewed = [ReviewedText(d.body, [(s.start, s.end, s.label) for s in d.spans
                                      if s.kind == "entity" and s.state == "accepted"])
                for d in training]
    out = train_on_reviewed(reviewed, model_folder(), data_dir=data_dir, max_minutes=max_minutes,
                            max_steps=max_steps, progress=progress, cancelled=cancelled)
    after = _score(held_out, str(out))
    set_setting(NER_MODEL, str(out))
    return TrainingReport(out, len(training), len(held_out), before, after)
