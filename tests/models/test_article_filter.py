"""Filtering the article list in SQL: each part of ArticleFilter, combinations, safe full-text search."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from models import articles, spans
from models.articles import NewArticle
from models.filters import EVENTS_WITHOUT_CLUSTER, UNREVIEWED_SUGGESTIONS, ArticleFilter, fts_query
from models.schema import Cluster, Mention
from nlp.records import SpanSuggestion

PACT = "Menteri Luar Negeri menandatangani pakta maritim di Jakarta, Senin (4/3)."
FISH = "Nelayan di Sorong memprotes kapal asing; \"C++\" bukan bahasa mereka."
AID = "Pemerintah mengirim bantuan ke Papua (50%) setelah banjir: 3.000 warga mengungsi."


def _add(body: str, title: str, outlet: str, published: dt.date | None,
         suggestions: list[SpanSuggestion]) -> int:
    [row] = articles.add_articles([NewArticle(body=body, raw_text=body, source_file=f"{title}.txt",
                                              title=title, outlet=outlet, published=published,
                                              spans=suggestions)])
    return row.id


@pytest.fixture
def ids(project: Path) -> dict[str, int]:
    """Three articles: two outlets, three dates, entity and event suggestions."""
    return {
        "pact": _add(PACT, "Pakta maritim ditandatangani", "Kabar Nusa", dt.date(2024, 3, 4),
                     [SpanSuggestion(PACT.index("Jakarta"), PACT.index("Jakarta") + 7, "GPE", "entity"),
                      SpanSuggestion(PACT.index("menandatangani"), PACT.index("menandatangani") + 14,
                                     "AGREE", "event")]),
        "fish": _add(FISH, "Nelayan protes", "Suara Timur", dt.date(2024, 3, 10),
                     [SpanSuggestion(FISH.index("Sorong"), FISH.index("Sorong") + 6, "GPE", "entity")]),
        "aid": _add(AID, "Bantuan banjir", "Kabar Nusa", None,
                    [SpanSuggestion(AID.index("Papua"), AID.index("Papua") + 5, "LOC", "entity"),
                     SpanSuggestion(AID.index("mengirim"), AID.index("mengirim") + 8, "AID", "event")]),
    }


def _found(spec: ArticleFilter) -> set[int]:
    rows = articles.list_articles(0, 100, spec)
    assert articles.count_articles(spec) == len(rows)
    return {r.id for r in rows}


def test_no_filter_lists_everything(ids: dict[str, int]) -> None:
    assert _found(ArticleFilter()) == set(ids.values())
    assert articles.count_articles() == articles.count_articles(None) == 3
    assert ArticleFilter().is_empty() and ArticleFilter(text=" ?! ").is_empty()
    assert not ArticleFilter(statuses=("new",)).is_empty()


def test_full_text_searches_titles_and_bodies(ids: dict[str, int]) -> None:
    assert _found(ArticleFilter(text="jakarta")) == {ids["pact"]}
    assert _found(ArticleFilter(text="Protes")) == {ids["fish"]}  # the title only
    assert _found(ArticleFilter(text="di")) == {ids["pact"], ids["fish"]}
    assert _found(ArticleFilter(text="nelayan sorong")) == {ids["fish"]}  # every word
    assert _found(ArticleFilter(text="nelayan jakarta")) == set()


def test_last_word_matches_as_a_prefix_while_typing(ids: dict[str, int]) -> None:
    assert _found(ArticleFilter(text="pakta mari")) == {ids["pact"]}
    assert _found(ArticleFilter(text="mari pakta")) == set()  # only the last word is a prefix
    assert _found(ArticleFilter(text="mari ")) == set()  # a space ends the word


def test_quoted_phrase_keeps_word_order(ids: dict[str, int]) -> None:
    assert _found(ArticleFilter(text='"pakta maritim"')) == {ids["pact"]}
    assert _found(ArticleFilter(text='"maritim pakta"')) == set()


@pytest.mark.parametrize("text", [
    '"', '""', "'", "-", "*", "(", ")", ":", "^", "+", "C++", 'nelayan "', '"nelayan', "a\"b",
    "AND", "OR NOT", "NEAR(a b)", "title:pakta", "{title}: x", "pakta*", "50%", "3.000", "(4/3)",
    "kapal; DROP TABLE article; --", "\\", "  ", "ñ é",
])
def test_punctuation_and_operators_never_raise(ids: dict[str, int], text: str) -> None:
    found = _found(ArticleFilter(text=text))
    assert found <= set(ids.values())


def test_punctuation_is_plain_text(ids: dict[str, int]) -> None:
    assert _found(ArticleFilter(text="C++")) == {ids["fish"]}
    assert _found(ArticleFilter(text="(50%)")) == {ids["aid"]}
    assert _found(ArticleFilter(text="AND")) == set()  # a word, not an operator
    assert _found(ArticleFilter(text="?!")) == set(ids.values())  # nothing to search: no filter


def test_fts_query_quotes_every_term() -> None:
    assert fts_query("pakta mari") == '"pakta" "mari"*'
    assert fts_query("pakta ") == '"pakta"'
    assert fts_query('say "hi there" -x') == '"say" "hi there" "-x"*'
    assert fts_query('a"b') == '"a" "b"'
    assert fts_query(" - * ") == ""


def test_outlet_status_and_dates(ids: dict[str, int]) -> None:
    assert _found(ArticleFilter(outlets=("Kabar Nusa",))) == {ids["pact"], ids["aid"]}
    assert _found(ArticleFilter(outlets=("Kabar Nusa", "Suara Timur"))) == set(ids.values())
    assert _found(ArticleFilter(outlets=("Nowhere",))) == set()
    articles.set_status(ids["fish"], "done")
    assert _found(ArticleFilter(statuses=("done",))) == {ids["fish"]}
    assert _found(ArticleFilter(statuses=("new", "skipped"))) == {ids["pact"], ids["aid"]}
    assert _found(ArticleFilter(date_from=dt.date(2024, 3, 5))) == {ids["fish"]}
    assert _found(ArticleFilter(date_to=dt.date(2024, 3, 4))) == {ids["pact"]}  # inclusive
    assert _found(ArticleFilter(date_from=dt.date(2024, 3, 4), date_to=dt.date(2024, 3, 10))) == {
        ids["pact"], ids["fish"]}  # undated articles fall outside any date range


def test_label_means_having_a_mention_with_it(ids: dict[str, int]) -> None:
    assert _found(ArticleFilter(labels=("GPE",))) == {ids["pact"], ids["fish"]}
    assert _found(ArticleFilter(labels=("AID", "AGREE"))) == {ids["pact"], ids["aid"]}
    assert _found(ArticleFilter(labels=("PERSON",))) == set()


def test_worklist_unreviewed_suggestions(ids: dict[str, int]) -> None:
    spec = ArticleFilter(worklist=UNREVIEWED_SUGGESTIONS)
    assert _found(spec) == set(ids.values())
    spans.accept_suggestions(ids["pact"])
    assert _found(spec) == {ids["fish"], ids["aid"]}
    [gpe] = spans.list_spans(ids["fish"])
    spans.delete_span(gpe.id)  # rejecting the last suggestion also clears the article
    assert _found(spec) == {ids["aid"]}


def test_worklist_events_without_a_cluster(ids: dict[str, int]) -> None:
    spec = ArticleFilter(worklist=EVENTS_WITHOUT_CLUSTER)
    assert _found(spec) == {ids["pact"], ids["aid"]}
    cluster = Cluster.create(title="Pakta maritim")
    Mention.update(cluster=cluster).where(
        (Mention.article == ids["pact"]) & (Mention.kind == "event")).execute()
    assert _found(spec) == {ids["aid"]}


def test_unknown_worklist_is_refused(ids: dict[str, int]) -> None:
    with pytest.raises(ValueError, match="unknown work-list"):
        articles.count_articles(ArticleFilter(worklist="mine"))


def test_parts_combine_with_and(ids: dict[str, int]) -> None:
    articles.set_status(ids["aid"], "in_progress")
    assert _found(ArticleFilter(text="di", outlets=("Kabar Nusa",))) == {ids["pact"]}
    assert _found(ArticleFilter(outlets=("Kabar Nusa",), labels=("LOC",),
                                statuses=("in_progress",))) == {ids["aid"]}
    assert _found(ArticleFilter(outlets=("Kabar Nusa",), date_from=dt.date(2024, 1, 1),
                                worklist=EVENTS_WITHOUT_CLUSTER, text="pakta")) == {ids["pact"]}
    assert _found(ArticleFilter(outlets=("Suara Timur",), labels=("AID",))) == set()


def test_filtered_pages_follow_import_order(project: Path) -> None:
    made = [_add(f"Berita nomor {i} tentang {'banjir' if i % 3 == 0 else 'pasar'}.", f"Berita {i}",
                 "Kabar Nusa", None, []) for i in range(30)]
    spec = ArticleFilter(text="banjir")
    assert articles.count_articles(spec) == 10
    first, second = articles.list_articles(0, 6, spec), articles.list_articles(6, 6, spec)
    assert [r.id for r in first + second] == made[::3]


def test_outlet_choices(ids: dict[str, int]) -> None:
    _add("Satu dua tiga empat.", "Lain", "antara", None, [])
    assert articles.list_outlets() == ["antara", "Kabar Nusa", "Suara Timur"]
