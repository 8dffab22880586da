"""Pair scores: one treaty across outlets and languages above 0.5; a later deal of the same kind below."""

from __future__ import annotations

import dataclasses
import datetime as dt

from test_linking_data import later_deal, profile, treaty_background, treaty_english, treaty_signing

from nlp.linking.scoring import score_pair

THRESHOLD = 0.5


def test_background_mention_a_month_later_links_to_the_signing():
    result = score_pair(treaty_signing(), treaty_background())
    assert result.value > THRESHOLD
    names = [r.name for r in result.reasons]
    assert {"type", "trigger", "participants", "date", "place"} <= set(names)
    texts = " | ".join(r.text for r in result.reasons)
    assert "Putin ~ Rusia" in texts and "2024-06" in texts and "Pyongyang" in texts


def test_background_mention_without_place_still_links():
    background = dataclasses.replace(treaty_background(), places=())
    assert score_pair(treaty_signing(), background).value > THRESHOLD


def test_english_report_of_the_same_day_scores_high():
    result = score_pair(treaty_signing(), treaty_english())
    assert result.value > 0.8
    assert result.reasons[0].text == "same date (2024-06-19)"


def test_different_later_event_between_same_countries_scores_low():
    for first in (treaty_signing(), treaty_background(), treaty_english()):
        result = score_pair(first, later_deal())
        assert result.value < THRESHOLD, result
        assert any(r.name == "date" and r.score < 0 for r in result.reasons)


def test_later_event_with_only_a_publication_date_is_not_linked():
    undated = dataclasses.replace(later_deal(), date=None, published=dt.date(2024, 8, 30))
    assert score_pair(treaty_signing(), undated).value < THRESHOLD


def test_score_is_symmetric_and_reasons_best_first():
    a, b = treaty_signing(), treaty_background()
    assert score_pair(a, b).value == score_pair(b, a).value
    scores = [r.score for r in score_pair(a, b).reasons]
    assert scores == sorted(scores, reverse=True) and all(scores)


def test_unrelated_type_and_trigger_count_against():
    talks = profile("t1", 9, event_type="ACCUSE", trigger="mengecam", participants=("Korea Selatan",),
                    date=dt.date(2024, 6, 19), sentence="Korea Selatan mengecam perjanjian itu.")
    result = score_pair(treaty_signing(), talks)
    assert result.value < 0.3
    assert {r.name for r in result.reasons if r.score < 0} >= {"type", "trigger", "participants"}


def test_near_duplicate_articles_add_a_reason():
    a, b = treaty_signing(), dataclasses.replace(treaty_signing("x1", 7), published=dt.date(2024, 6, 20))
    plain, boosted = score_pair(a, b), score_pair(a, b, near_duplicate_articles=True)
    assert boosted.value >= plain.value
    assert any(r.name == "near_duplicate" for r in boosted.reasons)


def test_same_day_reports_without_resolved_dates():
    a = dataclasses.replace(treaty_signing(), date=None)
    b = dataclasses.replace(treaty_english(), date=None)
    assert score_pair(a, b).value > THRESHOLD


def test_repeated_launches_days_apart_are_different_events():
    def launch(uid: str, article: int, day: int):
        return profile(uid, article, event_type="ASSAULT", trigger="meluncurkan rudal",
                       sentence="Korea Utara meluncurkan rudal balistik ke Laut Jepang, kata militer Jepang.",
                       participants=("Korea Utara", "Jepang"), places=("Laut Jepang",),
                       date=dt.date(2024, 5, day), published=dt.date(2024, 5, day))

    assert score_pair(launch("l1", 21, 10), launch("l2", 22, 10)).value > 0.8
    assert score_pair(launch("l1", 21, 10), launch("l2", 22, 11)).value > THRESHOLD
    for day in (13, 15, 24):
        assert score_pair(launch("l1", 21, 10), launch("l3", 23, day)).value < THRESHOLD
