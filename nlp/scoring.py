"""Scoring predicted spans against gold: exact offsets and label, P/R/F1 per label and micro averages."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "DATE")
PLOVER_TYPES = (
    "ACCUSE", "CONSULT", "AGREE", "COOPERATE", "AID", "REQUEST", "REJECT", "SUPPORT", "THREATEN",
    "SANCTION", "ASSAULT", "CONCEDE", "RETREAT", "PROTEST", "MOBILIZE", "COERCE",
)


@dataclass(frozen=True)
class ScoredSpan:
    """A span to compare: offsets into one document's body, a label and its kind (entity or event)."""

    start: int
    end: int
    label: str
    kind: str


@dataclass(frozen=True)
class DocumentPair:
    """The gold and the predicted spans of one document."""

    gold: Sequence[ScoredSpan]
    predicted: Sequence[ScoredSpan]
    name: str = ""


@dataclass(frozen=True)
class LabelScore:
    """Counts for one label (or a micro average); a prediction counts only with exact offsets and label."""

    label: str
    true_positives: int
    gold: int
    predicted: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Scores:
    """Per-label scores for entities and for event types, each layer with its micro average."""

    entities: tuple[LabelScore, ...]
    events: tuple[LabelScore, ...]
    entity_micro: LabelScore
    event_micro: LabelScore
    documents: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)  # e.g. gold spans that could not be placed

    def entity(self, label: str) -> LabelScore:
        return _find(self.entities, label)

    def event(self, label: str) -> LabelScore:
        return _find(self.events, label)


def _find(rows: Sequence[LabelScore], label: str) -> LabelScore:
    for row in rows:
        if row.label == label:
            return row
    return LabelScore(label, 0, 0, 0)


def _key(span: ScoredSpan) -> tuple[int, int, str, str]:
    return (span.start, span.end, span.label, span.kind)


def _layer_kind(span: ScoredSpan) -> str:
    return "event" if span.kind == "event" else "entity"


def _ordered(labels: Iterable[str], preferred: Sequence[str], always: bool) -> list[str]:
    seen = set(labels)
    known = [label for label in preferred if always or label in seen]
    return known + sorted(seen - set(preferred))


def score_documents(pairs: Iterable[DocumentPair], notes: Sequence[str] = ()) -> Scores:
    """Score every document; a predicted span is right only if a gold span has its offsets and label."""
    tp: Counter[tuple[str, str]] = Counter()
    gold: Counter[tuple[str, str]] = Counter()
    predicted: Counter[tuple[str, str]] = Counter()
    documents = 0
    for pair in pairs:
        documents += 1
        gold_keys = Counter(_key(s) for s in pair.gold)
        pred_keys = Counter(_key(s) for s in pair.predicted)
        for key, n in gold_keys.items():
            gold[(_layer_kind(ScoredSpan(*key)), key[2])] += n
        for key, n in pred_keys.items():
            layer = (_layer_kind(ScoredSpan(*key)), key[2])
            predicted[layer] += n
            tp[layer] += min(n, gold_keys.get(key, 0))

    def layer(kind: str, preferred: Sequence[str], always: bool) -> tuple[tuple[LabelScore, ...], LabelScore]:
        labels = [label for k, label in (*gold, *predicted) if k == kind]
        rows = tuple(LabelScore(label, tp[(kind, label)], gold[(kind, label)], predicted[(kind, label)])
                     for label in _ordered(labels, preferred, always))
        micro = LabelScore("micro", sum(r.true_positives for r in rows), sum(r.gold for r in rows),
                           sum(r.predicted for r in rows))
        return rows, micro

    entities, entity_micro = layer("entity", ENTITY_LABELS, always=True)
    events, event_micro = layer("event", PLOVER_TYPES, always=False)
    return Scores(entities, events, entity_micro, event_micro, documents, tuple(notes))


def format_scores(scores: Scores) -> str:
    """A plain-text table: label, precision, recall, F1, gold count, predicted count."""
    header = f"{'label':<12} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"

    def row(score: LabelScore, name: str | None = None) -> str:
        return (f"{name or score.label:<12} {score.precision:>6.3f} {score.recall:>6.3f} "
                f"{score.f1:>6.3f} {score.gold:>6} {score.predicted:>6}")

    lines = ["Entities", header, *(row(s) for s in scores.entities),
             row(scores.entity_micro, "micro avg"), "", "Events", header,
             *(row(s) for s in scores.events), row(scores.event_micro, "micro avg")]
    return "\n".join(lines)
