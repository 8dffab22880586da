"""Build gold.jsonl of the real-news set from the hand-written articles/<id>.json and the cached texts.

    python tests/gold/realnews/build.py                 # check every article, write gold.jsonl
    python tests/gold/realnews/build.py --review ID...  # also print those articles with [span|LABEL]
    python tests/gold/realnews/build.py --lines ID      # print a cached text with line numbers

Each articles/<id>.json holds: url, query (what found it in the search tool's pages corpus), lang,
topic, meta (outlet, title, published, time, authors: what the page states, else null / []), chrome
(1-based line numbers of site-chrome lines: menus, "Baca juga", share widgets, ads, copyright, tags),
and spans: [text, LABEL] pairs in text order, or null for metadata-only gold. Each pair is placed at
the next whole-word, case-sensitive occurrence of its text at or after the previous span's start,
skipping chrome lines; a third element n skips n further occurrences. The sha256 of the cached text
is written into the article file on first build and checked on every build after.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from exports.real_news import cache_dir, text_sha256  # noqa: E402

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "DATE"}
EVENT_LABELS = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "REJECT", "THREATEN",
                "SANCTION", "ASSAULT", "ACCUSE", "CONCEDE", "RETREAT", "PROTEST", "MOBILIZE", "COERCE"}
TOPICS = {"politics", "law", "economy", "disaster", "security", "health", "environment", "foreign",
          "society", "sports", "technology", "education"}


class GoldError(ValueError):
    pass


def _line_ranges(raw: str) -> list[tuple[int, int]]:
    ranges, pos = [], 0
    for line in raw.split("\n"):
        ranges.append((pos, pos + len(line)))
        pos += len(line) + 1
    return ranges


def split_of(url: str) -> str:
    """DEV or TEST, fixed by the url alone, so adding pages never moves one."""
    return "dev" if int(text_sha256(url.encode("utf-8"))[:8], 16) % 2 == 0 else "test"


def place_spans(raw: str, items: list, chrome: list[tuple[int, int]], name: str) -> list[dict]:
    spans: list[dict] = []
    cursor = 0
    for item in items:
        if not isinstance(item, list) or len(item) not in (2, 3):
            raise GoldError(f"{name}: a span must be [text, LABEL] or [text, LABEL, skip]: {item!r}")
        text, label = item[0], item[1]
        skip = item[2] if len(item) == 3 else 0
        if label in ENTITY_LABELS:
            kind = "entity"
        elif label in EVENT_LABELS:
            kind = "event"
        else:
            raise GoldError(f"{name}: unknown label {label!r} for {text!r}")
        if not text or text != text.strip():
            raise GoldError(f"{name}: span text {text!r} is empty or has outer spaces")
        pattern = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
        found = None
        for match in pattern.finditer(raw, cursor):
            if any(a <= match.start() < b for a, b in chrome):
                continue
            if skip:
                skip -= 1
                continue
            found = match
            break
        if found is None:
            context = raw[cursor:cursor + 60].replace("\n", "⏎")
            raise GoldError(f"{name}: {text!r} ({label}) not found after offset {cursor} "
                              f"(text there: {context!r}); check the order and the spelling")
        spans.append({"start": found.start(), "end": found.end(), "text": text, "label": label,
                      "kind": kind})
        cursor = found.start() + 1
    for kind in ("entity", "event"):
        layer = sorted((s for s in spans if s["kind"] == kind), key=lambda s: s["start"])
        for a, b in pairwise(layer):
            if b["start"] < a["end"]:
                raise GoldError(f"{name}: overlapping {kind} spans {a['text']!r} and {b['text']!r}")
    return spans


def check_meta(meta: dict, raw: str, name: str) -> dict:
    keys = {"outlet", "title", "published", "time", "authors"}
    if set(meta) != keys:
        raise GoldError(f"{name}: meta must have exactly {sorted(keys)}")
    if meta["title"] is not None and meta["title"] not in raw:
        raise GoldError(f"{name}: title {meta['title']!r} is not in the text")
    if meta["published"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]):
        raise GoldError(f"{name}: published must be YYYY-MM-DD or null")
    if meta["time"] is not None and not re.fullmatch(r"\d{2}:\d{2}", meta["time"]):
        raise GoldError(f"{name}: time must be HH:MM or null")
    if not isinstance(meta["authors"], list):
        raise GoldError(f"{name}: authors must be a list")
    for author in meta["authors"]:
        if author not in raw:
            raise GoldError(f"{name}: author {author!r} is not in the text")
    return meta


def build_one(path: Path, folder: Path) -> tuple[dict, str]:
    name = path.stem
    article = json.loads(path.read_text(encoding="utf-8"))
    text_path = folder / f"{name}.txt"
    if not text_path.is_file():
        raise GoldError(f"{name}: no cached text at {text_path}")
    data = text_path.read_bytes()
    sha = text_sha256(data)
    if "sha256" not in article:
        article["sha256"] = sha
        path.write_text(json.dumps(article, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    elif article["sha256"] != sha:
        raise GoldError(f"{name}: the cached text's sha256 differs from the one the gold was made on")
    raw = data.decode("utf-8")
    for key in ("url", "query", "lang", "topic", "meta", "chrome", "spans"):
        if key not in article:
            raise GoldError(f"{name}: missing {key!r}")
    if article["lang"] not in ("id", "en"):
        raise GoldError(f"{name}: lang must be id or en")
    if article["topic"] not in TOPICS:
        raise GoldError(f"{name}: topic must be one of {sorted(TOPICS)}")
    lines = _line_ranges(raw)
    chrome = []
    for number in article["chrome"]:
        if not isinstance(number, int) or not 1 <= number <= len(lines):
            raise GoldError(f"{name}: chrome line {number!r} is not a line of the text (1-{len(lines)})")
        chrome.append(lines[number - 1])
    meta = check_meta(article["meta"], raw, name)
    spans = None if article["spans"] is None else place_spans(raw, article["spans"], chrome, name)
    record = {"id": name, "url": article["url"], "query": article["query"], "sha256": sha,
              "split": split_of(article["url"]), "lang": article["lang"], "topic": article["topic"],
              "meta": meta, "chrome": [list(r) for r in chrome], "spans": spans}
    return record, review(raw, spans or [], chrome)


def review(raw: str, spans: list[dict], chrome: list[tuple[int, int]]) -> str:
    out, pos = [], 0
    for span in sorted((s for s in spans if s["kind"] == "entity"), key=lambda s: s["start"]):
        out += [raw[pos:span["start"]], f"[{span['text']}|{span['label']}]"]
        pos = span["end"]
    out.append(raw[pos:])
    marked = "".join(out)
    events = " ".join(f"{s['text']}|{s['label']}" for s in spans if s["kind"] == "event")
    text_lines = []
    chrome_starts = {a for a, _ in chrome}
    offset = 0
    for line in raw.split("\n"):
        text_lines.append("✂ " if offset in chrome_starts else "  ")
        offset += len(line) + 1
    marked_lines = [flag + line for flag, line in zip(text_lines, marked.split("\n"), strict=False)]
    missed = []
    taken = {(s["start"], s["end"]) for s in spans}
    for text in sorted({s["text"] for s in spans if s["kind"] == "entity"}):
        for match in re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", raw):
            inside = any(s["start"] <= match.start() < s["end"] for s in spans if s["kind"] == "entity")
            in_chrome = any(a <= match.start() < b for a, b in chrome)
            if (match.start(), match.end()) not in taken and not inside and not in_chrome:
                missed.append(f"{text!r}@{match.start()}")
    return "\n".join([*marked_lines, "", "EVENTS: " + events,
                      "UNANNOTATED OCCURRENCES: " + (", ".join(missed) or "none")])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--review", nargs="*", default=[])
    parser.add_argument("--lines")
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args(argv)
    folder = args.cache or cache_dir()
    if args.lines:
        text = (folder / f"{args.lines}.txt").read_text(encoding="utf-8")
        for number, line in enumerate(text.split("\n"), start=1):
            print(f"{number:3} {line}")
        return 0
    records, problems = [], []
    for path in sorted((HERE / "articles").glob("*.json")):
        try:
            record, text = build_one(path, folder)
        except (GoldError, json.JSONDecodeError, KeyError) as exc:
            problems.append(f"{path.name}: {exc}")
            continue
        records.append(record)
        if path.stem in args.review:
            print(f"===== {path.stem} ({record['split']})\n{text}\n")
    for problem in problems:
        print("PROBLEM", problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} article(s) have problems; gold.jsonl not written", file=sys.stderr)
        return 1
    (HERE / "gold.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    outlets = Counter(re.sub(r"^www\.", "", r["url"].split("/")[2]) for r in records)
    with_spans = [r for r in records if r["spans"] is not None]
    print(f"{len(records)} pages ({sum(r['lang'] == 'en' for r in records)} English), "
          f"{len(outlets)} sites, topics {dict(Counter(r['topic'] for r in records))}")
    for split in ("dev", "test"):
        part = [r for r in with_spans if r["split"] == split]
        print(f"{split}: {sum(r['split'] == split for r in records)} pages, {len(part)} with span gold, "
              f"{sum(len(r['spans']) for r in part)} spans")
    return 0


if __name__ == "__main__":
    sys.exit(main())
