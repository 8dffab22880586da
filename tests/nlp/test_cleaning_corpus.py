"""Cleaning on the real scraped articles (skipped where ../shared/corpus is missing)."""

from __future__ import annotations

import datetime as dt

import pytest
from nlp_paths import needs_corpus

from nlp.cleaning import clean_article

pytestmark = [pytest.mark.corpus, needs_corpus]


def test_outlets_found_for_at_least_four(corpus_texts) -> None:
    outlets = {key: clean_article(raw).outlet for key, raw in corpus_texts.items()}
    assert sum(1 for o in outlets.values() if o) >= 4
    assert outlets["000"] == "ANTARA"
    assert outlets["001"] == "Tribunnews"
    assert outlets["002"] == "Republika"  # not the "sumber : Antara" wire
    assert outlets["004"] == "IDX Channel"


def test_antara_article(corpus_texts) -> None:
    article = clean_article(corpus_texts["000"])
    assert "Baca juga" not in article.body
    assert "COPYRIGHT" not in article.body
    assert article.published == dt.date(2024, 7, 11)  # Kamis (11/7) + COPYRIGHT © ANTARA 2024
    assert article.authors == ("Cindy Frishanti Octavia",)
    assert article.body.startswith("Washington (ANTARA) -")


def test_menus_and_lists_removed(corpus_texts) -> None:
    article = clean_article(corpus_texts["001"])
    lines = [line.strip() for line in corpus_texts["001"].splitlines() if line.strip()]
    assert article.title == lines[lines.index(next(x for x in lines if x.startswith("Penulis:"))) - 1]
    assert article.body.startswith(f"{article.title}\n\nPenulis: Andari Wulan Nugrahani\n\nEditor:")
    assert "\n\nTRIBUNNEWS.COM, Lima, 15 November 2024 -" in article.body
    assert article.published == dt.date(2024, 11, 15)
    for junk in ("Lifestyle", "Text Sizes", "Larger", "Konten ini", "WhatsApp", "Berita Populer"):
        assert junk not in article.body


def test_dated_header_and_byline(corpus_texts) -> None:
    republika = clean_article(corpus_texts["002"])
    assert republika.published == dt.date(2024, 6, 22)
    lines = [line.strip() for line in corpus_texts["002"].splitlines() if line.strip()]
    assert republika.title == lines[1]  # the line after "Sabtu 22 Jun 2024 17:32 WIB"
    assert republika.body.startswith(f"Sabtu 22 Jun 2024 17:32 WIB\n\n{republika.title}")  # timestamp kept
    assert "Advertisement" not in republika.body
    idx = clean_article(corpus_texts["004"])
    assert idx.authors == ("Dian Kusumo Hapsari",)
    assert idx.published == dt.date(2024, 6, 25)
    assert "(DKH)" not in idx.body and "SHARE" not in idx.body


def test_caption_kept_without_blank_lines(corpus_texts) -> None:
    article = clean_article(corpus_texts["003"])
    assert article.body.startswith("Foto arsip – Menlu Amerika Serikat")  # a caption is annotated
    assert "\n\nWashington –" in article.body
    assert article.body.count("\n\n") >= 5  # one paragraph per line in the raw text
