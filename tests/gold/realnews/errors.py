"""Error analysis on the DEV part of the real-news set: what the import path gets wrong, page by page.

    .venv/bin/python tests/gold/realnews/errors.py [ID ...] [--label DATE] [--meta]

Only DEV pages are shown; TEST pages are never printed one by one (their totals are in `main.py scores`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from exports.real_news import load_pages  # noqa: E402
from exports.real_news_scores import load_texts, score_real_pages  # noqa: E402
from nlp.scoring import format_scores  # noqa: E402


def _context(raw: str, start: int, end: int) -> str:
    return (raw[max(0, start - 30):start] + "[" + raw[start:end] + "]" + raw[end:end + 30]).replace("\n", "⏎")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ids", nargs="*")
    parser.add_argument("--label", help="only spans of this label")
    parser.add_argument("--meta", action="store_true", help="only the metadata errors")
    parser.add_argument("--body", action="store_true", help="print the cleaned bodies too")
    args = parser.parse_args(argv)
    pages = [p for p in load_pages() if p.split == "dev" and (not args.ids or p.id in args.ids)]
    texts = load_texts(pages)
    pages = [p for p in pages if p.id in texts]
    result = score_real_pages(pages, texts)
    print(format_scores(result.scores))
    print(*result.metadata.lines(), sep="\n")
    for line in result.metadata.wrong:
        print("  META", line)
    if args.meta:
        return 0
    for pair in result.pairs:
        raw = texts[pair.name]
        gold = {(s.start, s.end, s.label) for s in pair.gold}
        predicted = {(s.start, s.end, s.label) for s in pair.predicted}
        print(f"\n===== {pair.name}")
        if args.body:
            print(result.bodies[pair.name])
        for kind, spans in (("MISSED", gold - predicted), ("WRONG ", predicted - gold)):
            for start, end, label in sorted(spans):
                if args.label and label != args.label:
                    continue
                print(f"  {kind} {label:<9} {_context(raw, start, end)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
