"""Inter-annotator agreement: exact and overlapping span F1, Cohen's kappa, event triggers, every pair.

Expected values are worked out by hand in the comments.
"""

from __future__ import annotations

import pytest

from nlp.agreement.kappa import cohen_kappa
from nlp.agreement.pairwise import event_trigger_agreement, pairwise_agreement, span_agreement
from nlp.agreement.spans import (
    MatchCounts,
    Span,
    event_trigger_f1,
    exact_f1,
    label_pairs,
    overlap_f1,
    overlap_matches,
)

EVENTS = frozenset({"ACCUSE", "CONSULT", "AGREE"})


def _s(start: int, end: int, label: str, doc: str = "d1") -> Span:
    return Span(doc, start, end, label)


# Two annotators on one document.
FIRST = [_s(0, 5, "PERSON"), _s(10, 20, "ORG"), _s(30, 40, "GPE"), _s(50, 55, "ACCUSE")]
SECOND = [
    _s(0, 5, "PERSON"),  # same offsets, same label
    _s(10, 20, "GPE"),  # same offsets, other label
    _s(32, 45, "GPE"),  # overlaps [30, 40) by 8 characters, same label
    _s(50, 55, "ACCUSE"),  # same offsets, same label
    _s(60, 70, "LOC"),  # only the second annotator
]


def test_exact_and_overlap_f1() -> None:
    # |first| = 4, |second| = 5; precision = matched/5, recall = matched/4, F1 = 2·matched/9.
    # Exact, labelled: PERSON [0,5) and ACCUSE [50,55) → 2: P = 2/5, R = 2/4, F1 = 4/9.
    exact = exact_f1(FIRST, SECOND)
    assert exact == MatchCounts(2, 4, 5)
    assert (exact.precision, exact.recall, exact.f1) == pytest.approx((2 / 5, 1 / 2, 4 / 9))
    # Exact, unlabelled: also [10,20) → 3: F1 = 6/9.
    assert exact_f1(FIRST, SECOND, labelled=False) == MatchCounts(3, 4, 5)
    # Overlap, labelled: the 2 exact plus GPE [30,40)~[32,45) → 3; ORG vs GPE at [10,20) differ in label.
    assert overlap_f1(FIRST, SECOND) == MatchCounts(3, 4, 5)
    # Overlap, unlabelled: all four of the first → 4: P = 4/5, R = 1, F1 = 8/9.
    loose = overlap_f1(FIRST, SECOND, labelled=False)
    assert loose == MatchCounts(4, 4, 5)
    assert loose.f1 == pytest.approx(8 / 9)


def test_kappa_on_offset_matched_spans() -> None:
    # Spans matched by offsets whatever the label: (PERSON, PERSON), (ORG, GPE), (ACCUSE, ACCUSE).
    pairs = label_pairs(FIRST, SECOND)
    assert pairs == [("PERSON", "PERSON"), ("ORG", "GPE"), ("ACCUSE", "ACCUSE")]
    # p_o = 2/3. First: PERSON ORG ACCUSE 1/3 each; second: PERSON GPE ACCUSE 1/3 each.
    # p_e = PERSON 1/3·1/3 + ACCUSE 1/3·1/3 (ORG and GPE are used by one side only) = 2/9.
    # kappa = (2/3 - 2/9) / (1 - 2/9) = (4/9) / (7/9) = 4/7.
    assert cohen_kappa(pairs) == pytest.approx(4 / 7)
    assert span_agreement(FIRST, SECOND).kappa == pytest.approx(4 / 7)


def test_event_trigger_f1_takes_only_event_labels() -> None:
    # Events: first {ACCUSE [50,55)}, second {ACCUSE [50,55)} → 1 of 1 each: F1 = 1.
    assert event_trigger_f1(FIRST, SECOND, EVENTS) == MatchCounts(1, 1, 1)
    # Second annotator types the trigger CONSULT instead: classification 0/1, identification 1/1.
    retyped = [*SECOND[:3], _s(50, 55, "CONSULT")]
    events = event_trigger_agreement(FIRST, retyped, EVENTS)
    assert events.exact == MatchCounts(0, 1, 1)
    assert events.exact_unlabelled == MatchCounts(1, 1, 1)
    # One item (ACCUSE, CONSULT): p_o = 0, p_e = 1·0 = 0 → kappa = (0 - 0)/(1 - 0) = 0.
    assert events.kappa == 0.0


