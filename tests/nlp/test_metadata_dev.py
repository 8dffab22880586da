"""Outlet, date and authors on the team-written metadata DEV set (tests/gold/metadata_dev).

Thirty short page heads in the layouts of real Indonesian and English outlets. The held-out sets in
tests/gold/unseen (06-10) and tests/gold/unseen2 are measured elsewhere and never read here.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from nlp_paths import REPO

from nlp.cleaning import clean_article

DEV = REPO / "tests" / "gold" / "metadata_dev"


def _key(name: str) -> str:
    """Spelling-insensitive outlet key, as exports.scoreboard.same_outlet compares them."""
    name = re.sub(r"\.(co\.id|com|id|net|co)$", "", name.strip().casefold())
    return re.sub(r"[^a-z0-9]", "", name)


def _load() -> list[dict]:
    lines = (DEV / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_dev_set_shape() -> None:
    golds = _load()
    assert len(golds) == 30
    for gold in golds:
        raw = (DEV / gold["source_file"]).read_text(encoding="utf-8")
        assert 300 <= len(raw) <= 700, gold["source_file"]


def test_metadata_accuracy_on_dev_set() -> None:
    outlets = dates = authors = 0
    misses: list[str] = []
    golds = _load()
    for gold in golds:
        name = gold["source_file"]
        found = clean_article((DEV / name).read_text(encoding="utf-8"), name)
        published = dt.date.fromisoformat(gold["published"]) if gold["published"] else None
        if found.outlet and _key(found.outlet) == _key(gold["outlet"]):
            outlets += 1
        else:
            misses.append(f"{name}: outlet {found.outlet!r}, expected {gold['outlet']!r}")
        if found.published == published:
            dates += 1
        else:
            misses.append(f"{name}: published {found.published}, expected {published}")
        if list(found.authors) == gold["authors"]:
            authors += 1
        else:
            misses.append(f"{name}: authors {list(found.authors)}, expected {gold['authors']}")
    total = len(golds)
    print(f"\nmetadata DEV: outlet {outlets}/{total}, date {dates}/{total}, authors {authors}/{total}")
    print("\n".join(misses))
    assert outlets / total >= 0.9, misses
    assert dates / total >= 0.9, misses


_PARAGRAPH = (
    "Pemerintah Indonesia dan mitra kawasan sepakat memperkuat kerja sama keamanan maritim serta"
    " perdagangan, kata pejabat kedua pihak seusai pertemuan tertutup."
)


def test_dated_headline_is_not_a_byline_and_weekday_is_not_a_name() -> None:
    raw = (
        "News\nBisnis\nHarga Emas Hari Ini 14 Oktober 2024\n\nJudul Berita Tentang Kerja Sama Maritim\n\n"
        f"Kiswondari Kamis, 14 November 2024 - 10:15 WIB\n\nJAKARTA - {_PARAGRAPH}\n"
        "Baca juga: https://nasional.okezone.com/read/2024/11/14/x"
    )
    article = clean_article(raw)
    assert (article.outlet, article.published, article.authors) == (
        "Okezone", dt.date(2024, 11, 14), ("Kiswondari",)
    )


def test_relative_time_is_no_date_and_wires_in_menus_lose_to_the_site() -> None:
    relative = f"Suara.com\nJudul Berita Kerja Sama\n3 hari lalu\nSuara.com - {_PARAGRAPH}"
    assert clean_article(relative).published is None
    raw = (
        "Reuters\nCNN\nJudul Berita Kerja Sama Maritim\nSINDOnews.com\nSelasa, 15 Oktober 2024\n"
        f"WASHINGTON - {_PARAGRAPH}"
    )
    assert clean_article(raw).outlet == "SINDOnews"


def test_outlet_from_the_sites_own_furniture() -> None:
    head = "Judul Berita Tentang Kerja Sama Maritim\nSelasa, 15/10/2024 09:00 WIB\n"
    assert clean_article(f"{head}Jakarta - {_PARAGRAPH}\n[Gambas:Video CNN]").outlet == "CNN Indonesia"
    tail = 'Artikel ini telah tayang di Kompas.com dengan judul "X"'
    assert clean_article(f"{head}Jakarta - {_PARAGRAPH}\n{tail}").outlet == "Kompas"
