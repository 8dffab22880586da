"""Grouping for the headless link command: confirmed links stay, chains of different events do not merge."""

from __future__ import annotations

import dataclasses
import datetime as dt

from test_linking_data import later_deal, profile, treaty_background, treaty_english, treaty_signing

from nlp.linking.grouping import suggest_groups
from nlp.linking.index import CandidateIndex
from nlp.linking.scoring import score_pair


def build(*profiles) -> CandidateIndex:
    index = CandidateIndex()
    for p in profiles:
        index.add(p)
    return index


def test_same_event_across_outlets_forms_one_group_and_the_later_deal_stays_out():
    profiles = [treaty_signing(), treaty_english(), treaty_background(), later_deal()]
    groups = suggest_groups(profiles, build(*profiles), confirmed={}, rejected={})
    assert [g.members for g in groups] == [("a1", "b1", "e1")]
    assert groups[0].join is None and groups[0].score > 0.5


def test_confirmed_mentions_never_move_but_others_may_join_their_card():
    signing = dataclasses.replace(treaty_signing(), cluster="card-1")
    profiles = [signing, treaty_english(), treaty_background(), later_deal()]
    groups = suggest_groups(profiles, build(*profiles), confirmed={"a1": "card-1"}, rejected={})
    assert [(g.members, g.join) for g in groups] == [(("b1", "e1"), "card-1")]
    assert all("a1" not in g.members for g in groups)


def test_two_confirmed_cards_are_never_merged():
    profiles = [treaty_signing(), treaty_english()]
    groups = suggest_groups(profiles, build(*profiles), confirmed={"a1": "card-1", "e1": "card-2"},
                            rejected={})
    assert groups == []


def test_rejections_are_respected():
    profiles = [treaty_signing(), treaty_english(), treaty_background()]
    index = build(*profiles)
    groups = suggest_groups(profiles, index, confirmed={}, rejected={"b1": frozenset({"a1", "e1"})})
    assert [g.members for g in groups] == [("a1", "e1")]
    rejected = {"e1": frozenset({"card-1"})}
    groups = suggest_groups(profiles, index, confirmed={"a1": "card-1"}, rejected=rejected)
    assert all(g.join != "card-1" or "e1" not in g.members for g in groups)


def test_chaining_does_not_merge_different_events():
    """A~B and B~C are plausible, but A and C are two months apart: two groups, never one."""
    start = dt.date(2024, 3, 4)
    a = profile("m1", 11, trigger="menandatangani", participants=("Jepang", "Filipina"), places=("Manila",),
                date=start, published=start)
    b = profile("m2", 12, trigger="meneken", participants=("Jepang", "Filipina"), places=("Manila",),
                date=None, published=None)  # nothing dates it: it fits both A and C
    c = profile("m3", 13, trigger="menandatangani", participants=("Jepang", "Filipina"), places=("Manila",),
                date=dt.date(2024, 5, 8), published=dt.date(2024, 5, 8))
    a2 = dataclasses.replace(a, uid="m4", article=14)
    c2 = dataclasses.replace(c, uid="m5", article=15)
    profiles = [a, b, c, a2, c2]
    groups = suggest_groups(profiles, build(*profiles), confirmed={}, rejected={})
    assert min(score_pair(b, a).value, score_pair(b, c).value) > 0.5  # a real chain A~B~C
    assert sum(r.score for r in score_pair(a, c).reasons) < 0  # but A and C are different events
    assert not any({"m1", "m3"} <= set(g.members) for g in groups)
    members = {m for g in groups for m in g.members}
    assert members == {"m1", "m2", "m3", "m4", "m5"} and len(groups) == 2


def test_output_is_deterministic():
    profiles = [treaty_signing(), treaty_english(), treaty_background(), later_deal()]
    first = suggest_groups(profiles, build(*profiles), confirmed={}, rejected={})
    second = suggest_groups(list(reversed(profiles)), build(*reversed(profiles)), confirmed={}, rejected={})
    assert first == second


def test_mentions_one_article_tells_as_one_event_join_a_card_together():
    """Article 1 tells the signing twice (same verb, same two leaders); the group takes both or neither."""
    first = dataclasses.replace(treaty_signing(), position=10)
    again = dataclasses.replace(treaty_signing("a2"), position=500, date=None, places=(), published=None,
                                sentence="Keduanya menandatangani dokumen itu setelah jamuan makan.")
    assert score_pair(again, treaty_english()).value < 0.5  # alone, it would stay out
    profiles = [first, again, treaty_english()]
    groups = suggest_groups(profiles, build(*profiles), confirmed={}, rejected={})
    assert [g.members for g in groups] == [("a1", "a2", "e1")]
