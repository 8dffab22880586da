"""Within one article: "Pakta tersebut" borrows its antecedent's context; one event told twice, one chain."""

from __future__ import annotations

import datetime as dt

from test_linking_data import JUNE_19, profile

from nlp.linking.anaphora import article_chains, is_anaphoric, resolve_anaphors


def deal(uid: str = "k1", position: int = 100, **fields):
    values = {"trigger": "kesepakatan",
              "sentence": "Mereka membahas kesepakatan antara Vladimir Putin dan Kim Jong Un pekan lalu.",
              "participants": ("Vladimir Putin", "Kim Jong Un"), "date": JUNE_19, "places": ("Pyongyang",)}
    values.update(fields)
    return profile(uid, 5, position=position, **values)


def pact(uid: str = "p1", position: int = 300, **fields):
    values = {"event_type": "COOPERATE", "trigger": "Pakta",
              "sentence": "Pakta tersebut dibuat selama kunjungan pertama presiden Rusia ke Korea Utara.",
              "participants": ("Rusia", "Korea Utara")}
    values.update(fields)
    return profile(uid, 5, position=position, **values)


def test_demonstratives_mark_an_anaphor_in_both_languages():
    assert is_anaphoric(pact())
    assert not is_anaphoric(deal())
    english = profile("e", 1, trigger="treaty", language="en", sentence="Under the treaty, each side helps.")
    assert is_anaphoric(english)
    assert not is_anaphoric(profile("e2", 1, trigger="treaty", language="en",
                                    sentence="They signed a treaty on Wednesday."))


def test_an_anaphor_takes_the_date_place_and_actors_of_the_nearest_related_mention_before_it():
    meeting = profile("m1", 5, position=200, event_type="CONSULT", trigger="pertemuan",
                      participants=("Joe Biden",), date=dt.date(2024, 6, 24))
    resolved = {p.uid: p for p in resolve_anaphors([pact(), meeting, deal()])}
    borrowed = resolved["p1"]
    assert borrowed.date == JUNE_19  # from the deal, not from the nearer but unrelated meeting
    assert borrowed.places == ("Pyongyang",)
    assert borrowed.participants[:2] == ("Rusia", "Korea Utara")  # its own names come first
    assert "Vladimir Putin" in borrowed.participants and "Joe Biden" not in borrowed.participants
    assert resolved["k1"] == deal() and resolved["m1"] == meeting


def test_an_anaphor_before_any_related_mention_is_left_alone():
    alone = pact(position=10)
    assert resolve_anaphors([alone, deal(position=50)])[0] == alone


def test_one_report_telling_a_signing_twice_is_one_chain_but_other_actors_are_not():
    first = profile("s1", 3, position=10, participants=("Korea Utara", "Kim Jong-un", "Rusia", "Putin"))
    again = profile("s2", 3, position=400, participants=("Vladimir Putin", "Kim Jong-un"), date=JUNE_19)
    other = profile("s3", 3, position=600, participants=("Jepang", "Filipina"), date=JUNE_19)
    elsewhere = profile("s4", 4, position=700, participants=("Vladimir Putin", "Kim Jong-un"))
    chains = sorted(article_chains([other, again, first, elsewhere]))
    assert chains == [["s1", "s2"], ["s3"], ["s4"]]


def test_dates_far_apart_keep_two_mentions_of_one_lemma_apart():
    june = profile("d1", 3, position=10, participants=("Putin", "Kim Jong Un"), date=JUNE_19)
    september = profile("d2", 3, position=90, participants=("Putin", "Kim Jong Un"),
                        date=dt.date(2023, 9, 13))
    assert sorted(article_chains([june, september])) == [["d1"], ["d2"]]
