"""Gold loading and project evaluation: a tiny team-written gold, the CLI table, and the corpus gold."""

from __future__ import annotations

import hashlib
import json
from itertools import pairwise
from pathlib import Path

import pytest

from exports.evaluate import evaluate_project
from exports.gold import GoldSpan, load_gold, reanchor
from main import main
from models import db
from models.articles import NewArticle, add_articles
from nlp.cleaning import clean_article
from nlp.records import SpanSuggestion

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"
CORPUS_GOLD = REPO / "tests" / "gold" / "corpus_gold.jsonl"

FIRST = "Menlu Retno Marsudi mengecam serangan di Gaza, Selasa (12/3/2024)."
SECOND = "Presiden Joko Widodo bertemu Anthony Albanese di Jakarta."


def _span(body: str, text: str, label: str, kind: str = "entity", nth: int = 0) -> dict[str, object]:
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return {"start": start, "end": start + len(text), "text": text, "label": label, "kind": kind}


def _suggest(body: str, text: str, label: str, kind: str = "entity") -> SpanSuggestion:
    start = body.index(text)
    return SpanSuggestion(start, start + len(text), label, kind)


def _write_gold(path: Path) -> Path:
    """The team's gold for two made-up articles, in the ordinary export format (with text)."""
    records = [
        {"text": FIRST, "meta": {"source_file": "first.txt"}, "spans": [
            _span(FIRST, "Retno Marsudi", "PERSON"), _span(FIRST, "mengecam", "ACCUSE", "event"),
            _span(FIRST, "serangan", "ASSAULT", "event"), _span(FIRST, "Gaza", "GPE"),
            _span(FIRST, "Selasa (12/3/2024)", "DATE")]},
        # No "kind": the label tells (Prodigy-style exports).
        {"text": SECOND, "meta": {"source_file": "second.txt"}, "spans": [
            {k: v for k, v in _span(SECOND, "Joko Widodo", "PERSON").items() if k != "kind"},
            _span(SECOND, "bertemu", "CONSULT", "event"), _span(SECOND, "Anthony Albanese", "PERSON"),
            _span(SECOND, "Jakarta", "GPE")]},
        {"text": "Artikel yang tidak ada di proyek.", "meta": {"source_file": "absent.txt"}, "spans": []},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _fill_project() -> None:
    # The second article was imported with an extra first line: matched by source file, spans moved.
    second_body = "JAKARTA - " + SECOND
    add_articles([
        NewArticle(body=FIRST, raw_text=FIRST, source_file="renamed.txt", spans=[
            _suggest(FIRST, "Retno Marsudi", "PERSON"),  # right
            _suggest(FIRST, "mengecam", "ACCUSE", "event"),  # right
            _suggest(FIRST, "Gaza", "LOC"),  # wrong label
            _suggest(FIRST, "Selasa", "DATE"),  # partial: wrong
        ]),
        NewArticle(body=second_body, raw_text=second_body, source_file="second.txt", spans=[
            _suggest(second_body, "Joko Widodo", "PERSON"),  # right
            _suggest(second_body, "Anthony", "PERSON"),  # partial: wrong
            _suggest(second_body, "JAKARTA", "GPE"),  # not in the gold: wrong
            _suggest(second_body, "bertemu", "CONSULT", "event"),  # right
        ]),
        NewArticle(body="Berita lain.", raw_text="Berita lain.", source_file="other.txt"),
    ])


def test_evaluate_project_against_a_small_gold(project: Path, tmp_path: Path) -> None:
    _fill_project()
    gold = load_gold(_write_gold(tmp_path / "gold.jsonl"))
    assert gold.problems == []
    assert [d.source_file for d in gold.documents] == ["first.txt", "second.txt", "absent.txt"]
    assert gold.documents[1].spans[0].kind == "entity"

    scores = evaluate_project(gold.documents)
    assert scores.documents == 2
    assert scores.notes == ("absent.txt: not in the project",)
    person = scores.entity("PERSON")
    assert (person.true_positives, person.gold, person.predicted) == (2, 3, 3)
    gpe = scores.entity("GPE")
    assert (gpe.true_positives, gpe.gold, gpe.predicted) == (0, 2, 1)
    assert scores.entity("LOC").predicted == 1
    assert (scores.entity("DATE").gold, scores.entity("DATE").true_positives) == (1, 0)
    micro = scores.entity_micro
    assert (micro.true_positives, micro.gold, micro.predicted) == (2, 6, 6)
    assert micro.f1 == pytest.approx(1 / 3)
    events = scores.event_micro
    assert (events.true_positives, events.gold, events.predicted) == (2, 3, 2)
    assert events.precision == 1.0
    assert events.recall == pytest.approx(2 / 3)
    assert scores.event("ASSAULT").recall == 0.0


def test_the_cli_prints_the_table(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _fill_project()
    db.close_project()
    gold = _write_gold(tmp_path / "gold.jsonl")
    assert main(["evaluate", str(project), str(gold)]) == 0
    captured = capsys.readouterr()
    assert "Matched 2 of 3 gold articles." in captured.out
    assert "PERSON        0.667  0.667  0.667      3      3" in captured.out
    assert "CONSULT       1.000  1.000  1.000      1      1" in captured.out
    assert "absent.txt: not in the project" in captured.err
    assert main(["evaluate", str(tmp_path / "none.kliping"), str(gold)]) == 2
    assert "no such project file" in capsys.readouterr().err


def test_reanchor_moves_spans_to_the_nearest_occurrence() -> None:
    body = "AS dan Jepang. Lalu AS lagi, dan AS."
    spans = (GoldSpan(0, 2, "AS", "GPE", "entity"), GoldSpan(17, 19, "AS", "GPE", "entity"),
             GoldSpan(3, 9, "Korea", "GPE", "entity"), GoldSpan(40, 42, "AS", "GPE", "entity"))
    placed, lost = reanchor(spans, body)
    assert [(s.start, s.end) for s in placed] == [(0, 2), (20, 22), (33, 35)]
    assert all(body[s.start:s.end] == s.text for s in placed)
    assert [s.text for s in lost] == ["Korea"]


def test_gold_without_text_is_read_from_the_corpus_and_reanchored(tmp_path: Path) -> None:
    raw = ("Jakarta - Menteri Luar Negeri Retno Marsudi bertemu dengan Menlu Australia Penny Wong "
           "di Jakarta pada hari Selasa untuk membahas kerja sama kawasan.\n")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(raw, encoding="utf-8")
    body = clean_article(raw, "a.txt").body
    # Written against an older cleaner: the body had two more characters in front, and one span is gone.
    spans = [{**_span(body, "Retno Marsudi", "PERSON"), "start": body.index("Retno") + 2},
             _span(body, "Jakarta", "GPE", nth=1), _span(body, "bertemu", "CONSULT", "event"),
             {"start": 0, "end": 4, "text": "Bali", "label": "GPE", "kind": "entity"}]
    spans[0]["end"] = int(str(spans[0]["start"])) + len("Retno Marsudi")
    record = {"text": None, "meta": {"source_file": "a.txt", "body_sha256": "0" * 64}, "spans": spans}
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text(json.dumps(record) + "\n", encoding="utf-8")

    gold = load_gold(gold_file, corpus)
    assert gold.reanchored == 1
    assert gold.problems == ["a.txt: GPE 'Bali' (at 0) is no longer in the text"]
    (doc,) = gold.documents
    assert doc.body == body
    assert [(s.text, s.start) for s in doc.spans] == [
        ("Retno Marsudi", body.index("Retno")), ("bertemu", body.index("bertemu")),
        ("Jakarta", body.index("Jakarta", 1))]

    missing = load_gold(gold_file, tmp_path / "elsewhere")
    assert missing.documents == []
    assert "does not exist" in missing.problems[0]


def test_the_corpus_gold_loads_and_every_span_reanchors() -> None:
    if not sorted(CORPUS.glob("*.txt")):
        pytest.skip(f"../shared/corpus is not beside this checkout ({CORPUS})")
    gold = load_gold(CORPUS_GOLD, CORPUS)
    assert gold.problems == []
    assert len(gold.documents) == 5
    stored = [json.loads(line) for line in CORPUS_GOLD.read_text(encoding="utf-8").splitlines()]
    assert all(r["text"] is None for r in stored)  # the third-party texts are not in the repository
    for record, doc in zip(stored, gold.documents, strict=True):
        if not gold.reanchored:  # the cleaner still gives the bodies the gold was written on
            assert record["meta"]["body_sha256"] == hashlib.sha256(doc.body.encode()).hexdigest()
        assert len(doc.spans) == len(record["spans"])
        for kind in ("entity", "event"):
            layer = sorted((s for s in doc.spans if s.kind == kind), key=lambda s: s.start)
            assert layer, f"{doc.source_file} has no {kind} spans"
            for span in layer:
                assert doc.body[span.start:span.end] == span.text
            for before, after in pairwise(layer):
                assert before.end <= after.start, f"{doc.source_file}: {before} overlaps {after}"
