"""Known news outlets and wires: how they are written in articles, and their display names."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from nlp.resources import load_json

_TABLE = load_json("outlets.json")


def _keys(table: Mapping[str, Sequence[str]]) -> dict[str, str]:
    keys: dict[str, str] = {}
    for display, spellings in table.items():
        for spelling in (display, *spellings):
            keys.setdefault(outlet_key(spelling), display)
    return keys


# The project's own outlets (main.py outlets), on top of the shipped table while an article is read.
_PROJECT_OUTLETS: ContextVar[Mapping[str, str] | None] = ContextVar("project_outlets", default=None)


@contextmanager
def project_outlets(table: Mapping[str, Sequence[str]] | None) -> Iterator[None]:
    """Use a project's outlet table (display name -> spellings) beside the shipped one."""
    token = _PROJECT_OUTLETS.set(_keys(table) if table else None)
    try:
        yield
    finally:
        _PROJECT_OUTLETS.reset(token)


class _KnownOutlets(Mapping[str, str]):
    """Squeezed spelling -> display name: the project's outlets first, then the shipped table."""

    def __getitem__(self, key: str) -> str:
        project = _PROJECT_OUTLETS.get() or {}
        return project[key] if key in project else _SHIPPED[key]

    def __iter__(self) -> Iterator[str]:
        return iter({**_SHIPPED, **(_PROJECT_OUTLETS.get() or {})})

    def __len__(self) -> int:
        return len({**_SHIPPED, **(_PROJECT_OUTLETS.get() or {})})

    def __contains__(self, key: object) -> bool:
        return key in (_PROJECT_OUTLETS.get() or {}) or key in _SHIPPED


_DOMAIN_END = re.compile(r"\.(?:co\.id|com|net|org|id|co|tv|news)(?:\.[a-z]{2})?$", re.IGNORECASE)


_SHIPPED: dict[str, str] = {}
KNOWN_OUTLETS: Mapping[str, str] = _KnownOutlets()


def outlet_key(name: str) -> str:
    """Squeeze an outlet name or domain to the key used in KNOWN_OUTLETS."""
    name = name.strip().lower()
    name = name.removeprefix("https://").removeprefix("http://").removeprefix("www.")
    name = _DOMAIN_END.sub("", name)
    return re.sub(r"[^a-z0-9]", "", name)


def canonical_outlet(name: str) -> str | None:
    """Display name for a known outlet, else the name as written (trimmed); None for empty input."""
    name = name.strip(" \t-–—:,.()")
    if not name:
        return None
    key = outlet_key(name)
    if key in KNOWN_OUTLETS:
        return KNOWN_OUTLETS[key]
    # Wire credits like "Yonhap-OANA" or "ANTARA/Reuters": the first known part names the wire.
    for part in re.split(r"[-/,&]| dan | and ", name):
        if outlet_key(part) in KNOWN_OUTLETS:
            return KNOWN_OUTLETS[outlet_key(part)]
    return name


def is_known_outlet(name: str) -> bool:
    """True when name (or domain) is in the table of known outlets."""
    return outlet_key(name) in KNOWN_OUTLETS


# Sites that prefix their channels with the brand: detikNews, detikFinance, kumparanNEWS, tribunjateng.
_BRAND_PREFIXES: dict[str, str] = _TABLE["brand_prefixes"]
# Outlet names that are also ordinary words or menu entries ("Bisnis", "Suara", "Merdeka", "Antara"):
# alone on a line they name the outlet only in a domain form or in capitals (Bisnis.com, ANTARA).
_COMMON_WORDS = frozenset(_TABLE["common_words"])
# International wires and broadcasters: on an Indonesian page they are usually a source, not the outlet.
WIRES = frozenset(_TABLE["wires"])
_DOMAIN = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)+(?:co\.id|com|id|net|org|co|tv|news)\b", re.IGNORECASE)


def outlet_from_domain(text: str) -> str | None:
    """Outlet of the first known site named by a domain or URL in text: news.detik.com -> Detik."""
    for match in _DOMAIN.finditer(text):
        labels = _DOMAIN_END.sub("", match[0].lower().split("://")[-1]).split(".")
        for label in reversed(labels):
            found = brand_outlet(label, strict=False)
            if found:
                return found
    return None


def brand_outlet(name: str, strict: bool = True) -> str | None:
    """The outlet a brand line names ("detikNews", "Kompas.com", "CNN Indonesia"), else None.

    With strict, names that are also common words count only in a domain form or in capitals.
    """
    name = name.strip(" \t-–—:,.()|•·")
    key = outlet_key(name)
    if not key or len(name) > 40:
        return None
    if strict and key in _COMMON_WORDS and "." not in name and not (name.isupper() and len(name) > 3):
        return None
    if key in KNOWN_OUTLETS:
        return KNOWN_OUTLETS[key]
    for prefix, outlet in _BRAND_PREFIXES.items():
        if key.startswith(prefix) and " " not in name.strip():
            return outlet
    return None


_SHIPPED.update(_keys(_TABLE["outlets"]))