@pytest.mark.parametrize(
    ("yes_yes", "yes_no", "no_yes", "no_no", "kappa"),
    [
        # The classic 2x2 (e.g. Wikipedia, "Cohen's kappa"): 50 items, A says yes to 25, B to 30.
        #   p_o = (20 + 15)/50 = 0.7; p_e = 0.5·0.6 + 0.5·0.4 = 0.5; kappa = (0.7 - 0.5)/(1 - 0.5) = 0.4.
        (20, 5, 10, 15, 0.4),
        # Same p_o = 0.6, different marginals (the same article's pair of examples):
        #   A yes 60/100, B yes 70/100: p_e = 0.6·0.7 + 0.4·0.3 = 0.54; kappa = 0.06/0.46 = 3/23 = 0.13043.
        (45, 15, 25, 15, 3 / 23),
        #   A yes 60/100, B yes 30/100: p_e = 0.6·0.3 + 0.4·0.7 = 0.46; kappa = 0.14/0.54 = 7/27 = 0.25926.
        (25, 35, 5, 35, 7 / 27),
    ],
)
def test_kappa_on_textbook_two_by_two_tables(yes_yes: int, yes_no: int, no_yes: int, no_no: int,
                                             kappa: float) -> None:
    pairs = ([("yes", "yes")] * yes_yes + [("yes", "no")] * yes_no + [("no", "yes")] * no_yes
             + [("no", "no")] * no_no)
    assert cohen_kappa(pairs) == pytest.approx(kappa)


def test_kappa_bounds_and_undefined_cases() -> None:
    # Perfect agreement with two labels: p_o = 1, p_e = 1/2 → 1.
    assert cohen_kappa([("a", "a"), ("b", "b")]) == 1.0
    # Always the other label: p_o = 0, p_e = 1/2·1/2 + 1/2·1/2 = 1/2 → (0 - 1/2)/(1/2) = -1.
    assert cohen_kappa([("a", "b"), ("b", "a")]) == -1.0
    # Undefined: no items, or one shared label throughout (p_e = 1, 0/0).
    assert cohen_kappa([]) is None
    assert cohen_kappa([("a", "a")] * 3) is None


def test_overlap_prefers_the_largest_overlap() -> None:
    # First [0,10); second [0,3) (3 shared) and [2,10) (8 shared): [2,10) is taken, [0,3) stays unmatched.
    first, second = [_s(0, 10, "ORG")], [_s(0, 3, "ORG"), _s(2, 10, "ORG")]
    assert overlap_matches(first, second) == [(first[0], second[1])]
    # 1 matched, 1 and 2 marked: P = 1/2, R = 1, F1 = 2/3.
    assert overlap_f1(first, second).f1 == pytest.approx(2 / 3)


def test_overlap_ties_go_to_the_closer_boundaries() -> None:
    # [0,10) overlaps both [0,10) and [0,20) by 10 characters; the exact one (drift 0 vs 10) wins.
    first, second = [_s(0, 10, "ORG")], [_s(0, 20, "ORG"), _s(0, 10, "ORG")]
    assert overlap_matches(first, second) == [(first[0], second[1])]


def test_overlap_greedy_is_not_a_maximum_matching() -> None:
    # Documented limit: first [0,10) [8,12); second [5,10) [0,4). Overlaps: [0,10)~[5,10) 5,
    # [0,10)~[0,4) 4, [8,12)~[5,10) 2. Greedy takes the 5 and blocks both others: 1 pair where 2 exist.
    first = [_s(0, 10, "X"), _s(8, 12, "X")]
    second = [_s(5, 10, "X"), _s(0, 4, "X")]
    assert overlap_matches(first, second) == [(first[0], second[0])]


def test_touching_spans_do_not_overlap_and_documents_are_apart() -> None:
    # Half-open offsets: [0,5) and [5,9) share no character.
    assert overlap_f1([_s(0, 5, "X")], [_s(5, 9, "X")]) == MatchCounts(0, 1, 1)
    # Same offsets and label in another document never match.
    assert exact_f1([_s(0, 5, "X", "d1")], [_s(0, 5, "X", "d2")]) == MatchCounts(0, 1, 1)
    assert overlap_f1([_s(0, 5, "X", "d1")], [_s(0, 5, "X", "d2")], labelled=False) == MatchCounts(0, 1, 1)


def test_repeated_spans_match_at_most_as_often_as_the_other_side_has_them() -> None:
    # First marks [0,5) PERSON twice, second once: 1 match of 2 and 1.
    twice = [_s(0, 5, "PERSON"), _s(0, 5, "PERSON")]
    assert exact_f1(twice, [_s(0, 5, "PERSON")]) == MatchCounts(1, 2, 1)
    assert overlap_f1(twice, [_s(0, 5, "PERSON")]) == MatchCounts(1, 2, 1)
    # Several labels on one range: equal labels pair first, then the rest in label order.
    assert label_pairs([_s(0, 5, "ORG"), _s(0, 5, "GPE")], [_s(0, 5, "LOC"), _s(0, 5, "ORG")]) == [
        ("ORG", "ORG"), ("GPE", "LOC")]


def test_nothing_marked_gives_zero_not_an_error() -> None:
    empty = span_agreement([], [])
    assert empty.exact == MatchCounts(0, 0, 0)
    assert (empty.exact.precision, empty.exact.recall, empty.exact.f1) == (0.0, 0.0, 0.0)
    assert empty.kappa is None
    one_sided = exact_f1([_s(0, 5, "X")], [])
    assert (one_sided.precision, one_sided.recall, one_sided.f1) == (0.0, 0.0, 0.0)


