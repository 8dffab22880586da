"""How long the real window takes to switch articles and apply one edit, on a very long article.

Builds a temporary project with two 50,000-character articles of 2,000 suggested spans each, opens
it in MainWindow on the offscreen platform, and times (including the repaint that follows):
article switch, add span (select text + label key, as a user does), relabel (label key on a selected
span), delete (Del), and undo (Ctrl+Z). Prints median and max in milliseconds against a 50 ms target.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/review_latency.py [REPEATS] [--profile OP]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGET_MS = 50.0
CHARS = 50_000
SPANS = 2_000
WORDS = ("Presiden", "Joko", "Widodo", "bertemu", "Perdana", "Menteri", "Jepang", "di", "Tokyo",
         "pada", "Senin", "pagi", "untuk", "membahas", "kerja", "sama", "ekonomi", "kedua", "negara.")
LABELS = ("PERSON", "GPE", "ORG", "DATE", "LOC")


@dataclass(frozen=True)
class Suggestion:
    start: int
    end: int
    label: str
    kind: str = "entity"
    normalized: str | None = None


def long_article(seed: int) -> tuple[str, list[Suggestion], list[tuple[int, int]]]:
    """A body of CHARS characters, SPANS one-token suggestions spread over it, and the free tokens."""
    words: list[str] = []
    length = 0
    i = seed
    while length < CHARS:
        word = WORDS[i % len(WORDS)]
        words.append(word)
        length += len(word) + 1
        i += 1
    body = " ".join(words)[:CHARS].rstrip() + "."
    bounds: list[tuple[int, int]] = []
    position = 0
    for word in words:
        if position + len(word) > len(body) - 1:
            break
        bounds.append((position, position + len(word)))
        position += len(word) + 1
    step = len(bounds) / SPANS
    chosen = {int(k * step) for k in range(SPANS)}
    suggestions = [Suggestion(s, e, LABELS[k % len(LABELS)])
                   for k, (s, e) in enumerate(b for j, b in enumerate(bounds) if j in chosen)]
    free = [b for j, b in enumerate(bounds) if j not in chosen and j - 1 not in chosen
            and j + 1 not in chosen]
    return body, suggestions, free


def measure(name: str, action: Callable[[], object], repeats: int,
            results: dict[str, list[float]]) -> None:
    from PySide6.QtWidgets import QApplication

    times: list[float] = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        QApplication.processEvents()  # the repaint is part of what the annotator waits for
        times.append((time.perf_counter() - start) * 1000)
    results[name] = times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("repeats", nargs="?", type=int, default=15)
    parser.add_argument("--profile", choices=("switch", "add", "relabel", "delete", "undo"),
                        help="print a cProfile of this operation instead of timing all")
    args = parser.parse_args()

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop.app import application
    from desktop.main_window import MainWindow
    from models import articles, db, spans
    from models.articles import NewArticle

    app = application()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["KLIPING_CONFIG_DIR"] = folder  # leave the user's settings alone
        path = db.open_project(Path(folder) / "latency.kliping", annotator="bench")
        free: list[list[tuple[int, int]]] = []
        for seed in (0, 7):
            body, suggestions, tokens = long_article(seed)
            articles.add_articles([NewArticle(body=body, raw_text=body, source_file=f"long{seed}.txt",
                                              title=f"Long article {seed}", spans=suggestions)])
            free.append(tokens)
        window = MainWindow(path)
        window.resize(1400, 860)
        window.show()
        QTest.qWaitForWindowExposed(window)
        view = window.review.view
        first, second = (window.article_model.record(r).id for r in (0, 1))
        print(f"{len(body):,} characters, {len(suggestions):,} spans per article; "
              f"{args.repeats} repeats; target {TARGET_MS:.0f} ms")

        targets = iter([first, second] * args.repeats)
        window.open_article(first)
        spare = iter(free[0])
        added: list[str] = []

        def switch() -> None:
            window.open_article(next(targets))

        def add() -> None:
            start, end = next(spare)
            view.setFocus()
            view.select_range(start, end)
            QTest.keyClick(view, "o")  # ORG's hotkey, with text selected
            added.append(view.selected_span_id() or "")

        suggested = iter([s.id for s in spans.list_spans(first) if s.label != "GPE"])

        def relabel() -> None:
            view.select_span(next(suggested))
            QTest.keyClick(view, "g")  # GPE's hotkey, with a span selected

        to_delete = iter(added)

        def delete() -> None:
            view.select_span(next(to_delete))
            QTest.keyClick(view, Qt.Key.Key_Delete)

        def undo() -> None:
            QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

        operations = {"switch": switch, "add": add, "relabel": relabel, "delete": delete,
                      "undo": undo}
        results: dict[str, list[float]] = {}
        if args.profile:
            for name in ("switch", "add", "relabel", "delete"):
                if name == args.profile or (args.profile == "undo" and name != "switch"):
                    break
                measure(name, operations[name], args.repeats, results)
            if args.profile != "switch":
                window.open_article(first)
            profiler = cProfile.Profile()
            profiler.enable()
            measure(args.profile, operations[args.profile], args.repeats, results)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        else:
            measure("article switch", switch, args.repeats, results)
            window.open_article(first)
            for name in ("add", "relabel", "delete", "undo"):
                measure(name, operations[name], args.repeats, results)
            assert all(spans.get_span(uid).label == "ORG" for uid in added), "undo restored the adds"
        window.close()
        db.close_project()
    app.processEvents()

    print(f"{'operation':<16}{'median ms':>10}{'max ms':>10}{'median/target':>15}")
    for name, times in results.items():
        median = statistics.median(times)
        print(f"{name:<16}{median:>10.1f}{max(times):>10.1f}{median / TARGET_MS:>14.2f}x")


if __name__ == "__main__":
    main()
