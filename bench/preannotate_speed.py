"""Pre-annotation speed on 1,000 articles, against tokenising alone (the floor any pipeline pays).

Run: .venv/bin/python bench/preannotate_speed.py [N] [ROUNDS]     target: >= 20 articles per second
"""

from __future__ import annotations

import statistics
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


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    bodies = _bodies(count)
    chars = sum(map(len, bodies))
    started = time.perf_counter()
    load_pipeline("id")
    list(annotate(bodies[:5], lang="id"))  # the statistical model loads on its first document
    load_s = time.perf_counter() - started
    tokenizer = spacy.blank("id").tokenizer
    rates, floor_rates, spans = [], [], 0
    # Interleaved rounds: the machine is shared, so both measures see the same load.
    for _ in range(rounds):
        started = time.perf_counter()
        spans = sum(len(a.spans) for a in annotate(bodies, lang="id"))
        rates.append(count / (time.perf_counter() - started))
        started = time.perf_counter()
        for body in bodies:
            tokenizer(body)
        floor_rates.append(count / (time.perf_counter() - started))
    median, p5 = statistics.median(rates), _percentile(rates, 0.05)
    floor = statistics.median(floor_rates)
    print(f"{count:,} articles x {rounds} rounds, {chars / count:,.0f} characters each on average")
    print(f"loading the pipeline:     {load_s:6.2f} s (once per process)")
    print(f"pre-annotation:           median {median:7.1f} articles/s, slowest 5% {p5:7.1f} "
          f"({spans:,} spans)")
    print(f"baseline, tokenizer only: median {floor:7.1f} articles/s")
    print(f"pipeline costs {floor / median:.1f}x tokenising; target 20 articles/s: "
          f"{'met' if p5 >= 20 else 'NOT met'} at the slowest 5% ({p5 / 20:.1f}x)")


if __name__ == "__main__":
    main()
