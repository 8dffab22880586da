"""The cross-outlet linking gold: the team-written set in linking/ and the clusters of the real corpus."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from nlp.cleaning import clean_article
from tests.gold.corpus_clusters import (
    CORPUS_CLUSTERS,
    CORPUS_MENTIONS,
    DEFAULT_CORPUS,
    LEFT_OUT,
    load_corpus_clusters,
)
from tests.gold.linking.clusters import (
    CLUSTERS,
    DISTRACTORS,
    EVENT_LABELS,
    MENTIONS,
    SYNDICATED,
    TRANSLATIONS,
    GoldMention,
    LinkingGoldError,
    article_pairs,
    cleaned_body,
    cluster_articles,
    load_linking_gold,
    occurrence_start,
    place_mentions,
)
from tests.gold.linking.clusters import (
    HERE as LINKING,
)

CORPUS_GOLD = Path(__file__).resolve().parent / "corpus_gold.jsonl"


@pytest.fixture(scope="module")
def mentions() -> list[GoldMention]:
    return load_linking_gold(LINKING)


def test_every_article_is_annotated_and_every_annotation_has_an_article() -> None:
    files = {p.name for p in LINKING.glob("*.txt")}
    assert files == set(MENTIONS)
    assert 14 <= len(files) <= 18


def test_every_article_gives_outlet_date_and_language_to_the_cleaner() -> None:
    outlets = set()
    for path in sorted(LINKING.glob("*.txt")):
        article = clean_article(path.read_text(encoding="utf-8"), path.name)
        assert article.outlet, path.name
        assert article.published is not None and article.published.year == 2024, path.name
        assert article.title, path.name
        assert 150 <= len(article.body.split()) <= 350, path.name
        outlets.add(article.outlet)
    assert len(outlets) >= 12


def test_every_occurrence_is_found_and_the_slice_is_its_text(mentions: list[GoldMention]) -> None:
    assert len(mentions) == sum(len(items) for items in MENTIONS.values())
    bodies = {name: cleaned_body(LINKING / name) for name in MENTIONS}
    for m in mentions:
        assert bodies[m.source_file][m.start : m.end] == m.text
        assert m.label in EVENT_LABELS
        assert m.cluster in CLUSTERS


def test_every_cluster_spans_at_least_two_articles(mentions: list[GoldMention]) -> None:
    found = cluster_articles(mentions)
    assert set(found) == set(CLUSTERS)
    for key, files in found.items():
        assert len(files) >= 2, key


def test_cluster_metadata_is_complete() -> None:
    for key, cluster in CLUSTERS.items():
        assert cluster.key == key
        assert cluster.title and cluster.place
        assert cluster.type in EVENT_LABELS
        assert len(cluster.date) == 10 and cluster.date[:4] in {"2022", "2024"}
        assert key.endswith(cluster.date.replace("-", "_")), key


def test_distractor_pairs_are_different_clusters_of_the_same_type(mentions: list[GoldMention]) -> None:
    found = cluster_articles(mentions)
    for a, b, _why in DISTRACTORS:
        assert a != b and a in found and b in found
    same_type = [(a, b) for a, b, _ in DISTRACTORS if CLUSTERS[a].type == CLUSTERS[b].type]
    assert len(same_type) >= len(DISTRACTORS) - 1
    # Mentions of both Putin-Xi meetings sit in the same article and must still be told apart.
    in_06 = {m.cluster for m in mentions if m.source_file.startswith("06_")}
    in_08 = {m.cluster for m in mentions if m.source_file.startswith("08_")}
    assert {"putin_xi_beijing_2024_05_16", "putin_xi_astana_2024_07_03"} <= in_06
    assert {"putin_xi_beijing_2024_05_16", "putin_xi_astana_2024_07_03", "putin_xi_kazan_2024_10_22"} <= in_08


def test_article_pairs(mentions: list[GoldMention]) -> None:
    pairs = article_pairs(mentions)
    assert all(len(pair) == 2 for pair in pairs)
    for copy, original in [*SYNDICATED, *TRANSLATIONS]:
        assert frozenset({copy, original}) in pairs
    # The SCO summit (07) and the Beijing visit (04) share nothing, although both are Putin-Xi news.
    assert frozenset({"04_cnnindonesia_putin_xi_beijing.txt", "07_sindonews_ktt_sco_astana.txt"}) not in pairs
    assert frozenset({"14_detik_amm_vientiane.txt", "17_suara_ktt_asean_myanmar.txt"}) not in pairs


def story(body: str) -> list[str]:
    """The paragraphs from the dateline on: a copy has its own headline, timestamp and byline above."""
    paragraphs = body.split("\n\n")
    first = next(i for i, p in enumerate(paragraphs) if len(p) > 120)
    return paragraphs[first:]


def test_the_syndicated_copy_reprints_the_original_after_a_new_lead() -> None:
    for copy, original in SYNDICATED:
        copy_body, original_body = cleaned_body(LINKING / copy), cleaned_body(LINKING / original)
        copy_story, original_story = story(copy_body), story(original_body)
        assert copy_story[0] != original_story[0]
        assert original_story[1] in copy_body
        assert "Sumber: Antara" in copy_body
        copied = [m.cluster for m in load_linking_gold(LINKING) if m.source_file == copy]
        assert set(copied) == {m[3] for m in MENTIONS[original]}


def test_occurrences_are_whole_word_and_case_sensitive() -> None:
    body = "Pakta itu dan pakta pertahanan, bukan paktanya."
    assert occurrence_start(body, "pakta", 1) == body.index("pakta pertahanan")
    assert occurrence_start(body, "Pakta", 1) == 0
    with pytest.raises(LinkingGoldError):
        occurrence_start(body, "pakta", 2)


def test_a_missing_occurrence_or_wrong_order_raises() -> None:
    body = "Putin bertemu Xi. Keduanya bertemu lagi."
    with pytest.raises(LinkingGoldError, match="occurrence 3"):
        place_mentions("x.txt", body, [("bertemu", 3, "CONSULT", "putin_xi_beijing_2024_05_16")], CLUSTERS)
    with pytest.raises(LinkingGoldError, match="order"):
        place_mentions(
            "x.txt",
            body,
            [
                ("bertemu", 2, "CONSULT", "putin_xi_beijing_2024_05_16"),
                ("bertemu", 1, "CONSULT", "putin_xi_beijing_2024_05_16"),
            ],
            CLUSTERS,
        )
    with pytest.raises(LinkingGoldError, match="unknown cluster"):
        place_mentions("x.txt", body, [("bertemu", 1, "CONSULT", "nope")], CLUSTERS)


def test_a_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(LinkingGoldError, match="not found"):
        load_linking_gold(tmp_path)


# --- the real corpus ---------------------------------------------------------------------------------


def _need_corpus() -> None:
    if not DEFAULT_CORPUS.is_dir():
        pytest.skip(f"../shared/corpus is not beside this checkout ({DEFAULT_CORPUS})")


def test_corpus_clusters_are_well_formed() -> None:
    for _source_file, start, end, text, label, key in CORPUS_MENTIONS:
        assert end - start == len(text) and label in EVENT_LABELS and key in CORPUS_CLUSTERS
    counts = Counter(key for *_, key in CORPUS_MENTIONS)
    assert set(counts) == set(CORPUS_CLUSTERS)


@pytest.mark.corpus
def test_corpus_clusters_load_and_span_two_articles() -> None:
    _need_corpus()
    found = load_corpus_clusters(DEFAULT_CORPUS)
    assert len(found) == len(CORPUS_MENTIONS)
    bodies = {m.source_file: cleaned_body(DEFAULT_CORPUS / m.source_file) for m in found}
    for m in found:
        assert bodies[m.source_file][m.start : m.end] == m.text
    for key, files in cluster_articles(found).items():
        assert len(files) >= 2, key
    assert "001_1bac39e7b9e77527.txt" not in {m.source_file for m in found}  # the November ratification


@pytest.mark.corpus
def test_corpus_clusters_agree_with_the_corpus_event_gold() -> None:
    _need_corpus()
    events = set()
    for line in CORPUS_GOLD.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        for span in doc["spans"]:
            if span["kind"] == "event":
                events.add((doc["meta"]["source_file"], span["start"], span["end"], span["text"]))
    for m in load_corpus_clusters(DEFAULT_CORPUS):
        assert (m.source_file, m.start, m.end, m.text) in events
    clustered = {(f, s) for f, s, *_ in CORPUS_MENTIONS}
    for source_file, start, end, text, _why in LEFT_OUT:
        assert (source_file, start, end, text) in events
        assert (source_file, start) not in clustered
