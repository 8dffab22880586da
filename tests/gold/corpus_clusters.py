"""Cross-article event clusters for the five real articles in ../shared/corpus (text-free gold).

The articles are third-party texts and are not stored here. Each mention is stored as
(source_file, start, end, trigger text, PLOVER label, cluster key), with offsets into the cleaned body
``nlp.cleaning.clean_article(raw, source_file).body``; every mention is an event span of
``corpus_gold.jsonl`` (same offsets, text and label), so the two gold files agree. The clusters were
decided by reading the articles; the offsets were then looked up in corpus_gold.jsonl.

Only events that at least two of the five articles mention are listed. The cluster keys are the same as
in ``linking/clusters.py`` where the event is the same.

    from tests.gold.corpus_clusters import load_corpus_clusters
    mentions = load_corpus_clusters(Path("../shared/corpus"))   # list[GoldMention]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.gold.linking.clusters import (  # noqa: E402
    CLUSTERS,
    Cluster,
    GoldMention,
    LinkingGoldError,
    article_pairs,
    cleaned_body,
    cluster_articles,
)

__all__ = ["CORPUS_CLUSTERS", "CORPUS_MENTIONS", "LEFT_OUT", "GoldMention", "article_pairs",
           "cluster_articles", "load_corpus_clusters"]

CORPUS_CLUSTERS: dict[str, Cluster] = {
    key: CLUSTERS[key] for key in ("putin_kim_treaty_2024_06_19", "putin_visit_pyongyang_2024_06_19")
}

# (source_file, start, end, text, label, cluster), in file and text order.
CORPUS_MENTIONS: list[tuple[str, int, int, str, str, str]] = [
    # ANTARA, 2024-07-11 (IP4 at the NATO summit); the treaty and summit are background ("bulan lalu").
    ("000_43a97363eb1f9870.txt", 854, 869, "penandatanganan", "AGREE", "putin_kim_treaty_2024_06_19"),
    ("000_43a97363eb1f9870.txt", 946, 962, "pertemuan puncak", "CONSULT", "putin_visit_pyongyang_2024_06_19"),
    ("000_43a97363eb1f9870.txt", 1412, 1428, "pakta pertahanan", "COOPERATE", "putin_kim_treaty_2024_06_19"),
    # Republika, 2024-06-22 (Seoul, Washington and Tokyo respond); the headline, lede and captions first.
    ("002_b574b9beb47d49fd.txt", 96, 105, "Pertemuan", "CONSULT", "putin_visit_pyongyang_2024_06_19"),
    ("002_b574b9beb47d49fd.txt", 139, 153, "menandatangani", "AGREE", "putin_kim_treaty_2024_06_19"),
    ("002_b574b9beb47d49fd.txt", 273, 282, "pertemuan", "CONSULT", "putin_visit_pyongyang_2024_06_19"),
    ("002_b574b9beb47d49fd.txt", 460, 469, "pertemuan", "CONSULT", "putin_visit_pyongyang_2024_06_19"),
    ("002_b574b9beb47d49fd.txt", 767, 781, "menandatangani", "AGREE", "putin_kim_treaty_2024_06_19"),
    ("002_b574b9beb47d49fd.txt", 1421, 1435, "menandatangani", "AGREE", "putin_kim_treaty_2024_06_19"),
    # IDX Channel, 2024-06-25 (trilateral talks on 24 June).
    ("004_1742510e8f838e75.txt", 688, 699, "kesepakatan", "AGREE", "putin_kim_treaty_2024_06_19"),
    ("004_1742510e8f838e75.txt", 870, 875, "Pakta", "COOPERATE", "putin_kim_treaty_2024_06_19"),
    ("004_1742510e8f838e75.txt", 899, 908, "kunjungan", "CONSULT", "putin_visit_pyongyang_2024_06_19"),
    ("004_1742510e8f838e75.txt", 1028, 1037, "kunjungan", "CONSULT", "putin_visit_pyongyang_2024_06_19"),
]

# Event spans of corpus_gold.jsonl deliberately NOT put in a cluster, with the reason.
LEFT_OUT: list[tuple[str, int, int, str, str]] = [
    ("001_1bac39e7b9e77527.txt", 727, 741, "menandatangani",
     "North Korea's ratification of the treaty in November 2024: a different event from the June signing "
     "(a distractor for putin_kim_treaty_2024_06_19), and the only article that mentions it"),
    ("001_1bac39e7b9e77527.txt", 803, 819, "pakta pertahanan",
     "a clause of the ratified law in the same sentence, not a reference to the June signing"),
    ("003_64ea5d86a68784be.txt", 1725, 1734, "pertemuan",
     "an undated Putin-Kim meeting in an undated article: June 2024 Pyongyang or September 2023 Vostochny"),
    ("000_43a97363eb1f9870.txt", 882, 901, "kemitraan strategis",
     "names the partnership (a relation, not the signing); same for 002 at 930"),
    ("002_b574b9beb47d49fd.txt", 1448, 1467, "kemitraan strategis", "see 000 at 882"),
]


def _nearest_whole_word(body: str, text: str, near: int) -> int | None:
    starts = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", body)]
    return min(starts, key=lambda s: abs(s - near)) if starts else None


def load_corpus_clusters(corpus_dir: Path = DEFAULT_CORPUS) -> list[GoldMention]:
    """The corpus mentions with offsets checked against the cleaned bodies.

    A mention whose text is no longer at its offsets (the cleaner changed) moves to the nearest
    whole-word occurrence of its text; a mention whose text is gone raises LinkingGoldError.
    """
    corpus_dir = Path(corpus_dir)
    bodies: dict[str, str] = {}
    mentions: list[GoldMention] = []
    for source_file, start, end, text, label, key in CORPUS_MENTIONS:
        if key not in CORPUS_CLUSTERS:
            raise LinkingGoldError(f"{source_file}: unknown cluster {key!r}")
        if source_file not in bodies:
            path = corpus_dir / source_file
            if not path.is_file():
                raise LinkingGoldError(f"{source_file}: not found in {corpus_dir}")
            bodies[source_file] = cleaned_body(path)
        body = bodies[source_file]
        if body[start:end] != text:
            moved = _nearest_whole_word(body, text, start)
            if moved is None:
                raise LinkingGoldError(f"{source_file}: {text!r} at {start} is no longer in the body")
            start, end = moved, moved + len(text)
        mentions.append(GoldMention(source_file, start, end, text, label, key))
    return mentions


if __name__ == "__main__":
    found = load_corpus_clusters()
    for key, files in sorted(cluster_articles(found).items()):
        print(key, sorted(files))
    print(sorted(tuple(sorted(p)) for p in article_pairs(found)))
