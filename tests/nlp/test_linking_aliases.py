"""Name keys: aliases, titles and surnames meet; distinct countries stay distinct."""

from __future__ import annotations

import pytest

from nlp.linking.aliases import affiliation, name_key, same_name


@pytest.mark.parametrize("names", [
    ("Korut", "Korea Utara", "DPRK", "North Korea", "Korea Utara (Korut)",
     "Republik Rakyat Demokratik Korea"),
    ("AS", "Amerika Serikat", "United States", "US", "U.S.", "Amerika Serikat (AS)"),
    ("Tiongkok", "China", "RRT", "Cina"),
    ("Rusia", "Russia", "Federasi Rusia"),
    ("Vladimir Putin", "Putin", "Presiden Putin", "Presiden Rusia Vladimir Putin",
     "Russian President Vladimir Putin"),
    ("Kim Jong Un", "Kim Jong-un", "Pemimpin Korea Utara Kim Jong Un"),
    ("PBB", "Perserikatan Bangsa-Bangsa", "United Nations", "UN"),
    ("Uni Eropa", "UE", "European Union", "EU"),
])
def test_aliases_share_one_key(names):
    keys = {name_key(name) for name in names}
    assert len(keys) == 1, keys
    assert all(same_name(names[0], other) for other in names)


@pytest.mark.parametrize(("a", "b"), [
    ("Korea Selatan", "Korea Utara"),
    ("Korsel", "Korut"),
    ("South Korea", "DPRK"),
    ("Pyongyang", "Korea Utara"),  # a capital is a place, not its country
    ("Austria", "Australia"),
    ("Niger", "Nigeria"),
    ("Kim Yo Jong", "Kim Jong Un"),
    ("Iran", "Irak"),
])
def test_distinct_names_stay_distinct(a, b):
    assert name_key(a) != name_key(b)
    assert not same_name(a, b)


def test_titles_are_stripped():
    assert name_key("Menteri Luar Negeri Rusia Sergei Lavrov") == name_key("Lavrov")
    assert name_key("Menlu Korsel Cho Tae-yul") == name_key("Cho Tae-yul")
    assert name_key("Menhan Korsel Shin Won-sik") == name_key("Shin Won-sik")


def test_unknown_people_match_by_surname_and_spelling():
    assert same_name("Shin Won-sik", "Shin")  # three-part East Asian name: family name first
    assert same_name("Sergei Ryabkov", "Ryabkov")
    assert same_name("Andrei Rudenko", "Andrey Rudenko")
    assert not same_name("Sergei Ryabkov", "Sergei Rudenko")


def test_known_leaders_stand_for_their_country():
    assert affiliation(name_key("Putin")) == name_key("Rusia")
    assert affiliation(name_key("Kim Jong-un")) == name_key("Korut")
    assert affiliation(name_key("Rusia")) is None


def test_a_capital_as_participant_stands_for_its_country():
    # "pakta pertahanan antara Moskow dan Pyongyang": the capitals are the two governments.
    assert affiliation(name_key("Moskow")) == name_key("Rusia")
    assert affiliation(name_key("Pyongyang")) == name_key("Korea Utara")
    assert affiliation(name_key("Vladivostok")) is None  # only capitals speak for a country
