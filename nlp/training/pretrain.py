"""Pretrain the NER's tok2vec on the corpora's own train sentences (spacy pretrain, characters objective).

python -m nlp.training.pretrain --out DIR [--corpora all] [--epochs N]

The raw text is the train and dev sentences of the corpora (never a test sentence: convert drops those),
written as JSONL into a work directory outside the repository; the weights (DIR/model-last.bin) then go to
``python -m nlp.training.train_ner --init-tok2vec DIR/model-last.bin``. The pretraining config is
ner_config.cfg filled with spaCy's pretraining defaults (same tok2vec, so the weights fit).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from nlp.training.convert import ALL_CORPORA, CORPORA, DATA_DIR, convert
from nlp.training.train_ner import CONFIG, PRETRAIN_CONFIG


def filled_config(work: Path) -> Path:
    """ner_config.cfg with a complete [pretraining] block (needed both to pretrain and to load weights)."""
    out = work / PRETRAIN_CONFIG
    command = [sys.executable, "-m", "spacy", "init", "fill-config", str(CONFIG), str(out), "--pretraining"]
    subprocess.run(command, check=True, capture_output=True)
    return out


def raw_text(data: Path, out: Path) -> int:
    """Train and dev sentences of the converted corpora as spaCy raw-text JSONL; returns the count."""
    nlp = spacy.blank("id")
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for split in ("train", "dev"):
            for doc in DocBin().from_disk(data / f"all-{split}.spacy").get_docs(nlp.vocab):
                handle.write(json.dumps({"text": doc.text}, ensure_ascii=False) + "\n")
                count += 1
    return count


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--corpora", choices=("base", "all"), default="all")
    parser.add_argument("--exclude", nargs="*", default=[])
    parser.add_argument("--epochs", type=int, default=20)
    args = parser.parse_args(argv)
    pool = ALL_CORPORA if args.corpora == "all" else CORPORA
    selected = tuple(c for c in pool if c.name not in args.exclude)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kliping_pretrain_") as tmp:
        work = Path(tmp)
        convert(work / "data", DATA_DIR, selected)
        sentences = raw_text(work / "data", work / "raw.jsonl")
        config = filled_config(work)
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / PRETRAIN_CONFIG).write_text(config.read_text(encoding="utf-8"), encoding="utf-8")
        subprocess.run(
            [sys.executable, "-m", "spacy", "pretrain", str(config), str(args.out),
             "--paths.raw_text", str(work / "raw.jsonl"), "--pretraining.max_epochs", str(args.epochs)],
            check=True,
        )
    print(f"pretrained on {sentences} sentences in {(time.monotonic() - started) / 60:.1f} min: {args.out}")


if __name__ == "__main__":
    main()
