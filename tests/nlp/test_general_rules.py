"""General rules added for unseen news: named institutions, titles with portfolios, periods, triggers,
site furniture and datelines. The sentences are written by the team for these tests."""

from __future__ import annotations

import pytest

from nlp.cleaning import clean_article
from nlp.datelines import match_dateline
from nlp.pipeline import annotate
from nlp.records import Annotation


def _run(text: str) -> Annotation:
    return next(annotate([text]))


def _found(text: str, kind: str) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.label) for s in _run(text).spans if s.kind == kind}


def test_headed_institutions_and_their_short_forms_are_organisations() -> None:
    text = (
        "Laporan Badan Meteorologi Nasional (BMN) terbit pagi ini. Kementerian Perhubungan Malaysia "
        "menanggapi laporan BMN itu. Dewan Keamanan Perserikatan Bangsa-Bangsa bersidang di Jenewa."
    )
    found = _found(text, "entity")
    assert ("Badan Meteorologi Nasional", "ORG") in found
    assert ("BMN", "ORG") in found
    assert ("Kementerian Perhubungan Malaysia", "ORG") in found
    assert ("Dewan Keamanan Perserikatan Bangsa-Bangsa", "ORG") in found


def test_generic_army_of_a_country_is_no_name() -> None:
    text = "Tentara Rusia bergerak ke perbatasan, sementara Tentara Nasional Indonesia bersiaga."
    found = _found(text, "entity")
    assert ("Tentara Rusia", "ORG") not in found
    assert ("Tentara Nasional Indonesia", "ORG") in found


def test_portfolio_words_and_name_particles_stay_outside_or_inside_the_name() -> None:
    text = (
        "Menteri Pertanian Kenya Samuel Otieno menemui Presiden Portugal Marcelo Rebelo de Sousa. "
        "Samuel Otieno lalu pulang."
    )
    found = _found(text, "entity")
    assert ("Samuel Otieno", "PERSON") in found
    assert ("Marcelo Rebelo de Sousa", "PERSON") in found
    assert ("Pertanian", "PERSON") not in found
    assert ("Otieno", "PERSON") not in found  # the repeat is one mention of the full name


@pytest.mark.parametrize(
    "phrase", ["tiga tahun terakhir", "lima tahun ke depan", "sepekan terakhir", "Maret tahun lalu",
               "Rabu, 5 Maret 2025"],
)
def test_periods_and_dates(phrase: str) -> None:
    text = f"Harga beras naik {phrase} menurut para pedagang di pasar."
    assert (phrase, "DATE") in _found(text, "entity")


def test_since_stays_outside_the_date_and_bare_day_names_are_dates() -> None:
    text = "Pabrik itu tutup sejak Februari. Juru bicara menjawab pada Kamis malam."
    found = _found(text, "entity")
    assert ("Februari", "DATE") in found
    assert ("sejak Februari", "DATE") not in found
    assert ("Kamis malam", "DATE") in found  # the time of day is part of the date (scheme)


@pytest.mark.parametrize(
    ("sentence", "trigger", "label"),
    [
        ("Kedua kelompok menyepakati gencatan senjata selama tiga hari.", "gencatan senjata", "RETREAT"),
        ("Pemerintah mengumumkan penarikan seluruh pasukannya dari kota itu.", "penarikan", "RETREAT"),
        ("Tiga sandera dibebaskan oleh kelompok bersenjata itu.", "dibebaskan", "RETREAT"),
        ("Angkatan laut menggelar latihan militer di lepas pantai.", "latihan militer", "MOBILIZE"),
        ("Pemerintah mengerahkan ribuan polisi ke ibu kota.", "mengerahkan", "MOBILIZE"),
        ("Polisi menangkap puluhan mahasiswa di depan kampus.", "menangkap", "COERCE"),
        ("Pemerintah kota memberlakukan jam malam mulai pukul delapan.", "jam malam", "COERCE"),
        ("Ribuan buruh menggelar unjuk rasa di depan pabrik.", "unjuk rasa", "PROTEST"),
        ("Para sopir melakukan pemogokan selama dua hari.", "pemogokan", "PROTEST"),
        ("Negara itu dikenai sanksi baru oleh Uni Eropa.", "sanksi", "SANCTION"),
        ("Aparat menembakkan gas air mata ke arah massa.", "menembakkan", "ASSAULT"),
        ("Bentrokan pecah di perbatasan kedua negara.", "Bentrokan", "ASSAULT"),
        ("Para mahasiswa menuntut pengunduran diri rektor.", "pengunduran diri", "RETREAT"),
        ("Jepang mengirimkan bantuan kemanusiaan ke Turki.", "bantuan kemanusiaan", "AID"),
    ],
)
def test_triggers(sentence: str, trigger: str, label: str) -> None:
    assert (trigger, label) in _found(sentence, "event")


def test_war_words_that_name_things_are_no_attack() -> None:
    text = "Dua kapal perang berlabuh, dan kedua negara terlibat perang dagang sejak lama."
    assert not any(label == "ASSAULT" for _, label in _found(text, "event"))


def test_a_bare_link_heading_drops_the_headlines_below_it() -> None:
    story = (
        "Bandung (ANTARA) - Pemerintah daerah meresmikan jembatan baru yang menghubungkan dua kecamatan "
        "di selatan kota pada Rabu pagi."
    )
    raw = (
        f"Judul Berita Jembatan Baru Diresmikan Hari Ini\n\n{story}\n\nBaca Juga\n"
        "Harga Cabai Turun Tajam\nBanjir Rendam Tiga Desa\n\n"
        "Warga menyambut jembatan itu karena waktu tempuh ke pasar kini jauh lebih singkat dari sebelumnya.\n"
        "Pilihan Editor: Jalan Tol Baru Dibuka\n[Gambas:Video CNN]\n"
    )
    body = clean_article(raw).body
    assert "Harga Cabai" not in body and "Banjir Rendam" not in body
    assert "Warga menyambut" in body
    assert "Pilihan Editor" not in body and "Gambas" not in body


def test_place_then_known_outlet_dateline() -> None:
    dateline = match_dateline("Surabaya, CNN Indonesia -- Hujan deras mengguyur kota sejak pagi.")
    assert dateline is not None and dateline.outlet == "CNN Indonesia"
    assert match_dateline("Surabaya, Warga Kota -- Hujan deras mengguyur kota sejak pagi.") is None


def test_votes_won_are_no_support() -> None:
    found = _found("Pasangan itu memperoleh dukungan sebanyak 96 juta suara di pemilu.", "event")
    assert ("dukungan", "SUPPORT") not in found
    assert ("dukungan", "SUPPORT") in _found("Jepang menyatakan dukungan bagi Filipina.", "event")
