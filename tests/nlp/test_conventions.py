"""Affixed trigger forms and lemmas, DATE normalisation against the publication date, and the scheme's
trigger and dateline conventions."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp.affixes import indonesian_lemmas
from nlp.dates import normalize_date
from nlp.pipeline import annotate, load_pipeline
from nlp.records import Annotation

PUBLISHED = dt.date(2024, 7, 12)


def _found(text: str, annotation: Annotation, kind: str) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.label) for s in annotation.spans if s.kind == kind}


@pytest.mark.parametrize(
    ("form", "root", "plover"),
    [
        ("menandatangani", "tandatangan", "AGREE"),
        ("ditandatangani", "tandatangan", "AGREE"),
        ("ditandatanganinya", "tandatangan", "AGREE"),
        ("tandatangani", "tandatangan", "AGREE"),
        ("penandatanganan", "tandatangan", "AGREE"),
        ("disepakati", "sepakat", "AGREE"),
        ("kesepakatannya", "sepakat", "AGREE"),
        ("bersepakat", "sepakat", "AGREE"),
        ("mengesahkan", "sah", "AGREE"),
        ("disahkan", "sah", "AGREE"),
        ("diteken", "teken", "AGREE"),
        ("dikecam", "kecam", "ACCUSE"),
        ("pengecaman", "kecam", "ACCUSE"),
        ("kecamannya", "kecam", "ACCUSE"),
        ("mengkritik", "kritik", "ACCUSE"),
        ("keprihatinan", "prihatin", "ACCUSE"),
        ("diserang", "serang", "ASSAULT"),
        ("penyerangan", "serang", "ASSAULT"),
        ("mengebom", "bom", "ASSAULT"),
        ("pengeboman", "bom", "ASSAULT"),
        ("memerangi", "perang", "ASSAULT"),
        ("perangnya", "perang", "ASSAULT"),
        ("bertemu", "temu", "CONSULT"),
        ("ditemui", "temu", "CONSULT"),
        ("pertemuannya", "temu", "CONSULT"),
        ("berunding", "runding", "CONSULT"),
        ("perundingan", "runding", "CONSULT"),
        ("dirundingkan", "runding", "CONSULT"),
        ("dikunjungi", "kunjung", "CONSULT"),
        ("didukung", "dukung", "SUPPORT"),
        ("dukungannya", "dukung", "SUPPORT"),
        ("diserukan", "seru", "REQUEST"),
        ("permintaan", "minta", "REQUEST"),
        ("ditolak", "tolak", "REJECT"),
        ("penolakan", "tolak", "REJECT"),
        ("diancam", "ancam", "THREATEN"),
        ("dikerahkan", "kerah", "MOBILIZE"),
        ("bekerjasama", "kerjasama", "COOPERATE"),
        ("kemitraan", "mitra", "COOPERATE"),
    ],
)
def test_affixed_forms_are_triggers_with_their_root(form: str, root: str, plover: str) -> None:
    doc = load_pipeline("id")(f"Kedua negara {form} hal itu.")
    events = [(span.text, span.label_) for span in doc.spans["events"]]
    assert events == [(form, plover)]
    assert doc.spans["events"][0][0].lemma_ == root


def test_generated_forms() -> None:
    assert indonesian_lemmas("kerja", ["ber"]) == {"bekerja": "kerja", "bekerjanya": "kerja"}
    assert "perundingan" in indonesian_lemmas("runding", ["per-an"])
    assert {"menyepakati", "disepakati", "sepakati"} <= set(indonesian_lemmas("sepakat", ["meN-i"]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kamis (11/7)", "2024-07-11"),
        ("Sabtu (13/7)", "2024-07-13"),  # the day after publication: 13 July 2024 is a Saturday
        ("Kamis (13/7)", "2023-07-13"),  # ... and 13 July 2023 a Thursday
        ("Selasa (18/6/2024)", "2024-06-18"),
        ("15 November", "2023-11-15"),
        ("bulan lalu", "2024-06"),
        ("bulan ini", "2024-07"),
        ("bulan Oktober", "2024-10"),  # nearer ahead (three months) than behind (nine)
        ("Oktober lalu", "2023-10"),
        ("Oktober mendatang", "2024-10"),
        ("Mei lalu", "2024-05"),
        ("Desember", "2023-12"),  # five months ahead weighs more than seven behind
        ("25 Juli mendatang", "2024-07-25"),
        ("pekan lalu", "2024-07-05"),
        ("minggu lalu", "2024-07-05"),
        ("pekan ini", None),
        ("tahun lalu", "2023"),
        ("akhir tahun 2024", "2024-12"),
        ("akhir tahun lalu", "2023-12"),
        ("tiga tahun berturut-turut", None),
        ("24 tahun", None),
        ("kemarin", "2024-07-11"),
        ("tiga hari lalu", "2024-07-09"),
        ("Senin lalu", "2024-07-08"),
        ("2024", "2024"),
    ],
)
def test_normalize_against_publication(text: str, expected: str | None) -> None:
    assert normalize_date(text, PUBLISHED) == expected


def test_annotate_resolves_dates_with_publication_date() -> None:
    texts = [
        "Korea Selatan mengecam Rusia, Kamis (11/7), setelah pertemuan bulan lalu dan pekan lalu.",
        "Korea Selatan mengecam Rusia bulan lalu.",
    ]
    first, second = annotate(texts, published=[PUBLISHED, None])
    dates = {texts[0][s.start : s.end]: s.normalized for s in first.spans if s.label == "DATE"}
    assert dates == {"Kamis (11/7)": "2024-07-11", "bulan lalu": "2024-06", "pekan lalu": "2024-07-05"}
    assert [s.normalized for s in second.spans if s.label == "DATE"] == [None]
    # existing callers: no publication dates, only dates with their year are resolved
    assert next(annotate(texts[:1])).spans[1].normalized is None


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("AS menyetujui kerja sama keamanan yang erat.",
         {("menyetujui", "AGREE"), ("kerja sama", "COOPERATE")}),
        ("Mereka menandatangani perjanjian kemitraan strategis komprehensif.",
         {("menandatangani", "AGREE"), ("kemitraan strategis", "COOPERATE")}),
        ("Korut menandatangani undang-undang perjanjian militer.", {("menandatangani", "AGREE")}),
        ("Perjanjian yang ditandatangani itu berlaku.", {("ditandatangani", "AGREE")}),
        ("Seoul cemas atas pakta pertahanan bersama itu.", {("pakta pertahanan", "COOPERATE")}),
        ("Pakta tersebut dibuat pekan lalu.", {("Pakta", "COOPERATE")}),
        ("Empat negara menandatangani Pakta Kerja Sama Maritim Makassar.", {("menandatangani", "AGREE")}),
        ("Konferensi pers bersama ini digelar di Lima.", {("Konferensi pers bersama", "CONSULT")}),
        # an official's own press conference is a reporting context, not a consultation (real-news gold)
        ("Konferensi pers ini digelar di Jakarta.", set()),
        ("Mereka menggelar konferensi pers bersama.", {("konferensi pers bersama", "CONSULT")}),
        ("Hal itu dikatakan Cho dalam pertemuan dengan wartawan.", set()),
        ("Isinya mencakup artikel yang menyerukan bantuan militer.", {("bantuan militer", "AID")}),
        ("Korut mengirimkan jutaan peluru ke Rusia.", {("mengirimkan", "AID")}),
        ("Ia mengirimkan surat kepada Presiden.", set()),
    ],
)
def test_trigger_conventions(text: str, events: set[tuple[str, str]]) -> None:
    assert _found(text, next(annotate([text])), "event") == events


def test_dateline_outlets_and_cities() -> None:
    texts = [
        "REPUBLIKA.CO.ID, WASHINGTON - Korea Selatan dan Jepang bertemu.",
        "TRIBUNNEWS.COM, Lima, 15 November 2024 - Jepang mengecam Rusia.",
        "IDXChannel - Amerika Serikat mengecam Rusia dan Korea Utara atas kerja sama militer mereka.",
        "Liputan6.com, Jakarta - Indonesia mendukung perundingan.",
        "KOMPAS.com - Indonesia mendukung perundingan.\n\nSumber: Yonhap-OANA",
    ]
    found = [_found(t, a, "entity") for t, a in zip(texts, annotate(texts), strict=True)]
    assert {("REPUBLIKA.CO.ID", "ORG"), ("WASHINGTON", "GPE")} <= found[0]
    assert ("TRIBUNNEWS.COM", "ORG") in found[1]
    assert ("IDXChannel", "ORG") in found[2]
    assert {("Liputan6.com", "ORG"), ("Jakarta", "GPE")} <= found[3]
    assert {("KOMPAS.com", "ORG"), ("Yonhap", "ORG"), ("OANA", "ORG")} <= found[4]


def test_honorific_after_a_name_is_part_of_it() -> None:
    text = "Pejabat AS untuk Korea Utara, Jung Pak, bertemu Pak Budi Santoso di Jakarta."
    people = {t for t, label in _found(text, next(annotate([text])), "entity") if label == "PERSON"}
    assert "Jung Pak" in people
    assert "Budi Santoso" in people


def test_ministry_name_runs_over_the_country() -> None:
    text = "Kementerian Luar Negeri Korea Selatan mengecam Rusia."
    assert ("Kementerian Luar Negeri Korea Selatan", "ORG") in _found(text, next(annotate([text])), "entity")
