"""Agreement of two annotators' merged copies, against figures worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.agreement_report import project_agreement
from models import articles, db, links, spans
from models.articles import NewArticle
from models.copies import export_copy
from models.merge import merge_projects
from models.schema import Article
from tests.annotator_work import uid_of, work_as

B1 = "Presiden Joko Widodo bertemu Perdana Menteri Jepang di Tokyo, Senin (4/3)."
B2 = "Menlu Retno Marsudi bertemu Menlu Wang Yi di Jakarta pada Senin."


class Sug:
    def __init__(self, body: str, word: str, label: str, kind: str = "entity") -> None:
        self.start = body.index(word)
        self.end, self.label, self.kind, self.normalized = self.start + len(word), label, kind, None


@pytest.fixture(autouse=True)
def _closed():  # type: ignore[no-untyped-def]
    yield
    db.close_project()




def _ani(a1: int, a2: int) -> None:
    spans.relabel_span(uid_of(a1, "Jepang"), "LOC")
    spans.delete_span(uid_of(a1, "Tokyo"))
    spans.add_span(a1, B1.index("Senin"), B1.index("Senin") + 5, "DATE")
    links.link_pair(uid_of(a1, "bertemu"), uid_of(a2, "bertemu"), "Pertemuan")  # one real event for ani


def _budi(a1: int, a2: int) -> None:
    spans.relabel_span(uid_of(a1, "Jepang"), "ORG")
    spans.update_span(uid_of(a1, "Tokyo"), start=B1.index("di Tokyo"))  # two separate events for budi


@pytest.fixture
def merged(tmp_path: Path) -> Path:
    master = tmp_path / "master.kliping"
    db.open_project(master, annotator="sup")
    ids = [r.id for r in articles.add_articles([
        NewArticle(body=B1, raw_text=B1, source_file="1.txt", outlet="Kompas",
                   spans=[Sug(B1, "Joko Widodo", "PERSON"), Sug(B1, "Jepang", "GPE"), Sug(B1, "Tokyo", "GPE"),
                          Sug(B1, "bertemu", "CONSULT", "event")]),
        NewArticle(body=B2, raw_text=B2, source_file="2.txt", outlet="Tempo",
                   spans=[Sug(B2, "bertemu", "CONSULT", "event")]),
    ])]
    ani, budi = tmp_path / "ani.kliping", tmp_path / "budi.kliping"
    export_copy(ids, ani, "ani")
    export_copy(ids, budi, "budi")
    db.close_project()
    work_as(ani, "ani", _ani)
    work_as(budi, "budi", _budi)
    out = tmp_path / "merged.kliping"
    merge_projects(out, [ani, budi])
    db.open_project(out, annotator="sup")
    return out


def test_span_trigger_and_cluster_agreement_match_the_hand_worked_figures(merged) -> None:  # type: ignore[no-untyped-def]
    result = project_agreement()
    assert result.annotators == ("ani", "budi") and result.articles == 2
    pair = result.report.pair("ani", "budi")
    # ani: Joko Widodo PERSON, Jepang LOC, Senin DATE, bertemu CONSULT (x2 articles) = 5 spans
    # budi: Joko Widodo PERSON, Jepang ORG, "di Tokyo" GPE, bertemu CONSULT (x2) = 5 spans
    spans_ = pair.spans
    assert (spans_.exact.matched, spans_.exact.first, spans_.exact.second) == (3, 5, 5)  # JW, 2x bertemu
    assert spans_.exact.f1 == pytest.approx(3 / 5)
    assert spans_.exact_unlabelled.matched == 4  # ... and Jepang
    assert spans_.overlap.matched == 3 and spans_.overlap_unlabelled.matched == 4
    # kappa on (PERSON, PERSON), (LOC, ORG), (CONSULT, CONSULT) x2: po = 3/4;
    # pe = P 1/4*1/4 + C 2/4*2/4 = 5/16; kappa = (3/4 - 5/16) / (1 - 5/16) = 7/11
    assert spans_.kappa == pytest.approx(7 / 11)
    assert pair.events.exact.f1 == 1.0
    # Clusters: ani {b1, b2}, budi {b1} {b2}. MUC recall (2-2)/(2-1) = 0, precision 0/0 = 0.
    # B-cubed recall 1/2 each = 1/2, precision 1 each = 1, F1 2/3.
    [clusters] = result.clusters
    assert clusters.mentions == 2
    assert clusters.scores.muc.f1 == 0.0
    assert (clusters.scores.b_cubed.recall, clusters.scores.b_cubed.precision) == (0.5, 1.0)
    assert clusters.scores.b_cubed.f1 == pytest.approx(2 / 3)
    text = "\n".join(result.lines())
    assert "ani / budi" in text and "B-cubed 0.667" in text


def test_agreement_on_chosen_articles_and_on_none(merged) -> None:  # type: ignore[no-untyped-def]
    first = Article.select().order_by(Article.id).first()
    result = project_agreement([first.id])
    assert result.report.pair("ani", "budi").spans.exact.first == 4  # article 1 only
    assert project_agreement([]).lines()[0].startswith("No article has versions by two annotators")


def test_the_workbook_summary_shows_the_pair_s_agreement(merged, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from exports.xlsx import export_xlsx

    out = tmp_path / "merged.xlsx"
    export_xlsx(out)
    rows = list(load_workbook(out)["Summary"].iter_rows(values_only=True))
    firsts = [row[0] for row in rows]
    block = firsts.index("Agreement")
    assert rows[block + 1][0].startswith("2 articles with two versions")
    header = rows[block + 2]
    pair = next(row for row in rows[block:] if row[0] == "ani / budi")
    assert pair[header.index("Span F1 (exact)")] == pytest.approx(3 / 5)
    assert pair[header.index("Kappa on labels")] == pytest.approx(7 / 11)
    sheet = load_workbook(out)["Summary"]
    cells = next(r for r in sheet.iter_rows() if r[0].value == "ani / budi")
    kappa_cell = cells[header.index("Kappa on labels")]
    assert kappa_cell.number_format == "0.000"  # a coefficient, not a percentage
    assert pair[header.index("B-cubed F1")] == pytest.approx(2 / 3)
    assert next(row for row in rows[block:] if row[0] == "All pairs")


def test_a_filtered_workbook_measures_agreement_on_the_articles_it_holds(merged, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from exports.xlsx import export_xlsx
    from models.filters import ArticleFilter

    out = tmp_path / "tempo.xlsx"
    export_xlsx(out, spec=ArticleFilter(outlets=("Tempo",)))  # the second article: bertemu alone
    rows = list(load_workbook(out)["Summary"].iter_rows(values_only=True))
    block = [row[0] for row in rows].index("Agreement")
    assert rows[block + 1][0].startswith("1 article with two versions")
    header = rows[block + 2]
    pair = next(row for row in rows[block:] if row[0] == "ani / budi")
    assert pair[header.index("Span F1 (exact)")] == 1.0, "on Tempo's article both marked bertemu alike"


def test_main_stats_prints_the_figures(merged, capsys) -> None:  # type: ignore[no-untyped-def]
    from main import main

    db.close_project()
    assert main(["stats", str(merged)]) == 0
    out = capsys.readouterr().out
    assert "ani / budi: spans exact F1 0.600" in out and "kappa 0.636" in out
    assert "MUC 0.000, B-cubed 0.667" in out


def test_adjudication_picks_per_position_and_the_exports_select_it(merged, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from exports.jsonl import export_jsonl
    from models.adjudication import ADJUDICATED, adjudicate, current_picks, positions
    from models.filters import ArticleFilter

    first = Article.select().order_by(Article.id).first()
    names, rows = positions(first.id)
    assert names == ["ani", "budi"]
    by_text = {p.text: p for p in rows}
    assert by_text["Joko Widodo"].agreed
    # Same label, but ani put bertemu in a card and budi did not: a difference to adjudicate.
    assert not by_text["bertemu"].agreed and set(by_text["bertemu"].cards) == {"ani"}
    assert by_text["bertemu"].cards["ani"][1] == "Pertemuan"
    assert by_text["Jepang"].labels == {"ani": "LOC", "budi": "ORG"}
    assert by_text["Senin"].labels == {"ani": "DATE", "budi": None}
    assert by_text["di Tokyo"].labels == {"ani": None, "budi": "GPE"}
    jepang, senin, tokyo, bertemu = (by_text[t] for t in ("Jepang", "Senin", "di Tokyo", "bertemu"))
    kept = adjudicate(first.id, {(jepang.start, jepang.end): "budi", (senin.start, senin.end): "ani",
                                 (tokyo.start, tokyo.end): None, (bertemu.start, bertemu.end): "ani"})
    assert kept == 4  # Joko Widodo (agreed), bertemu in ani's card, Jepang as ORG, Senin
    assert current_picks(first.id)[(jepang.start, jepang.end)] == "budi"
    assert ADJUDICATED not in positions(first.id)[0]  # the adjudication is not one of the versions

    out = tmp_path / "adjudicated.jsonl"
    export_jsonl(out, spec=ArticleFilter(version=ADJUDICATED))
    [line] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]  # one article adjudicated
    assert sorted((s["text"], s["label"]) for s in line["spans"]) == [
        ("Jepang", "ORG"), ("Joko Widodo", "PERSON"), ("Senin", "DATE"), ("bertemu", "CONSULT")]
    [event] = [s for s in line["spans"] if s["kind"] == "event"]
    assert event["cluster"] == bertemu.cards["ani"][0], "the picked span comes with the card it was put in"


def test_cli_exports_one_annotator_s_version(merged, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from main import main

    db.close_project()
    out = tmp_path / "budi.jsonl"
    assert main(["export", str(merged), str(out), "--version", "budi"]) == 0
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 2
    first = {(s["text"], s["label"]) for s in lines[0]["spans"]}
    assert ("Jepang", "ORG") in first and ("di Tokyo", "GPE") in first and ("Jepang", "LOC") not in first
