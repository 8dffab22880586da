"""Save the built-in pipeline to a directory: python -m nlp.build_model OUT_DIR [--lang id|en]."""

from __future__ import annotations

import argparse
from pathlib import Path

from nlp.pipeline import SUPPORTED_LANGUAGES, build_pipeline


def build_model(out_dir: Path, lang: str = "id") -> Path:
    """Write the pipeline with nlp.to_disk; spacy.load reads it once nlp.pipeline is imported."""
    nlp = build_pipeline(lang)
    nlp.meta["name"] = f"kliping_{lang}"
    nlp.meta["description"] = "Kliping gazetteer, date, person, event and role suggestions"
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out_dir)
    return out_dir


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--lang", default="id", choices=SUPPORTED_LANGUAGES)
    args = parser.parse_args(argv)
    print(build_model(args.out_dir, args.lang))


if __name__ == "__main__":
    main()
