"""Exact-match scoring: offsets and label must both agree; partial overlaps count as wrong."""

from __future__ import annotations

import pytest

from nlp.scoring import DocumentPair, LabelScore, ScoredSpan, format_scores, score_documents


def _e(start: int, end: int, label: str) -> ScoredSpan:
    return ScoredSpan(start, end, label, "entity")


def _v(start: int, end: int, label: str) -> ScoredSpan:
    return ScoredSpan(start, end, label, "event")


def test_exact_matches_partial_overlaps_and_label_mismatches() -> None:
    gold = [_e(0, 10, "PERSON"), _e(20, 25, "GPE"), _e(30, 40, "ORG"), _e(50, 60, "DATE"),
            _v(12, 20, "ACCUSE"), _v(41, 48, "CONSULT")]
    predicted = [
        _e(0, 10, "PERSON"),  # right
        _e(20, 24, "GPE"),  # partial overlap: wrong, and gold 20-25 is missed
        _e(30, 40, "GPE"),  # right offsets, wrong label
        _e(50, 60, "DATE"),  # right
        _e(70, 75, "LOC"),  # spurious
        _v(12, 20, "ACCUSE"),  # right
        _v(41, 48, "AGREE"),  # wrong type
    ]
    scores = score_documents([DocumentPair(gold, predicted)])
    assert scores.documents == 1
    assert scores.entity("PERSON") == LabelScore("PERSON", 1, 1, 1)
    gpe = scores.entity("GPE")
    assert (gpe.true_positives, gpe.gold, gpe.predicted) == (0, 1, 2)
    assert gpe.precision == gpe.recall == gpe.f1 == 0.0
    assert scores.entity("ORG") == LabelScore("ORG", 0, 1, 0)
    assert scores.entity("LOC") == LabelScore("LOC", 0, 0, 1)
    micro = scores.entity_micro
    assert (micro.true_positives, micro.gold, micro.predicted) == (2, 4, 5)
    assert micro.precision == pytest.approx(2 / 5)
    assert micro.recall == pytest.approx(2 / 4)
    assert micro.f1 == pytest.approx(2 * 0.4 * 0.5 / 0.9)
    assert scores.event("ACCUSE").f1 == 1.0
    assert scores.event("CONSULT") == LabelScore("CONSULT", 0, 1, 0)
    assert scores.event("AGREE") == LabelScore("AGREE", 0, 0, 1)
    assert (scores.event_micro.true_positives, scores.event_micro.gold,
            scores.event_micro.predicted) == (1, 2, 2)
    assert scores.event_micro.f1 == pytest.approx(0.5)


def test_documents_are_scored_apart_and_summed() -> None:
    # The same offsets in another document are not a match.
    first = DocumentPair([_e(0, 5, "GPE")], [_e(0, 5, "GPE")])
    second = DocumentPair([_e(10, 15, "GPE")], [_e(0, 5, "GPE"), _e(10, 15, "GPE")])
    gpe = score_documents([first, second]).entity("GPE")
    assert (gpe.true_positives, gpe.gold, gpe.predicted) == (2, 2, 3)
    assert gpe.precision == pytest.approx(2 / 3)
    assert gpe.recall == 1.0
    assert gpe.f1 == pytest.approx(0.8)


def test_a_duplicate_prediction_counts_once() -> None:
    scores = score_documents([DocumentPair([_e(0, 5, "ORG")], [_e(0, 5, "ORG"), _e(0, 5, "ORG")])])
    assert scores.entity("ORG") == LabelScore("ORG", 1, 1, 2)


def test_an_entity_and_an_event_with_the_same_offsets_are_different_layers() -> None:
    scores = score_documents([DocumentPair([_v(0, 5, "ACCUSE")], [_e(0, 5, "ACCUSE")])])
    assert scores.event_micro == LabelScore("micro", 0, 1, 0)
    assert scores.entity_micro == LabelScore("micro", 0, 0, 1)


def test_nothing_to_score_gives_zeros_not_errors() -> None:
    scores = score_documents([])
    assert scores.documents == 0
    assert [s.label for s in scores.entities] == ["PERSON", "ORG", "GPE", "LOC", "DATE"]
    assert scores.events == ()
    assert scores.entity_micro.f1 == 0.0


def test_the_table_lists_each_label_with_counts() -> None:
    scores = score_documents([DocumentPair([_e(0, 5, "PERSON"), _v(6, 9, "ACCUSE")],
                                           [_e(0, 5, "PERSON"), _e(6, 9, "ORG")])])
    table = format_scores(scores)
    lines = table.splitlines()
    assert lines[0] == "Entities"
    assert lines[1].split() == ["label", "P", "R", "F1", "gold", "pred"]
    assert "PERSON        1.000  1.000  1.000      1      1" in lines
    assert "ORG           0.000  0.000  0.000      0      1" in lines
    assert "ACCUSE        0.000  0.000  0.000      1      0" in lines
    assert sum(line.startswith("micro avg") for line in lines) == 2
