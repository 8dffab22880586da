"""Read idner-news-2k and NERGrit (IOB2) into spaCy DocBins with the project's labels.

Label mapping: PER/PERSON -> PERSON, ORG/ORGANISATION -> ORG, and LOC/PLACE -> GPE or LOC:
1. a phrase the gazetteer knows as a GPE (a curated GPE, a country from pycountry or a large city) -> GPE;
2. a phrase the curated list knows as a LOC region -> LOC;
3. a phrase that starts with a geographic feature word ("Gunung", "Pulau", "Laut", "Selat" ...) -> LOC;
4. otherwise GPE: in Indonesian news most unknown places are provinces, regencies, districts and villages,
   which are political units (see the counts printed by ``python -m nlp.training.convert``).
The corpus text stays in the data folder; DocBins go to a work directory outside the repository.
"""

from __future__ import annotations

import argparse
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training.iob_utils import iob_to_biluo, tags_to_entities

from nlp.gazetteers import city_names, country_names, curated

DATA_DIR = Path(__file__).resolve().parents[3] / "shared" / "data"
LABEL_MAP = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "ORG": "ORG",
    "ORGANISATION": "ORG",
    "LOC": "PLACE",
    "PLACE": "PLACE",
}
# Words that open the name of a natural or non-political place ("Gunung Merapi", "Selat Sunda").
LOC_HEADS = frozenset(
    {
        "gunung",
        "pegunungan",
        "pulau",
        "kepulauan",
        "laut",
        "selat",
        "teluk",
        "tanjung",
        "danau",
        "sungai",
        "kali",
        "pantai",
        "samudra",
        "samudera",
        "semenanjung",
        "lembah",
        "bukit",
        "kawah",
        "hutan",
        "taman",
        "jalan",
        "jl",
        "jl.",
        "benua",
        "kawasan",
        "gurun",
        "terusan",
        "candi",
        "bandara",
        "pelabuhan",
        "stasiun",
        "terminal",
        "masjid",
        "gereja",
        "pura",
        "alun-alun",
    }
)


@dataclass(frozen=True)
class Corpus:
    """One IOB2 corpus: its folder, the column holding the tag and its split files."""

    name: str
    folder: str
    tag_column: int
    splits: dict[str, str]


CORPORA = (
    Corpus("idner", "idner-news-2k", 2, {"train": "train.txt", "dev": "dev.txt", "test": "test.txt"}),
    Corpus(
        "nergrit",
        "nergrit",
        1,
        {"train": "train_preprocess.txt", "dev": "valid_preprocess.txt", "test": "test_preprocess.txt"},
    ),
)


def read_iob(path: Path, tag_column: int) -> Iterator[tuple[list[str], list[str]]]:
    """(words, IOB2 tags) per sentence; blank lines separate sentences."""
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").replace("\t", " ").split(" ")
            if not line.strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            words.append(parts[0])
            tags.append(parts[tag_column] if len(parts) > tag_column else "O")
    if words:
        yield words, tags


class PlaceLabeller:
    """Decide GPE or LOC for a place phrase with the gazetteer; counts which rule decided."""

    def __init__(self) -> None:
        lists = curated("id")
        self.gpe = set(lists.get("GPE", ())) | country_names("id") | country_names("en") | city_names()
        self.loc = set(lists.get("LOC", ()))
        self.decided: Counter[str] = Counter()

    def __call__(self, phrase: str) -> str:
        if phrase in self.gpe:
            rule, label = "gazetteer GPE", "GPE"
        elif phrase in self.loc:
            rule, label = "gazetteer LOC", "LOC"
        elif phrase.split()[0].lower() in LOC_HEADS:
            rule, label = "feature word LOC", "LOC"
        else:
            rule, label = "default GPE", "GPE"
        self.decided[rule] += 1
        return label


def to_doc(nlp: spacy.language.Language, words: list[str], tags: list[str], places: PlaceLabeller) -> Doc:
    """A Doc on the given words with entities in the project's labels."""
    doc = Doc(nlp.vocab, words=words)
    fixed = [t if t == "O" or t[2:] in LABEL_MAP else "O" for t in tags]
    spans = []
    for label, start, end in tags_to_entities(iob_to_biluo(fixed)):
        mapped = LABEL_MAP[label]
        if mapped == "PLACE":
            mapped = places(" ".join(words[start : end + 1]))
        span = doc.char_span(doc[start].idx, doc[end].idx + len(doc[end]), label=mapped)
        if span is not None:
            spans.append(span)
    doc.ents = spans
    return doc


def convert(out_dir: Path, data_dir: Path = DATA_DIR) -> dict[str, dict[str, int]]:
    """Write <corpus>-<split>.spacy and all-train/all-dev.spacy; return sentence counts per file."""
    nlp = spacy.blank("id")
    places = PlaceLabeller()
    out_dir.mkdir(parents=True, exist_ok=True)
    merged: dict[str, DocBin] = {"train": DocBin(), "dev": DocBin()}
    counts: dict[str, dict[str, int]] = {}
    for corpus in CORPORA:
        for split, filename in corpus.splits.items():
            sentences = read_iob(data_dir / corpus.folder / filename, corpus.tag_column)
            docs = [to_doc(nlp, words, tags, places) for words, tags in sentences]
            DocBin(docs=docs).to_disk(out_dir / f"{corpus.name}-{split}.spacy")
            labels = Counter(ent.label_ for doc in docs for ent in doc.ents)
            counts[f"{corpus.name}-{split}"] = {"sentences": len(docs), **labels}
            if split in merged:
                for doc in docs:
                    merged[split].add(doc)
    for split, docbin in merged.items():
        docbin.to_disk(out_dir / f"all-{split}.spacy")
    counts["place_rules"] = dict(places.decided)
    return counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "kliping_ner_data")
    args = parser.parse_args(argv)
    for name, count in convert(args.out).items():
        print(name, count)


if __name__ == "__main__":
    main()
