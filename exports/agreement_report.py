"""How well annotators agree in a merged project: spans, event triggers and event clusters, per pair.

Each pair is compared on the articles both have a version of (models.versions), nothing else: an
article only one of them did is not a disagreement. A version is every span the annotator's copy held,
a suggestion left in place included. Event clusters are compared on the event mentions of those
articles, matched by article and offsets; an event mention in no card is a singleton.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from models import labels
from models.adjudication import ADJUDICATED
from models.schema import Article
from models.versions import VersionSpan, annotator_version, annotators_of, has_versions
from nlp.agreement.pairwise import (
    AgreementReport,
    PairAgreement,
    SpanAgreement,
    event_trigger_agreement,
    span_agreement,
)
from nlp.agreement.spans import Span
from nlp.coref_metrics import CorefScores, coref_scores


@dataclass(frozen=True)
class ClusterAgreement:
    """Coreference scores of one pair's event clusters, the first annotator as the key."""

    first: str
    second: str
    mentions: int  # event mentions of the shared articles, in either version
    scores: CorefScores


TABLE_HEADER = ("Annotators", "Span F1 (exact)", "Span F1 (overlapping)", "Kappa on labels", "Trigger F1",
                "MUC F1", "B-cubed F1", "CEAF-e F1", "CoNLL F1", "BLANC F1")
TableRow = tuple[str, *tuple[float | None, ...]]  # the pair's name, then a figure per TABLE_HEADER column


@dataclass(frozen=True)
class ProjectAgreement:
    annotators: tuple[str, ...]
    articles: int  # articles with versions by two annotators or more
    report: AgreementReport  # spans (all labels) and event triggers, per pair and pooled
    clusters: tuple[ClusterAgreement, ...]

    def counted(self) -> str:
        return f"{self.articles} article{'' if self.articles == 1 else 's'}"

    def table(self) -> tuple[list[TableRow], str]:
        """The figures as rows under TABLE_HEADER (a row per pair, then all pairs; None: no kappa),
        and a note on what they cover. No rows when no article has two versions."""
        if not self.report.pairs:
            return [], self.lines()[0]
        scores = {(c.first, c.second): c.scores for c in self.clusters}
        rows: list[TableRow] = []
        for pair in self.report.pairs:
            s = scores[(pair.first, pair.second)]
            rows.append((f"{pair.first} / {pair.second}", pair.spans.exact.f1, pair.spans.overlap.f1,
                         pair.spans.kappa, pair.events.exact.f1, s.muc.f1, s.b_cubed.f1, s.ceaf_e.f1,
                         s.conll, s.blanc.f1))
        every = list(scores.values())
        mean = [sum(getattr(x, m).f1 for x in every) / len(every) for m in ("muc", "b_cubed", "ceaf_e")]
        spans, events = self.report.spans, self.report.events
        rows.append(("All pairs", spans.exact.f1, spans.overlap.f1, spans.kappa, events.exact.f1, *mean,
                     sum(mean) / 3, sum(x.blanc.f1 for x in every) / len(every)))
        note = (f"{self.counted()} with two versions or more. Spans pooled over pairs; cluster "
                "scores averaged over pairs, the first annotator as the key.")
        return rows, note

    def lines(self) -> list[str]:
        """The figures as text, for `main.py stats` and the workbook's summary."""
        if not self.report.pairs:
            return [f"No article has versions by two annotators ({len(self.annotators)} annotators)."]
        names = ", ".join(self.annotators)
        out = [f"{self.counted()} with two versions or more; annotators: {names}"]
        rows = [("all pairs", self.report.spans, self.report.events)]
        rows += [(f"{p.first} / {p.second}", p.spans, p.events) for p in self.report.pairs]
        for name, spans, events in rows:
            out.append(f"{name}: spans exact F1 {spans.exact.f1:.3f}, overlapping F1 {spans.overlap.f1:.3f}, "
                       f"kappa {_kappa(spans)}; event triggers F1 {events.exact.f1:.3f}")
        for c in self.clusters:
            s = c.scores
            out.append(f"{c.first} / {c.second} clusters ({c.mentions} event mentions): MUC {s.muc.f1:.3f}, "
                       f"B-cubed {s.b_cubed.f1:.3f}, CEAF-e {s.ceaf_e.f1:.3f}, CoNLL {s.conll:.3f}, "
                       f"BLANC {s.blanc.f1:.3f}")
        return out


