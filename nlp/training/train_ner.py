"""Train the statistical NER: python -m nlp.training.train_ner [--out nlp/models/ner_id] [--max-minutes N].

Converts both corpora (nlp.training.convert) into a temporary directory, trains tok2vec+ner from
ner_config.cfg on their train splits with early stopping on their dev splits (CPU), then scores the
best model on BOTH test splits and writes it with kliping_training.json next to it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import nullcontext
from datetime import date
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import DocBin
from spacy.training import Example
from spacy.training.initialize import init_nlp
from spacy.training.loop import create_train_batches, train_while_improving
from spacy.util import load_config, resolve_dot_names

from nlp.training.convert import CORPORA, DATA_DIR, LABEL_MAP, LOC_HEADS, convert

CONFIG = Path(__file__).resolve().parent / "ner_config.cfg"
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "models" / "ner_id"
METADATA = "kliping_training.json"


def _examples(nlp: Language, path: Path) -> list[Example]:
    docs = DocBin().from_disk(path).get_docs(nlp.vocab)
    return [Example(nlp.make_doc(doc.text), doc) for doc in docs]


def evaluate(nlp: Language, path: Path) -> dict[str, Any]:
    """Micro and per-label precision, recall and F1 of nlp's entities on a DocBin."""
    scores = nlp.evaluate(_examples(nlp, path))
    return {
        "micro": {"p": scores["ents_p"], "r": scores["ents_r"], "f": scores["ents_f"]},
        "per_label": scores["ents_per_type"],
        "sentences": sum(1 for _ in DocBin().from_disk(path).get_docs(nlp.vocab)),
    }


# progress(step, best dev F1) after each evaluation; cancelled() stops early, keeping the best so far.
Progress = Callable[[int, float], None]


