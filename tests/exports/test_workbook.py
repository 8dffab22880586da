"""The supervisor's workbook, its CSV twin and the spaCy DocBin, re-opened and checked cell by cell."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock

import main
from exports.docbin import export_docbin
from exports.workbook import SummaryBlock, export_csv, export_workbook
from models import articles, db, links, spans
from models.activity import activity_by_annotator
from models.articles import NewArticle
from models.filters import ArticleFilter
from models.schema import ChangeLog
from nlp.records import RoleSuggestion, SpanSuggestion

SHEETS = ["Summary", "Articles", "Entities", "Events", "Clusters", "Annotators"]
FIRST = "Menlu Retno Marsudi mengecam serangan di Gaza, Selasa (12/3/2024)."
SECOND = "Pemerintah Turki mengutuk serangan Israel di Gaza pada Senin."
FORMULA = '=HYPERLINK("http://x","y")'
THIRD = FORMULA + " tulis warganet di Jakarta."
LINK = re.compile(r"""^=HYPERLINK\("#'(\w+)'!A(\d+)","[^"]*"\)$""")


def _span(body: str, word: str, label: str, kind: str = "entity") -> SpanSuggestion:
    return SpanSuggestion(body.index(word), body.index(word) + len(word), label, kind)


def _fill() -> dict[str, Any]:
    """Three articles, two annotators (ani: article 1 done; budi: article 2 done with a relabel
    and a rejection), one cluster across two outlets, and an article whose text looks like a formula."""
    rows = articles.add_articles([
        NewArticle(body=FIRST, raw_text=FIRST, source_file="a.txt", title="Retno kecam serangan",
                   outlet="Warta Pagi", published=dt.date(2024, 3, 12), authors=("Sari",),
                   spans=[_span(FIRST, "Retno Marsudi", "PERSON"),
                          _span(FIRST, "mengecam", "ACCUSE", "event"), _span(FIRST, "Gaza", "GPE")],
                   roles=[RoleSuggestion(1, 0, "SOURCE"), RoleSuggestion(1, 2, "PLACE")]),
        NewArticle(body=SECOND, raw_text=SECOND, source_file="b.txt", title="Turki kutuk Israel",
                   outlet="Kabar Kota", published=dt.date(2024, 3, 11),
                   spans=[_span(SECOND, "Turki", "GPE"), _span(SECOND, "mengutuk", "ACCUSE", "event"),
                          _span(SECOND, "Israel", "PERSON")]),
        NewArticle(body=THIRD, raw_text=THIRD, source_file="c.txt", title=FORMULA,
                   spans=[_span(THIRD, "Jakarta", "GPE")]),
    ])
    first, second, third = (r.id for r in rows)
    db.set_annotator("ani")
    spans.accept_suggestions(first)
    articles.set_status(first, "done")
    db.set_annotator("budi")
    by_text = {s.text: s.id for s in spans.list_spans(second)}
    spans.relabel_span(by_text["Israel"], "GPE")  # a correction
    spans.delete_span(by_text["Turki"])  # a rejection
    spans.accept_suggestions(second)
    articles.set_status(second, "done")
    articles.set_status(third, "in_progress")
    events = {s.text: s.id for a in (first, second) for s in spans.list_spans(a) if s.kind == "event"}
    card = links.create_card(events["mengecam"], "Kecaman atas serangan di Gaza", "ACCUSE",
                             dt.date(2024, 3, 12), "Gaza")
    links.assign(events["mengutuk"], card)
    return {"ids": (first, second, third), "card": card}


def _export(tmp_path: Path, spec: ArticleFilter | None = None, **kwargs: Any) -> Any:
    out = tmp_path / "book.xlsx"
    export_workbook(out, spec, **kwargs)
    return load_workbook(out, rich_text=True)


def _table(ws: Any) -> list[dict[str, Any]]:
    header, *rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(header, row, strict=True)) for row in rows]


