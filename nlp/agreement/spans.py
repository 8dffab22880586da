"""Span matching between two annotators: exact and overlapping, labelled and unlabelled, counted for F1."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """One annotated span: half-open character offsets [start, end) into one document, and its label."""

    doc_id: str
    start: int
    end: int
    label: str

    def __post_init__(self) -> None:
        if self.start < 0 or self.end <= self.start:
            raise ValueError(f"a span needs 0 <= start < end, got [{self.start}, {self.end})")


@dataclass(frozen=True)
class MatchCounts:
    """Spans paired one-to-one between a first and a second annotator, and how many each marked.

    The first annotator plays the reference: precision = matched / second, recall = matched / first.
    F1 = 2·matched / (first + second) is symmetric. A ratio with nothing under it is 0.0, as in
    nlp.scoring; `first + second == 0` tells "nobody marked anything" apart from disagreement.
    """

    matched: int
    first: int
    second: int

    @property
    def precision(self) -> float:
        return self.matched / self.second if self.second else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.first if self.first else 0.0

    @property
    def f1(self) -> float:
        total = self.first + self.second
        return 2 * self.matched / total if total else 0.0

    def __add__(self, other: MatchCounts) -> MatchCounts:
        # Adding counts is the micro average.
        return MatchCounts(self.matched + other.matched, self.first + other.first, self.second + other.second)


NO_SPANS = MatchCounts(0, 0, 0)


def exact_f1(first: Iterable[Span], second: Iterable[Span], *, labelled: bool = True) -> MatchCounts:
    """Spans with the same document and offsets (and, if `labelled`, the same label) match one-to-one.

    Inputs are multisets: a span marked twice by one side matches at most as often as the other marked it.
    """
    a = Counter(_exact_key(s, labelled) for s in first)
    b = Counter(_exact_key(s, labelled) for s in second)
    return MatchCounts(sum((a & b).values()), a.total(), b.total())


def overlap_matches(
    first: Iterable[Span], second: Iterable[Span], *, labelled: bool = True
) -> list[tuple[Span, Span]]:
    """Pair spans of one document that share at least one character (and, if `labelled`, the label).

    Greedy one-to-one: candidate pairs are taken largest overlap first, ties going to the pair whose
    boundaries differ least, then by position; a span already paired is skipped. Greedy is simple to
    explain to annotators but not a maximum matching: with first [0,10) [8,12) and second [5,10) [0,4),
    [0,10)~[5,10) (5 characters) is taken first and blocks the two-pair answer [0,10)~[0,4), [8,12)~[5,10).
    """
    a, b = list(first), list(second)
    by_doc: defaultdict[str, list[int]] = defaultdict(list)
    for j, span in enumerate(b):
        by_doc[span.doc_id].append(j)
    candidates: list[tuple[int, int, int, int, int, int, int]] = []
    for i, x in enumerate(a):
        for j in by_doc.get(x.doc_id, ()):
            y = b[j]
            shared = min(x.end, y.end) - max(x.start, y.start)
            if shared > 0 and (not labelled or x.label == y.label):
                drift = abs(x.start - y.start) + abs(x.end - y.end)
                candidates.append((-shared, drift, x.start, y.start, x.end, i, j))
    candidates.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[tuple[Span, Span]] = []
    for *_, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((a[i], b[j]))
    return pairs


def overlap_f1(first: Iterable[Span], second: Iterable[Span], *, labelled: bool = True) -> MatchCounts:
    """F1 counts of the greedy overlap matching (see overlap_matches)."""
    a, b = list(first), list(second)
    return MatchCounts(len(overlap_matches(a, b, labelled=labelled)), len(a), len(b))


def label_pairs(first: Iterable[Span], second: Iterable[Span]) -> list[tuple[str, str]]:
    """(first's label, second's label) for spans matched by document and offsets, whatever their labels.

    These are the items Cohen's kappa is computed on. Where one offset range carries several spans,
    equal labels pair first, then the rest pair in label order.
    """
    a: defaultdict[tuple[str, int, int], list[str]] = defaultdict(list)
    b: defaultdict[tuple[str, int, int], list[str]] = defaultdict(list)
    for s in first:
        a[(s.doc_id, s.start, s.end)].append(s.label)
    for s in second:
        b[(s.doc_id, s.start, s.end)].append(s.label)
    pairs: list[tuple[str, str]] = []
    for key in sorted(a.keys() & b.keys()):
        left, right = Counter(a[key]), Counter(b[key])
        same = left & right
        pairs.extend((label, label) for label in sorted(same.elements()))
        pairs.extend(zip(sorted((left - same).elements()), sorted((right - same).elements()), strict=False))
    return pairs


def event_spans(spans: Iterable[Span], event_labels: Collection[str]) -> list[Span]:
    """The spans whose label is an event type (e.g. the PLOVER types)."""
    return [s for s in spans if s.label in event_labels]


def event_trigger_f1(
    first: Iterable[Span], second: Iterable[Span], event_labels: Collection[str]
) -> MatchCounts:
    """Exact span F1 on event triggers only: same offsets and same event type."""
    return exact_f1(event_spans(first, event_labels), event_spans(second, event_labels))


def _exact_key(span: Span, labelled: bool) -> tuple[str, int, int, str]:
    return (span.doc_id, span.start, span.end, span.label if labelled else "")
