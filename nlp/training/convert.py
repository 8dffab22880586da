"""Read the IOB2 NER corpora into spaCy DocBins with the project's labels.

Base corpora (../shared/data): idner-news-2k and NERGrit. With ``--corpora all`` also the cached ones of
nlp.training.corpora (NER UI, NER UGM, NERP), each skipped with a message when it is not in the cache.

Label mapping (per corpus, see the *_MAP tables): PER/PERSON/PPL -> PERSON, ORG/ORGANISATION/ORGANIZATION
-> ORG, TIME/DAT/TIM -> DATE, GPE -> GPE and LOC -> LOC where a corpus separates them (full NERGrit),
FAC -> LOC when it starts with a feature word (else unknown), product/brand (IND) and political groups
(NOR) -> unknown (no loss either way), all other labels -> O. Places of corpora that have only LOC/PLACE
become GPE or LOC:
1. a phrase the gazetteer knows as a GPE (a curated GPE, a country from pycountry or a large city) -> GPE;
2. a phrase the curated list knows as a LOC region -> LOC;
3. a phrase that starts with a geographic feature word ("Gunung", "Pulau", "Laut", "Selat" ...) -> LOC;
4. otherwise GPE: in Indonesian news most unknown places are provinces, regencies, districts and villages,
   which are political units (see the counts printed by ``python -m nlp.training.convert``).
In corpora that do not annotate dates, what the project's date patterns match is marked unknown (missing)
when the corpora mixed in do annotate DATE, so that their dates do not teach the model "not a date".
Sentences of any test split are removed from every train and dev split (the news corpora share sentences).
The corpus text stays in the data folder; DocBins go to a work directory outside the repository.
"""

from __future__ import annotations

import argparse
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, DocBin, Span
from spacy.training.iob_utils import iob_to_biluo, tags_to_entities
from spacy.util import filter_spans

from nlp.components.dates import date_patterns
from nlp.gazetteers import city_names, country_names, curated
from nlp.training.corpora import CACHE_DIR

DATA_DIR = Path(__file__).resolve().parents[3] / "shared" / "data"
LABEL_MAP = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "ORG": "ORG",
    "ORGANISATION": "ORG",
    "LOC": "PLACE",
    "PLACE": "PLACE",
}
PLACE = "PLACE"  # GPE or LOC, decided by PlaceLabeller
FACILITY = "FACILITY"  # LOC if it starts with a feature word ("Bandara", "Jalan"), else unknown
UNKNOWN = "UNKNOWN"  # tokens marked missing: the model is neither rewarded nor penalised there
# Labels of the corpora that have no GPE/LOC split; absent labels (QUANTITY, EVT, FNB ...) become O.
COARSE_MAP = {
    **LABEL_MAP,
    "ORGANIZATION": "ORG",
    "LOCATION": PLACE,
    "PPL": "PERSON",
    "PLC": PLACE,
    "IND": UNKNOWN,  # NERP products and brands: some are companies (ORG), most are not
    "TIME": "DATE",
    "DATE": "DATE",
}
# The original 19-label NERGrit (grit-id/nergrit-corpus); REG is religion, NOR political organisation.
NERGRIT_FULL_MAP = {
    "PER": "PERSON",
    "ORG": "ORG",
    "NOR": UNKNOWN,
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": FACILITY,
    "DAT": "DATE",
    "TIM": "DATE",
}
PROJECT_LABELS = ("PERSON", "ORG", "GPE", "LOC", "DATE")
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
    """One IOB2 corpus: its folder, the column holding the tag, its split files and its label mapping.

    cached: the folder is in the corpus cache (nlp.training.corpora), not in the shared data folder.
    labels: the project labels the corpus annotates (the others are scored neither way on its test split).
    """

    name: str
    folder: str
    tag_column: int
    splits: dict[str, str]
    label_map: Mapping[str, str] = field(default_factory=lambda: LABEL_MAP)
    labels: frozenset[str] = frozenset({"PERSON", "ORG", "GPE", "LOC"})
    cached: bool = False
    lowercased: bool = False
    repeat: int = 1  # times its train split goes into all-train (NER UGM: the only gold DATE)

    def path(self, split: str, data_dir: Path = DATA_DIR, cache_dir: Path = CACHE_DIR) -> Path:
        return (cache_dir if self.cached else data_dir) / self.folder / self.splits[split]