def test_every_sheet_is_a_table_with_a_frozen_header_and_widths(project: Path, tmp_path: Path) -> None:
    _fill()
    book = _export(tmp_path)
    assert book.sheetnames == SHEETS
    for name in SHEETS[1:]:
        ws = book[name]
        assert ws.freeze_panes == "A2"
        (table_name, ref), = ws.tables.items()
        assert table_name == f"{name}Table" and ref.startswith("A1:")
        header = [c.value for c in ws[1]]
        assert [c.name for c in ws.tables[table_name].tableColumns] == header
        assert ref.endswith(f"{max(ws.max_row, 2)}")
        assert ws.auto_filter.ref is None  # the table carries the filters; both would conflict
        assert all(ws.column_dimensions[chr(65 + i)].width >= 8 for i in range(len(header)))


def test_articles_rows_with_dates_and_links_to_their_rows(project: Path, tmp_path: Path) -> None:
    ids = _fill()["ids"]
    book = _export(tmp_path)
    rows = _table(book["Articles"])
    assert [r["Article ID"] for r in rows] == list(ids)
    assert rows[0]["Published"] == dt.datetime(2024, 3, 12) and book["Articles"]["C2"].is_date
    assert rows[0]["Outlet"] == "Warta Pagi" and rows[0]["Status"] == "done"
    assert rows[2]["Published"] is None and rows[2]["Status"] == "in progress"
    for row in rows:
        for column in ("Entity rows", "Event rows"):
            if row[column] is None:
                continue
            sheet, target = LINK.match(row[column]).groups()
            ws = book[sheet]
            assert ws.cell(int(target), 1).value == row["Article ID"]  # its first row ...
            assert ws.cell(int(target) - 1, 1).value != row["Article ID"]  # ... not a later one
    assert rows[2]["Event rows"] is None  # no event: no link


def test_entities_show_the_mention_in_bold_in_its_context(project: Path, tmp_path: Path) -> None:
    _fill()
    book = _export(tmp_path)
    header = [c.value for c in book["Entities"][1]]
    context = header.index("Context")
    for row in book["Entities"].iter_rows(min_row=2):
        rich = row[context].value
        assert isinstance(rich, CellRichText)
        bold = [part for part in rich if isinstance(part, TextBlock) and part.font.b]
        assert [b.text for b in bold] == [row[header.index("Text")].value]
    retno = next(r for r in _table(book["Entities"]) if r["Text"] == "Retno Marsudi")
    assert str(retno["Context"]).startswith("Menlu Retno Marsudi mengecam")
    assert retno["State"] == "accepted" and retno["Label"] == "PERSON"


def test_events_carry_type_trigger_roles_and_cluster(project: Path, tmp_path: Path) -> None:
    card = _fill()["card"]
    events = {r["Trigger"]: r for r in _table(_export(tmp_path)["Events"])}
    assert events.keys() == {"mengecam", "mengutuk"}
    first = events["mengecam"]
    assert (first["Type"], first["Source"], first["Place"], first["Target"]) == (
        "ACCUSE", "Retno Marsudi", "Gaza", None)
    assert first["Cluster ID"] == card and first["Cluster title"] == "Kecaman atas serangan di Gaza"
    assert first["Link state"] == "confirmed" and events["mengutuk"]["Cluster ID"] == card


def test_clusters_one_row_per_real_world_event(project: Path, tmp_path: Path) -> None:
    card = _fill()["card"]
    book = _export(tmp_path)
    (row,) = _table(book["Clusters"])
    assert row["Cluster ID"] == card and row["Type"] == "ACCUSE" and row["Place"] == "Gaza"
    assert row["Date"] == dt.datetime(2024, 3, 12)
    assert (row["Outlets"], row["Articles"], row["Mentions"]) == (2, 2, 2)
    assert row["Outlet names"] == "Kabar Kota, Warta Pagi"
    assert row["First reported"] == dt.datetime(2024, 3, 11) and book["Clusters"]["I2"].is_date
    assert row["Mentions (trigger, outlet)"] == "mengutuk (Kabar Kota); mengecam (Warta Pagi)"


def test_annotators_work_corrections_and_time(project: Path, tmp_path: Path) -> None:
    _fill()
    rows = {r["Annotator"]: r for r in _table(_export(tmp_path)["Annotators"])}
    ani, budi = rows["ani"], rows["budi"]
    assert (ani["Articles done"], ani["Accepted"], ani["Relabelled"], ani["Rejected"]) == (1, 3, 0, 0)
    assert ani["Correction rate"] == 0
    assert (budi["Articles done"], budi["Accepted"], budi["Relabelled"], budi["Rejected"]) == (1, 1, 1, 1)
    assert budi["Correction rate"] == pytest.approx(2 / 3)
    assert isinstance(budi["Active time"], dt.timedelta) and budi["Changes"] >= 4
    assert isinstance(budi["Latest change"], dt.datetime)


