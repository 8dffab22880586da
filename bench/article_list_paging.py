"""How fast the article list pages through a 100,000-article project, against loading it whole.

Run: .venv/bin/python bench/article_list_paging.py [N]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models import articles, db
from models.schema import Article, Mention, database, new_uid, utc_now


def _fill(count: int) -> None:
    now = utc_now()
    with database.atomic():
        for first in range(0, count, 1000):
            rows = [{"uid": new_uid(), "title": f"Artikel {i}", "body": f"Isi berita nomor {i}.",
                     "raw_text": "", "source_file": f"{i}.txt", "content_hash": f"h{i}",
                     "created_at": now, "updated_at": now}
                    for i in range(first, min(first + 1000, count))]
            Article.insert_many(rows).execute()
        ids = [a for (a,) in Article.select(Article.id).tuples()]
        for first in range(0, len(ids), 500):
            Mention.insert_many([
                {"uid": new_uid(), "article": aid, "start": 0, "end": 3, "text": "Isi",
                 "label": "ORG", "kind": "entity", "origin": "auto", "state": "suggested",
                 "created_at": now, "updated_at": now}
                for aid in ids[first:first + 500] for _ in range(3)
            ]).execute()


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
        db.close_project()


if __name__ == "__main__":
    main()
