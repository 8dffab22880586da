"""Agreement for every pair of annotators, and over all pairs together (micro average)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations

from nlp.agreement.kappa import cohen_kappa
from nlp.agreement.spans import NO_SPANS, MatchCounts, Span, event_spans, exact_f1, label_pairs, overlap_f1


@dataclass(frozen=True)
class SpanAgreement:
    """Span F1 counts under four matching rules, and the label pairs that kappa is computed on.

    exact: same offsets and label; exact_unlabelled: same offsets; overlap / overlap_unlabelled: at
    least one shared character, greedy one-to-one (nlp.agreement.spans.overlap_matches), with or
    without the same label. label_pairs counts the (first, second) labels of spans matched by offsets
    whatever their labels: a count per pair of labels, so adding up many documents stays small.
    """

    exact: MatchCounts = NO_SPANS
    exact_unlabelled: MatchCounts = NO_SPANS
    overlap: MatchCounts = NO_SPANS
    overlap_unlabelled: MatchCounts = NO_SPANS
    label_pairs: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def kappa(self) -> float | None:
        """Cohen's kappa on the labels of offset-matched spans; None where undefined (see cohen_kappa)."""
        return cohen_kappa(self.label_pairs.elements())

    def __add__(self, other: SpanAgreement) -> SpanAgreement:
        # Micro average: counts add up, and kappa is taken on the pooled label pairs.
        return SpanAgreement(
            self.exact + other.exact,
            self.exact_unlabelled + other.exact_unlabelled,
            self.overlap + other.overlap,
            self.overlap_unlabelled + other.overlap_unlabelled,
            self.label_pairs + other.label_pairs,
        )


def span_agreement(first: Iterable[Span], second: Iterable[Span]) -> SpanAgreement:
    """Compare two annotators' spans; the first plays the reference for precision and recall."""
    a, b = list(first), list(second)
    return SpanAgreement(
        exact=exact_f1(a, b),
        exact_unlabelled=exact_f1(a, b, labelled=False),
        overlap=overlap_f1(a, b),
        overlap_unlabelled=overlap_f1(a, b, labelled=False),
        label_pairs=Counter(label_pairs(a, b)),
    )


def event_trigger_agreement(
    first: Iterable[Span], second: Iterable[Span], event_labels: Collection[str]
) -> SpanAgreement:
    """span_agreement restricted to spans whose label is in `event_labels`.

    Its exact F1 is trigger classification (offsets and type), exact_unlabelled trigger identification.
    """
    return span_agreement(event_spans(first, event_labels), event_spans(second, event_labels))


@dataclass(frozen=True)
class PairAgreement:
    """Agreement of one pair of annotators on all spans and on event triggers alone."""

    first: str
    second: str
    spans: SpanAgreement
    events: SpanAgreement


@dataclass(frozen=True)
class AgreementReport:
    """Every pair of annotators, and the micro average over the pairs (counts and label pairs pooled)."""

    pairs: tuple[PairAgreement, ...]
    spans: SpanAgreement
    events: SpanAgreement

    def pair(self, first: str, second: str) -> PairAgreement:
        for row in self.pairs:
            if (row.first, row.second) == (first, second):
                return row
        raise KeyError((first, second))


def pairwise_agreement(
    annotations: Mapping[str, Iterable[Span]], event_labels: Collection[str]
) -> AgreementReport:
    """Compare each pair of annotators (in the mapping's order; the earlier one is the reference).

    With fewer than two annotators there are no pairs and the overall counts are all zero.
    """
    spans = {name: list(items) for name, items in annotations.items()}
    pairs = tuple(
        PairAgreement(x, y, span_agreement(spans[x], spans[y]),
                      event_trigger_agreement(spans[x], spans[y], event_labels))
        for x, y in combinations(spans, 2)
    )
    return AgreementReport(
        pairs,
        sum((p.spans for p in pairs), SpanAgreement()),
        sum((p.events for p in pairs), SpanAgreement()),
    )
