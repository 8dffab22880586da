"""Pre-annotation speed on 1,000 articles, against tokenising alone (the floor any pipeline pays).

Run: .venv/bin/python bench/preannotate_speed.py [N]     target: >= 20 articles per second
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import spacy  # noqa: E402

from nlp.cleaning import clean_article  # noqa: E402
from nlp.pipeline import annotate, load_pipeline  # noqa: E402


def _bodies(count: int) -> list[str]:
    texts = [clean_article(p.read_text(encoding="utf-8"), p.name).body
             for p in sorted((REPO / "samples").glob("*.txt"))]
    return [texts[i % len(texts)] for i in range(count)]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    bodies = _bodies(count)
    chars = sum(map(len, bodies))
    started = time.perf_counter()
    load_pipeline("id")
    load_s = time.perf_counter() - started

    started = time.perf_counter()
    spans = sum(len(a.spans) for a in annotate(bodies, lang="id"))
    pipeline_s = time.perf_counter() - started

    tokenizer = spacy.blank("id").tokenizer
    started = time.perf_counter()
    for body in bodies:
        tokenizer(body)
    tokenize_s = time.perf_counter() - started

    rate = count / pipeline_s
    print(f"{count:,} articles, {chars / count:,.0f} characters each on average")
    print(f"loading the pipeline:     {load_s:6.2f} s (once per process)")
    print(f"pre-annotation:           {pipeline_s:6.2f} s  {rate:8.1f} articles/s  {spans:,} spans")
    print(f"baseline, tokenizer only: {tokenize_s:6.2f} s  {count / tokenize_s:8.1f} articles/s")
    print(f"pipeline costs {pipeline_s / tokenize_s:.1f}x tokenising; target 20 articles/s: "
          f"{'met' if rate >= 20 else 'NOT met'} ({rate / 20:.1f}x)")


if __name__ == "__main__":
    main()
