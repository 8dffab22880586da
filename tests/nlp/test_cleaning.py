"""Cleaning on hand-written fixtures and on the bundled samples."""

from __future__ import annotations

import datetime as dt

import pytest
from nlp_paths import SAMPLES, sample_files

from nlp.cleaning import clean_article

SCRAPED = """News

Bisnis

Sport

Seleb

Menlu Dua Negara Bahas Patroli Laut Bersama

Penulis: Siti Rahma, Agus Salim
Editor: Budi Hartono

Text Sizes

Medium

Large

Foto: Dokumentasi Kemlu

KOTABARU (Kabar Kita) - Menteri luar negeri kedua negara bertemu di Kotabaru, Senin (4/3/2024),\
untuk membahas patroli laut bersama.

Baca juga: Patroli Laut Diperluas

Advertisement

Pertemuan itu berlangsung tertutup selama dua jam dan diakhiri dengan konferensi pers singkat.

(ANT/SR)

SHARE

Berita Terkini

Harga Beras Naik Lagi
"""


def test_chrome_is_removed_and_the_article_kept_from_its_headline() -> None:
    article = clean_article(SCRAPED)
    # The scheme annotates the headline, bylines and captions: they are the article, in reading order.
    assert article.body.split("\n\n") == [
        "Menlu Dua Negara Bahas Patroli Laut Bersama",
        "Penulis: Siti Rahma, Agus Salim",
        "Editor: Budi Hartono",
        "Foto: Dokumentasi Kemlu",
        "KOTABARU (Kabar Kita) - Menteri luar negeri kedua negara bertemu di Kotabaru, Senin (4/3/2024),"
        "untuk membahas patroli laut bersama.",
        "Pertemuan itu berlangsung tertutup selama dua jam dan diakhiri dengan konferensi pers singkat.",
    ]
    for chrome in ("News", "Bisnis", "Baca juga", "Advertisement", "SHARE", "Text Sizes", "Berita Terkini",
                   "Harga Beras", "(ANT/SR)"):
        assert chrome not in article.body


def test_metadata_from_fixture() -> None:
    article = clean_article(SCRAPED)
    assert article.title == "Menlu Dua Negara Bahas Patroli Laut Bersama"
    assert article.outlet == "Kabar Kita"
    assert article.published == dt.date(2024, 3, 4)
    assert article.authors == ("Siti Rahma", "Agus Salim")  # the editor is not an author
    assert article.language == "id"


def test_body_paragraphs_are_substrings_of_the_raw_text() -> None:
    raw = (
        "Judul Berita Yang Cukup Panjang Sekali\n\n"
        "JAKARTA (ANTARA) -  Pemerintah   menyatakan hal itu hari ini kepada wartawan"
        " di Jakarta dengan tegas.\n"
    )
    article = clean_article(raw)
    assert article.outlet == "ANTARA"
    normalised_raw = " ".join(raw.split())
    for paragraph in article.body.split("\n\n"):
        assert paragraph in normalised_raw


def test_known_domain_in_dateline_is_canonical() -> None:
    raw = (
        "REPUBLIKA.CO.ID, JAKARTA - Pemerintah Indonesia menyatakan dukungan terhadap perundingan"
        " damai itu pada Senin (3/6/2024) di Jakarta."
    )
    article = clean_article(raw)
    assert article.outlet == "Republika"
    assert article.published == dt.date(2024, 6, 3)
    assert article.title is None


def test_sumber_is_only_a_fallback_for_the_outlet() -> None:
    body = (
        "Jakarta - Pemerintah Indonesia menyatakan dukungan terhadap perundingan damai itu pada"
        " hari Senin di Jakarta, kata juru bicara."
    )
    assert clean_article(body + "\nSumber: Reuters").outlet == "Reuters"
    assert clean_article(body + "\nSumber: Reuters\nCOPYRIGHT © ANTARA 2024").outlet == "ANTARA"


