"""Gold for cross-outlet event linking on the team-written articles in this folder.

The 17 articles here were written by the team for this gold set (see README.md). The clusters below were
decided by reading each cleaned body against /work/shared/scheme.md, not from any pipeline output.

For every article, MENTIONS lists the event mentions that refer to a real-world event reported in at
least two different articles of the set, in text order, as

    (trigger surface text, occurrence, PLOVER label, cluster key)

The occurrence is the n-th (1-based) whole-word, case-sensitive match of the surface text in the CLEANED
body, i.e. ``nlp.cleaning.clean_article(raw, file_name).body``. Matches inside longer words do not count
("pakta" does not match "paktanya"), but a match inside a longer trigger does ("pakta" is found in
"pakta pertahanan"). Mentions of events reported in only one article are not listed.

    from tests.gold.linking.clusters import load_linking_gold, article_pairs
    mentions = load_linking_gold()            # list[GoldMention], offsets into the cleaned bodies
    pairs = article_pairs(mentions)           # set of frozenset({file_a, file_b}) sharing a cluster

    python tests/gold/linking/clusters.py     # print every body with [trigger|LABEL|cluster] marks
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]

EVENT_LABELS = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "REJECT", "THREATEN",
                "SANCTION", "ASSAULT", "ACCUSE", "CONCEDE", "RETREAT", "PROTEST", "MOBILIZE", "COERCE"}


class LinkingGoldError(Exception):
    """The gold does not fit the texts: a missing occurrence, wrong order, overlap or unknown key."""


@dataclass(frozen=True)
class GoldMention:
    source_file: str
    start: int  # character offsets into the cleaned body
    end: int
    text: str
    label: str  # PLOVER type of this mention
    cluster: str  # key into CLUSTERS (or CORPUS_CLUSTERS in ../corpus_clusters.py)


@dataclass(frozen=True)
class Cluster:
    key: str
    title: str  # one line: what happened
    type: str  # PLOVER type of the event as a whole
    date: str  # ISO date (the first day for multi-day events)
    place: str


def cluster_entry(key: str, title: str, type_: str, date: str, place: str) -> tuple[str, Cluster]:
    """A CLUSTERS item: the key, and the cluster named by it (both gold sets build theirs with it)."""
    return key, Cluster(key, title, type_, date, place)


CLUSTERS: dict[str, Cluster] = dict([
    cluster_entry("putin_kim_treaty_2024_06_19",
       "Putin and Kim sign the Comprehensive Strategic Partnership Treaty (mutual-defence pact)",
       "AGREE", "2024-06-19", "Pyongyang"),
    cluster_entry("putin_visit_pyongyang_2024_06_19",
       "Putin's state visit to North Korea and summit talks with Kim Jong Un (18-19 June)",
       "CONSULT", "2024-06-19", "Pyongyang"),
    cluster_entry("russia_dprk_tumen_bridge_2024_06_19",
       "Russia and North Korea approve a plan for a road bridge over the Tumen River, at the summit",
       "AGREE", "2024-06-19", "Pyongyang"),
    cluster_entry("putin_xi_beijing_2024_05_16",
       "Putin's state visit to China and talks with Xi Jinping (16-17 May)",
       "CONSULT", "2024-05-16", "Beijing"),
    cluster_entry("putin_xi_joint_statement_2024_05_16",
       "Putin and Xi sign a joint statement on deepening Russia-China relations in a new era",
       "AGREE", "2024-05-16", "Beijing"),
    cluster_entry("putin_xi_astana_2024_07_03",
       "Putin and Xi hold bilateral talks the day before the SCO summit",
       "CONSULT", "2024-07-03", "Astana"),
    cluster_entry("sco_summit_astana_2024_07_04",
       "Shanghai Cooperation Organisation heads-of-state summit",
       "CONSULT", "2024-07-04", "Astana"),
    cluster_entry("brics_summit_kazan_2024_10_22",
       "16th BRICS summit, with a BRICS Plus session on 24 October (22-24 October)",
       "CONSULT", "2024-10-22", "Kazan"),
    cluster_entry("putin_xi_kazan_2024_10_22",
       "Putin and Xi hold talks on the sidelines of the BRICS summit",
       "CONSULT", "2024-10-22", "Kazan"),
    cluster_entry("putin_modi_kazan_2024_10_22",
       "Putin and Narendra Modi hold talks on the sidelines of the BRICS summit",
       "CONSULT", "2024-10-22", "Kazan"),
    cluster_entry("indonesia_brics_bid_2024_10_24",
       "Indonesia, through Foreign Minister Sugiono, asks to join BRICS",
       "REQUEST", "2024-10-24", "Kazan"),
    cluster_entry("russia_invades_ukraine_2022_02_24",
       "Russia launches its full-scale invasion of Ukraine (the launch, not the ongoing war)",
       "ASSAULT", "2022-02-24", "Ukraine"),
    cluster_entry("japan_philippines_raa_2024_07_08",
       "Japan and the Philippines sign the Reciprocal Access Agreement",
       "AGREE", "2024-07-08", "Manila"),
    cluster_entry("japan_philippines_2plus2_2024_07_08",
       "Japan-Philippines 2+2 meeting of foreign and defence ministers",
       "CONSULT", "2024-07-08", "Manila"),
    cluster_entry("asean_amm_vientiane_2024_07_25",
       "57th ASEAN Foreign Ministers' Meeting and related meetings (24-27 July)",
       "CONSULT", "2024-07-25", "Vientiane"),
    cluster_entry("asean_summit_vientiane_2024_10_09",
       "44th and 45th ASEAN Summits (8-11 October; partner summits such as the EAS not included)",
       "CONSULT", "2024-10-09", "Vientiane"),
])

# file -> [(trigger text, occurrence in the cleaned body, label, cluster key)], in text order.
MENTIONS: dict[str, list[tuple[str, int, str, str]]] = {
    "01_antara_putin_kim_perjanjian.txt": [
        ("menandatangani", 1, "AGREE", "putin_kim_treaty_2024_06_19"),
        ("kunjungan", 1, "CONSULT", "putin_visit_pyongyang_2024_06_19"),
        ("Penandatanganan", 1, "AGREE", "putin_kim_treaty_2024_06_19"),
        ("pertemuan puncak", 1, "CONSULT", "putin_visit_pyongyang_2024_06_19"),
        ("perjanjian", 3, "AGREE", "putin_kim_treaty_2024_06_19"),  # "perjanjian tersebut"
        ("menyetujui", 1, "AGREE", "russia_dprk_tumen_bridge_2024_06_19"),
        ("Kunjungan", 1, "CONSULT", "putin_visit_pyongyang_2024_06_19"),
    ],
    "02_kompas_rusia_korut_pakta.txt": [
        ("meneken", 1, "AGREE", "putin_kim_treaty_2024_06_19"),
        ("pakta pertahanan", 1, "COOPERATE", "putin_kim_treaty_2024_06_19"),
        ("Pakta", 2, "COOPERATE", "putin_kim_treaty_2024_06_19"),
        ("diteken", 1, "AGREE", "putin_kim_treaty_2024_06_19"),
        ("Lawatan", 1, "CONSULT", "putin_visit_pyongyang_2024_06_19"),
        ("pakta", 2, "COOPERATE", "putin_kim_treaty_2024_06_19"),  # "pakta tersebut"
        ("kesepakatan", 1, "AGREE", "putin_kim_treaty_2024_06_19"),
    ],
    "03_jakartapost_putin_kim_treaty.txt": [
        ("signed", 1, "AGREE", "putin_kim_treaty_2024_06_19"),
        ("visit", 1, "CONSULT", "putin_visit_pyongyang_2024_06_19"),
        ("signing", 1, "AGREE", "putin_kim_treaty_2024_06_19"),
        ("summit", 1, "CONSULT", "putin_visit_pyongyang_2024_06_19"),
        ("treaty", 3, "AGREE", "putin_kim_treaty_2024_06_19"),  # "described the treaty"
        ("approved", 1, "AGREE", "russia_dprk_tumen_bridge_2024_06_19"),
        ("visit", 2, "CONSULT", "putin_visit_pyongyang_2024_06_19"),
    ],
    "04_cnnindonesia_putin_xi_beijing.txt": [
        ("bertemu", 1, "CONSULT", "putin_xi_beijing_2024_05_16"),
        ("lawatan", 1, "CONSULT", "putin_xi_beijing_2024_05_16"),
        ("pembicaraan", 1, "CONSULT", "putin_xi_beijing_2024_05_16"),
        ("Pembicaraan", 1, "CONSULT", "putin_xi_beijing_2024_05_16"),
        ("pembicaraan", 2, "CONSULT", "putin_xi_beijing_2024_05_16"),
        ("menandatangani", 1, "AGREE", "putin_xi_joint_statement_2024_05_16"),
        ("Kunjungan", 1, "CONSULT", "putin_xi_beijing_2024_05_16"),
    ],
    "05_tempo_putin_xi_beijing.txt": [
        ("menyepakati", 1, "AGREE", "putin_xi_joint_statement_2024_05_16"),
        ("pertemuan", 1, "CONSULT", "putin_xi_beijing_2024_05_16"),
        ("Pernyataan bersama", 1, "AGREE", "putin_xi_joint_statement_2024_05_16"),
        ("perundingan", 1, "CONSULT", "putin_xi_beijing_2024_05_16"),
        ("pertemuan", 2, "CONSULT", "putin_xi_beijing_2024_05_16"),  # "pertemuan tatap muka kedua"
        ("invasi", 1, "ASSAULT", "russia_invades_ukraine_2022_02_24"),
    ],
    "06_okezone_putin_xi_astana.txt": [
        ("bertemu", 1, "CONSULT", "putin_xi_astana_2024_07_03"),
        ("KTT", 2, "CONSULT", "sco_summit_astana_2024_07_04"),
        ("Pertemuan", 1, "CONSULT", "putin_xi_astana_2024_07_03"),
        ("kunjungan", 1, "CONSULT", "putin_xi_beijing_2024_05_16"),  # background: Beijing in May
        ("pembicaraan", 1, "CONSULT", "putin_xi_astana_2024_07_03"),
        ("mengunjungi", 1, "CONSULT", "putin_visit_pyongyang_2024_06_19"),  # background
        ("menandatangani", 1, "AGREE", "putin_kim_treaty_2024_06_19"),  # background
        ("KTT", 3, "CONSULT", "sco_summit_astana_2024_07_04"),
    ],
    "07_sindonews_ktt_sco_astana.txt": [
        ("konferensi tingkat tinggi", 1, "CONSULT", "sco_summit_astana_2024_07_04"),
        ("pertemuan", 1, "CONSULT", "sco_summit_astana_2024_07_04"),
        ("KTT", 2, "CONSULT", "sco_summit_astana_2024_07_04"),
        ("pembicaraan", 1, "CONSULT", "putin_xi_astana_2024_07_03"),
        ("pertemuan", 2, "CONSULT", "sco_summit_astana_2024_07_04"),  # "rangkaian pertemuan tersebut"
        ("membahas", 1, "CONSULT", "putin_xi_astana_2024_07_03"),
        ("pertemuan", 3, "CONSULT", "sco_summit_astana_2024_07_04"),
    ],
    "08_liputan6_ktt_brics_kazan.txt": [
        ("bertemu", 1, "CONSULT", "putin_xi_kazan_2024_10_22"),
        ("Konferensi Tingkat Tinggi", 1, "CONSULT", "brics_summit_kazan_2024_10_22"),  # "(KTT)" is the same mention
        ("pertemuan", 1, "CONSULT", "putin_xi_kazan_2024_10_22"),  # "pertemuan ketiga"
        ("pembicaraan", 1, "CONSULT", "putin_xi_beijing_2024_05_16"),  # background
        ("pertemuan", 2, "CONSULT", "putin_xi_astana_2024_07_03"),  # background
        ("pertemuan", 3, "CONSULT", "putin_xi_kazan_2024_10_22"),  # "di awal pertemuan"
        ("KTT", 3, "CONSULT", "brics_summit_kazan_2024_10_22"),
        ("invasi", 1, "ASSAULT", "russia_invades_ukraine_2022_02_24"),
        ("bertemu", 2, "CONSULT", "putin_modi_kazan_2024_10_22"),
        ("KTT", 4, "CONSULT", "brics_summit_kazan_2024_10_22"),
    ],
    "09_republika_sugiono_brics.txt": [
        ("mengajukan", 1, "REQUEST", "indonesia_brics_bid_2024_10_24"),
        ("Konferensi Tingkat Tinggi", 1, "CONSULT", "brics_summit_kazan_2024_10_22"),
        ("pengajuan", 1, "REQUEST", "indonesia_brics_bid_2024_10_24"),
        ("KTT", 2, "CONSULT", "brics_summit_kazan_2024_10_22"),
    ],
    "10_reuters_indonesia_brics.txt": [
        ("sought", 1, "REQUEST", "indonesia_brics_bid_2024_10_24"),
        ("summit", 2, "CONSULT", "brics_summit_kazan_2024_10_22"),
        ("summit", 3, "CONSULT", "brics_summit_kazan_2024_10_22"),
        ("summit", 4, "CONSULT", "brics_summit_kazan_2024_10_22"),
        ("invasion", 1, "ASSAULT", "russia_invades_ukraine_2022_02_24"),
        ("meeting", 1, "CONSULT", "brics_summit_kazan_2024_10_22"),
        ("talks", 1, "CONSULT", "putin_xi_kazan_2024_10_22"),
        ("met", 1, "CONSULT", "putin_modi_kazan_2024_10_22"),
    ],
    "11_antara_jepang_filipina_raa.txt": [
        ("menandatangani", 1, "AGREE", "japan_philippines_raa_2024_07_08"),
        ("ditandatangani", 1, "AGREE", "japan_philippines_raa_2024_07_08"),
        ("Penandatanganan", 1, "AGREE", "japan_philippines_raa_2024_07_08"),
        ("pertemuan", 1, "CONSULT", "japan_philippines_2plus2_2024_07_08"),
        ("pertemuan", 2, "CONSULT", "japan_philippines_2plus2_2024_07_08"),
        ("kesepakatan", 1, "AGREE", "japan_philippines_raa_2024_07_08"),
        ("perjanjian", 2, "AGREE", "japan_philippines_raa_2024_07_08"),  # "perjanjian tersebut"
        ("pertemuan", 3, "CONSULT", "japan_philippines_2plus2_2024_07_08"),
        ("membahas", 1, "CONSULT", "japan_philippines_2plus2_2024_07_08"),
    ],
    "12_tribunnews_jepang_filipina_raa.txt": [
        ("meneken", 1, "AGREE", "japan_philippines_raa_2024_07_08"),
        ("pakta", 1, "COOPERATE", "japan_philippines_raa_2024_07_08"),
        ("ditandatangani", 1, "AGREE", "japan_philippines_raa_2024_07_08"),
        ("Penandatanganan", 1, "AGREE", "japan_philippines_raa_2024_07_08"),
        ("pertemuan", 1, "CONSULT", "japan_philippines_2plus2_2024_07_08"),
        ("pertemuan", 2, "CONSULT", "japan_philippines_2plus2_2024_07_08"),
        ("kesepakatan", 1, "AGREE", "japan_philippines_raa_2024_07_08"),
        ("perjanjian", 1, "AGREE", "japan_philippines_raa_2024_07_08"),
        ("pertemuan", 3, "CONSULT", "japan_philippines_2plus2_2024_07_08"),
        ("membahas", 1, "CONSULT", "japan_philippines_2plus2_2024_07_08"),
    ],
    "13_kumparan_pakta_jepang_filipina.txt": [
        ("pakta pertahanan", 1, "COOPERATE", "japan_philippines_raa_2024_07_08"),
        ("diteken", 1, "AGREE", "japan_philippines_raa_2024_07_08"),
        ("Kesepakatan", 1, "AGREE", "japan_philippines_raa_2024_07_08"),
        ("Pakta", 2, "COOPERATE", "japan_philippines_raa_2024_07_08"),
        ("diteken", 2, "AGREE", "japan_philippines_raa_2024_07_08"),
        ("dialog", 1, "CONSULT", "japan_philippines_2plus2_2024_07_08"),
        ("penandatanganan", 1, "AGREE", "japan_philippines_raa_2024_07_08"),
        ("pakta", 2, "COOPERATE", "japan_philippines_raa_2024_07_08"),  # "pakta dengan Tokyo"
    ],
    "14_detik_amm_vientiane.txt": [
        ("Pertemuan", 1, "CONSULT", "asean_amm_vientiane_2024_07_25"),
        ("Pertemuan", 2, "CONSULT", "asean_amm_vientiane_2024_07_25"),
        ("membahas", 1, "CONSULT", "asean_amm_vientiane_2024_07_25"),
        ("pertemuan", 1, "CONSULT", "asean_amm_vientiane_2024_07_25"),  # "Rangkaian pertemuan"
    ],
    "15_jawapos_amm_komunike.txt": [
        ("Pertemuan", 1, "CONSULT", "asean_amm_vientiane_2024_07_25"),
        ("pertemuan", 1, "CONSULT", "asean_amm_vientiane_2024_07_25"),  # "ketua pertemuan"
        ("pertemuan", 2, "CONSULT", "asean_amm_vientiane_2024_07_25"),
        ("pertemuan", 3, "CONSULT", "asean_amm_vientiane_2024_07_25"),
        ("KTT", 1, "CONSULT", "asean_summit_vientiane_2024_10_09"),  # announced for October
    ],
    "16_merdeka_ktt_asean_vientiane.txt": [
        ("Konferensi Tingkat Tinggi", 1, "CONSULT", "asean_summit_vientiane_2024_10_09"),
        ("Pertemuan puncak", 1, "CONSULT", "asean_summit_vientiane_2024_10_09"),
        ("pertemuan", 1, "CONSULT", "asean_amm_vientiane_2024_07_25"),  # background: July
        ("KTT", 3, "CONSULT", "asean_summit_vientiane_2024_10_09"),
        ("KTT", 4, "CONSULT", "asean_summit_vientiane_2024_10_09"),
    ],
    "17_suara_ktt_asean_myanmar.txt": [
        ("KTT", 2, "CONSULT", "asean_summit_vientiane_2024_10_09"),
        ("pertemuan", 1, "CONSULT", "asean_summit_vientiane_2024_10_09"),  # "pertemuan tersebut"
        ("pertemuan", 2, "CONSULT", "asean_summit_vientiane_2024_10_09"),
        ("KTT", 3, "CONSULT", "asean_summit_vientiane_2024_10_09"),  # KTT 3 is the ASEAN-Japan summit
        ("KTT", 5, "CONSULT", "asean_summit_vientiane_2024_10_09"),  # "rangkaian KTT"
    ],
}

# Pairs of clusters that are different events of the same type between the same parties: a linker
# must keep them apart (these are what the distractor articles are for).
DISTRACTORS: list[tuple[str, str, str]] = [
    ("putin_xi_beijing_2024_05_16", "putin_xi_astana_2024_07_03",
     "Putin-Xi talks seven weeks apart; 06 and 08 mention both"),
    ("putin_xi_astana_2024_07_03", "putin_xi_kazan_2024_10_22", "Putin-Xi talks; 08 mentions both"),
    ("putin_xi_beijing_2024_05_16", "putin_xi_kazan_2024_10_22", "Putin-Xi talks; 08 mentions both"),
    ("putin_xi_kazan_2024_10_22", "putin_modi_kazan_2024_10_22",
     "Putin's bilateral talks on the same day at the same summit, with different partners"),
    ("putin_xi_astana_2024_07_03", "sco_summit_astana_2024_07_04",
     "a bilateral meeting the day before the summit it was held for, same city"),
    ("putin_xi_kazan_2024_10_22", "brics_summit_kazan_2024_10_22",
     "a bilateral meeting on the sidelines of the summit"),
    ("asean_amm_vientiane_2024_07_25", "asean_summit_vientiane_2024_10_09",
     "ASEAN meetings in Vientiane eleven weeks apart; 15 and 16 mention both"),
    ("putin_kim_treaty_2024_06_19", "russia_dprk_tumen_bridge_2024_06_19",
     "two agreements by the same parties on the same day and at the same summit (01 and 03)"),
    ("putin_kim_treaty_2024_06_19", "japan_philippines_raa_2024_07_08",
     "two defence pacts (pakta pertahanan) three weeks apart"),
    ("japan_philippines_raa_2024_07_08", "japan_philippines_2plus2_2024_07_08",
     "a signing during a meeting: same day and place, different events"),
]

# (copy, original): the copy reprints the original with a new first paragraph.
SYNDICATED: list[tuple[str, str]] = [
    ("12_tribunnews_jepang_filipina_raa.txt", "11_antara_jepang_filipina_raa.txt"),
]
# (translation, original): an English partial translation of an Indonesian article.
TRANSLATIONS: list[tuple[str, str]] = [
    ("03_jakartapost_putin_kim_treaty.txt", "01_antara_putin_kim_perjanjian.txt"),
]


def occurrence_start(body: str, text: str, n: int) -> int:
    """Start of the n-th (1-based) whole-word, case-sensitive occurrence of text in body."""
    pattern = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
    for i, match in enumerate(pattern.finditer(body), start=1):
        if i == n:
            return match.start()
    raise LinkingGoldError(f"occurrence {n} of {text!r} not found")


def cleaned_body(path: Path) -> str:
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from nlp.cleaning import clean_article

    return clean_article(path.read_text(encoding="utf-8"), path.name).body


def place_mentions(
    source_file: str,
    body: str,
    items: list[tuple[str, int, str, str]],
    clusters: dict[str, Cluster],
) -> list[GoldMention]:
    """Turn (text, occurrence, label, cluster) items into mentions; raise on any inconsistency."""
    mentions: list[GoldMention] = []
    for text, n, label, key in items:
        where = f"{source_file}: {text!r} #{n}"
        if label not in EVENT_LABELS:
            raise LinkingGoldError(f"{where}: unknown label {label!r}")
        if key not in clusters:
            raise LinkingGoldError(f"{where}: unknown cluster {key!r}")
        try:
            start = occurrence_start(body, text, n)
        except LinkingGoldError as error:
            raise LinkingGoldError(f"{where}: {error}") from None
        mention = GoldMention(source_file, start, start + len(text), text, label, key)
        if mentions and mention.start < mentions[-1].end:
            raise LinkingGoldError(f"{where}: out of text order or overlapping {mentions[-1].text!r}")
        mentions.append(mention)
    return mentions


def load_mentions(folder: Path, table: dict, clusters: dict[str, Cluster]) -> list[GoldMention]:
    """A set's gold mentions (its MENTIONS table), with offsets into the cleaned bodies of its files."""
    folder = Path(folder)
    mentions: list[GoldMention] = []
    for name, items in table.items():
        path = folder / name
        if not path.is_file():
            raise LinkingGoldError(f"{name}: file not found in {folder}")
        mentions.extend(place_mentions(name, cleaned_body(path), items, clusters))
    return mentions


