"""Ranking the link candidates of one event mention among 100,000: the index against a full scan.

    .venv/bin/python bench/link_ranking.py [--mentions 100000] [--queries 200]

Builds a synthetic project (four event mentions an article, each with two participants, a place and
a date in its sentence), reads it into the linking index as the window does, then times the ranking of
random mentions (what the candidate list does on every selection, rejected candidates read from the
project included) and, as the baseline in the same run, a full scan that scores every mention.
Target: the median and the 95th percentile under 100 ms at 100,000 mentions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from exports.link_index import LinkIndex
from models import db
from models.schema import Article, Mention, Outlet, database, new_uid
from nlp.linking.scoring import score_pair

COUNTRIES = ["Indonesia", "Malaysia", "Jepang", "Tiongkok", "Rusia", "Korea Utara", "Korea Selatan",
             "India", "Australia", "Filipina", "Vietnam", "Thailand", "Amerika Serikat", "Prancis",
             "Jerman", "Inggris", "Iran", "Arab Saudi", "Turki", "Mesir", "Brasil", "Meksiko", "Kanada",
             "Ukraina", "Singapura", "Pakistan", "Bangladesh", "Myanmar", "Kamboja", "Laos", "Nigeria",
             "Afrika Selatan"]
PLACES = ["Jakarta", "Tokyo", "Beijing", "Moskow", "Pyongyang", "Seoul", "New Delhi", "Canberra", "Manila",
          "Hanoi", "Bangkok", "Washington", "Paris", "Berlin", "London", "Teheran", "Riyadh", "Ankara",
          "Kairo", "Brasilia", "Ottawa", "Kyiv", "Vientiane", "Astana", "Kazan", "Jenewa", "Doha", "Bali"]
EVENTS = [("AGREE", "menandatangani"), ("CONSULT", "bertemu"), ("COOPERATE", "bekerja sama"),
          ("ACCUSE", "menuduh"), ("AID", "mengirim bantuan"), ("REQUEST", "mendesak"),
          ("REJECT", "menolak"), ("SUPPORT", "mendukung"), ("THREATEN", "mengancam"),
          ("SANCTION", "menjatuhkan sanksi"), ("ASSAULT", "menyerang"), ("PROTEST", "memprotes")]
OUTLETS = ["ANTARA", "Kompas", "detikcom", "Tempo", "CNN Indonesia", "Liputan6", "Republika", "Okezone"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


def build_project(path: Path, mentions: int, seed: int = 7) -> None:
    """Write the synthetic project straight through the tables (bulk inserts)."""
    rng = random.Random(seed)
    db.open_project(path, annotator="bench")
    outlets = [Outlet.create(name=name).id for name in OUTLETS]
    start = dt.date(2023, 1, 1)
    per_article = 4
    with database.atomic():
        for first in range(0, mentions // per_article, 500):
            articles, bodies, plans = [], [], []
            for n in range(first, min(first + 500, mentions // per_article)):
                published = start + dt.timedelta(days=rng.randrange(730))
                sentences, plan, at = [], [], 0
                for _ in range(per_article):
                    a, b = rng.sample(COUNTRIES, 2)
                    label, trigger = rng.choice(EVENTS)
                    place = rng.choice(PLACES)
                    day = published - dt.timedelta(days=rng.randrange(3))
                    when = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
                    sentence = f"{a} dan {b} {trigger} di {place} pada {when}. "
                    spans = [(a, "GPE", None), (b, "GPE", None), (trigger, label, None), (place, "GPE", None),
                             (when, "DATE", day.isoformat())]
                    for text, span_label, normalized in spans:
                        offset = sentence.index(text) + at
                        plan.append((offset, offset + len(text), text, span_label, normalized))
                    sentences.append(sentence)
                    at += len(sentence)
                body = "".join(sentences)
                articles.append({"uid": new_uid(), "outlet": rng.choice(outlets), "title": f"Artikel {n}",
                                 "body": body, "raw_text": body, "source_file": f"bench/{n}.txt",
                                 "content_hash": new_uid(), "published": published, "status": "new"})
                bodies.append(body)
                plans.append(plan)
            Article.insert_many(articles).execute()
            ids = [a.id for a in Article.select(Article.id).order_by(Article.id.desc()).limit(len(articles))]
            rows = []
            for article_id, plan in zip(reversed(ids), plans, strict=True):
                for s, e, text, label, normalized in plan:
                    kind = "entity" if label in ("GPE", "DATE") else "event"
                    rows.append({"uid": new_uid(), "article": article_id, "start": s, "end": e, "text": text,
                                 "label": label, "kind": kind, "origin": "auto", "state": "suggested",
                                 "normalized": normalized})
            for at in range(0, len(rows), 900):
                Mention.insert_many(rows[at:at + 900]).execute()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--scans", type=int, default=5, help="full-scan baseline queries")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kliping_bench_") as tmp:
        path = Path(tmp) / "bench.kliping"
        began = time.perf_counter()
        build_project(path, args.mentions)
        print(f"synthetic project: {args.mentions:,} event mentions in {time.perf_counter() - began:.1f} s")
        began = time.perf_counter()
        index = LinkIndex.build()
        print(f"index built from the project: {len(index):,} mentions in {time.perf_counter() - began:.1f} s")
        rng = random.Random(11)
        profiles = index.all_profiles()
        queries = rng.sample(profiles, min(args.queries, len(profiles)))
        timings, found = [], []
        for profile in queries:
            began = time.perf_counter()
            ranked = index.rank(profile.uid)
            timings.append((time.perf_counter() - began) * 1000)
            found.append(len(ranked))
        scans = []
        for profile in queries[: args.scans]:
            began = time.perf_counter()
            scored = sorted((score_pair(profile, other).value for other in profiles
                             if other.article != profile.article), reverse=True)[:8]
            scans.append((time.perf_counter() - began) * 1000)
            assert scored
        median, p95 = statistics.median(timings), percentile(timings, 0.95)
        scan = statistics.median(scans)
        print(f"rank one mention (index): median {median:.1f} ms, p95 {p95:.1f} ms, "
              f"max {max(timings):.1f} ms; {statistics.mean(found):.1f} candidates on average")
        print(f"full scan baseline: median {scan:.0f} ms  ->  index is {scan / median:.0f}x faster")
        print(f"target < 100 ms at {args.mentions:,} mentions: {'met' if p95 < 100 else 'NOT met'}")
        db.close_project()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
