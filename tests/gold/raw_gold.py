"""Building a gold.jsonl from raw article files and hand-listed spans: shared by the "unseen" gold sets.

Each set's make_gold.py lists its ARTICLES (meta, boilerplate lines, and items as (surface text, label,
kind, occurrence)) and calls write_gold; the checks and the review printout are the same for every set.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from itertools import pairwise
from pathlib import Path

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "DATE"}
EVENT_LABELS = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "REJECT", "THREATEN",
                "SANCTION", "ASSAULT", "ACCUSE", "CONCEDE", "RETREAT", "PROTEST", "MOBILIZE", "COERCE"}


def _occurrences(raw: str, text: str) -> list[int]:
    pat = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
    return [m.start() for m in pat.finditer(raw)]


def _boiler_ranges(raw: str, lines: list[str], name: str) -> list[tuple[int, int]]:
    ranges = []
    for line in lines:
        hits = [m.start() for m in re.finditer(r"(?m)^" + re.escape(line) + r"$", raw)]
        if not hits:
            raise ValueError(f"{name}: boilerplate line not found: {line!r}")
        ranges += [(h, h + len(line)) for h in hits]
    return ranges


def build(folder: Path, name: str, art: dict) -> tuple[dict, str]:
    """One article's gold record from its raw file, checked; and its review text."""
    raw = (folder / name).read_text(encoding="utf-8")
    head = raw.find(art["title"] + "\n")
    if head < 0:
        raise ValueError(f"{name}: headline not found")
    boiler = _boiler_ranges(raw, art["boiler"], name)
    spans, last = [], -1
    for text, label, kind, occ in art["items"]:
        want = "entity" if label in ENTITY_LABELS else "event" if label in EVENT_LABELS else None
        if want != kind:
            raise ValueError(f"{name}: bad label/kind {text!r} {label} {kind}")
        occs = _occurrences(raw, text)
        if occ < 1 or occ > len(occs):
            raise ValueError(f"{name}: occurrence {occ} of {text!r} not found ({len(occs)} in file)")
        start = occs[occ - 1]
        end = start + len(text)
        if start < head:
            raise ValueError(f"{name}: {text!r}#{occ} lies before the headline")
        if any(b <= start < e for b, e in boiler):
            raise ValueError(f"{name}: {text!r}#{occ} lies in a boilerplate line")
        if start <= last:
            raise ValueError(f"{name}: {text!r}#{occ} is out of text order")
        last = start
        assert raw[start:end] == text
        spans.append({"raw_start": start, "raw_end": end, "text": text, "label": label, "kind": kind})
    for kind in ("entity", "event"):
        layer = sorted((s for s in spans if s["kind"] == kind), key=lambda s: s["raw_start"])
        for a, b in pairwise(layer):
            if b["raw_start"] < a["raw_end"]:
                raise ValueError(f"{name}: overlapping {kind} spans {a['text']!r} / {b['text']!r}")
    record = {"text": None,
              "meta": {"source_file": name, "outlet": art["outlet"], "published": art["published"],
                       "title": art["title"], "authors": art["authors"]},
              "spans": spans}
    return record, _review(raw, spans, head, boiler)


def _mark(raw: str, spans: list[dict]) -> str:
    out, pos = [], 0
    for s in sorted(spans, key=lambda s: s["raw_start"]):
        out.append(raw[pos:s["raw_start"]])
        out.append(f"[{s['text']}|{s['label']}]")
        pos = s["raw_end"]
    out.append(raw[pos:])
    return "".join(out)


def _review(raw: str, spans: list[dict], head: int, boiler: list[tuple[int, int]]) -> str:
    ents = [s for s in spans if s["kind"] == "entity"]
    evs = [s for s in spans if s["kind"] == "event"]
    text = "--- entities\n" + _mark(raw, ents)[head:] + "\n--- events\n" + _mark(raw, evs)[head:]
    # occurrences of annotated surface texts (outside menus/boilerplate) that carry no span of their own
    taken = [(s["raw_start"], s["raw_end"]) for s in spans]
    missed = []
    for t in sorted({s["text"] for s in spans}):
        for o in _occurrences(raw, t):
            if o < head or any(b <= o < e for b, e in boiler):
                continue
            if not any(a <= o < b for a, b in taken):
                missed.append(f"  unannotated: {t!r} at {o}: ...{raw[max(0, o - 30):o + len(t) + 30]!r}...")
    return text + ("\n" + "\n".join(missed) if missed else "")


def write_gold(articles: dict[str, dict], folder: Path) -> None:
    """Write folder/gold.jsonl from the articles' items, printing each body marked up for review."""
    records, labels, kinds = [], Counter(), Counter()
    for name, art in articles.items():
        record, review = build(folder, name, art)
        records.append(record)
        n_ent = sum(s["kind"] == "entity" for s in record["spans"])
        print(f"===== {name} ({art['outlet']}): {n_ent} entities, {len(record['spans']) - n_ent} events")
        print(review)
        labels.update(s["label"] for s in record["spans"])
        kinds.update(s["kind"] for s in record["spans"])
    (folder / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    print("\n===== totals", dict(kinds))
    print("entities:", {k: v for k, v in sorted(labels.items()) if k in ENTITY_LABELS})
    print("events:  ", {k: v for k, v in sorted(labels.items()) if k in EVENT_LABELS})