_FOLD = {"train": "train.01.tsv", "dev": "dev.01.tsv", "test": "test.01.tsv"}
_INDONLU = {"train": "train_preprocess.txt", "dev": "valid_preprocess.txt", "test": "test_preprocess.txt"}
CORPORA = (
    Corpus("idner", "idner-news-2k", 2, {"train": "train.txt", "dev": "dev.txt", "test": "test.txt"}),
    Corpus("nergrit", "nergrit", 1, _INDONLU),
)
EXTRA_CORPORA = (
    Corpus("nerui", "nerui", 1, _FOLD, COARSE_MAP, cached=True),
    Corpus("nerugm", "nerugm", 1, _FOLD, COARSE_MAP, frozenset(PROJECT_LABELS), cached=True, repeat=3),
    Corpus("nerp", "nerp", 1, _INDONLU, COARSE_MAP, frozenset({"PERSON", "GPE", "LOC"}), cached=True,
           lowercased=True),
)
ALL_CORPORA = CORPORA + EXTRA_CORPORA


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
        self.gpe_lower = {name.lower() for name in self.gpe}
        self.loc_lower = {name.lower() for name in self.loc}
        self.decided: Counter[str] = Counter()

    def __call__(self, phrase: str, lowercased: bool = False) -> str:
        """lowercased: the corpus was lowercased, so the gazetteer is looked up without case."""
        gpe, loc = (self.gpe_lower, self.loc_lower) if lowercased else (self.gpe, self.loc)
        key = phrase.lower() if lowercased else phrase
        if key in gpe:
            rule, label = "gazetteer GPE", "GPE"
        elif key in loc:
            rule, label = "gazetteer LOC", "LOC"
        elif phrase.split()[0].lower() in LOC_HEADS:
            rule, label = "feature word LOC", "LOC"
        else:
            rule, label = "default GPE", "GPE"
        self.decided[rule] += 1
        return label


def map_label(label: str, phrase: str, label_map: Mapping[str, str], places: PlaceLabeller,
              lowercased: bool = False) -> str | None:
    """The project label of one corpus entity, UNKNOWN, or None (O)."""
    mapped = label_map.get(label)
    if mapped == PLACE:
        return places(phrase, lowercased)
    if mapped == FACILITY:
        return "LOC" if phrase.split()[0].lower() in LOC_HEADS else UNKNOWN
    return mapped


class DateSpans:
    """Token spans the project's date patterns (nlp/components/dates.py) find in a Doc, and bare years."""

    def __init__(self, nlp: spacy.language.Language) -> None:
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("DATE", date_patterns("id"))
        self.matcher.add("YEAR", [[{"TEXT": {"REGEX": r"^(19[5-9]\d|20\d\d)$"}}]])

    def __call__(self, doc: Doc) -> list[Span]:
        return filter_spans(self.matcher(doc, as_spans=True))


class KnownNames:
    """Token spans matching, without case, names other corpora annotate with a label this corpus lacks
    (NERP has no ORG: "kpk", "partai demokrat" there are unknown rather than "not an organisation")."""

    def __init__(self, nlp: spacy.language.Language, names: set[str]) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("KNOWN", [nlp.make_doc(name) for name in sorted(names) if len(name) > 2])

    def __call__(self, doc: Doc) -> list[Span]:
        return filter_spans(self.matcher(doc, as_spans=True))


def either(*finders: Callable[[Doc], list[Span]] | None) -> Callable[[Doc], list[Span]] | None:
    """One span finder from several (None where there are none)."""
    found = [f for f in finders if f is not None]
    if not found:
        return None
    return lambda doc: filter_spans([span for finder in found for span in finder(doc)])


def to_doc(nlp: spacy.language.Language, words: list[str], tags: list[str], places: PlaceLabeller,
           label_map: Mapping[str, str] = LABEL_MAP, *, lowercased: bool = False,
           unknown: Callable[[Doc], list[Span]] | None = None) -> Doc:
    """A Doc on the given words with entities in the project's labels; UNKNOWN entities and what
    unknown(doc) finds outside the entities are marked missing (neither entity nor O)."""
    doc = Doc(nlp.vocab, words=words)
    fixed = [t if t == "O" or t[2:] in label_map else "O" for t in tags]
    spans, missing = [], []
    for label, start, end in tags_to_entities(iob_to_biluo(fixed)):
        mapped = map_label(label, " ".join(words[start : end + 1]), label_map, places, lowercased)
        if mapped is None:
            continue
        span = Span(doc, start, end + 1, label=mapped)
        (missing if mapped == UNKNOWN else spans).append(span)
    if unknown is not None:
        taken = {i for span in spans + missing for i in range(span.start, span.end)}
        missing += [s for s in unknown(doc) if not taken.intersection(range(s.start, s.end))]
    doc.set_ents(spans, missing=filter_spans(missing))
    return doc


