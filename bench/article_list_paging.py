"""How fast the article list pages through a 100,000-article project, against loading it whole,
and how much a filter (full-text search, outlet, status, dates, label, work-list) costs.

Run: .venv/bin/python bench/article_list_paging.py [N]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import datetime as dt

from models import articles, db
from models.filters import EVENTS_WITHOUT_CLUSTER, UNREVIEWED_SUGGESTIONS, ArticleFilter
from models.schema import Article, Mention, Outlet, database, new_uid, utc_now

OUTLETS = ("Kabar Nusa", "Warta Pagi", "Harian Cakrawala", "Suara Timur", "Nusa News")
STATUSES = ("new", "new", "in_progress", "done", "skipped")
WORDS = ("nelayan", "pakta", "maritim", "menteri", "protes", "bantuan", "sanksi")


def _fill(count: int) -> None:
    now = utc_now()
    day0 = dt.date(2020, 1, 1)
    with database.atomic():
        outlet_ids = [Outlet.create(name=name).id for name in OUTLETS]
        for first in range(0, count, 1000):
            rows = [{"uid": new_uid(), "title": f"Artikel {i}",
                     "body": f"Isi berita nomor {i} tentang {WORDS[i % len(WORDS)]}.",
                     "raw_text": "", "source_file": f"{i}.txt", "content_hash": f"h{i}",
                     "outlet": outlet_ids[i % len(OUTLETS)], "status": STATUSES[i % len(STATUSES)],
                     "published": day0 + dt.timedelta(days=i % 1500),
                     "created_at": now, "updated_at": now}
                    for i in range(first, min(first + 1000, count))]
            Article.insert_many(rows).execute()
        ids = [a for (a,) in Article.select(Article.id).tuples()]
        for first in range(0, len(ids), 500):
            Mention.insert_many([
                {"uid": new_uid(), "article": aid, "start": 0, "end": 3, "text": "Isi",
                 "label": ("ORG", "PERSON", "GPE")[(aid + k) % 7 % 3] if aid % 7 else "LOC",
                 "kind": "entity", "origin": "auto",
                 "state": "suggested" if aid % 4 else "accepted", "created_at": now, "updated_at": now}
                for aid in ids[first:first + 500] for k in range(3)
            ]).execute()
            Mention.insert_many([
                {"uid": new_uid(), "article": aid, "start": 4, "end": 10, "text": "berita",
                 "label": "PROTEST", "kind": "event", "origin": "auto", "state": "suggested",
                 "created_at": now, "updated_at": now}
                for aid in ids[first:first + 500] if aid % 50 == 0
            ]).execute()


FILTERS = {
    "search, every article matches": ArticleFilter(text="berita"),
    "search, a few match (prefix)": ArticleFilter(text="artikel 9999"),
    "search with punctuation": ArticleFilter(text='nelayan "pakta: (maritim) -'),
    "outlet + status + dates": ArticleFilter(outlets=("Warta Pagi",), statuses=("new", "in_progress"),
                                             date_from=dt.date(2021, 1, 1), date_to=dt.date(2021, 6, 30)),
    "label LOC (1 in 7)": ArticleFilter(labels=("LOC",)),
    "unreviewed suggestions": ArticleFilter(worklist=UNREVIEWED_SUGGESTIONS),
    "events without cluster (1 in 50)": ArticleFilter(worklist=EVENTS_WITHOUT_CLUSTER),
    "all at once": ArticleFilter(text="nelayan", outlets=OUTLETS[:3], statuses=("new",),
                                 date_from=dt.date(2020, 6, 1), labels=("ORG", "PERSON"),
                                 worklist=UNREVIEWED_SUGGESTIONS),
}


def _ms(func, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        db.open_project(Path(folder) / "bench.kliping")
        started = time.perf_counter()
        _fill(count)
        print(f"filled {count:,} articles with {3 * count:,} spans in "
              f"{time.perf_counter() - started:.1f} s")
        count_ms = _ms(articles.count_articles)
        first_ms = _ms(lambda: articles.list_articles(0, 200))
        last_ms = _ms(lambda: articles.list_articles(count - 200, 200))
        whole_ms = _ms(lambda: articles.list_articles(0, count), repeat=1)
        print(f"count articles:             {count_ms:8.1f} ms")
        print(f"first page (200 rows):      {first_ms:8.1f} ms")
        print(f"last page (200 rows):       {last_ms:8.1f} ms")
        print(f"baseline, all rows at once: {whole_ms:8.1f} ms")
        print(f"opening the list (count + first page) is {whole_ms / (count_ms + first_ms):.0f}x "
              f"faster than loading every row")
        print("\nfiltered: count + first page, and the last page (ratio: against the unfiltered list)")
        for name, spec in FILTERS.items():
            matches = articles.count_articles(spec)
            open_ms = _ms(lambda spec=spec: (articles.count_articles(spec),
                                             articles.list_articles(0, 200, spec)))
            last = max(0, matches - 200)
            tail_ms = _ms(lambda spec=spec, last=last: articles.list_articles(last, 200, spec))
            print(f"  {name:34} {matches:7,} rows  open {open_ms:7.1f} ms "
                  f"({open_ms / (count_ms + first_ms):4.1f}x)  last page {tail_ms:7.1f} ms")
        db.close_project()


if __name__ == "__main__":
    main()
