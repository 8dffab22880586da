"""Third-party NER corpora kept in a cache outside the repository: python -m nlp.training.corpora.

Each corpus is known by its GitHub repository, the commit its files were taken from, their paths and its
licence. Nothing here is ever copied into the repository: the files live in ~/.cache/kliping/corpora/<name>/
(or $KLIPING_CORPORA_CACHE/<name>/). Run without arguments to see which are present and, for a missing
one, how to get it back; ``extract NAME --git-dir DIR`` copies its files out of a git mirror of the
repository (for instance the one ``fetch github:OWNER/NAME`` leaves under /work/.mirror).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

CACHE_DIR = Path(os.environ.get("KLIPING_CORPORA_CACHE", "~/.cache/kliping/corpora")).expanduser()
SOURCE_FILE = "SOURCE.json"  # written next to the extracted files: where they came from


@dataclass(frozen=True)
class Source:
    """Where one cached corpus comes from and under which terms."""

    name: str  # cache folder name, also the corpus name in nlp.training.convert
    title: str
    repo: str  # GitHub owner/name
    commit: str
    files: Mapping[str, str]  # file name in the cache folder -> path in the repository at commit
    licence: str
    licence_evidence: str
    labels: str
    sentences: str  # train/dev/test
    domain: str

    def folder(self, cache_dir: Path = CACHE_DIR) -> Path:
        return cache_dir / self.name

    def missing(self, cache_dir: Path = CACHE_DIR) -> list[str]:
        folder = self.folder(cache_dir)
        return [name for name in self.files if not (folder / name).is_file()]

    def instructions(self, cache_dir: Path = CACHE_DIR) -> str:
        """How to re-retrieve the files, step by step."""
        folder = self.folder(cache_dir)
        mirror = f"/work/.mirror/{self.repo.replace('/', '+')}/repo"
        lines = [
            f"1. fetch github:{self.repo}   (gives a git directory, e.g. {mirror})",
            f"2. python -m nlp.training.corpora extract {self.name} --git-dir <that git directory>",
            "   or by hand:",
            f"   mkdir -p {folder}",
        ]
        lines += [
            f"   git --git-dir <that git directory> show {self.commit}:{path} > {folder / name}"
            for name, path in self.files.items()
        ]
        return "\n".join(lines)


_INDOLEM_COMMIT = "777fdc680cfa85243f08e60045e3d34ca49756ed"
_INDONLU_COMMIT = "ce728f6926a36174b9923dfe49d6a6839b6e9bb7"
_INDOLEM_LICENCE = (
    "The indolem repository has no LICENSE file; IndoLEM (indolem.github.io) releases its data under "
    "CC BY 4.0, as recorded by the NusaCrowd dataloaders (IndoNLP/nusa-crowd, nusacrowd/nusa_datasets/"
    "indolem_ner_ugm and indolem_nerui: _LICENSE = 'Creative Commons Attribution 4.0'). Cite Koto et al., "
    "COLING 2020."
)

SOURCES: tuple[Source, ...] = (
    Source(
        name="nerui",
        title="NER UI (IndoLEM fold 1; Gultom & Wibowo 2017)",
        repo="indolem/indolem",
        commit=_INDOLEM_COMMIT,
        files={f"{split}.01.tsv": f"ner/data/nerui/{split}.01.tsv" for split in ("train", "dev", "test")},
        licence="CC-BY-4.0",
        licence_evidence=_INDOLEM_LICENCE,
        labels="PERSON, ORGANIZATION, LOCATION (IOB2, token<TAB>tag)",
        sentences="1,530 / 170 / 426",
        domain="news-style sentences annotated in a University of Indonesia NLP course (2016)",
    ),
    Source(
        name="nerugm",
        title="NER UGM (IndoLEM fold 1; Fachri 2014)",
        repo="indolem/indolem",
        commit=_INDOLEM_COMMIT,
        files={f"{split}.01.tsv": f"ner/data/nerugm/{split}.01.tsv" for split in ("train", "dev", "test")},
        licence="CC-BY-4.0",
        licence_evidence=_INDOLEM_LICENCE,
        labels="PERSON, ORGANIZATION, LOCATION, TIME, QUANTITY (IOB2, token<TAB>tag)",
        sentences="1,687 / 187 / 469",
        domain="Indonesian news (Universitas Gadjah Mada)",
    ),
    Source(
        name="nerp",
        title="NERP (IndoNLU; Hoesen & Purwarianti 2018, Prosa.ai)",
        repo="IndoNLP/indonlu",
        commit=_INDONLU_COMMIT,
        files={
            "train_preprocess.txt": "dataset/nerp_ner-prosa/train_preprocess.txt",
            "valid_preprocess.txt": "dataset/nerp_ner-prosa/valid_preprocess.txt",
            "test_preprocess.txt": "dataset/nerp_ner-prosa/test_preprocess.txt",
            "LICENSE": "LICENSE",
        },
        licence="Apache-2.0 (repository LICENSE); NusaCrowd records CC BY-SA 4.0 for NERP",
        licence_evidence=(
            "IndoNLP/indonlu LICENSE at the commit is Apache-2.0 (copied into the cache folder); the "
            "NusaCrowd nerp dataloader records 'Creative Common Attribution Share-Alike 4.0 International'. "
            "Both are open licences. Cite Hoesen & Purwarianti 2018 and Wilie et al. (IndoNLU), "
            "AACL-IJCNLP 2020."
        ),
        labels="PPL (person), PLC (place), IND (product/brand), EVT (event), FNB (food and drink); IOB2",
        sentences="6,720 / 840 / 840",
        domain="Indonesian news, LOWERCASED by IndoNLU's preprocessing",
    ),
)

# The corpora read from ../shared/data (put there by the project, not cached here).
SHARED = {
    "idner-news-2k": "MIT; Khairunnisa et al., AACL 2020 (see ../shared/data/idner-news-2k/README.md)",
    "nergrit": "Apache-2.0; IndoNLU's 3-label NERGrit (see ../shared/data/nergrit/README.md)",
}

# Looked at and not used (see the report in the README's "Retraining the NER").
NOT_USED = {
    "grit-id/nergrit-corpus (19 labels incl. GPE, LOC, DAT, TIM, FAC)": (
        "the repository holds only a README (every commit); the data is a tgz of 4 MiB or more in "
        "cahya-wirawan/indonesian-language-models data/nergrit-corpus_20190726_corrected.tgz "
        "(MIT repository), which the snapshot store does not carry. convert.NERGRIT_FULL_MAP is ready for it."
    ),
    "ialfina/ner-dataset-modified-dee (20k-mdee, SINGGALANG)": (
        "no open licence ('may be used for free', and SINGGALANG may not be re-shared without permission); "
        "labelled automatically from DBpedia, not by hand"
    ),
}


def by_name(name: str) -> Source:
    for source in SOURCES:
        if source.name == name:
            return source
    raise KeyError(f"unknown corpus {name!r}; known: {', '.join(s.name for s in SOURCES)}")


def extract(source: Source, git_dir: Path, cache_dir: Path = CACHE_DIR) -> Path:
    """Copy the corpus files at source.commit out of a git directory into its cache folder."""
    folder = source.folder(cache_dir)
    folder.mkdir(parents=True, exist_ok=True)
    for name, path in source.files.items():
        blob = subprocess.run(
            ["git", "--git-dir", str(git_dir), "show", f"{source.commit}:{path}"],
            check=True, capture_output=True,
        ).stdout
        (folder / name).write_bytes(blob)
    record = {
        "repo": source.repo, "commit": source.commit, "files": dict(source.files),
        "licence": source.licence, "licence_evidence": source.licence_evidence,
    }
    (folder / SOURCE_FILE).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return folder


def status(cache_dir: Path = CACHE_DIR) -> str:
    lines = [f"corpus cache: {cache_dir}"]
    for source in SOURCES:
        missing = source.missing(cache_dir)
        state = "present" if not missing else f"MISSING {', '.join(missing)}"
        lines.append(f"- {source.name}: {state}  [{source.repo}@{source.commit[:12]}, {source.licence}]")
        lines.append(f"    {source.title}; {source.labels}; sentences {source.sentences}")
        if missing:
            lines.append("    to re-retrieve:")
            lines += ["    " + line for line in source.instructions(cache_dir).splitlines()]
    shared = "; ".join(f"{k} ({v})" for k, v in SHARED.items())
    lines.append(f"shared corpora (../shared/data, read in place): {shared}")
    lines.append("not used:")
    lines += [f"- {name}: {why}" for name, why in NOT_USED.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=CACHE_DIR)
    sub = parser.add_subparsers(dest="command")
    ex = sub.add_parser("extract", help="copy a corpus out of a git mirror into the cache")
    ex.add_argument("name")
    ex.add_argument("--git-dir", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.command == "extract":
        print("wrote", extract(by_name(args.name), args.git_dir, args.cache))
    else:
        print(status(args.cache))


if __name__ == "__main__":
    main()