def sentence_key(words: list[str]) -> str:
    """What identifies a sentence across corpora (some lowercase their text)."""
    return " ".join(words).lower()


def available(corpora: tuple[Corpus, ...], data_dir: Path = DATA_DIR, cache_dir: Path = CACHE_DIR,
              report: Callable[[str], None] = print) -> tuple[Corpus, ...]:
    """The corpora whose three split files are present; a clear message for each one skipped."""
    found = []
    for corpus in corpora:
        missing = [split for split in corpus.splits if not corpus.path(split, data_dir, cache_dir).is_file()]
        if not missing:
            found.append(corpus)
        elif corpus.cached:
            report(f"skipping corpus {corpus.name}: {', '.join(missing)} not in {cache_dir / corpus.folder}; "
                   "`python -m nlp.training.corpora` says how to retrieve it")
        else:
            report(f"skipping corpus {corpus.name}: {', '.join(missing)} not in {data_dir / corpus.folder}")
    return tuple(found)


def convert(out_dir: Path, data_dir: Path = DATA_DIR, corpora: tuple[Corpus, ...] = CORPORA,
            cache_dir: Path = CACHE_DIR) -> dict[str, dict[str, int]]:
    """Write <corpus>-<split>.spacy and all-train/all-dev.spacy; return sentence and label counts per file.

    Absent corpora are skipped (with a message); "used" lists the ones converted."""
    nlp = spacy.blank("id")
    places = PlaceLabeller()
    corpora = available(corpora, data_dir, cache_dir)
    dates = DateSpans(nlp) if any("DATE" in c.labels for c in corpora) else None
    read = {
        (c.name, split): list(read_iob(c.path(split, data_dir, cache_dir), c.tag_column))
        for c in corpora for split in c.splits
    }
    orgs = {
        " ".join(words[start : end + 1])
        for c in corpora if "ORG" in c.labels
        for words, tags in read[c.name, "train"]
        for label, start, end in tags_to_entities(iob_to_biluo([t if t == "O" or t[2:] in c.label_map else "O"
                                                                for t in tags]))
        if c.label_map[label] == "ORG"
    }
    # Not one-word names that cased text also writes in lower case ("antara", "bernama": common words).
    common = {w for c in corpora if not c.lowercased for (name, _), rows in read.items() if name == c.name
              for words, _ in rows for w in words if w.islower()}
    orgs = {n for n in orgs | set(curated("id").get("ORG", ())) if " " in n or n.lower() not in common}
    known_orgs = KnownNames(nlp, orgs) if orgs else None
    tests = {
        sentence_key(words) for (_name, split), rows in read.items() if split == "test" for words, _ in rows
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    merged: dict[str, DocBin] = {"train": DocBin(), "dev": DocBin()}
    counts: dict[str, dict[str, int]] = {}
    for corpus in corpora:
        unknown = either(dates if "DATE" not in corpus.labels else None,
                         known_orgs if "ORG" not in corpus.labels else None)
        for split in corpus.splits:
            rows = read[corpus.name, split]
            kept = rows if split == "test" else [r for r in rows if sentence_key(r[0]) not in tests]
            docs = [to_doc(nlp, words, tags, places, corpus.label_map, lowercased=corpus.lowercased,
                           unknown=unknown) for words, tags in kept]
            DocBin(docs=docs).to_disk(out_dir / f"{corpus.name}-{split}.spacy")
            labels = Counter(ent.label_ for doc in docs for ent in doc.ents)
            counts[f"{corpus.name}-{split}"] = {"sentences": len(docs), **dict(sorted(labels.items()))}
            if len(kept) < len(rows):
                counts[f"{corpus.name}-{split}"]["dropped_as_in_a_test_split"] = len(rows) - len(kept)
            if split in merged:
                for doc in docs * (corpus.repeat if split == "train" else 1):
                    merged[split].add(doc)
    for split, docbin in merged.items():
        docbin.to_disk(out_dir / f"all-{split}.spacy")
    counts["place_rules"] = dict(places.decided)
    counts["used"] = {c.name: 1 for c in corpora}
    return counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "kliping_ner_data")
    parser.add_argument("--corpora", choices=("base", "all"), default="base",
                        help="base: idner-news-2k and NERGrit; all: also the cached corpora")
    args = parser.parse_args(argv)
    corpora = ALL_CORPORA if args.corpora == "all" else CORPORA
    for name, count in convert(args.out, corpora=corpora).items():
        print(name, count)


if __name__ == "__main__":
    main()
