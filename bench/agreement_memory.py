"""Time and peak memory of the agreement figures on merged projects of growing size.

Builds a project of N synthetic articles (bench/export_memory.py's), exports a copy for each of two
annotators, lets each relabel a different tenth of the entity mentions (straight in SQL), merges the
copies, and computes project_agreement once for the time and once under tracemalloc for the peak
Python memory. The figures are read one article at a time, so the peak grows only with the event
mentions the cluster scores keep (three numbers each); the baseline is the smallest N of the run.

Run: .venv/bin/python bench/agreement_memory.py [N ...]   (default: 1000 5000)
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from peewee import SQL

from bench.export_memory import build
from exports.agreement_report import project_agreement
from models import db
from models.copies import export_copy
from models.merge import merge_projects
from models.schema import Article, Mention, database


def merged(n: int, folder: Path) -> Path:
    build(n, folder)
    ids = [i for (i,) in Article.select(Article.id).tuples()]
    copies = []
    for name, share in (("ani", 0), ("budi", 5)):
        path = folder / f"{name}-{n}.kliping"
        export_copy(ids, path, name)
        copies.append((name, path, share))
    db.close_project()
    for name, path, share in copies:
        db.open_project(path, annotator=name)
        with database.atomic():  # each relabels another tenth of the entities
            (Mention.update(label="ORG", annotator=db.session.annotator_id)
             .where((Mention.kind == "entity") & SQL(f'"id" % 10 = {share}')).execute())  # peewee's % is LIKE
        db.close_project()
    out = folder / f"merged-{n}.kliping"
    merge_projects(out, [path for _, path, _ in copies])
    return out


def measure(n: int, folder: Path) -> tuple[float, float, float]:
    path = merged(n, folder)
    db.open_project(path, annotator="bench")
    started = time.perf_counter()
    result = project_agreement()
    seconds = time.perf_counter() - started
    tracemalloc.start()
    project_agreement()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    db.close_project()
    return seconds, peak / 1e6, result.report.spans.exact.f1


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [1000, 5000]
    print(f"{'articles':>9} {'seconds':>8} {'ms/article':>10} {'peak MB':>8} {'x baseline':>10} "
          f"{'span F1':>8}")
    baseline = None
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            seconds, peak, f1 = measure(n, Path(tmp))
            baseline = baseline or peak
            print(f"{n:>9} {seconds:>8.1f} {1000 * seconds / n:>10.2f} {peak:>8.1f} {peak / baseline:>9.2f}x "
                  f"{f1:>8.3f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