def _kappa(spans: SpanAgreement) -> str:
    kappa = spans.kappa
    return "n/a" if kappa is None else f"{kappa:.3f}"


def _span(s: VersionSpan, doc: int) -> Span:
    return Span(str(doc), s.start, s.end, s.label)


Mention = int | tuple[int, int, int]  # an event mention: article and offsets, packed in one int
Events = dict[int, tuple[tuple[Mention, str | None], ...]]  # article id -> (mention, card) per event
_BITS = 21  # offsets below 2,097,152 characters pack into one int, 3-4 times smaller than a tuple


def _mention(doc: int, start: int, end: int) -> Mention:
    if end >> _BITS:  # a body longer than any news article: the plain tuple
        return (doc, start, end)
    return (doc << 2 * _BITS) | (start << _BITS) | end


def _clusters(events: Events, docs: Iterable[int]) -> list[frozenset[Mention]]:
    """An annotator's event clusters over some articles; an event mention in no card is a singleton."""
    cards: dict[str, set[Mention]] = defaultdict(set)
    alone = []
    for doc in docs:
        for mention, card in events.get(doc, ()):
            if card:
                cards[card].add(mention)
            else:
                alone.append(frozenset([mention]))
    return [frozenset(members) for members in cards.values()] + alone


def project_agreement(article_ids: Iterable[int] | None = None) -> ProjectAgreement:
    """Agreement of every pair of annotators on the (given) articles they both have versions of.

    Articles are read one at a time and each pair's span counts added up as they go, so memory holds
    only the event mentions (three numbers each), which the cluster scores need all at once."""
    event_labels = {label.name for label in labels.list_labels() if label.kind == "event"}
    wanted = set(article_ids) if article_ids is not None else None  # not an IN (...): it may be 100,000
    spans: dict[tuple[str, str], SpanAgreement] = defaultdict(SpanAgreement)
    triggers: dict[tuple[str, str], SpanAgreement] = defaultdict(SpanAgreement)
    events: dict[str, Events] = defaultdict(dict)
    card_ids: dict[str | None, str | None] = {}  # one string per card, however many mentions name it
    shared_articles = 0
    query = Article.select(Article.id).tuples().iterator()  # no row cache: 100,000 ids stay unheld
    for (article_id,) in query if has_versions() else ():  # a project never merged has nothing to compare
        if wanted is not None and article_id not in wanted:
            continue
        names = [n for n in annotators_of(article_id) if n != ADJUDICATED]  # annotators, not the verdict
        if not names:
            continue
        shared_articles += len(names) >= 2
        found = {name: annotator_version(article_id, name) for name in names}
        version = {name: [_span(s, article_id) for s in rows] for name, rows in found.items()}
        for name, rows in found.items():
            events[name][article_id] = tuple((_mention(article_id, s.start, s.end), card_ids.setdefault(
                s.cluster, s.cluster)) for s in rows if s.kind == "event")
        for first, second in combinations(sorted(names), 2):
            spans[first, second] += span_agreement(version[first], version[second])
            triggers[first, second] += event_trigger_agreement(version[first], version[second], event_labels)
    pairs, clusters = [], []
    for first, second in sorted(spans):
        pairs.append(PairAgreement(first, second, spans[first, second], triggers[first, second]))
        shared = sorted(events[first].keys() & events[second].keys())
        key, response = _clusters(events[first], shared), _clusters(events[second], shared)
        mentions = len(set().union(*key, *response))
        clusters.append(ClusterAgreement(first, second, mentions, coref_scores(key, response)))
    pooled_spans = sum((p.spans for p in pairs), SpanAgreement())
    pooled_events = sum((p.events for p in pairs), SpanAgreement())
    report = AgreementReport(tuple(pairs), pooled_spans, pooled_events)
    return ProjectAgreement(tuple(sorted(events)), shared_articles, report, tuple(clusters))
