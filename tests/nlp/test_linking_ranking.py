"""Ranking: cards aggregate their members; own card, own article and rejected uids are never offered."""

from __future__ import annotations

import dataclasses
import datetime as dt

from test_linking_data import later_deal, treaty_background, treaty_english, treaty_signing

from nlp.linking.index import CandidateIndex
from nlp.linking.ranking import rank_candidates


def build(*profiles) -> CandidateIndex:
    index = CandidateIndex()
    for p in profiles:
        index.add(p)
    return index


def test_card_members_aggregate_into_one_candidate():
    english = dataclasses.replace(treaty_english(), cluster="card-treaty")
    background = dataclasses.replace(treaty_background(), cluster="card-treaty")
    index = build(english, background, later_deal())
    found = rank_candidates(treaty_signing(), index)
    assert found[0].kind == "card" and found[0].uid == "card-treaty"
    assert found[0].best_mention == "e1" and found[0].article == english.article
    assert any(r.name == "members" for r in found[0].reasons)  # two members agree
    assert [c.uid for c in found].count("card-treaty") == 1


def test_unlinked_mentions_are_offered_best_first():
    index = build(treaty_english(), treaty_background(), later_deal())
    found = rank_candidates(treaty_signing(), index)
    assert [c.uid for c in found] == ["e1", "b1"]  # the later deal falls under the minimum
    assert all(c.kind == "mention" and c.best_mention == c.uid for c in found)
    assert found[0].score > found[1].score > 0.5


def test_rejected_uids_and_own_card_are_excluded():
    english = dataclasses.replace(treaty_english(), cluster="card-treaty")
    index = build(english, treaty_background())
    query = treaty_signing()
    assert [c.uid for c in rank_candidates(query, index, rejected=frozenset({"card-treaty"}))] == ["b1"]
    assert [c.uid for c in rank_candidates(query, index, rejected=frozenset({"b1"}))] == ["card-treaty"]
    own = dataclasses.replace(query, cluster="card-treaty")
    assert [c.uid for c in rank_candidates(own, index)] == ["b1"]


def test_same_article_never_offered_and_near_duplicates_boost():
    copy = dataclasses.replace(treaty_signing("x1", 7), published=dt.date(2024, 6, 25), date=None)
    same_article = dataclasses.replace(treaty_english(), uid="e0", article=1)
    index = build(copy, same_article)
    query = treaty_signing()
    plain = rank_candidates(query, index)
    boosted = rank_candidates(query, index, near_duplicates=frozenset({(1, 7)}))
    assert [c.uid for c in plain] == ["x1"]
    assert boosted[0].score > plain[0].score
    assert any(r.name == "near_duplicate" for r in boosted[0].reasons)
