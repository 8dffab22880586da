"""Ranking the link candidates of one event mention among 100,000: the index against a full scan.

    .venv/bin/python bench/link_ranking.py [--mentions 100000] [--queries 200] [--scans 3] [--profile]

Writes a synthetic project file (SQLite, through the schema the app opens): four event mentions an
article, each with two participants, a place and a date in its sentence; about half the event mentions
report an event another article already reported, 40% of such events have a card with most of their
reports linked, and some mentions have rejected candidates and near-duplicate articles. As the window
does, then:

- builds exports.link_index.LinkIndex from the project file (the bulk read into the blocking index),
- times LinkIndex.candidate_rows(uid) on random event mentions: what the candidate list calls on every
  selection (blocking, scoring, card grouping, the rejected candidates and card rows read from the file),
- times LinkIndex.rank(uid) (the ranking alone, rejected candidates read) and the blocking alone,
- as the baseline in the same run, ranks the same mentions by a full scan: rank_candidates over every
  mention, no blocking (same scoring and card grouping). A full scan takes seconds at 100,000 mentions,
  so it runs on the first --scans queries only; the ratio compares medians.

Target (issue 5): ranking one mention's candidates among 100,000 event mentions under 100 ms (p95).
Figures are measurements, not assertions; they vary with the machine and its load.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import pstats
import random
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from exports.link_index import LinkIndex
from models import db, links
from models.schema import (
    Article,
    ArticleRelation,
    BaseModel,
    Cluster,
    Mention,
    Outlet,
    RejectedCandidate,
    database,
)
from nlp.linking.profiles import EventProfile
from nlp.linking.ranking import rank_candidates

TARGET_MS = 100.0
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
PER_ARTICLE = 4
REPORTED_AGAIN = 0.5  # share of event mentions that report an event another article already reported
CARDED = 0.4  # share of events reported more than once that have a card
LINKED = 0.75  # share of a carded event's reports linked to its card (the rest wait to be ranked)
REJECTING = 0.05  # share of event mentions with rejected candidates
NEAR_DUPLICATES = 0.01  # share of articles in a near-duplicate pair


def _uid(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


def insert(model: type[BaseModel], rows: list[dict]) -> None:
    """Bulk insert with sqlite3's executemany (peewee's insert_many spends minutes building SQL here).

    Rows name fields; missing ones take the field's default, computed once per call, so unique
    fields (uid) must be given.
    """
    if not rows:
        return
    fields = model._meta.sorted_fields
    defaults = {f.name: f.default() if callable(f.default) else f.default for f in fields}
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join("?" * len(fields))
    values = [tuple(f.db_value(row.get(f.name, defaults[f.name])) for f in fields) for row in rows]
    database.cursor().executemany(f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})',
                                  values)


def _plan(rng: random.Random, articles: int) -> tuple[list[tuple], list[tuple[dt.date, list[int]]]]:
    """Events (a, b, label, trigger, place, day), and per article its publication date and events."""
    start = dt.date(2023, 1, 1)
    events: list[tuple] = []
    by_day: dict[dt.date, list[int]] = {}
    plan = []
    for _ in range(articles):
        published = start + dt.timedelta(days=rng.randrange(730))
        told = []
        for _ in range(PER_ARTICLE):
            day = published - dt.timedelta(days=rng.randrange(3))
            earlier = [e for e in by_day.get(day, []) if e not in told]
            if earlier and rng.random() < REPORTED_AGAIN:
                told.append(rng.choice(earlier))
                continue
            a, b = rng.sample(COUNTRIES, 2)
            label, trigger = rng.choice(EVENTS)
            events.append((a, b, label, trigger, rng.choice(PLACES), day))
            by_day.setdefault(day, []).append(len(events) - 1)
            told.append(len(events) - 1)
        plan.append((published, told))
    return events, plan


def build_project(path: Path, mentions: int, seed: int = 7) -> dict[str, int]:
    """Write the synthetic project (bulk inserts, 500 articles at a time); returns what it holds."""
    rng = random.Random(seed)
    articles = mentions // PER_ARTICLE
    events, plan = _plan(rng, articles)
    reports = Counter(e for _, told in plan for e in told)
    cards = {e: n for n, e in enumerate(
        (e for e in range(len(events)) if reports[e] > 1 and rng.random() < CARDED), start=1)}
    db.open_project(path, annotator="bench")
    outlets = [Outlet.create(name=name).id for name in OUTLETS]
    counts = Counter(articles=articles, events=len(events), cards=len(cards))
    events_written: list[tuple[int, str]] = []  # (mention id, uid) of each event mention
    mention_id = 0
    with database.atomic():
        insert(Cluster, [{"id": n, "uid": _uid(rng), "title": f"{events[e][2]} {events[e][0]} {events[e][1]}",
                          "event_type": events[e][2], "date": events[e][5], "place": events[e][4],
                          "participants": json.dumps(events[e][:2])} for e, n in cards.items()])
        for first in range(0, articles, 500):
            article_rows, rows = [], []
            for article_id in range(first + 1, min(first + 500, articles) + 1):
                published, told = plan[article_id - 1]
                sentences, at = [], 0
                for e in told:
                    a, b, label, trigger, place, day = events[e]
                    if rng.random() < 0.5:
                        a, b = b, a
                    when = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
                    sentence = f"{a} dan {b} {trigger} di {place} pada {when}. "
                    card = cards.get(e) if rng.random() < LINKED else None
                    counts["linked"] += card is not None
                    for text, span_label, normalized in ((a, "GPE", None), (b, "GPE", None),
                                                         (trigger, label, None), (place, "GPE", None),
                                                         (when, "DATE", day.isoformat())):
                        offset = sentence.index(text) + at
                        mention_id += 1
                        uid = _uid(rng)
                        event = span_label == label
                        rows.append({"id": mention_id, "uid": uid, "article": article_id, "start": offset,
                                     "end": offset + len(text), "text": text, "label": span_label,
                                     "kind": "event" if event else "entity", "origin": "auto",
                                     "state": "suggested", "normalized": normalized,
                                     "cluster": card if event else None})
                        if event:
                            events_written.append((mention_id, uid))
                    sentences.append(sentence)
                    at += len(sentence)
                body = "".join(sentences)
                article_rows.append({"id": article_id, "uid": _uid(rng), "outlet": rng.choice(outlets),
                                     "title": f"Artikel {article_id}", "body": body, "raw_text": body,
                                     "source_file": f"bench/{article_id}.txt", "content_hash": _uid(rng),
                                     "published": published, "status": "new"})
            insert(Article, article_rows)
            insert(Mention, rows)
        card_uids = [uid for (uid,) in database.execute_sql("SELECT uid FROM cluster").fetchall()]
        event_uids = [uid for _, uid in events_written]
        rejected = []
        for mention, _ in events_written:
            if rng.random() < REJECTING:
                pool = card_uids if card_uids and rng.random() < 0.5 else event_uids
                rejected += [{"mention": mention, "target_uid": t} for t in rng.sample(pool, 2)]
        insert(RejectedCandidate, rejected)
        relations = [{"article_a": a, "article_b": a + 1, "kind": "near_duplicate", "score": 0.95}
                     for a in range(1, articles, 2) if rng.random() < NEAR_DUPLICATES]
        insert(ArticleRelation, relations)
    counts.update(mentions=len(events_written), rejected=len(rejected), near_duplicates=len(relations))
    return counts


class FullScan:
    """The baseline: every mention is a candidate (rank_candidates drops its own article and card)."""

    def __init__(self, profiles: list[EventProfile]) -> None:
        self.profiles = profiles

    def candidates(self, profile: EventProfile, limit: int = 0) -> list[EventProfile]:
        return self.profiles


def timed(call: Callable[[EventProfile], object], queries: list[EventProfile]) -> list[float]:
    found = []
    for profile in queries:
        began = time.perf_counter()
        call(profile)
        found.append((time.perf_counter() - began) * 1000)
    return found


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def spread(values: list[float], unit: str = " ms", digits: int = 1) -> str:
    shown = [f"{statistics.median(values):,.{digits}f}", f"{percentile(values, 0.95):,.{digits}f}",
             f"{max(values):,.{digits}f}"]
    return f"median {shown[0]}{unit}, p95 {shown[1]}{unit}, max {shown[2]}{unit}"


def rss_mb() -> float | None:
    """Resident memory now (Linux /proc), else None."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return pages * resource.getpagesize() / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100_000, help="event mentions in the project")
    parser.add_argument("--queries", type=int, default=200, help="mentions ranked through the index")
    parser.add_argument("--scans", type=int, default=3, help="of those, also ranked by a full scan")
    parser.add_argument("--profile", action="store_true", help="cProfile candidate_rows over the queries")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kliping_bench_") as tmp:
        path = Path(tmp) / "bench.kliping"
        began = time.perf_counter()
        held = build_project(path, args.mentions)
        print(f"synthetic project: {held['mentions']:,} event mentions ({held['events']:,} events) in "
              f"{held['articles']:,} articles, {held['cards']:,} cards ({held['linked']:,} mentions linked), "
              f"{held['rejected']:,} rejected candidates, {held['near_duplicates']:,} near-duplicate pairs; "
              f"{path.stat().st_size / 2**20:.0f} MB written in {time.perf_counter() - began:.1f} s")
        before = rss_mb()
        began = time.perf_counter()
        index = LinkIndex.build()
        built = time.perf_counter() - began
        after = rss_mb()
        memory = f", resident memory {before:.0f} -> {after:.0f} MB" if before and after else ""
        print(f"LinkIndex.build() from the project file: {len(index):,} mentions in {built:.1f} s{memory}")

        profiles = index.all_profiles()
        queries = random.Random(11).sample(profiles, min(args.queries, len(profiles)))
        blocked = [len(index.index.candidates(p, limit=len(profiles))) for p in queries]
        scored = [len(index.index.candidates(p)) for p in queries]
        print(f"candidates after blocking (type, date window, participants; own article left out): "
              f"{spread(blocked, '', 0)}; scored after the cap: {spread(scored, '', 0)} "
              f"(full scan: {len(profiles) - 1:,})")

        print(f"\nper query, {len(queries)} random event mentions, through the index:")
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
        rows = timed(lambda p: index.candidate_rows(p.uid), queries)
        if args.profile:
            profiler.disable()
        ranked = timed(lambda p: index.rank(p.uid), queries)
        blocking = timed(index.index.candidates, queries)
        print(f"  candidate_rows (what the candidate list calls): {spread(rows)}")
        print(f"  rank (ranking, rejected read from the file):    {spread(ranked)}")
        print(f"  blocking alone (CandidateIndex.candidates):     {spread(blocking)}")
        shown = [index.rank(p.uid) for p in queries]
        cards = statistics.mean(sum(c.kind == "card" for c in found) for found in shown)
        print(f"  {statistics.mean(len(found) for found in shown):.1f} candidates shown on average "
              f"({cards:.1f} of them cards)")

        scan = FullScan(profiles)
        sample = queries[: args.scans]
        full, same_top, overlap = [], 0, []
        for profile in sample:
            began = time.perf_counter()
            found = rank_candidates(profile, scan, rejected=links.rejected_for(profile.uid),
                                    near_duplicates=index.near_duplicates)
            full.append((time.perf_counter() - began) * 1000)
            mine = index.rank(profile.uid)
            same_top += bool(found and mine and found[0].uid == mine[0].uid)
            overlap.append(len({c.uid for c in found} & {c.uid for c in mine}) / max(1, len(found)))
        if full:
            print(f"\nfull scan baseline (rank_candidates over all {len(profiles):,} mentions, no blocking), "
                  f"on the first {len(sample)} of the {len(queries)} queries: {spread(full, ' ms', 0)}")
            ratio = statistics.median(full) / statistics.median(ranked)
            print(f"  index rank is {ratio:,.0f}x faster (median against median); same best candidate in "
                  f"{same_top}/{len(sample)}, top-8 overlap {statistics.mean(overlap):.0%}")

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
        print(f"\npeak resident memory of the run: {peak:.0f} MB")
        p95 = percentile(ranked, 0.95)
        print(f"target: rank p95 < {TARGET_MS:.0f} ms at {len(index):,} mentions: "
              f"{'met' if p95 < TARGET_MS else 'NOT met'} ({p95:.1f} ms); candidate_rows p95 "
              f"{percentile(rows, 0.95):.1f} ms")
        if args.profile:
            print()
            pstats.Stats(profiler).sort_stats("tottime").print_stats(20)
        db.close_project()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
