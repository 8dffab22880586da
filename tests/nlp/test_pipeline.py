"""The pre-annotation pipeline on samples, the real corpus and small hand-written texts."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
import spacy
from nlp_paths import SAMPLES, corpus_files, needs_corpus, sample_files

from nlp.build_model import build_model
from nlp.cleaning import clean_article
from nlp.pipeline import annotate, load_pipeline
from nlp.records import Annotation

TEXT = (
    "Washington (ANTARA) - Korea Selatan dan Jepang mengecam kerja sama militer Rusia dan "
    "Korea Utara, "
    "Kamis (11/7). Presiden AS Joe Biden bertemu dengan pemimpin NATO di Washington pekan lalu, "
    "kata Gedung Putih."
)


def _found(text: str, annotation: Annotation, kind: str) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.label) for s in annotation.spans if s.kind == kind}


def _check_layers(text: str, annotation: Annotation) -> None:
    """Offsets slice inside the text, and spans of one layer never overlap."""
    for kind in ("entity", "event"):
        spans = sorted((s for s in annotation.spans if s.kind == kind), key=lambda s: s.start)
        for left, right in pairwise(spans):
            assert left.end <= right.start, (
                kind,
                text[left.start : left.end],
                text[right.start : right.end],
            )
        for span in spans:
            piece = text[span.start : span.end]
            assert piece and piece == piece.strip()


def test_known_spans() -> None:
    annotation = next(annotate([TEXT]))
    entities = _found(TEXT, annotation, "entity")
    events = _found(TEXT, annotation, "event")
    assert {
        ("Korea Selatan", "GPE"),
        ("NATO", "ORG"),
        ("Kamis (11/7)", "DATE"),
        ("Joe Biden", "PERSON"),
        ("Gedung Putih", "ORG"),
        ("pekan lalu", "DATE"),
        ("ANTARA", "ORG"),
    } <= entities
    assert ("Presiden AS Joe Biden", "PERSON") not in entities  # titles stay outside PERSON spans
    assert {
        ("mengecam", "ACCUSE"),
        ("kerja sama militer", "COOPERATE"),
        ("bertemu", "CONSULT"),
    } <= events
    assert not any(text == "kata" for text, _ in events)  # reporting verbs are not events
    _check_layers(TEXT, annotation)


def test_roles_point_from_events_to_entities() -> None:
    annotation = next(annotate([TEXT]))
    roles = {
        (
            TEXT[annotation.spans[r.event_index].start : annotation.spans[r.event_index].end],
            TEXT[annotation.spans[r.entity_index].start : annotation.spans[r.entity_index].end],
            r.label,
        )
        for r in annotation.roles
    }
    for role in annotation.roles:
        assert annotation.spans[role.event_index].kind == "event"
        assert annotation.spans[role.entity_index].kind == "entity"
    assert ("mengecam", "Korea Selatan", "SOURCE") in roles
    assert ("mengecam", "Kamis (11/7)", "TIME") in roles
    assert ("kerja sama militer", "Rusia", "TARGET") in roles
    assert ("bertemu", "Washington", "PLACE") in roles
    assert not any(entity == "ANTARA" for _, entity, _ in roles)  # the dateline takes no part


def test_city_needs_context() -> None:
    text = "Lima orang tewas. Pertemuan APEC digelar di Lima, Peru."
    entities = [(text[s.start : s.end], s.start) for s in next(annotate([text])).spans if s.label == "GPE"]
    assert ("Lima", text.index("Lima, Peru")) in entities
    assert ("Lima", 0) not in entities


def test_dates_are_normalised() -> None:
    text = (
        "Perjanjian itu diteken pada 15 November 2024 dan dibahas lagi Selasa (18/6/2024) serta bulan lalu."
    )
    spans = {text[s.start : s.end]: s.normalized for s in next(annotate([text])).spans if s.label == "DATE"}
    assert spans == {
        "15 November 2024": "2024-11-15",
        "Selasa (18/6/2024)": "2024-06-18",
        "bulan lalu": None,
    }


def test_a_month_and_its_year_stay_one_date_after_in() -> None:
    text = "Russia has hosted no larger gathering since it launched its invasion of Ukraine in February 2022."
    spans = {text[s.start : s.end]: s.normalized
             for s in next(annotate([text], lang="en")).spans if s.label == "DATE"}
    assert spans == {"in February 2022": "2022-02"}


def test_annotate_keeps_order_and_count() -> None:
    texts = ["NATO bertemu di Brussel.", "", "Jepang mengecam Rusia."]
    annotations = list(annotate(texts, batch_size=2))
    assert len(annotations) == 3
    assert annotations[1] == Annotation()
    assert ("Jepang", "GPE") in _found(texts[2], annotations[2], "entity")


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.stem)
def test_samples_get_entities_and_events(path: Path) -> None:
    body = clean_article(path.read_text(encoding="utf-8")).body
    annotation = next(annotate([body]))
    labels = {s.label for s in annotation.spans}
    assert {"GPE", "DATE"} <= labels
    assert any(s.kind == "event" for s in annotation.spans)
    assert ("Makassar", "GPE") in _found(body, annotation, "entity")
    _check_layers(body, annotation)


def test_sample_reactions() -> None:
    body = clean_article((SAMPLES / "001_kabarnusa_pakta_maritim.txt").read_text(encoding="utf-8")).body
    annotation = next(annotate([body]))
    assert {
        ("mengecam", "ACCUSE"),
        ("menandatangani", "AGREE"),
        ("mendukung", "SUPPORT"),
    } <= _found(body, annotation, "event")
    assert {
        ("Republik Varnesia", "GPE"),
        ("Han Ji-seok", "PERSON"),
        ("Selasa (12/3/2024)", "DATE"),
    } <= _found(body, annotation, "entity")


@pytest.mark.corpus
@needs_corpus
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem[:3])
def test_corpus_gets_entities_and_events(path: Path) -> None:
    body = clean_article(path.read_text(encoding="utf-8")).body
    annotation = next(annotate([body]))
    assert any(s.kind == "entity" for s in annotation.spans)
    assert any(s.kind == "event" for s in annotation.spans)
    entities = _found(body, annotation, "entity")
    assert ("Rusia", "GPE") in entities or ("Federasi Rusia", "GPE") in entities
    _check_layers(body, annotation)


@pytest.mark.corpus
@needs_corpus
def test_corpus_antara_spans() -> None:
    path = next(p for p in corpus_files() if p.name.startswith("000"))
    body = clean_article(path.read_text(encoding="utf-8")).body
    annotation = next(annotate([body]))
    entities = _found(body, annotation, "entity")
    assert {
        ("Kamis (11/7)", "DATE"),
        ("NATO", "ORG"),
        ("Indo-Pasifik", "LOC"),
        ("Yoon Suk Yeol", "PERSON"),
        ("Dewan Keamanan PBB", "ORG"),
        ("akhir tahun 2024", "DATE"),
        ("DPRK", "GPE"),
    } <= entities
    events = _found(body, annotation, "event")
    assert {
        ("mengecam", "ACCUSE"),
        ("mendesak", "REQUEST"),
        ("pertemuan puncak", "CONSULT"),
    } <= events


def test_english_text() -> None:
    text = (
        "South Korea and Japan on Thursday condemned the military cooperation between Russia"
        " and North Korea, the White House said."
    )
    annotation = next(annotate([text], lang="en"))
    assert {
        ("South Korea", "GPE"),
        ("North Korea", "GPE"),
        ("White House", "ORG"),
        ("Thursday", "DATE"),
    } <= _found(text, annotation, "entity")
    events = _found(text, annotation, "event")
    assert {("condemned", "ACCUSE"), ("military cooperation", "COOPERATE")} <= events
    assert not any(word == "said" for word, _ in events)


def test_english_sample() -> None:
    path = next((SAMPLES / "en").glob("001_*.txt"))
    body = clean_article(path.read_text(encoding="utf-8")).body
    annotation = next(annotate([body], lang="en"))
    assert ("signed", "AGREE") in _found(body, annotation, "event")
    assert ("Oren Malek", "PERSON") in _found(body, annotation, "entity")
    _check_layers(body, annotation)


def test_saved_model_loads_back(tmp_path: Path) -> None:
    out = build_model(tmp_path / "kliping_id")
    loaded = spacy.load(out)
    assert loaded.pipe_names == load_pipeline("id").pipe_names
    assert [e.text for e in loaded(TEXT).ents] == [e.text for e in load_pipeline("id")(TEXT).ents]
    # annotate accepts the saved directory as model
    assert next(annotate([TEXT], model=str(out))) == next(annotate([TEXT]))


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        load_pipeline("xx")
