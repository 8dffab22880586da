"""The real-news gold set: public news pages kept in a cache outside the repository, checked by sha256.

The repository holds each page's url, the query that found it, the sha256 of its text and the team's
gold (tests/gold/realnews/gold.jsonl); the texts are third-party and live only in the cache folder
(KLIPING_REALNEWS_CACHE, else $XDG_CACHE_HOME/kliping/realnews), one `<id>.txt` per page.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from exports.gold import GoldSpan  # offsets into the raw page here

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold" / "realnews" / "gold.jsonl"
CACHE_ENV = "KLIPING_REALNEWS_CACHE"


def cache_dir() -> Path:
    """Where the page texts are kept: never inside the repository's tracked files."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "kliping" / "realnews"


def text_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class RealMeta:
    """What the page states about itself; None where it states nothing."""

    outlet: str | None
    title: str | None
    published: str | None  # ISO date
    time: str | None  # HH:MM, local time as printed
    authors: tuple[str, ...]


@dataclass(frozen=True)
class RealPage:
    """One page of the set: where it came from, its split, and the team's gold."""

    id: str
    url: str
    query: str
    sha256: str
    split: str  # "dev" or "test"
    lang: str
    topic: str
    meta: RealMeta
    chrome: tuple[tuple[int, int], ...]  # raw ranges of site-chrome lines (menus, "Baca juga", ...)
    spans: tuple[GoldSpan, ...] | None  # None: metadata gold only

    def path(self, folder: Path | None = None) -> Path:
        return (folder or cache_dir()) / f"{self.id}.txt"

    def read(self, folder: Path | None = None) -> str | None:
        """The cached text, or None when it is missing or is not the text the gold was made on."""
        path = self.path(folder)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        if text_sha256(data) != self.sha256:
            return None
        return data.decode("utf-8")


def _page(record: dict) -> RealPage:
    meta = record["meta"]
    spans = record.get("spans")
    return RealPage(
        id=record["id"], url=record["url"], query=record.get("query", ""), sha256=record["sha256"],
        split=record["split"], lang=record["lang"], topic=record["topic"],
        meta=RealMeta(meta.get("outlet"), meta.get("title"), meta.get("published"), meta.get("time"),
                      tuple(meta.get("authors") or ())),
        chrome=tuple((int(a), int(b)) for a, b in record.get("chrome", [])),
        spans=None if spans is None else tuple(
            GoldSpan(s["start"], s["end"], s["text"], s["label"], s["kind"]) for s in spans))


def load_pages(path: Path = GOLD) -> list[RealPage]:
    """Every page of the set, in id order (texts not read)."""
    if not path.is_file():
        return []
    return [_page(json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass(frozen=True)
class CacheReport:
    present: tuple[RealPage, ...]
    missing: tuple[RealPage, ...]
    changed: tuple[RealPage, ...]  # a file is there but its sha256 differs

    def summary(self, folder: Path | None = None) -> str:
        folder = folder or cache_dir()
        total = len(self.present) + len(self.missing) + len(self.changed)
        lines = [f"{len(self.present)} of {total} real-news pages are in {folder}"]
        for label, pages in (("missing", self.missing), ("changed (sha256 differs)", self.changed)):
            for page in pages:
                lines.append(f"  {label}: {page.id}  {page.url}")
        if self.missing or self.changed:
            lines += ["", "To re-retrieve a page: search the `pages` corpus of the search tool with the",
                      "page's query (tests/gold/realnews/articles/<id>.json, \"query\"), take the result",
                      "whose url is the page's url, and save its excerpt exactly as returned, with no",
                      f"newline added, as {folder}/<id>.txt; then run this script again."]
        return "\n".join(lines)


def check_cache(pages: Sequence[RealPage], folder: Path | None = None) -> CacheReport:
    present, missing, changed = [], [], []
    for page in pages:
        path = page.path(folder)
        if not path.is_file():
            missing.append(page)
        elif page.read(folder) is None:
            changed.append(page)
        else:
            present.append(page)
    return CacheReport(tuple(present), tuple(missing), tuple(changed))