def train(
    work: Path, max_minutes: float, best_dir: Path, *, progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None, max_steps: int | None = None,
) -> tuple[Language, dict[str, Any]]:
    """Train until dev F1 stops improving (config patience), max_steps or max_minutes; keep the best."""
    overrides: dict[str, Any] = {
        "paths.train": str(work / "all-train.spacy"), "paths.dev": str(work / "all-dev.spacy"),
    }
    if max_steps is not None:
        overrides["training.max_steps"] = max_steps
        overrides["training.eval_frequency"] = max(1, min(200, max_steps // 2))
    config = load_config(CONFIG, overrides=overrides, interpolate=False)
    nlp = init_nlp(config)
    resolved = nlp.config.interpolate()
    t = spacy.registry.resolve(resolved["training"])
    train_corpus, dev_corpus = resolve_dot_names(resolved, [t["train_corpus"], t["dev_corpus"]])
    optimizer = t["optimizer"]
    evaluate_dev = _dev_scorer(nlp, dev_corpus)
    steps = train_while_improving(
        nlp,
        optimizer,
        create_train_batches(nlp, train_corpus, t["batcher"], t["max_epochs"]),
        evaluate_dev,
        dropout=t["dropout"],
        accumulate_gradient=t["accumulate_gradient"],
        patience=t["patience"],
        max_steps=t["max_steps"],
        eval_frequency=t["eval_frequency"],
        exclude=[],
        annotating_components=[],
        before_update=None,
    )
    started = time.monotonic()
    best = {"dev_f": -1.0, "step": 0, "epoch": 0}
    info: dict[str, Any] = {}
    stopped = "patience or max_steps"
    for _batch, info, is_best in steps:
        if is_best and info["score"] > best["dev_f"]:
            with nlp.use_params(optimizer.averages) if optimizer.averages else nullcontext():
                nlp.to_disk(best_dir)
            best = {"dev_f": info["score"], "step": info["step"], "epoch": info["epoch"]}
        if info.get("score") is not None and info["step"] % t["eval_frequency"] == 0:
            if progress:
                progress(info["step"], best["dev_f"])
            print(
                f"epoch {info['epoch']:>3} step {info['step']:>6} loss {info['losses'].get('ner', 0):9.1f} "
                f"dev F1 {info['score']:.3f} best {best['dev_f']:.3f}",
                flush=True,
            )
        if time.monotonic() - started > max_minutes * 60:
            stopped = f"max_minutes ({max_minutes})"
            break
        if cancelled and cancelled():
            stopped = "cancelled"
            break
    minutes = (time.monotonic() - started) / 60
    run = {
        **best,
        "last_step": info.get("step"),
        "last_epoch": info.get("epoch"),
        "stopped_by": stopped,
        "train_minutes": round(minutes, 2),
    }
    return spacy.load(best_dir), run


def _dev_scorer(nlp: Language, dev_corpus: Any) -> Any:
    def score() -> tuple[float, dict[str, float]]:
        scores = nlp.evaluate(dev_corpus(nlp))
        return float(scores["ents_f"] or 0.0), {"ents_f": scores["ents_f"]}

    return score


def hyper_parameters() -> dict[str, Any]:
    """The parts of the config that matter for a reader of the metadata."""
    config = load_config(CONFIG, interpolate=True)
    return {
        "tok2vec": dict(config["components"]["tok2vec"]["model"]),
        "ner": {k: v for k, v in config["components"]["ner"]["model"].items() if k != "tok2vec"},
        "training": {
            k: config["training"][k] for k in ("dropout", "patience", "max_steps", "eval_frequency")
        },
        "batcher": dict(config["training"]["batcher"]["size"]),
        "optimizer": dict(config["training"]["optimizer"]),
        "seed": config["system"]["seed"],
    }


def write_model(nlp: Language, out: Path, metadata: dict[str, Any]) -> None:
    """Replace out with the trained pipeline (tok2vec+ner only) and its training metadata."""
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.meta.update(
        name="kliping_ner_id",
        version="1.0.0",
        description="Kliping statistical NER (PERSON, ORG, GPE, LOC) trained on idner-news-2k and NERGrit",
        license="MIT (model); data: idner-news-2k MIT, NERGrit Apache-2.0",
    )
    nlp.to_disk(out)
    (out / METADATA).write_text(json.dumps(metadata, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--max-minutes", type=float, default=6.0)
    parser.add_argument("--data", type=Path, default=DATA_DIR)
    args = parser.parse_args(argv)
    spacy.util.fix_random_seed(0)
    with tempfile.TemporaryDirectory(prefix="kliping_ner_") as tmp:
        work = Path(tmp)
        counts = convert(work / "data", args.data)
        nlp, run = train(work / "data", args.max_minutes, work / "best")
        tests = {c.name: evaluate(nlp, work / "data" / f"{c.name}-test.spacy") for c in CORPORA}
    metadata = {
        "date": date.today().isoformat(),
        "machine": {
            "platform": platform.platform(),
            "python": sys.version.split()[0],
            "cpu_count": os.cpu_count(),
        },
        "spacy_version": spacy.__version__,
        "data": {
            "train": [f"{c.folder}/{c.splits['train']}" for c in CORPORA],
            "dev (early stopping)": [f"{c.folder}/{c.splits['dev']}" for c in CORPORA],
            "test": [f"{c.folder}/{c.splits['test']}" for c in CORPORA],
            "counts": counts,
        },
        "label_mapping": {
            **{k: v for k, v in LABEL_MAP.items() if v != "PLACE"},
            "LOC/PLACE": "GPE if the gazetteer knows a GPE; LOC if it knows a LOC region or "
            f"the phrase starts with one of {sorted(LOC_HEADS)}; otherwise GPE",
        },
        "hyper_parameters": hyper_parameters(),
        "training": run,
        "test_scores": tests,
    }
    write_model(nlp, args.out, metadata)
    for name, scores in tests.items():
        micro = scores["micro"]
        print(f"{name} test: P {micro['p']:.3f} R {micro['r']:.3f} F1 {micro['f']:.3f}")
        for label, s in sorted(scores["per_label"].items()):
            print(f"  {label:<7} P {s['p']:.3f} R {s['r']:.3f} F1 {s['f']:.3f}")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
