"""The shipped statistical NER: it loads, tags unknown names, records its scores and never beats the rules."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

from nlp.components import statistical_ner
from nlp.components.statistical_ner import MODEL_DIR, StatisticalNer, load_model
from nlp.pipeline import build_pipeline

# Team-written; "Rendra Wiratmaja" and "Koperasi Tani Sumber Rejeki" are in no gazetteer.
SENTENCE = (
    "Rendra Wiratmaja mengatakan kepada wartawan di Surabaya bahwa Koperasi Tani Sumber Rejeki "
    "akan membuka gudang baru bulan depan."
)
METADATA = MODEL_DIR / "kliping_training.json"


@pytest.fixture(scope="module")
def model() -> Language:
    loaded = load_model(str(MODEL_DIR))
    assert loaded is not None, f"shipped model missing at {MODEL_DIR}"
    return loaded


@pytest.fixture(scope="module")
def pipeline() -> Language:
    return build_pipeline("id")


def test_model_tags_unknown_person(model: Language) -> None:
    doc = model(SENTENCE)
    assert ("Rendra Wiratmaja", "PERSON") in {(e.text, e.label_) for e in doc.ents}
    assert set(model.pipe_names) == {"tok2vec", "ner"}


def test_model_is_small() -> None:
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 10_000_000


def test_metadata_records_test_scores() -> None:
    meta = json.loads(METADATA.read_text(encoding="utf-8"))
    for key in ("date", "machine", "spacy_version", "data", "label_mapping", "hyper_parameters", "training"):
        assert key in meta
    assert meta["test_scores"]["idner"]["micro"]["f"] >= 0.70
    assert meta["test_scores"]["nergrit"]["micro"]["f"] >= 0.60
    assert "PERSON" in meta["test_scores"]["idner"]["per_label"]


def test_pipeline_adds_unknown_person(pipeline: Language) -> None:
    doc = pipeline(SENTENCE)
    found = {(e.text, e.label_) for e in doc.ents}
    assert ("Rendra Wiratmaja", "PERSON") in found
    assert ("Surabaya", "GPE") in found  # the gazetteer's label, not the model's


def test_component_never_overlaps_rule_entities(pipeline: Language) -> None:
    text = "Presiden AS Joe Biden bertemu Rendra Wiratmaja dan pejabat NATO di Washington, Kamis (11/7)."
    rules = build_pipeline("id")
    rules.remove_pipe("kliping_statistical_ner")
    before = {(e.start, e.end, e.label_) for e in rules(text).ents}
    after = {(e.start, e.end, e.label_) for e in pipeline(text).ents}
    assert before <= after  # every rule entity survives, unchanged


def test_add_drops_overlapping_and_implausible_spans(pipeline: Language) -> None:
    component = pipeline.get_pipe("kliping_statistical_ner")
    assert isinstance(component, StatisticalNer)
    doc = pipeline.make_doc("Menlu Kurt Campbell bertemu Gedung Putih dan warga desa kemarin.")
    doc.ents = [Span(doc, 4, 6, label="ORG")]  # Gedung Putih, as the gazetteer would mark it
    predicted = [
        Span(doc, 0, 3, label="PERSON"),  # title is trimmed: Kurt Campbell
        Span(doc, 3, 6, label="PERSON"),  # overlaps the rule ORG: dropped
        Span(doc, 7, 9, label="ORG"),  # lower-case words: dropped
        Span(doc, 9, 10, label="GPE"),  # label the component does not take: dropped
    ]
    component.add(doc, predicted)
    assert [(e.text, e.label_) for e in doc.ents] == [("Kurt Campbell", "PERSON"), ("Gedung Putih", "ORG")]


def test_pipeline_works_without_model(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(statistical_ner, "MODEL_DIR", tmp_path / "missing")
    with caplog.at_level(logging.WARNING, logger=statistical_ner.__name__):
        nlp = build_pipeline("id")
        doc = nlp(SENTENCE)
    assert "not found" in caplog.text
    assert ("Surabaya", "GPE") in {(e.text, e.label_) for e in doc.ents}
    assert "Rendra Wiratmaja" not in {e.text for e in doc.ents}


def test_saved_pipeline_keeps_the_component(tmp_path: Path, pipeline: Language) -> None:
    pipeline.to_disk(tmp_path / "kliping_id")
    loaded = spacy.load(tmp_path / "kliping_id")
    assert "kliping_statistical_ner" in loaded.pipe_names
    assert ("Rendra Wiratmaja", "PERSON") in {(e.text, e.label_) for e in loaded(SENTENCE).ents}
