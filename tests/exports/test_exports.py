"""JSONL and Excel exports agree with the project row for row."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from exports.jsonl import export_jsonl
from exports.xlsx import export_xlsx
from models import articles, link_store, links, spans
from models.articles import NewArticle
from models.dataset import iter_documents
from models.schema import Mention
from nlp.records import RoleSuggestion, SpanSuggestion

BODY = ("=HYPERLINK(\"http://x\") Menlu Retno Marsudi mengecam serangan di Gaza, "
        "Selasa (12/3/2024).")


def _fill() -> None:
    start = BODY.index("Retno")
    trigger = BODY.index("mengecam")
    place = BODY.index("Gaza")
    articles.add_articles([
        NewArticle(body=BODY, raw_text="raw " + BODY, source_file="a.txt", title="-Judul",
                   outlet="Warta Pagi", authors=("Sari Dewi",),
                   spans=[SpanSuggestion(start, start + 13, "PERSON", "entity"),
                          SpanSuggestion(trigger, trigger + 8, "ACCUSE", "event"),
                          SpanSuggestion(place, place + 4, "GPE", "entity")],
                   roles=[RoleSuggestion(1, 0, "SOURCE"), RoleSuggestion(1, 2, "PLACE")]),
        NewArticle(body="Kabar kedua tanpa anotasi.", raw_text="x", source_file="b.txt"),
    ])
    first = articles.list_articles()[0].id
    spans.add_span(first, 0, 10, "ORG")


def test_jsonl_matches_the_database(project: Path, tmp_path: Path) -> None:
    _fill()
    out = tmp_path / "out.jsonl"
    assert export_jsonl(out) == 2
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    docs = list(iter_documents())
    assert len(lines) == len(docs)
    for line, doc in zip(lines, docs, strict=True):
        assert line["text"] == doc.body
        assert line["meta"]["source_file"] == doc.article.source_file
        assert [s["id"] for s in line["spans"]] == [s.id for s in doc.spans]
        for span in line["spans"]:
            assert line["text"][span["start"]:span["end"]] == span["text"]
            assert span["kind"] in ("entity", "event") and span["state"] in ("suggested", "accepted")
    first = lines[0]
    assert first["meta"]["authors"] == ["Sari Dewi"] and first["meta"]["published"] is None
    assert {(r["label"]) for r in first["relations"]} == {"SOURCE", "PLACE"}
    ids = {s["id"]: s for s in first["spans"]}
    assert all(ids[r["head"]]["kind"] == "event" for r in first["relations"])
    assert not (tmp_path / "out.jsonl.part").exists()


def test_workbook_sheets_match_the_database(project: Path, tmp_path: Path) -> None:
    _fill()
    out = tmp_path / "out.xlsx"
    export_xlsx(out)
    book = load_workbook(out)
    assert book.sheetnames == ["Summary", "Articles", "Entities", "Events", "Clusters", "Annotators"]
    docs = list(iter_documents())
    all_spans = [s for d in docs for s in d.spans]
    sheets = {name: list(book[name].iter_rows(values_only=True)) for name in book.sheetnames}
    assert len(sheets["Articles"]) - 1 == len(docs)
    entity_ids = [row[-1] for row in sheets["Entities"][1:]]
    event_ids = [row[-1] for row in sheets["Events"][1:]]
    assert entity_ids == [s.id for s in all_spans if s.kind == "entity"]
    assert event_ids == [s.id for s in all_spans if s.kind == "event"]
    for name in book.sheetnames[1:]:
        ws = book[name]
        assert ws.freeze_panes == "A2"
        assert len(ws.tables) == 1  # the table carries the filters
        assert ws.column_dimensions["A"].width >= 10
    header = sheets["Events"][0]
    event_row = dict(zip(header, sheets["Events"][1], strict=True))
    assert event_row["Source"] == "Retno Marsudi" and event_row["Place"] == "Gaza"


def test_article_text_never_becomes_a_formula(project: Path, tmp_path: Path) -> None:
    _fill()
    out = tmp_path / "out.xlsx"
    export_xlsx(out)
    book = load_workbook(out)
    org = next(r for r in book["Entities"].iter_rows(min_row=2) if r[2].value == "ORG")
    assert org[3].value.startswith("=HYPERLINK") and org[3].data_type == "s"
    title = book["Articles"]["D2"]
    assert title.value == "-Judul" and title.data_type == "s"


LINKED = (
    ("Putin dan Kim menandatangani perjanjian di Pyongyang. Keduanya juga bertemu.",
     ("menandatangani", "bertemu")),
    ("Rusia dan Korea Utara meneken pakta di Pyongyang. Kim menyambut Putin di bandara.",
     ("meneken", "menyambut")),
)


def _event_mentions() -> dict[str, str]:
    """Two articles with two event mentions each, and an entity; trigger text -> mention id."""
    rows = articles.add_articles([NewArticle(body=b, raw_text=b, source_file=f"{i}.txt")
                                  for i, (b, _) in enumerate(LINKED)])
    found = {}
    for row, (body, words) in zip(rows, LINKED, strict=True):
        for word in words:
            at = body.index(word)
            found[word] = spans.add_span(row.id, at, at + len(word), "AGREE").span.id
        spans.add_span(row.id, body.index("Pyongyang"), body.index("Pyongyang") + 9, "GPE")
    return found


def _exported_spans(tmp_path: Path) -> dict[str, tuple[str | None, str | None]]:
    """Every exported span's ("cluster", "cluster_state"), by span id."""
    out = tmp_path / "linked.jsonl"
    export_jsonl(out)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {s["id"]: (s["cluster"], s["cluster_state"]) for line in lines for s in line["spans"]}


def test_jsonl_carries_each_event_mention_s_cluster_and_its_state(project: Path, tmp_path: Path) -> None:
    ids = _event_mentions()
    confirmed = links.create_card(ids["menandatangani"], "Treaty")
    links.assign(ids["meneken"], confirmed)
    summary = link_store.CardSummaryFields("Meeting", "CONSULT", None, "Pyongyang", ())
    suggested = link_store.store_suggestion([ids["bertemu"], ids["menyambut"]], None, summary)

    exported = _exported_spans(tmp_path)
    assert {word: exported[uid] for word, uid in ids.items()} == {
        "menandatangani": (confirmed, "confirmed"), "meneken": (confirmed, "confirmed"),
        "bertemu": (suggested, "suggested"), "menyambut": (suggested, "suggested")}
    entities = [uid for uid in exported if uid not in ids.values()]
    assert len(entities) == 2 and all(exported[uid] == (None, None) for uid in entities)

    links.unlink([ids["menyambut"]])  # not linked any more: no cluster, no state
    links.confirm(suggested)  # the suggestion left is confirmed
    exported = _exported_spans(tmp_path)
    assert exported[ids["menyambut"]] == (None, None)
    assert exported[ids["bertemu"]] == (suggested, "confirmed")


def test_jsonl_reads_a_link_without_state_as_confirmed(project: Path, tmp_path: Path) -> None:
    """Links made before link states existed (schema v4) were all a reviewer's: confirmed."""
    ids = _event_mentions()
    card = links.create_card(ids["menandatangani"], "Treaty")
    Mention.update(link_state=None).where(Mention.uid == ids["menandatangani"]).execute()
    exported = _exported_spans(tmp_path)
    assert exported[ids["menandatangani"]] == (card, "confirmed")
    assert exported[ids["meneken"]] == (None, None)