def test_byline_with_date_gives_author_and_date() -> None:
    raw = (
        "News\n\nIndonesia dan Jepang Sepakati Latihan Bersama di Laut\n\n"
        "Dewi Lestari 25/06/2024 10:01 WIB\n\n"
        "IDXChannel - Indonesia dan Jepang sepakat menggelar latihan bersama di laut pada akhir"
        " tahun ini, kata pejabat kedua negara."
    )
    article = clean_article(raw)
    assert article.authors == ("Dewi Lestari",)
    assert article.published == dt.date(2024, 6, 25)
    assert article.outlet == "IDX Channel"
    assert article.title == "Indonesia dan Jepang Sepakati Latihan Bersama di Laut"


def test_english_article() -> None:
    raw = (
        "World\nAsia\nAllies Condemn Arms Transfers\nBy Jane Doe\nUpdated June 19, 2024\n"
        "WASHINGTON (Reuters) - The United States and its allies on Wednesday condemned the arms "
        "transfers "
        "between the two countries, saying they threaten peace in the region.\nAdvertisement\n"
    )
    article = clean_article(raw)
    assert article.language == "en"
    assert article.outlet == "Reuters"
    assert article.authors == ("Jane Doe",)
    assert article.published == dt.date(2024, 6, 19)
    assert article.title == "Allies Condemn Arms Transfers"
    assert "Advertisement" not in article.body


def test_no_metadata_gives_none() -> None:
    article = clean_article(
        "Ini hanya satu paragraf biasa tanpa tanggal, tanpa penulis, dan tanpa nama media apa pun."
    )
    assert (article.outlet, article.published, article.authors, article.title) == (
        None,
        None,
        (),
        None,
    )


EXPECTED_SAMPLES = {
    "001": ("KABARNUSA.COM", dt.date(2024, 3, 12), ("Rina Marlina",)),
    "002": ("Warta Pagi", dt.date(2024, 3, 13), ("Dimas Aryo",)),
    "003": ("Harian Cakrawala", dt.date(2024, 3, 14), ("Bagus Wicaksono",)),
    "004": ("Suara Timur", dt.date(2024, 3, 14), ("Nurul Hikmah",)),
    "005": ("NUSANEWS.ID", dt.date(2024, 3, 15), ("Lestari Wulandari",)),
}


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.stem)
def test_samples_are_cleaned(path) -> None:
    raw = path.read_text(encoding="utf-8")
    assert 1200 <= len(raw) <= 2500
    article = clean_article(raw)
    outlet, published, authors = EXPECTED_SAMPLES[path.stem[:3]]
    assert (article.outlet, article.published, article.authors) == (outlet, published, authors)
    assert article.title and "Pakta" in article.title
    assert article.language == "id"
    for junk in (
        "Baca juga",
        "Baca Juga",
        "Advertisement",
        "SHARE",
        "COPYRIGHT",
        "Berita ",
        "WhatsApp",
    ):
        assert junk not in article.body
    assert article.body.startswith(article.title)  # the headline is the article's first line


def test_english_sample_is_cleaned() -> None:
    raw = next((SAMPLES / "en").glob("001_*.txt")).read_text(encoding="utf-8")
    article = clean_article(raw)
    assert (article.language, article.outlet, article.authors) == (
        "en",
        "Wire Daily",
        ("Jane Doe",),
    )
    assert article.published == dt.date(2024, 3, 12)
    assert article.body.startswith("Four Nations Sign Maritime Cooperation Pact in Makassar\n\nBy Jane Doe")
    assert "\n\nJAKARTA (Wire Daily) -" in article.body
    assert "Read more" not in article.body


def test_widget_lines_go_but_headlines_that_open_like_them_stay() -> None:
    from nlp.boilerplate import is_junk

    for widget in ("Logo Bloomberg Technoz", "Gabung di IDN Times", "Image of Tempo",
                   "facebook twitter whatsapp telegram line copy", "SCROLL UNTUK MELANJUTKAN MEMBACA"):
        assert is_junk(widget), widget
    for headline in ("Logo Baru Garuda Indonesia Diperkenalkan di Bandara Soekarno-Hatta",
                     "Gabung di Koalisi Prabowo, PKB Minta Jatah Lima Kursi Menteri"):
        assert not is_junk(headline), headline
