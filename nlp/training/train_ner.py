"""Train the statistical NER: python -m nlp.training.train_ner [--corpora base|all] [--max-minutes M].

Converts the corpora (nlp.training.convert; base: idner-news-2k and NERGrit, all: also the cached
corpora of nlp.training.corpora) into a temporary directory, trains tok2vec+ner from ner_config.cfg on
their train splits with early stopping on their dev splits (CPU), then scores the best model on EVERY
test split (on the labels that corpus annotates) and writes it with kliping_training.json next to it.
``--baseline DIR`` also scores another model (e.g. nlp/models/ner_id) on the same test splits.
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
from spacy.scorer import get_ner_prf
from spacy.tokens import DocBin
from spacy.training import Example
from spacy.training.initialize import init_nlp
from spacy.training.loop import create_train_batches, train_while_improving
from spacy.util import load_config, resolve_dot_names

from nlp.training import corpora as cache
from nlp.training.convert import (
    ALL_CORPORA,
    CORPORA,
    DATA_DIR,
    LABEL_MAP,
    LOC_HEADS,
    NERGRIT_FULL_MAP,
    Corpus,
    convert,
)

CONFIG = Path(__file__).resolve().parent / "ner_config.cfg"
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "models" / "ner_id"
ALL_OUT = DEFAULT_OUT  # the shipped model: every label, all corpora
METADATA = "kliping_training.json"
PRETRAIN_CONFIG = "ner_pretrain.cfg"  # written by nlp.training.pretrain next to its weights


def _examples(nlp: Language, path: Path) -> list[Example]:
    docs = DocBin().from_disk(path).get_docs(nlp.vocab)
    return [Example(nlp.make_doc(doc.text), doc) for doc in docs]


def evaluate(nlp: Language, path: Path, labels: frozenset[str] | None = None) -> dict[str, Any]:
    """Micro and per-label precision, recall and F1 of nlp's entities on a DocBin.

    labels: the labels the corpus annotates; predictions of other labels are left out (a corpus without
    DATE cannot say whether a predicted DATE is right). Predictions on tokens whose annotation is missing
    count neither way (spaCy's NER scorer)."""
    if labels is None:
        scores = nlp.evaluate(_examples(nlp, path))
    else:
        references = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        examples = []
        for predicted, reference in zip(nlp.pipe(nlp.make_doc(r.text) for r in references), references,
                                        strict=True):
            predicted.ents = [e for e in predicted.ents if e.label_ in labels]
            examples.append(Example(predicted, reference))
        scores = get_ner_prf(examples)
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
    init_tok2vec: Path | None = None,
) -> tuple[Language, dict[str, Any]]:
    """Train until dev F1 stops improving (config patience), max_steps or max_minutes; keep the best.

    init_tok2vec: weights from nlp.training.pretrain (its filled config, ner_pretrain.cfg, lies beside)."""
    overrides: dict[str, Any] = {
        "paths.train": str(work / "all-train.spacy"), "paths.dev": str(work / "all-dev.spacy"),
    }
    if max_steps is not None:
        overrides["training.max_steps"] = max_steps
        overrides["training.eval_frequency"] = max(1, min(200, max_steps // 2))
    config_path = CONFIG
    if init_tok2vec is not None:
        overrides["paths.init_tok2vec"] = str(init_tok2vec)
        config_path = init_tok2vec.parent / PRETRAIN_CONFIG
    config = load_config(config_path, overrides=overrides, interpolate=False)
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


BASE_DESCRIPTION = "Kliping statistical NER (PERSON, ORG, GPE, LOC) trained on idner-news-2k and NERGrit"
BASE_LICENSE = "MIT (model); data: idner-news-2k MIT, NERGrit Apache-2.0"


def write_model(nlp: Language, out: Path, metadata: dict[str, Any], *, name: str = "kliping_ner_id",
                description: str = BASE_DESCRIPTION, license: str = BASE_LICENSE) -> None:
    """Replace out with the trained pipeline (tok2vec+ner only) and its training metadata."""
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.meta.update(name=name, version="1.0.0", description=description, license=license)
    nlp.to_disk(out)
    (out / METADATA).write_text(json.dumps(metadata, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _where(corpus: Corpus, split: str) -> str:
    prefix = "~/.cache/kliping/corpora/" if corpus.cached else ""
    return f"{prefix}{corpus.folder}/{corpus.splits[split]}"


def _sources(used: list[Corpus]) -> dict[str, Any]:
    """Repository, commit, files and licence of each cached corpus used."""
    found = {}
    for corpus in used:
        if corpus.cached:
            s = cache.by_name(corpus.name)
            found[corpus.name] = {"repo": s.repo, "commit": s.commit, "files": dict(s.files),
                                  "licence": s.licence, "licence_evidence": s.licence_evidence}
        else:
            found[corpus.name] = {"shared_data": str(DATA_DIR / corpus.folder),
                                  "licence": cache.SHARED.get(corpus.folder, "see its README")}
    return found


def _print_scores(title: str, tests: dict[str, dict[str, Any]]) -> None:
    print(title)
    for name, scores in tests.items():
        micro = scores["micro"]
        print(f"{name} test: P {micro['p']:.3f} R {micro['r']:.3f} F1 {micro['f']:.3f}")
        for label, s in sorted(scores["per_label"].items()):
            print(f"  {label:<7} P {s['p']:.3f} R {s['r']:.3f} F1 {s['f']:.3f}")


def record_baseline(model: Path, out: Path, selected: tuple[Corpus, ...], data: Path) -> None:
    """Score model on the test splits of the corpora and store that in out's metadata."""
    with tempfile.TemporaryDirectory(prefix="kliping_ner_") as tmp:
        work = Path(tmp)
        counts = convert(work / "data", data, selected)
        old = spacy.load(model)
        scores = {c.name: evaluate(old, work / "data" / f"{c.name}-test.spacy", c.labels)
                  for c in selected if c.name in counts["used"]}
    path = out / METADATA
    metadata = json.loads(path.read_text(encoding="utf-8"))
    metadata["baseline_test_scores"] = {"model": str(model), "scores": scores}
    path.write_text(json.dumps(metadata, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    _print_scores(f"baseline {model}", scores)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", choices=("base", "all"), default="base",
                        help="base: idner-news-2k and NERGrit (-> nlp/models/ner_id); all: also the cached "
                        "corpora, every label (-> nlp/models/ner_id, the shipped model)")
    parser.add_argument("--exclude", nargs="*", default=[], help="corpus names to leave out")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--max-minutes", type=float, default=6.0)
    parser.add_argument("--data", type=Path, default=DATA_DIR)
    parser.add_argument("--init-tok2vec", type=Path, default=None,
                        help="pretrained tok2vec weights from python -m nlp.training.pretrain")
    parser.add_argument("--baseline", type=Path, default=None,
                        help="also score this model on the same test splits (stored as baseline_test_scores)")
    parser.add_argument("--score-only", action="store_true",
                        help="train nothing: score --baseline on the test splits and record the scores in "
                        "--out's kliping_training.json as baseline_test_scores")
    args = parser.parse_args(argv)
    pool = ALL_CORPORA if args.corpora == "all" else CORPORA
    selected = tuple(c for c in pool if c.name not in args.exclude)
    out = args.out or (ALL_OUT if args.corpora == "all" else DEFAULT_OUT)
    if args.score_only:
        record_baseline(args.baseline or DEFAULT_OUT, out, selected, args.data)
        return
    spacy.util.fix_random_seed(0)
    started = time.monotonic()
    baseline = None
    with tempfile.TemporaryDirectory(prefix="kliping_ner_") as tmp:
        work = Path(tmp)
        counts = convert(work / "data", args.data, selected)
        used = [c for c in selected if c.name in counts["used"]]
        nlp, run = train(work / "data", args.max_minutes, work / "best", init_tok2vec=args.init_tok2vec)
        run["init_tok2vec"] = str(args.init_tok2vec) if args.init_tok2vec else None
        scored = args.corpora == "all"  # base keeps its historical scoring (all labels predicted)
        tests = {c.name: evaluate(nlp, work / "data" / f"{c.name}-test.spacy", c.labels if scored else None)
                 for c in used}
        if args.baseline is not None:
            old = spacy.load(args.baseline)
            baseline = {"model": str(args.baseline), "scores": {
                c.name: evaluate(old, work / "data" / f"{c.name}-test.spacy", c.labels) for c in used}}
    run["total_minutes"] = round((time.monotonic() - started) / 60, 2)
    metadata = {
        "date": date.today().isoformat(),
        "machine": {
            "platform": platform.platform(),
            "python": sys.version.split()[0],
            "cpu_count": os.cpu_count(),
        },
        "spacy_version": spacy.__version__,
        "data": {
            "train": [_where(c, "train") for c in used],
            "dev (early stopping)": [_where(c, "dev") for c in used],
            "test": [_where(c, "test") for c in used],
            "sources": _sources(used),
            "counts": counts,
            "note": "sentences found in any test split were removed from every train and dev split",
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
    if args.corpora == "all":
        metadata["label_mapping"] = {
            **{c.name: {k: v for k, v in c.label_map.items()} for c in used},
            "PLACE": metadata["label_mapping"]["LOC/PLACE"] + " (lowercased corpora: looked up without case)",
            "FACILITY": "LOC if the phrase starts with one of the feature words above, else UNKNOWN",
            "UNKNOWN": "tokens marked missing (no loss); labels absent from a corpus's map are O",
            "dates": "in corpora that do not annotate DATE, the project's date patterns are marked UNKNOWN",
            "nergrit_19_labels (unused, unavailable)": dict(NERGRIT_FULL_MAP),
            "scored_labels": {c.name: sorted(c.labels) for c in used},
        }
        if baseline is not None:
            metadata["baseline_test_scores"] = baseline
        write_model(nlp, out, metadata, name="kliping_ner_id_all",
                    description="Kliping statistical NER (PERSON, ORG, GPE, LOC, DATE) trained on "
                    + ", ".join(c.name for c in used),
                    license="MIT (model); data: " + "; ".join(f"{k}: {v['licence']}" for k, v in
                                                              _sources(used).items()))
    else:
        write_model(nlp, out, metadata)
    _print_scores("test scores", tests)
    if baseline is not None:
        _print_scores(f"baseline {args.baseline}", baseline["scores"])
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
