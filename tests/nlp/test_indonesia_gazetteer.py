"""The Indonesian domestic gazetteer: institutions, parties, regions, places and people of Indonesian news.

Every sentence here is written by the team for these tests.
"""

from __future__ import annotations

import pytest

from nlp.gazetteers import indonesian_names
from nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline("id")


def _ents(nlp, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in nlp(text).ents}


def test_lists_shape() -> None:
    names = indonesian_names()
    assert {"Kabupaten Sleman", "Kota Batu", "Kabupaten Agam", "Jawa Barat", "Sulsel"} <= names["GPE"]
    assert not {"Batu", "Agam", "Siak", "Bima"} & names["GPE"]  # ordinary words need their lead word
    assert "PBB" not in names["ORG"]  # left to the United Nations
    assert {"KPK", "Gerindra", "Danantara", "Pertamina", "Muhammadiyah"} <= names["ORG"]
    labels = [label for label, group in names.items() for _ in group]
    assert len(labels) == len(set().union(*names.values()))  # one label per name


def test_institutions_parties_people(nlp) -> None:
    text = (
        "Ketua Umum Partai Gerindra Prabowo Subianto bertemu Megawati di Istana Merdeka, sementara "
        "kader PDIP, PKB dan NasDem menunggu keputusan KPK dan Bawaslu soal dana Danantara."
    )
    found = _ents(nlp, text)
    assert {
        ("Partai Gerindra", "ORG"), ("Prabowo Subianto", "PERSON"), ("Megawati", "PERSON"),
        ("Istana Merdeka", "LOC"), ("PDIP", "ORG"), ("PKB", "ORG"), ("NasDem", "ORG"), ("KPK", "ORG"),
        ("Bawaslu", "ORG"), ("Danantara", "ORG"),
    } <= found


def test_regional_units_are_one_org(nlp) -> None:
    text = (
        "Tim dari Polda Metro Jaya, Polres Metro Jakarta Barat dan BPBD Kabupaten Sukamaju dikirim "
        "ke lokasi. "
        "KPU Provinsi Banten dan DPRD DKI Jakarta juga hadir, ditemani Kodam IV/Diponegoro."
    )
    found = _ents(nlp, text)
    assert {
        ("Polda Metro Jaya", "ORG"), ("Polres Metro Jakarta Barat", "ORG"),
        ("BPBD Kabupaten Sukamaju", "ORG"),
        ("KPU Provinsi Banten", "ORG"), ("DPRD DKI Jakarta", "ORG"), ("Kodam IV/Diponegoro", "ORG"),
    } <= found


def test_companies_keep_their_legal_form(nlp) -> None:
    text = (
        "Saham PT Timah Tbk naik, sedangkan PT Pertamina (Persero) membeli minyak lewat "
        "PT Bursa Efek Indonesia."
    )
    found = _ents(nlp, text)
    companies = {"PT Timah Tbk", "PT Pertamina (Persero)", "PT Bursa Efek Indonesia"}
    companies = {(name, "ORG") for name in companies}
    assert companies <= found
    assert ("Indonesia", "GPE") not in found


def test_regions_and_places(nlp) -> None:
    text = (
        "Banjir melanda Desa Sukamakmur, Kecamatan Sungai Pinang, Kabupaten Banjar, "
        "Provinsi Kalimantan Selatan, "
        "setelah Sungai Riam Kiwa meluap. Warga mengungsi ke Jalan Jenderal Sudirman di Kota Palembang, "
        "jauh dari Gunung Lewotobi Laki-laki di Flores Timur."
    )
    found = _ents(nlp, text)
    assert {
        ("Desa Sukamakmur", "GPE"), ("Kecamatan Sungai Pinang", "GPE"), ("Kabupaten Banjar", "GPE"),
        ("Provinsi Kalimantan Selatan", "GPE"), ("Sungai Riam Kiwa", "LOC"),
        ("Jalan Jenderal Sudirman", "LOC"),
        ("Kota Palembang", "GPE"), ("Gunung Lewotobi Laki-laki", "LOC"), ("Flores Timur", "GPE"),
    } <= found


def test_regional_short_form_defined_in_brackets(nlp) -> None:
    text = (
        "Asap dari Kabupaten Ogan Komering Ilir (OKI) sampai ke Kota Palembang. "
        "Titik panas terbanyak ada di OKI."
    )
    found = [(e.text, e.label_) for e in nlp(text).ents]
    assert found.count(("OKI", "GPE")) == 2
    assert ("OKI", "ORG") not in found


def test_country_tail_defines_no_region(nlp) -> None:
    text = "Uskup dari Konferensi Wali Gereja Indonesia (KWI) menyampaikan doa bersama."
    assert ("KWI", "ORG") in _ents(nlp, text)


def test_ordinary_words_stay_words(nlp) -> None:
    text = "Batu besar jatuh dari tebing, lalu warga membawa surat ke kantor desa."
    found = _ents(nlp, text)
    assert not any(label == "GPE" for _, label in found)


def test_building_of_an_institution_is_a_place(nlp) -> None:
    text = "Para saksi diperiksa di Kantor KPK dan di Gedung Kemenkeu pekan lalu."
    found = _ents(nlp, text)
    assert {("Kantor KPK", "LOC"), ("Gedung Kemenkeu", "LOC")} <= found


def test_headline_capitals_do_not_make_names(nlp) -> None:
    text = "Pemkot Sukamaju Siapkan Bantuan Untuk Korban Banjir Tahun Ini\n\nBantuan disalurkan kemarin."
    found = _ents(nlp, text)
    assert ("Pemkot Sukamaju Siapkan Bantuan", "ORG") not in found


def test_a_body_named_with_dan_is_one_org() -> None:
    from nlp.pipeline import load_pipeline

    doc = load_pipeline("id")("Hari ini Dinas Pekerjaan Umum dan Penataan Ruang memperbaiki jalan.")
    assert ("Dinas Pekerjaan Umum dan Penataan Ruang", "ORG") in {(e.text, e.label_) for e in doc.ents}


def test_an_outlet_named_like_a_person_is_no_org_in_a_credit() -> None:
    from nlp.pipeline import load_pipeline

    doc = load_pipeline("id")("Penulis: Rina Marlina\n\nEditor: Fajar Siddiq\n\nHarian Merapi melaporkan.")
    found = {(e.text, e.label_) for e in doc.ents}
    assert ("Fajar Siddiq", "PERSON") in found and ("Fajar", "ORG") not in found
    assert ("Harian Merapi", "ORG") in found
