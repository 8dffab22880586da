"""Check the cached real-news texts against the sha256s of the gold, and say how to fetch what is missing.

    python tests/gold/realnews/check_cache.py [--cache DIR]     # exit 1 when a text is missing or changed
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from exports.real_news import cache_dir, check_cache, load_pages  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None, help=f"default: {cache_dir()}")
    args = parser.parse_args(argv)
    report = check_cache(load_pages(), args.cache)
    print(report.summary(args.cache))
    return 1 if report.missing or report.changed else 0


if __name__ == "__main__":
    sys.exit(main())
