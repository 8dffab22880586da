"""Gold anchored to raw files, and the scores of the pipeline on it."""

from __future__ import annotations

import json
from pathlib import Path

from exports.gold import load_raw_gold
from exports.scoreboard import UNSEEN_GOLD, score_metadata, score_pipeline

RAW = ("News\n\nSport\n\nJAKARTA (ANTARA) - Menlu Retno Marsudi mengecam serangan di Gaza, "
       "Selasa (12/3/2024).\n\nBaca juga: Retno ke Gaza\n")


def _gold(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(RAW, encoding="utf-8")
    spans = []
    for text, label, kind, occurrence in [("Retno Marsudi", "PERSON", "entity", 0),
                                          ("mengecam", "ACCUSE", "event", 0),
                                          ("Gaza", "GPE", "entity", 0),
                                          ("Gaza", "GPE", "entity", 1)]:  # in a "Baca juga" line
        start = -1
        for _ in range(occurrence + 1):
            start = RAW.index(text, start + 1)
        spans.append({"raw_start": start, "raw_end": start + len(text), "text": text,
                      "label": label, "kind": kind})
    record = {"text": None, "meta": {"source_file": "a.txt", "outlet": "ANTARA",
                                     "published": "2024-03-12"}, "spans": spans}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_raw_offsets_map_into_the_cleaned_body(tmp_path: Path) -> None:
    [gold] = load_raw_gold(_gold(tmp_path))
    body = gold.document.body
    assert "Baca juga" not in body and not body.startswith("News")
    assert [(s.text, s.label) for s in gold.document.spans] == [
        ("Retno Marsudi", "PERSON"), ("mengecam", "ACCUSE"), ("Gaza", "GPE")]
    assert all(body[s.start:s.end] == s.text for s in gold.document.spans)


def test_pipeline_and_metadata_scores(tmp_path: Path) -> None:
    golds = load_raw_gold(_gold(tmp_path))
    scores = score_pipeline([g.document for g in golds])
    assert scores.documents == 1
    assert scores.entity_micro.gold == 2 and scores.event_micro.gold == 1
    assert scores.event_micro.true_positives == 1  # "mengecam" is ACCUSE
    meta = score_metadata(golds)
    assert (meta.outlets_right, meta.outlets_stated) == (1, 1)
    assert (meta.dates_right, meta.dates_stated) == (1, 1)  # from "Selasa (12/3/2024)"


def test_unseen_gold_places_almost_every_span() -> None:
    golds = load_raw_gold(UNSEEN_GOLD)
    assert len(golds) == 10
    raw_spans = sum(len(json.loads(line)["spans"])
                    for line in UNSEEN_GOLD.read_text(encoding="utf-8").splitlines())
    placed = sum(len(g.document.spans) for g in golds)
    assert placed >= 0.8 * raw_spans  # headlines and bylines are cleaned away, nothing else
    for gold in golds:
        body = gold.document.body
        assert all(body[s.start:s.end] == s.text for s in gold.document.spans)


def test_outlet_names_match_whatever_their_spelling() -> None:
    from exports.scoreboard import same_outlet

    assert same_outlet("Merdeka.com", "merdeka")
    assert same_outlet("JawaPos.com", "Jawa Pos")
    assert same_outlet("REPUBLIKA.CO.ID", "Republika")
    assert not same_outlet("Kompas", "Tempo")
    assert not same_outlet(None, "Tempo")
