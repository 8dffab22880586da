"""Second, held-out gold for cross-outlet event linking, on the team-written articles in this folder.

The 15 articles here were written by the team for this gold set (see README.md); their events differ from
those of ../linking/. The clusters below were decided by reading each cleaned body against
/work/shared/scheme.md, not from any pipeline output, and nothing under nlp/linking/ was read while they
were written.

The format is the one of ../linking/clusters.py, and the dataclasses and helpers are imported from there,
so a mention of either set is the same GoldMention. For every article, MENTIONS lists the event mentions
that refer to a real-world event reported in at least two different articles of this set, in text
order, as

    (trigger surface text, occurrence, PLOVER label, cluster key)

The occurrence is the n-th (1-based) whole-word, case-sensitive match of the surface text in the CLEANED
body, i.e. ``nlp.cleaning.clean_article(raw, file_name).body``. Matches inside longer words do not count,
but a match inside a longer trigger does. Mentions of events reported in only one article are not listed.

    from tests.gold.linking2.clusters import load_linking_gold, article_pairs
    mentions = load_linking_gold()            # list[GoldMention], offsets into the cleaned bodies
    pairs = article_pairs(mentions)           # set of frozenset({file_a, file_b}) sharing a cluster

    python tests/gold/linking2/clusters.py    # print every body with [trigger|LABEL|cluster] marks
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.gold.linking.clusters import (  # noqa: E402
    EVENT_LABELS,
    Cluster,
    GoldMention,
    LinkingGoldError,
    article_pairs,
    cleaned_body,
    cluster_articles,
    cluster_entry,
    load_mentions,
    occurrence_start,
    place_mentions,
    print_review,
    render,
)

__all__ = [
    "CLUSTERS", "DISTRACTORS", "EVENT_LABELS", "HERE", "MENTIONS", "SYNDICATED", "TRANSLATIONS", "Cluster",
    "GoldMention", "LinkingGoldError", "article_pairs", "cleaned_body", "cluster_articles",
    "load_linking_gold", "occurrence_start", "place_mentions", "render",
]


CLUSTERS: dict[str, Cluster] = dict([
    # Prabowo's first trip abroad as president: Beijing, Washington, Lima (November 2024).
    cluster_entry("prabowo_visit_beijing_2024_11_09",
       "Prabowo's state visit to China and talks with Xi Jinping at the Great Hall of the People (8-10 November)",
       "CONSULT", "2024-11-09", "Beijing"),
    cluster_entry("indonesia_china_mous_2024_11_09",
       "Indonesia and China sign memoranda of understanding (water, green minerals, blue economy, food), "
       "witnessed by Prabowo and Xi",
       "AGREE", "2024-11-09", "Beijing"),
    cluster_entry("indonesia_china_joint_statement_2024_11_09",
       "Indonesia and China issue a joint statement on their comprehensive strategic partnership, with the "
       "clause on joint development in areas of overlapping claims",
       "AGREE", "2024-11-09", "Beijing"),
    cluster_entry("prabowo_xi_beijing_2024_04_01",
       "President-elect Prabowo meets Xi Jinping in Beijing",
       "CONSULT", "2024-04-01", "Beijing"),
    cluster_entry("indonesia_denies_nine_dash_line_2024_11_11",
       "Indonesia's Foreign Ministry denies that the joint statement with China recognises the nine-dash line",
       "REJECT", "2024-11-11", "Jakarta"),
    cluster_entry("prabowo_biden_white_house_2024_11_12",
       "Prabowo meets Joe Biden in the Oval Office (Prabowo's visit to Washington)",
       "CONSULT", "2024-11-12", "Washington"),
    cluster_entry("indonesia_us_joint_statement_2024_11_12",
       "Indonesia and the United States issue a joint statement after the Prabowo-Biden meeting",
       "AGREE", "2024-11-12", "Washington"),
    cluster_entry("apec_summit_lima_2024_11_15",
       "APEC Economic Leaders' Meeting (15-16 November)",
       "CONSULT", "2024-11-15", "Lima"),
    cluster_entry("biden_xi_lima_2024_11_16",
       "Biden and Xi hold talks on the sidelines of the APEC summit",
       "CONSULT", "2024-11-16", "Lima"),
    # The Gaza ceasefire of January 2025.
    cluster_entry("gaza_ceasefire_deal_2025_01_15",
       "Israel and Hamas agree on a ceasefire and hostage-prisoner exchange, announced by Qatar",
       "AGREE", "2025-01-15", "Doha"),
    cluster_entry("indonesia_welcomes_gaza_deal_2025_01_16",
       "Indonesia's Foreign Ministry (spokesperson Rolliansyah Soemirat) welcomes the ceasefire deal",
       "SUPPORT", "2025-01-16", "Jakarta"),
    cluster_entry("gaza_ceasefire_2025_01_19",
       "The first phase of the Gaza ceasefire takes effect (the ceasefire the deal set up)",
       "RETREAT", "2025-01-19", "Gaza"),
    cluster_entry("gaza_first_hostage_release_2025_01_19",
       "Hamas frees the first three Israeli hostages on the first day of the ceasefire",
       "RETREAT", "2025-01-19", "Gaza"),
    cluster_entry("gaza_truce_2023_11_24",
       "The week-long Israel-Hamas truce (humanitarian pause) of 24 November to 1 December 2023",
       "RETREAT", "2023-11-24", "Gaza"),
    # Indonesia's trade agreements of 2025.
    cluster_entry("prabowo_von_der_leyen_brussels_2025_07_13",
       "Prabowo meets Ursula von der Leyen in Brussels (Prabowo's visit to Brussels)",
       "CONSULT", "2025-07-13", "Brussels"),
    cluster_entry("ieu_cepa_political_agreement_2025_07_13",
       "Prabowo and von der Leyen announce a political agreement on the Indonesia-EU CEPA",
       "AGREE", "2025-07-13", "Brussels"),
    cluster_entry("indonesia_us_tariff_deal_2025_07_15",
       "Indonesia-US trade deal announced by Trump (a 19% US tariff on Indonesian goods)",
       "AGREE", "2025-07-15", "Washington"),
    cluster_entry("ieu_cepa_conclusion_2025_09_23",
       "Airlangga Hartarto and Maros Sefcovic sign the joint declaration concluding the IEU-CEPA negotiations",
       "AGREE", "2025-09-23", "Nusa Dua, Bali"),
])

_VISIT = "prabowo_visit_beijing_2024_11_09"
_MOUS = "indonesia_china_mous_2024_11_09"
_CN_JS = "indonesia_china_joint_statement_2024_11_09"
_APRIL = "prabowo_xi_beijing_2024_04_01"
_DENIAL = "indonesia_denies_nine_dash_line_2024_11_11"
_BIDEN = "prabowo_biden_white_house_2024_11_12"
_US_JS = "indonesia_us_joint_statement_2024_11_12"
_APEC = "apec_summit_lima_2024_11_15"
_BIDEN_XI = "biden_xi_lima_2024_11_16"
_DEAL = "gaza_ceasefire_deal_2025_01_15"
_WELCOME = "indonesia_welcomes_gaza_deal_2025_01_16"
_CEASEFIRE = "gaza_ceasefire_2025_01_19"
_RELEASE = "gaza_first_hostage_release_2025_01_19"
_TRUCE_2023 = "gaza_truce_2023_11_24"
_VDL = "prabowo_von_der_leyen_brussels_2025_07_13"
_CEPA_JULY = "ieu_cepa_political_agreement_2025_07_13"
_US_DEAL = "indonesia_us_tariff_deal_2025_07_15"
_CEPA_SEPT = "ieu_cepa_conclusion_2025_09_23"

# file -> [(trigger text, occurrence in the cleaned body, label, cluster key)], in text order.
MENTIONS: dict[str, list[tuple[str, int, str, str]]] = {
    "01_antara_prabowo_xi_beijing.txt": [
        ("bertemu", 1, "CONSULT", _VISIT),
        ("kunjungan", 1, "CONSULT", _VISIT),  # "kunjungan kenegaraannya ke China"
        ("pembicaraan", 1, "CONSULT", _VISIT),
        ("penandatanganan", 1, "AGREE", _MOUS),  # "menyaksikan penandatanganan sejumlah nota kesepahaman"
        ("pernyataan bersama", 1, "AGREE", _CN_JS),
        ("Pertemuan", 1, "CONSULT", _VISIT),  # "Pertemuan itu merupakan yang kedua"
        ("bertemu", 2, "CONSULT", _APRIL),  # background: "Pada 1 April lalu ... juga bertemu Xi"
        ("bertemu", 3, "CONSULT", _BIDEN),  # scheduled ("dijadwalkan"), took place on 12 November
        ("KTT", 1, "CONSULT", _APEC),
    ],
    "02_harianjogja_prabowo_xi_beijing.txt": [  # reprints 01 after a new lead
        ("pertemuan", 1, "CONSULT", _VISIT),
        ("kunjungan", 1, "CONSULT", _VISIT),
        ("Pertemuan", 1, "CONSULT", _VISIT),  # "Pertemuan di Aula Besar Rakyat"
        ("pembicaraan", 1, "CONSULT", _VISIT),
        ("penandatanganan", 1, "AGREE", _MOUS),
        ("pernyataan bersama", 1, "AGREE", _CN_JS),
        ("Pertemuan", 2, "CONSULT", _VISIT),
        ("bertemu", 1, "CONSULT", _APRIL),
        ("bertemu", 2, "CONSULT", _BIDEN),
        ("KTT", 1, "CONSULT", _APEC),
    ],
    "03_bisnis_forum_bisnis_indonesia_china.txt": [
        # "meneken kesepakatan bisnis" and "Kesepakatan tersebut" (the forum's deals, 10 November) are
        # reported here only: not listed.
        ("bertemu", 1, "CONSULT", _VISIT),  # "sehari setelah Prabowo bertemu ... Xi"
        ("pertemuan", 1, "CONSULT", _VISIT),  # "Dalam pertemuan Sabtu (9/11) itu"
        ("penandatanganan", 1, "AGREE", _MOUS),
        ("kerja sama", 1, "COOPERATE", _MOUS),  # "kerja sama ketahanan pangan yang diteken hari itu"
        ("diteken", 1, "AGREE", _MOUS),
        ("pernyataan bersama", 1, "AGREE", _CN_JS),
        ("lawatan", 1, "CONSULT", _VISIT),  # "Ini merupakan lawatan kedua Prabowo ke Beijing tahun ini"
        ("bertemu", 2, "CONSULT", _APRIL),  # "Pada awal April ... ia juga bertemu Xi"
        ("membahas", 1, "CONSULT", _APRIL),
    ],
    "04_cnbcindonesia_kemlu_pernyataan_bersama.txt": [
        ("membantah", 1, "REJECT", _DENIAL),
        ("pernyataan bersama", 1, "AGREE", _CN_JS),
        ("kunjungan", 1, "CONSULT", _VISIT),
        ("disepakati", 1, "AGREE", _CN_JS),  # "butir dokumen yang disepakati Prabowo dan ... Xi"
        ("pernyataan bersama", 2, "AGREE", _CN_JS),
        ("kunjungan", 2, "CONSULT", _VISIT),
        ("penandatanganan", 1, "AGREE", _MOUS),
        ("bertemu", 1, "CONSULT", _BIDEN),  # scheduled for "Selasa (12/11)"
    ],
    "05_voaindonesia_prabowo_biden.txt": [
        ("bertemu", 1, "CONSULT", _BIDEN),
        ("Pertemuan", 1, "CONSULT", _BIDEN),
        ("pertemuan", 1, "CONSULT", _BIDEN),  # "Seusai pertemuan"
        ("pernyataan bersama", 1, "AGREE", _US_JS),
        ("Kunjungan", 1, "CONSULT", _BIDEN),  # "Kunjungan ke Washington"
        ("bertemu", 2, "CONSULT", _VISIT),  # background: "tiga hari setelah Prabowo bertemu ... Xi"
        ("Pernyataan bersama", 1, "AGREE", _CN_JS),  # the China statement, in the same article
        ("membantah", 1, "REJECT", _DENIAL),
        ("KTT", 1, "CONSULT", _APEC),
    ],
    "06_idntimes_prabowo_apec_lima.txt": [
        ("Konferensi Tingkat Tinggi", 1, "CONSULT", _APEC),  # "(KTT APEC)" is the same mention
        ("Pertemuan", 1, "CONSULT", _APEC),  # "Pertemuan para pemimpin ekonomi APEC"
        ("bertemu", 1, "CONSULT", _VISIT),  # "Di Beijing, Sabtu (9/11), ia bertemu ... Xi"
        ("bertemu", 2, "CONSULT", _BIDEN),  # "Tiga hari kemudian"
        ("pertemuan", 1, "CONSULT", _BIDEN),  # "Seusai pertemuan di Washington"
        ("pernyataan bersama", 1, "AGREE", _US_JS),
        ("bertemu", 3, "CONSULT", _BIDEN_XI),  # scheduled for Saturday (16/11)
        ("KTT", 3, "CONSULT", _APEC),  # "di sela KTT"
        ("pertemuan", 2, "CONSULT", _BIDEN_XI),
        # KTT 3 is the G20 summit in Rio, reported here only: not listed.
    ],
    "07_ap_biden_xi_lima.txt": [
        ("met", 1, "CONSULT", _BIDEN_XI),
        ("summit", 1, "CONSULT", _APEC),
        ("meeting", 1, "CONSULT", _BIDEN_XI),  # "their final meeting"
        ("talks", 2, "CONSULT", _BIDEN_XI),
        # met 2 and "agreed" are the Biden-Xi meeting of November 2023, reported here only.
        ("summit", 2, "CONSULT", _APEC),  # "who is also at the summit"
        ("visited", 1, "CONSULT", _VISIT),  # "visited Beijing this month"
        ("met", 3, "CONSULT", _BIDEN),  # "met Biden at the White House on Tuesday"
        ("summit", 3, "CONSULT", _APEC),
    ],
    "08_mediaindonesia_gencatan_senjata_gaza.txt": [
        ("menyepakati", 1, "AGREE", _DEAL),
        ("gencatan senjata", 1, "RETREAT", _CEASEFIRE),  # the ceasefire agreed on, which took effect
        ("Kesepakatan", 1, "AGREE", _DEAL),
        ("Gencatan senjata", 1, "RETREAT", _CEASEFIRE),  # "Gencatan senjata tahap pertama"
        ("kesepakatan", 1, "AGREE", _DEAL),
        ("gencatan senjata", 2, "RETREAT", _CEASEFIRE),  # "Ini akan menjadi gencatan senjata kedua"
        ("Gencatan senjata", 2, "RETREAT", _TRUCE_2023),  # "Gencatan senjata sementara pada akhir November 2023"
        ("menyambut baik", 1, "SUPPORT", _WELCOME),
        ("kesepakatan", 2, "AGREE", _DEAL),
    ],
    "09_rri_indonesia_sambut_gencatan_senjata.txt": [
        ("menyambut baik", 1, "SUPPORT", _WELCOME),
        ("kesepakatan", 1, "AGREE", _DEAL),  # "kesepakatan gencatan senjata": two mentions
        ("gencatan senjata", 1, "RETREAT", _CEASEFIRE),
        ("kesepakatan", 2, "AGREE", _DEAL),
        ("menyambut baik", 2, "SUPPORT", _WELCOME),  # in the spokesperson's quote
        ("kesepakatan", 3, "AGREE", _DEAL),
        ("Gencatan senjata", 1, "RETREAT", _CEASEFIRE),
        ("gencatan senjata", 2, "RETREAT", _CEASEFIRE),  # "gencatan senjata kali ini"
        ("jeda kemanusiaan", 1, "RETREAT", _TRUCE_2023),
    ],
    "10_anadolu_gaza_ceasefire_takes_effect.txt": [
        ("ceasefire", 2, "RETREAT", _CEASEFIRE),
        ("truce", 1, "RETREAT", _CEASEFIRE),  # "The truce had been due to begin"
        ("released", 1, "RETREAT", _RELEASE),  # "the first captives to be released"
        ("freed", 2, "RETREAT", _RELEASE),
        ("ceasefire", 3, "RETREAT", _CEASEFIRE),  # "The ceasefire deal": two mentions
        ("deal", 1, "AGREE", _DEAL),
        # "approved" (the Israeli government's approval) is reported here only.
        ("agreement", 1, "AGREE", _DEAL),
        ("ceasefire", 4, "RETREAT", _CEASEFIRE),  # "the first ceasefire in Gaza since"
        ("truce", 2, "RETREAT", _TRUCE_2023),  # "a week-long truce in November 2023"
    ],
    "11_metrotvnews_sandera_dibebaskan.txt": [
        ("membebaskan", 1, "RETREAT", _RELEASE),
        ("gencatan senjata", 1, "RETREAT", _CEASEFIRE),
        ("Pembebasan", 1, "RETREAT", _RELEASE),
        ("Gencatan senjata", 1, "RETREAT", _CEASEFIRE),
        ("dibebaskan", 1, "RETREAT", _RELEASE),  # "daftar nama sandera yang akan dibebaskan"
        # "melepaskan 90 tahanan Palestina" (the prisoners freed on Monday) is reported here only.
        ("Kesepakatan", 1, "AGREE", _DEAL),  # "diumumkan di Doha pada Rabu pekan lalu"
        ("menyambut baik", 1, "SUPPORT", _WELCOME),
        ("kesepakatan", 1, "AGREE", _DEAL),
        ("gencatan senjata", 2, "RETREAT", _CEASEFIRE),
    ],
    "12_katadata_ieu_cepa_brussel.txt": [
        ("kesepakatan", 1, "AGREE", _CEPA_JULY),  # "kesepakatan politik"
        ("bertemu", 1, "CONSULT", _VDL),
        ("kesepakatan", 2, "AGREE", _CEPA_JULY),  # in von der Leyen's quote
        ("pertemuan", 1, "CONSULT", _VDL),
        ("Kunjungan", 1, "CONSULT", _VDL),  # "Kunjungan ke Brussel"
    ],
    "13_kontan_tarif_as_cepa.txt": [
        ("kesepakatan", 1, "AGREE", _US_DEAL),
        ("kesepakatan", 2, "AGREE", _US_DEAL),
        ("kesepakatan", 3, "AGREE", _US_DEAL),  # "Trump mengumumkan kesepakatan itu pada Selasa (15/7)"
        ("Kesepakatan", 2, "AGREE", _US_DEAL),  # "Kesepakatan dengan Washington tercapai ..."
        ("kesepakatan", 4, "AGREE", _CEPA_JULY),  # "... dua hari setelah ... kesepakatan politik"
        ("pertemuan", 1, "CONSULT", _VDL),
    ],
    "14_beritasatu_ieu_cepa_bali.txt": [
        ("menandatangani", 1, "AGREE", _CEPA_SEPT),  # "deklarasi bersama" is its object
        ("Deklarasi", 1, "AGREE", _CEPA_SEPT),  # "Deklarasi itu diteken": two mentions
        ("diteken", 1, "AGREE", _CEPA_SEPT),
        ("Penandatanganan", 1, "AGREE", _CEPA_SEPT),
        ("kesepakatan", 1, "AGREE", _CEPA_JULY),  # background: "pada 13 Juli lalu"
        ("pertemuan", 1, "CONSULT", _VDL),
        ("kesepakatan", 2, "AGREE", _US_DEAL),  # background: "Pada pertengahan Juli"
    ],
    "15_jakartaglobe_ieu_cepa_bali.txt": [  # abridged translation of 14
        ("signed", 1, "AGREE", _CEPA_SEPT),  # "joint declaration" (declaration 1) is its object
        ("declaration", 2, "AGREE", _CEPA_SEPT),
        ("signed", 2, "AGREE", _CEPA_SEPT),
        ("signing", 1, "AGREE", _CEPA_SEPT),
        ("agreement", 1, "AGREE", _CEPA_JULY),  # "the political agreement"
        ("meeting", 1, "CONSULT", _VDL),
    ],
}

# Pairs of clusters that are different events: a linker must keep them apart. Most are of the same type
# and share a party; the last two are an agreement and the meeting or visit it was reached at.
DISTRACTORS: list[tuple[str, str, str]] = [
    (_VISIT, _APRIL, "Prabowo-Xi meetings in Beijing seven months apart; 01, 02 and 03 mention both"),
    (_VISIT, _BIDEN,
     "Prabowo's meetings with Xi and with Biden three days apart, on the same trip; 01, 02, 04, 05, 06 and "
     "07 mention both"),
    (_BIDEN, _BIDEN_XI, "Biden's meetings with Prabowo and with Xi four days apart; 06 and 07 mention both"),
    (_BIDEN_XI, _APEC, "a bilateral meeting on the sidelines of the summit"),
    (_CN_JS, _US_JS,
     "joint statements (pernyataan bersama) Indonesia issued with China and with the US three days apart; "
     "05 mentions both"),
    (_CN_JS, _MOUS, "two agreements by the same parties on the same day, at the same visit"),
    (_CEASEFIRE, _TRUCE_2023,
     "Israel-Hamas ceasefires fourteen months apart (gencatan senjata, jeda kemanusiaan, truce); 08, 09 "
     "and 10 mention both"),
    (_CEASEFIRE, _RELEASE, "the ceasefire and the first hostage release under it: same day, place and parties"),
    (_CEPA_JULY, _CEPA_SEPT,
     "two steps of the same trade agreement ten weeks apart (political agreement, signed conclusion); 14 "
     "and 15 mention both"),
    (_CEPA_JULY, _US_DEAL,
     "Indonesian trade deals (kesepakatan) two days apart; 13 mentions both in one sentence, 14 both"),
    (_VISIT, _MOUS, "a signing during a visit: same day and place, different events"),
    (_VDL, _CEPA_JULY, "an agreement announced after a meeting: same day and place, different events"),
]

# (copy, original): the copy reprints the original with a new first paragraph.
SYNDICATED: list[tuple[str, str]] = [
    ("02_harianjogja_prabowo_xi_beijing.txt", "01_antara_prabowo_xi_beijing.txt"),
]
# (translation, original): an English partial translation of an Indonesian article.
TRANSLATIONS: list[tuple[str, str]] = [
    ("15_jakartaglobe_ieu_cepa_bali.txt", "14_beritasatu_ieu_cepa_bali.txt"),
]


def load_linking_gold(folder: Path = HERE) -> list[GoldMention]:
    """All gold mentions of this set, with offsets into the cleaned bodies of folder's files."""
    return load_mentions(folder, MENTIONS, CLUSTERS)


def main() -> None:
    print_review(load_linking_gold(), HERE, MENTIONS, len(CLUSTERS))


if __name__ == "__main__":
    main()
