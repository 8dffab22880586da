"""Blocking index: related types, a date window or a shared participant; never the same article."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import time

from test_linking_data import later_deal, profile, treaty_background, treaty_signing

from nlp.linking.index import CandidateIndex
from nlp.linking.kinds import related_types

TYPES = ("AGREE", "COOPERATE", "CONSULT", "ACCUSE", "ASSAULT", "AID", "SANCTION", "THREATEN", "REQUEST")
COUNTRIES = ("Rusia", "Korea Utara", "Korea Selatan", "Jepang", "AS", "Tiongkok", "Ukraina", "Indonesia",
             "Iran", "Israel", "India", "Prancis", "Jerman", "Inggris", "Turki", "Mesir", "Brasil", "Kanada")


def random_profiles(count: int, seed: int = 7) -> list:
    rng = random.Random(seed)
    start = dt.date(2023, 1, 1)
    found = []
    for i in range(count):
        day = start + dt.timedelta(days=rng.randrange(730))
        found.append(profile(
            f"r{i}", 1000 + i // 3, event_type=rng.choice(TYPES), trigger="bertemu",
            participants=tuple(rng.sample(COUNTRIES, 2)), date=day if rng.random() < 0.6 else None,
            published=day + dt.timedelta(days=rng.randrange(3)),
        ))
    return found


def test_candidates_never_share_the_article_and_respect_blocking():
    index = CandidateIndex()
    signing = treaty_signing()
    same_article = dataclasses.replace(treaty_background(), uid="b0", article=signing.article)
    far_unrelated = profile("z1", 50, event_type="ASSAULT", trigger="serangan", participants=("Israel",),
                            date=dt.date(2021, 1, 1))
    for p in (signing, same_article, treaty_background(), later_deal(), far_unrelated):
        index.add(p)
    found = {p.uid for p in index.candidates(signing)}
    assert "b0" not in found and "a1" not in found and "z1" not in found
    assert {"b1", "c1"} <= found  # the window, and shared participants (Putin stands for Rusia)
    assert len(index) == 5


def test_remove_and_update():
    index = CandidateIndex()
    index.add(treaty_signing())
    index.add(treaty_background())
    index.update(dataclasses.replace(treaty_background(), cluster="card1"))
    assert index.get("b1").cluster == "card1"
    assert [p.uid for p in index.candidates(treaty_signing())] == ["b1"]
    index.remove("b1")
    index.remove("missing")
    assert index.candidates(treaty_signing()) == [] and len(index) == 1


def test_finds_the_match_among_many_random_profiles():
    index = CandidateIndex()
    for p in random_profiles(20_000):
        index.add(p)
    index.add(treaty_background())
    query = treaty_signing()
    found = index.candidates(query, limit=300)
    assert "b1" in [p.uid for p in found]
    assert all(p.event_type in related_types(query.event_type) for p in found)
    assert all(p.article != query.article for p in found)


def test_quick_benchmark_does_not_assert_time():
    index = CandidateIndex()
    profiles = random_profiles(100_000, seed=3)
    for p in profiles:
        index.add(p)
    began = time.perf_counter()
    for p in profiles[:20]:
        index.candidates(p)
    elapsed = (time.perf_counter() - began) / 20
    print(f"candidates(): {elapsed * 1000:.1f} ms per query over {len(index)} profiles")