def load_linking_gold(folder: Path = HERE) -> list[GoldMention]:
    """All gold mentions of the linking set, with offsets into the cleaned bodies of folder's files."""
    return load_mentions(folder, MENTIONS, CLUSTERS)


def cluster_articles(mentions: list[GoldMention]) -> dict[str, set[str]]:
    """Cluster key -> the source files with a mention in it."""
    found: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        found[mention.cluster].add(mention.source_file)
    return dict(found)


def article_pairs(mentions: list[GoldMention]) -> set[frozenset[str]]:
    """Pairs of different source files that share at least one cluster."""
    pairs: set[frozenset[str]] = set()
    for files in cluster_articles(mentions).values():
        pairs.update(frozenset(pair) for pair in combinations(sorted(files), 2))
    return pairs


def render(body: str, mentions: list[GoldMention]) -> str:
    """The body with [text|LABEL|cluster] marks, for review."""
    out, last = [], 0
    for m in sorted(mentions, key=lambda m: m.start):
        out += [body[last:m.start], f"[{m.text}|{m.label}|{m.cluster}]"]
        last = m.end
    return "".join(out) + body[last:]


def print_review(mentions: list[GoldMention], folder: Path, names: Iterable[str], clusters: int) -> None:
    """Every body with its marks, then each cluster's articles: what a reviewer of a gold set reads."""
    for name in names:
        print(f"===== {name}")
        print(render(cleaned_body(folder / name), [m for m in mentions if m.source_file == name]))
        print()
    for key, files in sorted(cluster_articles(mentions).items()):
        n = sum(m.cluster == key for m in mentions)
        print(f"{key}: {n} mentions in {len(files)} articles: {', '.join(sorted(f[:2] for f in files))}")
    print(f"{len(mentions)} mentions, {clusters} clusters, {len(article_pairs(mentions))} article pairs")


def main() -> None:
    print_review(load_linking_gold(), HERE, MENTIONS, len(CLUSTERS))


if __name__ == "__main__":
    main()
