"""Invented event mentions shared by the linking tests: the Putin–Kim treaty of 19 June 2024 and others."""

from __future__ import annotations

import datetime as dt

from nlp.linking.profiles import EventProfile

JUNE_19 = dt.date(2024, 6, 19)


def profile(uid: str, article: int, **fields) -> EventProfile:
    """An EventProfile with harmless defaults for whatever the test does not care about."""
    values = {
        "outlet": "antara", "event_type": "AGREE", "trigger": "menandatangani", "sentence": "",
        "participants": (), "places": (), "date": None, "published": None,
    }
    values.update(fields)
    return EventProfile(uid=uid, article=article, **values)


def treaty_signing(uid: str = "a1", article: int = 1) -> EventProfile:
    """The treaty reported on the day it was signed."""
    return profile(
        uid, article, trigger="menandatangani",
        sentence="Putin dan Kim menandatangani perjanjian kemitraan strategis komprehensif di Pyongyang, "
                 "Rabu (19/6).",
        participants=("Vladimir Putin", "Kim Jong Un"), places=("Pyongyang",), date=JUNE_19,
        published=JUNE_19,
    )


def treaty_background(uid: str = "b1", article: int = 2) -> EventProfile:
    """The same treaty as background a month later: "bulan lalu" resolves to June 2024 only."""
    return profile(
        uid, article, outlet="kompas", event_type="COOPERATE", trigger="pakta pertahanan",
        sentence="Hubungan Rusia dan Korea Utara kian erat sejak pakta pertahanan yang diteken kedua "
                 "pemimpin bulan lalu di Pyongyang.",
        participants=("Rusia", "Korea Utara"), places=("Pyongyang",), date=dt.date(2024, 6, 1),
        date_precision="month", published=dt.date(2024, 7, 20),
    )


def treaty_english(uid: str = "e1", article: int = 4) -> EventProfile:
    """The treaty in an English outlet."""
    return profile(
        uid, article, outlet="reuters", trigger="signed", language="en",
        sentence="Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a "
                 "comprehensive strategic partnership treaty in Pyongyang on Wednesday.",
        participants=("Russian President Vladimir Putin", "Kim Jong-un"), places=("Pyongyang",),
        date=JUNE_19, published=dt.date(2024, 6, 20),
    )


def later_deal(uid: str = "c1", article: int = 3) -> EventProfile:
    """A different agreement between the same countries a month later."""
    return profile(
        uid, article, outlet="tempo", trigger="meneken",
        sentence="Rusia dan Korea Utara meneken kesepakatan kerja sama ekonomi baru di Moskow, Senin (22/7).",
        participants=("Rusia", "Korea Utara"), places=("Moskow",), date=dt.date(2024, 7, 22),
        published=dt.date(2024, 7, 22),
    )
