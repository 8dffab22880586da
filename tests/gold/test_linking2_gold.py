"""The second, held-out cross-outlet linking gold in linking2/, checked the way linking/ is."""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise
from pathlib import Path

import pytest

from nlp.cleaning import clean_article
from tests.gold.linking import clusters as set1
from tests.gold.linking2.clusters import (
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
)
from tests.gold.linking2.clusters import (
    HERE as LINKING2,
)


@pytest.fixture(scope="module")
def mentions() -> list[GoldMention]:
    return load_linking_gold(LINKING2)


def _readme_table() -> dict[str, tuple[str, str, int]]:
    """file -> (outlet, published, mentions) from the Files table of linking2/README.md."""
    rows = {}
    for line in (LINKING2 / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 5 and re.fullmatch(r"\d\d_\w+\.txt", cells[0]):
            rows[cells[0]] = (re.sub(r"\s*\(.*\)$", "", cells[1]), cells[2], int(cells[4]))
    return rows


def test_every_article_is_annotated_and_every_annotation_has_an_article() -> None:
    files = {p.name for p in LINKING2.glob("*.txt")}
    assert files == set(MENTIONS)
    assert 14 <= len(files) <= 18
    for items in MENTIONS.values():
        assert 4 <= len(items) <= 10
    assert 12 <= len(CLUSTERS) <= 18


def test_the_set_is_held_out_from_the_first_one() -> None:
    assert not set(CLUSTERS) & set(set1.CLUSTERS)
    assert not {p.name for p in LINKING2.glob("*.txt")} & {p.name for p in set1.HERE.glob("*.txt")}
    assert GoldMention is set1.GoldMention  # one mention type for both sets


def test_the_cleaner_reads_outlet_date_and_title_as_the_readme_says() -> None:
    table = _readme_table()
    assert set(table) == set(MENTIONS)
    outlets, languages = set(), []
    for path in sorted(LINKING2.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        article = clean_article(raw, path.name)
        outlet, published, n_mentions = table[path.name]
        assert n_mentions == len(MENTIONS[path.name]), path.name
        assert article.outlet == outlet, path.name
        assert article.published == dt.date.fromisoformat(published), path.name
        assert article.published.year in {2024, 2025}
        headline = next(line.strip() for line in raw.splitlines() if len(line.split()) >= 4)
        assert article.title == headline, path.name
        assert 150 <= len(article.body.split()) <= 350, path.name
        outlets.add(article.outlet)
        languages.append(article.language)
    assert len(outlets) >= 12
    assert 2 <= languages.count("en") <= 3 and languages.count("id") == len(languages) - languages.count("en")


def test_every_occurrence_is_found_and_the_slice_is_its_text(mentions: list[GoldMention]) -> None:
    assert len(mentions) == sum(len(items) for items in MENTIONS.values())
    bodies = {name: cleaned_body(LINKING2 / name) for name in MENTIONS}
    for m in mentions:
        assert bodies[m.source_file][m.start : m.end] == m.text
        assert m.label in EVENT_LABELS
        assert m.cluster in CLUSTERS
    for name in MENTIONS:
        spans = sorted((m.start, m.end) for m in mentions if m.source_file == name)
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(spans))


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
        assert len(cluster.date) == 10 and cluster.date[:4] in {"2023", "2024", "2025"}
        assert key.endswith(cluster.date.replace("-", "_")), key


def test_one_event_is_told_with_different_types(mentions: list[GoldMention]) -> None:
    # The memoranda signed in Beijing: "penandatanganan"/"diteken" AGREE, "kerja sama" COOPERATE.
    labels = {m.label for m in mentions if m.cluster == "indonesia_china_mous_2024_11_09"}
    assert labels == {"AGREE", "COOPERATE"}


def test_distractor_pairs_are_different_clusters(mentions: list[GoldMention]) -> None:
    found = cluster_articles(mentions)
    for a, b, _why in DISTRACTORS:
        assert a != b and a in found and b in found
    same_type = [(a, b) for a, b, _ in DISTRACTORS if CLUSTERS[a].type == CLUSTERS[b].type]
    assert len(same_type) >= len(DISTRACTORS) - 2

    def clusters_of(prefix: str) -> set[str]:
        return {m.cluster for m in mentions if m.source_file.startswith(prefix)}

    # Mentions of both events sit in the same article and must still be told apart.
    for prefix in ("01_", "02_", "03_"):
        assert {"prabowo_visit_beijing_2024_11_09", "prabowo_xi_beijing_2024_04_01"} <= clusters_of(prefix)
    assert {"indonesia_china_joint_statement_2024_11_09", "indonesia_us_joint_statement_2024_11_12"} <= (
        clusters_of("05_")
    )
    for prefix in ("08_", "09_", "10_"):
        assert {"gaza_ceasefire_2025_01_19", "gaza_truce_2023_11_24"} <= clusters_of(prefix)
    for prefix in ("13_", "14_"):
        assert {"ieu_cepa_political_agreement_2025_07_13", "indonesia_us_tariff_deal_2025_07_15"} <= (
            clusters_of(prefix)
        )
    assert {"ieu_cepa_political_agreement_2025_07_13", "ieu_cepa_conclusion_2025_09_23"} <= clusters_of("14_")


def test_article_pairs(mentions: list[GoldMention]) -> None:
    pairs = article_pairs(mentions)
    assert all(len(pair) == 2 for pair in pairs)
    for copy, original in [*SYNDICATED, *TRANSLATIONS]:
        assert frozenset({copy, original}) in pairs
    # Both report an Indonesian trade deal ("kesepakatan"), but different ones.
    assert (
        frozenset({"03_bisnis_forum_bisnis_indonesia_china.txt", "13_kontan_tarif_as_cepa.txt"}) not in pairs
    )
    # Both report a signing by Indonesia, but different ones.
    assert (
        frozenset({"03_bisnis_forum_bisnis_indonesia_china.txt", "14_beritasatu_ieu_cepa_bali.txt"})
        not in pairs
    )

    # No cluster crosses the three topics: Prabowo's trip (01-07), Gaza (08-11), trade deals (12-15).
    def topic(name: str) -> int:
        return 0 if name < "08" else 1 if name < "12" else 2

    for pair in pairs:
        name_a, name_b = sorted(pair)
        assert topic(name_a) == topic(name_b), pair


def story(body: str) -> list[str]:
    """The paragraphs from the dateline on: a copy has its own headline, timestamp and byline above."""
    paragraphs = body.split("\n\n")
    first = next(i for i, p in enumerate(paragraphs) if len(p) > 120)
    return paragraphs[first:]


def test_the_syndicated_copy_reprints_the_original_after_a_new_lead(mentions: list[GoldMention]) -> None:
    for copy, original in SYNDICATED:
        copy_body, original_body = cleaned_body(LINKING2 / copy), cleaned_body(LINKING2 / original)
        copy_story, original_story = story(copy_body), story(original_body)
        assert copy_story[0] != original_story[0]
        for paragraph in original_story[1:]:
            if not paragraph.startswith(("Pewarta:", "Editor:")):
                assert paragraph in copy_body
        assert "Sumber: Antara" in copy_body
        copied = {m.cluster for m in mentions if m.source_file == copy}
        assert copied == {m[3] for m in MENTIONS[original]}


def test_the_translation_is_english_and_abridged(mentions: list[GoldMention]) -> None:
    for translation, original in TRANSLATIONS:
        translated = clean_article((LINKING2 / translation).read_text(encoding="utf-8"), translation)
        source = clean_article((LINKING2 / original).read_text(encoding="utf-8"), original)
        assert (translated.language, source.language) == ("en", "id")
        assert "translated and abridged from a report by Beritasatu" in translated.body
        clusters_t = {m.cluster for m in mentions if m.source_file == translation}
        clusters_o = {m.cluster for m in mentions if m.source_file == original}
        assert clusters_t < clusters_o  # the US trade deal paragraph was left out


def test_a_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(LinkingGoldError, match="not found"):
        load_linking_gold(tmp_path)
