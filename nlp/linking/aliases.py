"""Canonical keys for participant and place names, so that Korut, DPRK and North Korea compare equal."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import pycountry
from rapidfuzz import fuzz

from nlp.resources import load_json

_PAREN = re.compile(r"\([^)]*\)")
_POSSESSIVE = re.compile(r"['’]s\b")
_DROP = re.compile(r"[.'’`\"]")
_SPACE = re.compile(r"[\s\-_/,:;]+")
_KINDS = {"countries": "country", "organisations": "org", "places": "place"}


def normalise(text: str) -> str:
    """Lowercase, no accents, parentheticals or punctuation; hyphens as spaces ("Kim Jong-un's")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _POSSESSIVE.sub("", _PAREN.sub(" ", text))
    text = _SPACE.sub(" ", _DROP.sub("", text.casefold())).strip()
    return text[4:] if text.startswith("the ") else text


@cache
def _table() -> dict[str, str]:
    """Normalised alias -> key ("country:PRK", "org:UN", "place:PYONGYANG", "person:PUTIN")."""
    data = load_json("aliases.json")
    table: dict[str, str] = {}
    for section, kind in _KINDS.items():
        for key, names in data[section].items():
            for name in names:
                table.setdefault(normalise(name), f"{kind}:{key}")
    for key, entry in data["persons"].items():
        for name in entry["names"]:
            table.setdefault(normalise(name), f"person:{key}")
    for key, names in data["demonyms"].items():  # "North Korean leader Kim Jong Un" in running text
        for name in names:
            table.setdefault(normalise(name), f"country:{key}")
    # English names from pycountry; our Indonesian entries win ("AS" is not American Samoa here).
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if name:
                table.setdefault(normalise(name), f"country:{country.alpha_3}")
    return table


@cache
def _affiliations() -> dict[str, str]:
    """person or capital key -> key of the country or organisation it acts or stands for."""
    table = _table()
    data = load_json("aliases.json")
    result = {f"place:{city}": f"country:{home}" for city, home in data.get("capitals", {}).items()}
    for key, entry in data["persons"].items():
        home = entry.get("country")
        if home:
            result[f"person:{key}"] = table.get(normalise(home)) or f"country:{home}"
    return result


@cache
def _titles() -> tuple[str, ...]:
    """Normalised titles, longest first so "menteri luar negeri" wins over "menteri"."""
    data = load_json("titles.json")
    titles = {normalise(t) for t in data["id"] + data["en"]} - {""}
    return tuple(sorted(titles, key=lambda t: (-len(t), t)))


def _strip_title(text: str) -> str:
    for title in _titles():
        if text.startswith(title + " "):
            return text[len(title) + 1:]
    return text


@cache
def _demonyms() -> frozenset[str]:
    data = load_json("aliases.json")["demonyms"]
    return frozenset(normalise(name) for names in data.values() for name in names)


def _strip_leading_country(text: str, before_title: bool = False) -> str:
    """ "rusia sergei lavrov" (left by "Menlu Rusia Sergei Lavrov") -> "sergei lavrov".

    before_title: strip a country or demonym only if a title follows ("russian president vladimir putin").
    """
    words = text.split()
    table = _table()
    for cut in range(min(4, len(words) - 1), 0, -1):
        head, rest = " ".join(words[:cut]), " ".join(words[cut:])
        key = table.get(head)
        country = bool(key and key.startswith(("country:", "org:"))) or head in _demonyms()
        if country and (not before_title or _strip_title(rest) != rest):
            return rest
    return text


@cache
def name_key(text: str) -> str:
    """An alias-table key such as "country:PRK", else "name:<normalised name without titles>"."""
    norm = normalise(text)
    table = _table()
    for _ in range(4):  # "Menteri Luar Negeri Rusia Sergei Lavrov": title, country, name
        if norm in table:
            return table[norm]
        stripped = _strip_title(_strip_leading_country(norm, before_title=True))
        if stripped != norm:
            stripped = _strip_leading_country(stripped)
        if stripped == norm:
            break
        norm = stripped
    return table.get(norm, f"name:{norm}")


def is_known(key: str) -> bool:
    """Whether a key comes from the alias table (a country, organisation, place or known person)."""
    return not key.startswith("name:")


def affiliation(key: str) -> str | None:
    """The country/organisation key a known person acts for, or a capital stands for ("person:PUTIN",
    "place:MOSCOW" -> "country:RUS")."""
    return _affiliations().get(key)


@cache
def _person_names(key: str) -> tuple[str, ...]:
    return tuple(sorted(alias for alias, k in _table().items() if k == key))


def _similar_person(a: str, b: str) -> bool:
    """Two normalised person names: a bare surname, same first and last, or a spelling variant."""
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return False
    if len(wa) == 1 and len(wb) == 1:
        return min(len(a), len(b)) >= 6 and fuzz.ratio(a, b) >= 88  # Zelensky / Zelenskyy
    if len(wa) == 1 or len(wb) == 1:
        (single,), full = (wa, wb) if len(wa) == 1 else (wb, wa)
        # A bare surname: last word, or first word of a three-part East Asian name ("Shin Won Sik").
        return len(single) >= 3 and (single == full[-1] or (len(full) == 3 and len(single) >= 4
                                                           and single == full[0]))
    if wa[0] == wb[0] and wa[-1] == wb[-1]:
        return True
    return min(len(a), len(b)) >= 6 and fuzz.token_sort_ratio(a, b) >= 90


@cache
def same_name(a: str, b: str) -> bool:
    """Whether two names denote the same participant or place (known keys exactly, other names loosely)."""
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return True
    known_a, known_b = is_known(ka), is_known(kb)
    if known_a and known_b:
        return False  # Korea Selatan is never Korea Utara
    if known_a or known_b:
        known, other = (ka, kb) if known_a else (kb, ka)
        if not known.startswith("person:"):
            return False  # fuzzy matching country names would join Austria and Australia
        other_name = other[5:]
        return any(_similar_person(other_name, alias) for alias in _person_names(known))
    return _similar_person(ka[5:], kb[5:])