def test_active_time_sums_gaps_capped_at_five_minutes(project: Path) -> None:
    start = dt.datetime(2024, 5, 1, 9, 0)
    for minutes, who in ((0, "ani"), (1, "ani"), (3, "budi"), (11, "ani"), (13, "ani"), (200, "ani")):
        ChangeLog.create(at=start + dt.timedelta(minutes=minutes), annotator=who, action="update",
                         target="mention", target_uid="x")
    found = activity_by_annotator()
    # ani's gaps: 1, 10 (counted as 5), 2 and 187 (5) minutes; budi has one change: no time.
    assert found["ani"].active == dt.timedelta(minutes=13) and found["ani"].actions == 5
    assert found["budi"].active == dt.timedelta(0)
    assert found["ani"].last == start + dt.timedelta(minutes=200)


def test_summary_counts_progress_and_a_place_for_agreement(project: Path, tmp_path: Path) -> None:
    _fill()
    values = [row for row in _export(tmp_path)["Summary"].iter_rows(values_only=True)]
    firsts = [row[0] for row in values]
    for title in ("Progress", "By outlet", "By status", "By label", "By annotator (spans in these articles)",
                  "Agreement"):
        assert title in firsts
    block = values[firsts.index("Progress") + 2:firsts.index("By outlet") - 1]
    progress = {row[0]: row[1:3] for row in block}
    assert progress["Done"] == (2, pytest.approx(2 / 3)) and progress["In progress"][0] == 1
    assert progress["All"][0] == 3
    block = values[firsts.index("By outlet") + 2:firsts.index("By status") - 1]
    outlets = {row[0]: row[1:6] for row in block}
    assert outlets["Warta Pagi"] == (1, 1, 1, 2, 1) and "(unknown outlet)" in outlets
    agreement = firsts.index("Agreement")
    assert "No article has versions by two annotators" in values[agreement + 1][0]  # never merged


def test_summary_takes_agreement_blocks_from_a_report(project: Path, tmp_path: Path) -> None:
    _fill()
    block = SummaryBlock("Agreement", ("Pair", "Span F1"), (("ani / budi", 0.75),))
    values = list(_export(tmp_path, agreement=[block])["Summary"].iter_rows(values_only=True))
    at = [row[0] for row in values].index("Agreement")
    assert values[at + 1][:2] == ("Pair", "Span F1") and values[at + 2][:2] == ("ani / budi", 0.75)


def test_article_text_that_looks_like_a_formula_stays_text(project: Path, tmp_path: Path) -> None:
    _fill()
    out = tmp_path / "book.xlsx"
    export_workbook(out)
    book = load_workbook(out)
    title = next(r for r in book["Articles"].iter_rows(min_row=2) if r[0].value == 3)[3]
    assert title.value == FORMULA and title.data_type == "s"
    for ws in book:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":  # only the workbook's own links to its rows
                    assert LINK.match(cell.value), cell.value
    with zipfile.ZipFile(out) as archive:
        xml = "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/"))
    assert "http://x" in xml and not re.search(r"<f>[^<]*http://x", xml)


def test_filters_pick_articles_by_status_annotator_outlet_and_date(project: Path, tmp_path: Path) -> None:
    first, second, third = _fill()["ids"]

    def exported(spec: ArticleFilter) -> list[int]:
        return [r["Article ID"] for r in _table(_export(tmp_path, spec)["Articles"])]

    assert exported(ArticleFilter(statuses=("done",))) == [first, second]
    assert exported(ArticleFilter(annotators=("ani",))) == [first]
    assert exported(ArticleFilter(annotators=("budi",))) == [first, second, third]  # linked 1 to a card
    assert exported(ArticleFilter(outlets=("Kabar Kota",))) == [second]
    assert exported(ArticleFilter(date_from=dt.date(2024, 3, 12))) == [first]
    assert exported(ArticleFilter(date_to=dt.date(2024, 3, 11))) == [second]
    book = _export(tmp_path, ArticleFilter(outlets=("Kabar Kota",)))
    assert [r["Mentions"] for r in _table(book["Clusters"])] == [1]  # only the exported mentions
    assert [r["Annotator"] for r in _table(_export(tmp_path, ArticleFilter(annotators=("ani",)))
                                            ["Annotators"])] == ["ani"]


