"""Time and peak memory of the workbook export, for growing numbers of synthetic articles.

Builds a temporary project of N articles (four outlets, 5 entities and 1 event each, one cluster per
ten articles, half of them done), exports it to .xlsx once for the time and once under tracemalloc
for the peak Python memory, and prints both with the file size. Streaming means time grows with N and the peak
stays flat (the Annotators sheet's correction counts, from models.stats, are grouped in SQLite and
hold nothing per mention).

Run: .venv/bin/python bench/export_memory.py [N ...]   (default: 2000 20000; a 20,000 run takes some minutes)
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from peewee import SQL

from exports.workbook import export_workbook
from models import articles, db
from models.articles import NewArticle
from models.schema import Article, Cluster, Mention, database
from nlp.records import RoleSuggestion, SpanSuggestion

OUTLETS = ("Warta Pagi", "Kabar Kota", "Suara Rakyat", "Berita Satu")
TEXT = ("Menlu Retno Marsudi mengecam serangan di Gaza pada Selasa. Presiden Joko Widodo bertemu "
        "Sekjen PBB di Jakarta untuk membahas bantuan kemanusiaan bagi warga Palestina. ")
ENTITIES = (("Retno Marsudi", "PERSON"), ("Gaza", "GPE"), ("Joko Widodo", "PERSON"), ("PBB", "ORG"),
            ("Jakarta", "GPE"))


def _article(i: int) -> NewArticle:
    body = f"Berita nomor {i}. " + TEXT * 4
    spans = [SpanSuggestion(body.index(w), body.index(w) + len(w), label, "entity") for w, label in ENTITIES]
    trigger = body.index("mengecam")
    spans.append(SpanSuggestion(trigger, trigger + 8, "ACCUSE", "event"))
    return NewArticle(body=body, raw_text=body, source_file=f"{i}.txt", title=f"Berita {i}",
                      outlet=OUTLETS[i % len(OUTLETS)], published=dt.date(2024, 1, 1) + dt.timedelta(i % 300),
                      spans=spans, roles=[RoleSuggestion(5, 0, "SOURCE"), RoleSuggestion(5, 1, "PLACE")])


def build(n: int, folder: Path) -> Path:
    path = db.open_project(folder / f"bench-{n}.kliping", annotator="bench")
    for first in range(0, n, 1000):
        articles.add_articles([_article(i) for i in range(first, min(n, first + 1000))])
    # Statuses and clusters straight in SQL: the bench measures the export, not the editing.
    with database.atomic():
        Article.update(status="done").where(SQL('"id" % 2 = 0')).execute()  # peewee's % is LIKE
        events = [m for (m,) in Mention.select(Mention.id).where(Mention.kind == "event").tuples()]
        for first in range(0, len(events), 10):
            card = Cluster.create(title=f"Peristiwa {first}", event_type="ACCUSE")
            (Mention.update(cluster=card, link_state="confirmed")
             .where(Mention.id.in_(events[first:first + 10])).execute())
    return path


def measure(n: int, folder: Path) -> tuple[float, float, int]:
    """Seconds of a plain run, then the peak under tracemalloc (which slows Python several-fold)."""
    build(n, folder)
    out = folder / f"bench-{n}.xlsx"
    started = time.perf_counter()
    export_workbook(out)
    seconds = time.perf_counter() - started
    tracemalloc.start()
    export_workbook(out)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    db.close_project()
    return seconds, peak / 1e6, out.stat().st_size


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [2000, 20000]
    print(f"{'articles':>9} {'seconds':>8} {'ms/article':>10} {'peak MB':>8} {'file MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            seconds, peak, size = measure(n, Path(tmp))
            print(f"{n:>9} {seconds:>8.1f} {1000 * seconds / n:>10.2f} {peak:>8.1f} {size / 1e6:>8.1f}",
                  flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
