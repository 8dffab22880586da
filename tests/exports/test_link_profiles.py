"""From an event mention's context to its linking profile: roles first, the date written nearest."""

from __future__ import annotations

import datetime as dt

from exports.link_profiles import profile_of
from models.cards import ContextEntity, EventContext

SENTENCE = ("KTT yang berlangsung pada 22-24 Oktober 2024 itu menjadi acara terbesar yang digelar Rusia "
            "sejak invasi ke Ukraina pada Februari 2022.")


def context(*entities: ContextEntity, label: str = "ASSAULT", text: str = "invasi") -> EventContext:
    start = SENTENCE.index(text)
    return EventContext("m1", 1, "Liputan6", dt.date(2024, 10, 23), "id", label, text, start,
                        start + len(text), SENTENCE, None, None, entities)


def test_the_date_written_nearest_the_trigger_is_the_events():
    summit = ContextEntity("22-24 Oktober 2024", "DATE", "2024-10-22", distance=75)
    invasion = ContextEntity("Februari 2022", "DATE", "2022-02", distance=16)
    profile = profile_of(context(summit, invasion))
    assert (profile.date, profile.date_precision) == (dt.date(2022, 2, 1), "month")


def test_a_time_role_wins_over_a_nearer_date():
    summit = ContextEntity("22-24 Oktober 2024", "DATE", "2024-10-22", role="TIME", distance=75)
    invasion = ContextEntity("Februari 2022", "DATE", "2022-02", distance=16)
    assert profile_of(context(summit, invasion)).date == dt.date(2024, 10, 22)


def test_equally_near_dates_give_the_more_precise():
    month = ContextEntity("Oktober", "DATE", "2024-10", distance=5)
    day = ContextEntity("Selasa (22/10)", "DATE", "2024-10-22", distance=5)
    assert profile_of(context(month, day)).date == dt.date(2024, 10, 22)


def test_roles_give_participants_and_place_before_the_sentence():
    russia = ContextEntity("Rusia", "GPE", None, role="SOURCE", distance=40)
    ukraine = ContextEntity("Ukraina", "GPE", None, role="TARGET", distance=4)
    profile = profile_of(context(russia, ukraine, ContextEntity("Kazan", "GPE", None, distance=90)))
    assert profile.participants == ("Rusia", "Ukraina")
    assert profile.places == ("Kazan",)  # no PLACE role: the sentence's places stand in
    assert profile.position == SENTENCE.index("invasi")
