"""Word-form generation, date parsing, outlet names and language detection."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp.affixes import english_forms, indonesian_forms
from nlp.dates import normalize_date, parse_date
from nlp.language import detect_language
from nlp.outlets import canonical_outlet


@pytest.mark.parametrize(
    ("root", "affixes", "expected"),
    [
        ("kecam", ["meN", "-an"], {"mengecam", "kecaman"}),
        ("tandatangan", ["meN-i", "peN-an"], {"menandatangani", "penandatanganan"}),
        ("sepakat", ["meN-i", "ke-an"], {"menyepakati", "kesepakatan"}),
        ("kritik", ["meN"], {"mengkritik"}),
        ("dukung", ["meN", "di"], {"mendukung", "didukung"}),
        ("runding", ["ber"], {"berunding"}),
    ],
)
def test_indonesian_forms(root, affixes, expected) -> None:
    forms = indonesian_forms(root, affixes)
    assert expected <= forms
    assert {f + "nya" for f in expected} <= forms


def test_english_forms() -> None:
    assert english_forms("condemn") == {"condemn", "condemns", "condemned", "condemning"}
    assert "urged" in english_forms("urge") and "denied" in english_forms("deny")


def test_parse_date_forms() -> None:
    assert parse_date("Sabtu 22 Jun 2024 17:32 WIB") == dt.date(2024, 6, 22)
    assert parse_date("Updated June 19, 2024") == dt.date(2024, 6, 19)
    assert parse_date("25/06/2024 10:01 WIB") == dt.date(2024, 6, 25)
    assert parse_date("Kamis (11/7)") is None
    assert parse_date("Kamis (11/7)", 2024) == dt.date(2024, 7, 11)
    assert parse_date("31/02/2024") is None


def test_normalize_with_reference() -> None:
    assert normalize_date("kemarin", dt.date(2024, 3, 1)) == "2024-02-29"
    assert normalize_date("Kamis (11/7)", dt.date(2024, 8, 1)) == "2024-07-11"
    assert normalize_date("pekan lalu") is None


def test_dates_without_a_year_take_the_nearest_one() -> None:
    # A paper of 9 October 2024 announcing "KTT Asia Timur pada Jumat (11/10)": two days ahead.
    assert normalize_date("Jumat (11/10)", dt.date(2024, 10, 9)) == "2024-10-11"
    # A July paper: "Oktober mendatang" is the coming October, "pada Mei" the last May.
    assert normalize_date("Oktober mendatang", dt.date(2024, 7, 27)) == "2024-10"
    assert normalize_date("Mei", dt.date(2024, 10, 23)) == "2024-05"
    # Early January: "28 Desember" is a week ago, not eleven months ahead.
    assert normalize_date("28 Desember", dt.date(2025, 1, 3)) == "2024-12-28"


def test_outlet_names() -> None:
    assert canonical_outlet("TRIBUNNEWS.COM") == "Tribunnews"
    assert canonical_outlet("www.kompas.com") == "Kompas"
    assert canonical_outlet("Yonhap-OANA") == "Yonhap"
    assert canonical_outlet("Warta Pagi") == "Warta Pagi"


def test_detect_language() -> None:
    assert (
        detect_language("Pemerintah Indonesia mengecam serangan itu dan meminta semua pihak menahan diri.")
        == "id"
    )
    assert (
        detect_language("The government condemned the attack and urged all sides to show restraint.") == "en"
    )
    assert detect_language("") == "id"