def test_cli_export_with_filters(project: Path, tmp_path: Path) -> None:
    _fill()
    db.close_project()
    out = tmp_path / "cli.xlsx"
    assert main.main(["export", str(project), str(out), "--status", "done", "--outlet", "Warta Pagi",
                      "--since", "2024-03-01", "--until", "2024-03-31"]) == 0
    assert [r["Title"] for r in _table(load_workbook(out)["Articles"])] == ["Retno kecam serangan"]
    assert main.main(["export", str(project), str(tmp_path / "x.txt")]) == 2
    db.open_project(project, annotator="tester")


def test_csv_one_file_per_sheet_with_a_bom_and_the_same_columns(project: Path, tmp_path: Path) -> None:
    _fill()
    export_workbook(tmp_path / "book.xlsx")
    book = load_workbook(tmp_path / "book.xlsx")
    assert export_csv(tmp_path / "out.csv") == 3
    folder = tmp_path / "sheets"
    assert export_csv(folder) == 3
    for name in SHEETS:
        raw = (tmp_path / f"out-{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        assert (folder / f"{name}.csv").exists()
        if name != "Summary":
            header = next(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
            assert header == [c.value for c in book[name][1]]
    text = (tmp_path / "out-Articles.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")" in text  # quoted: a spreadsheet keeps it text
    assert ",2024-03-12," in text and "Entities row 2" in text
    assert not list(tmp_path.glob("*.part"))


def test_docbin_holds_the_done_articles_with_their_spans(project: Path, tmp_path: Path) -> None:
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    _fill()
    out = tmp_path / "train.spacy"
    assert export_docbin(out) == 2
    docs = list(DocBin().from_disk(out).get_docs(Vocab()))
    assert [d.text for d in docs] == [FIRST, SECOND]
    first, second = docs
    assert [(e.text, e.label_) for e in first.ents] == [("Retno Marsudi", "PERSON"), ("Gaza", "GPE")]
    assert [(s.text, s.label_) for s in first.spans["sc"]] == [("Retno Marsudi", "PERSON"), ("Gaza", "GPE")]
    assert [(s.text, s.label_) for s in first.spans["events"]] == [("mengecam", "ACCUSE")]
    assert [(e.text, e.label_) for e in second.ents] == [("Israel", "GPE")]  # relabelled; Turki rejected
    assert first.user_data["source_file"] == "a.txt"
    assert main.main(["export", str(project), str(tmp_path / "cli.spacy")]) == 0


def test_docbin_keeps_overlapping_entities_as_spans(project: Path, tmp_path: Path) -> None:
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    body = "Universitas Gadjah Mada di Yogyakarta."
    (row,) = articles.add_articles([NewArticle(body=body, raw_text=body, source_file="u.txt", spans=[
        _span(body, "Universitas Gadjah Mada", "ORG"), _span(body, "Gadjah Mada", "PERSON")])])
    spans.accept_suggestions(row.id)
    articles.set_status(row.id, "done")
    export_docbin(tmp_path / "o.spacy")
    (doc,) = DocBin().from_disk(tmp_path / "o.spacy").get_docs(Vocab())
    assert [(e.text, e.label_) for e in doc.ents] == [("Universitas Gadjah Mada", "ORG")]
    assert sorted(s.label_ for s in doc.spans["sc"]) == ["ORG", "PERSON"]


def test_libreoffice_converts_the_workbook(project: Path, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (Debian: libreoffice-calc-nogui, which ./test installs)")
    _fill()
    export_workbook(tmp_path / "book.xlsx")
    # Its own profile folder: a user's running LibreOffice or a stale lock never gets in the way.
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2",
         "--outdir", str(tmp_path / "lo"), str(tmp_path / "book.xlsx")],
        capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr
    articles_csv = tmp_path / "lo" / "book-Articles.csv"
    assert articles_csv.exists(), (result.stdout, sorted(p.name for p in (tmp_path / "lo").iterdir()))
    text = articles_csv.read_text(encoding="utf-8")
    assert "Retno kecam serangan" in text and FORMULA.replace('"', '""') in text
