"""DATE spans bounded as the scheme says, on sentences the team wrote."""

from __future__ import annotations

import pytest

from nlp.pipeline import load_pipeline


def _dates(text: str, lang: str = "id") -> list[str]:
    return [e.text for e in load_pipeline(lang)(text).ents if e.label_ == "DATE"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Penulis Budi\n\nJum'at, 29 November 2024 - 12:17 WIB\n\nHujan turun.",
         ["Jum'at, 29 November 2024 - 12:17 WIB"]),
        ("Rapat digelar 23 September 2024 | 19.24 WIB di kantor.", ["23 September 2024 | 19.24 WIB"]),
        ("Banjir terjadi pada Kamis (28/11/2024) kemarin di hulu.", ["Kamis (28/11/2024) kemarin"]),
        ("Sejak Pagi, Senin (30/10/2023), asap menebal.", ["Pagi, Senin (30/10/2023)"]),
        ("Data diperbarui pukul 11.00 WIB tadi.", ["pukul 11.00 WIB tadi"]),
        ("Harga turun 5 bulan berturut-turut.", ["5 bulan berturut-turut"]),
        ("Peluncuran Tanggal 24 Februari yang akan datang, 9 hari dari sekarang.",
         ["Tanggal 24 Februari yang akan datang", "9 hari dari sekarang"]),
        ("Sesuai Undang-Undang Nomor 19 Tahun 2003 tentang BUMN.", []),
        ("Surat Nomor S-274/PM.21/2020 dikeluarkan pada tanggal 10 Maret 2020.", ["tanggal 10 Maret 2020"]),
        ("Bursa hari ini, Selasa, 18 Maret 2025 dibekukan.", ["hari ini, Selasa, 18 Maret 2025"]),
        ("Izin tambang tahun 2015-2022 diperiksa.", ["tahun 2015-2022"]),
        ("Ketua umum periode 2024-2029 terpilih.", ["periode 2024-2029"]),
        ("Putusan dibacakan pada 4-5 Februari 2025 di Jakarta.", ["4-5 Februari 2025"]),
        ("Ia ditahan selama empat tahun dan enam bulan, kata hakim.", ["empat tahun dan enam bulan"]),
        ("Mereka tiba pada sore hari.", ["sore hari"]),
        ("Pengamanan menjelang Natal 2025 diperketat.", ["Natal 2025"]),
        ("Warga bertemu pada hari Rabu (16/8).", ["hari Rabu (16/8)"]),
        ("Kapal terlihat pada Senin 21 Oktober 2024./Humas", ["Senin 21 Oktober 2024"]),
    ],
)
def test_indonesian_date_bounds(text: str, dates: list[str]) -> None:
    assert _dates(text) == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("The official said late on Wednesday that talks went well.", ["late on Wednesday"]),
        ("Prices rose over the past few months.", ["the past few months"]),
        ("Posted 01 October 2024 11:23 by the desk.", ["01 October 2024 11:23"]),
    ],
)
def test_english_date_bounds(text: str, dates: list[str]) -> None:
    assert _dates(text, "en") == dates
