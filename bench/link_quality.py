"""Linking quality on gold clusters: import, pre-annotate, `link`, then score against the gold.

    .venv/bin/python bench/link_quality.py [--threshold 0.5] [--misses]

Sets: tests/gold/linking (17 team-written articles from 17 outlets, 16 clusters; the linker's rules were
improved against it), tests/gold/linking2 (15 team-written articles, 18 clusters, written by someone who
never read the linker, and kept for reporting: never tune on it) and, where
../shared/corpus is beside the checkout, the five real corpus articles (tests/gold/corpus_clusters.py).
Prints article-pair precision and recall after `link` (targets: >= 0.85 and >= 0.80) and how often the
right card is among the top three candidates of a mention whose event is linked elsewhere (>= 90%),
with a baseline in the same run: suggesting nothing but "same type, published within two days".
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from exports.importer import import_files
from exports.link_evaluation import evaluate_links, predicted_pairs
from exports.link_project import link_project
from models import db
from models.schema import Article
from tests.gold.corpus_clusters import load_corpus_clusters
from tests.gold.linking.clusters import load_linking_gold
from tests.gold.linking2.clusters import load_linking_gold as load_held_out

REPO = Path(__file__).resolve().parents[1]
LINKING = REPO / "tests" / "gold" / "linking"
HELD_OUT = REPO / "tests" / "gold" / "linking2"
CORPUS = REPO.parent / "shared" / "corpus"


def baseline_pairs(gold_files: set[str]) -> set[frozenset[int]]:
    """Articles of one type of event published within two days of each other: the naive linker."""
    rows = [a for a in Article.select() if Path(a.source_file).name in gold_files]
    types = {a.id: {m.label for m in a.mentions if m.kind == "event"} for a in rows}
    return {frozenset((a.id, b.id)) for a in rows for b in rows if a.id < b.id and a.published
            and b.published and abs((a.published - b.published).days) <= 2 and types[a.id] & types[b.id]}


def measure(name: str, files: list[Path], gold: list, threshold: float | None, misses: bool) -> None:  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory(prefix="kliping_links_") as tmp:
        db.open_project(Path(tmp) / "links.kliping", annotator="bench")
        try:
            import_files(files)
            report = link_project(threshold=threshold)
            scores = evaluate_links(gold)
            ids = {a.id for a in Article.select()}
            gold_files = {g.source_file for g in gold}
            base = baseline_pairs(gold_files)
            right = {frozenset(p) for p in predicted_pairs(ids)} & base
            print(f"== {name}: {len(files)} articles, {len({g.cluster for g in gold})} gold clusters")
            print(f"link: {report.summary()}")
            print(f"scores: {scores.summary()}")
            gold_pairs = scores.pairs_gold
            base_right = len(base & _gold_pairs(gold))
            print(f"baseline (same type, published within 2 days): precision "
                  f"{base_right / len(base) if base else 0:.3f}, recall {base_right / gold_pairs:.3f}"
                  f"  ({len(right)} of its pairs also linked by `link`)")
            if misses:
                for miss in scores.misses:
                    print(f"  top-3 miss: {miss}")
        finally:
            db.close_project()


def _gold_pairs(gold: list) -> set[frozenset[int]]:  # type: ignore[type-arg]
    files = {Path(a.source_file).name: a.id for a in Article.select()}
    by_cluster: dict[str, set[int]] = {}
    for g in gold:
        if g.source_file in files:
            by_cluster.setdefault(g.cluster, set()).add(files[g.source_file])
    return {frozenset((a, b)) for arts in by_cluster.values() for a in arts for b in arts if a < b}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float)
    parser.add_argument("--misses", action="store_true", help="list the top-3 misses")
    args = parser.parse_args()
    measure("team-written linking set", sorted(LINKING.glob("*.txt")), load_linking_gold(LINKING),
            args.threshold, args.misses)
    measure("held-out linking set (never tuned on)", sorted(HELD_OUT.glob("*.txt")), load_held_out(HELD_OUT),
            args.threshold, args.misses)
    if sorted(CORPUS.glob("*.txt")):
        measure("real corpus (../shared/corpus)", sorted(CORPUS.glob("*.txt")), load_corpus_clusters(CORPUS),
                args.threshold, args.misses)
    else:
        print(f"(no {CORPUS}: the real corpus is not beside this checkout)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