def test_a_span_needs_positive_length() -> None:
    with pytest.raises(ValueError):
        Span("d1", 5, 5, "X")
    with pytest.raises(ValueError):
        Span("d1", -1, 5, "X")


def test_pairwise_and_micro_average_over_pairs() -> None:
    annotations = {
        "ana": [_s(0, 5, "PERSON"), _s(10, 15, "ORG"), _s(30, 35, "ACCUSE")],
        "budi": [_s(0, 5, "PERSON"), _s(30, 35, "ACCUSE")],
        "citra": [_s(0, 5, "ORG"), _s(10, 15, "ORG"), _s(20, 25, "GPE"), _s(30, 35, "AGREE")],
    }
    report = pairwise_agreement(annotations, EVENTS)
    assert [(p.first, p.second) for p in report.pairs] == [
        ("ana", "budi"), ("ana", "citra"), ("budi", "citra")]
    # Exact labelled, per pair (matched, first, second):
    #   ana-budi:   PERSON [0,5), ACCUSE [30,35) → (2, 3, 2): P = 1, R = 2/3, F1 = 4/5.
    #   ana-citra:  ORG [10,15) → (1, 3, 4): F1 = 2/7.
    #   budi-citra: nothing → (0, 2, 4): F1 = 0.
    # Micro: (3, 8, 10): P = 3/10, R = 3/8, F1 = 6/18 = 1/3.
    assert report.pair("ana", "budi").spans.exact == MatchCounts(2, 3, 2)
    assert report.pair("ana", "budi").spans.exact.f1 == pytest.approx(4 / 5)
    assert report.pair("ana", "citra").spans.exact == MatchCounts(1, 3, 4)
    assert report.pair("budi", "citra").spans.exact == MatchCounts(0, 2, 4)
    assert report.spans.exact == MatchCounts(3, 8, 10)
    assert report.spans.exact.f1 == pytest.approx(1 / 3)
    # Exact unlabelled: ana-budi 2, ana-citra 3 ([0,5) [10,15) [30,35)), budi-citra 2
    #   → (7, 8, 10): F1 = 14/18.
    assert report.spans.exact_unlabelled == MatchCounts(7, 8, 10)
    # Kappa, pooled label pairs over the three pairs:
    #   ana-budi (PERSON,PERSON) (ACCUSE,ACCUSE); ana-citra (PERSON,ORG) (ORG,ORG) (ACCUSE,AGREE);
    #   budi-citra (PERSON,ORG) (ACCUSE,AGREE). n = 7, agreeing 3 → p_o = 3/7.
    #   First side: PERSON 3, ACCUSE 3, ORG 1. Second side: PERSON 1, ACCUSE 1, ORG 3, AGREE 2.
    #   p_e = (3·1 + 3·1 + 1·3)/49 = 9/49. kappa = (21/49 - 9/49)/(40/49) = 12/40 = 3/10.
    assert report.spans.kappa == pytest.approx(3 / 10)
    # Per pair, ana-citra: p_o = 1/3; ana PERSON ORG ACCUSE 1/3 each, citra ORG 2/3 AGREE 1/3;
    #   p_e = ORG 1/3·2/3 = 2/9; kappa = (3/9 - 2/9)/(7/9) = 1/7.
    assert report.pair("ana", "citra").spans.kappa == pytest.approx(1 / 7)
    # Event triggers (ACCUSE, AGREE, CONSULT only), exact labelled:
    #   ana-budi (1, 1, 1); ana-citra ACCUSE vs AGREE (0, 1, 1); budi-citra (0, 1, 1).
    #   Micro (1, 3, 3): F1 = 1/3.
    #   Identification (offsets only) agrees everywhere: (3, 3, 3).
    assert report.pair("ana", "budi").events.exact == MatchCounts(1, 1, 1)
    assert report.events.exact == MatchCounts(1, 3, 3)
    assert report.events.exact.f1 == pytest.approx(1 / 3)
    assert report.events.exact_unlabelled == MatchCounts(3, 3, 3)
    # Event kappa pooled: (ACCUSE,ACCUSE) (ACCUSE,AGREE) (ACCUSE,AGREE): first side ACCUSE only,
    #   p_e = 3·1/9 = 1/3, p_o = 1/3 → kappa = 0.
    assert report.events.kappa == pytest.approx(0.0)


def test_pairwise_with_one_annotator_has_no_pairs() -> None:
    report = pairwise_agreement({"ana": [_s(0, 5, "PERSON")]}, EVENTS)
    assert report.pairs == ()
    assert report.spans.exact == MatchCounts(0, 0, 0)
    with pytest.raises(KeyError):
        report.pair("ana", "budi")
