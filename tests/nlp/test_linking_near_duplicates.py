"""Near duplicates: syndicated copies, partial copies and partial translations; same topic is not enough."""

from __future__ import annotations

from pathlib import Path

import pytest

import tests.gold.linking.clusters as linking_gold
import tests.gold.linking2.clusters as held_out_gold
from nlp.cleaning import clean_article
from nlp.language import detect_language
from nlp.linking.near_duplicates import ArticleDoc, find_near_duplicates

ANTARA = """Presiden Rusia Vladimir Putin dan Pemimpin Korea Utara Kim Jong Un menandatangani perjanjian
kemitraan strategis komprehensif di Pyongyang, Rabu (19/6).
Perjanjian itu mencakup bantuan timbal balik jika salah satu pihak diserang, kata Putin dalam konferensi pers.
Kunjungan Putin ke Pyongyang adalah yang pertama dalam 24 tahun terakhir.
Kim Jong Un menyebut perjanjian tersebut sebagai yang terkuat dalam sejarah hubungan kedua negara.
Amerika Serikat dan Korea Selatan menyatakan keprihatinan atas kerja sama militer Moskow dan Pyongyang.
Juru bicara Departemen Luar Negeri AS Matthew Miller mengatakan Washington memantau perkembangan itu dengan
cermat.
Putin juga menghadiahkan sebuah mobil Aurus kepada Kim Jong Un, menurut Kantor Berita Pusat Korea (KCNA).
Setelah dari Pyongyang, Putin melanjutkan lawatan ke Vietnam pada Kamis (20/6) untuk bertemu
Presiden To Lam."""

SYNDICATED = """Jakarta (Harian Kita) - Hubungan Moskow dan Pyongyang memasuki babak baru pekan ini, saat
kedua pemimpin bertemu di ibu kota Korea Utara di tengah sorotan dunia.
""" + ANTARA.split("\n", 2)[2] + "\nSumber: Antara"

SAME_TOPIC = """Korea Selatan memanggil Duta Besar Rusia Georgy Zinoviev di Seoul pada Jumat (21/6) untuk
memprotes perjanjian antara Moskow dan Pyongyang.
Wakil Menteri Luar Negeri Korea Selatan Kim Hong-kyun meminta Rusia menghentikan kerja sama militer dengan
Korea Utara.
Seoul juga mempertimbangkan untuk memasok senjata ke Ukraina, kata seorang pejabat kepada Yonhap.
Rusia menilai langkah itu akan menjadi kesalahan besar, ujar Putin di Hanoi.
Presiden Korea Selatan Yoon Suk Yeol memimpin rapat darurat keamanan nasional pada Kamis malam.
Amerika Serikat menyatakan dukungan penuh kepada Seoul dan Tokyo dalam menghadapi ancaman Pyongyang."""

ENGLISH = """Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a comprehensive
strategic partnership treaty in Pyongyang on Wednesday (June 19).
The treaty includes mutual assistance if either side is attacked, Putin told a press conference.
Putin's visit to Pyongyang is his first in 24 years.
Kim Jong Un called the treaty the strongest in the history of relations between the two countries.
The United States and South Korea expressed concern over military cooperation between Moscow and Pyongyang."""


def docs() -> list[ArticleDoc]:
    return [
        ArticleDoc(1, ANTARA, outlet="antara"),
        ArticleDoc(2, SYNDICATED, outlet="harian-kita"),
        ArticleDoc(3, SAME_TOPIC, outlet="kompas"),
        ArticleDoc(4, ENGLISH, language="en", outlet="reuters"),
    ]


def test_syndicated_copy_with_new_first_paragraph_is_found():
    found = {(d.a, d.b): d for d in find_near_duplicates(docs())}
    assert (1, 2) in found
    assert found[(1, 2)].kind in ("copy", "partial") and found[(1, 2)].score >= 0.5


def test_same_topic_is_not_a_duplicate():
    pairs = {(d.a, d.b) for d in find_near_duplicates(docs())}
    assert not pairs & {(1, 3), (2, 3), (3, 4)}


def test_partial_english_translation_is_found():
    found = {(d.a, d.b): d for d in find_near_duplicates(docs())}
    assert found[(1, 4)].kind == "translation"


def test_pairs_are_ordered_and_deterministic():
    first = find_near_duplicates(docs())
    assert first == find_near_duplicates(list(reversed(docs())))
    assert all(d.a < d.b for d in first)


def test_short_or_single_documents_are_harmless():
    assert find_near_duplicates([]) == []
    assert find_near_duplicates([ArticleDoc(1, "Singkat saja.")]) == []


def _gold_docs(folder: Path) -> tuple[list[ArticleDoc], dict[str, int]]:
    docs, ids = [], {}
    for number, path in enumerate(sorted(folder.glob("*.txt")), start=1):
        article = clean_article(path.read_text(encoding="utf-8"), path.name)
        docs.append(ArticleDoc(number, article.body, detect_language(article.body), article.outlet))
        ids[path.name] = number
    return docs, ids


@pytest.mark.parametrize("gold", [linking_gold, held_out_gold], ids=["linking", "linking2"])
def test_gold_copies_and_translations_are_found_and_nothing_else(gold) -> None:  # type: ignore[no-untyped-def]
    """Both team-written sets: each reprint and each abridged translation, and no other pair of articles
    (many of them report the same events in the same words)."""
    docs, ids = _gold_docs(Path(gold.__file__).parent)
    found = {(d.a, d.b): d.kind for d in find_near_duplicates(docs)}
    expected = {tuple(sorted((ids[a], ids[b]))): kind
                for pairs, kind in ((gold.SYNDICATED, "copy"), (gold.TRANSLATIONS, "translation"))
                for a, b in pairs}
    assert {pair: "copy" if kind == "partial" else kind for pair, kind in found.items()} == expected
