"""The corpus converter's label mapping and the corpus cache, on tiny team-written IOB fixtures.

Every sentence here was written for these tests; no corpus text is in the repository.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from nlp.training import corpora
from nlp.training.convert import (
    COARSE_MAP,
    LABEL_MAP,
    NERGRIT_FULL_MAP,
    Corpus,
    DateSpans,
    PlaceLabeller,
    convert,
    read_iob,
    to_doc,
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("id")


@pytest.fixture(scope="module")
def places() -> PlaceLabeller:
    return PlaceLabeller()


def _iob(text: str) -> tuple[list[str], list[str]]:
    pairs = [line.split("\t") for line in text.strip().splitlines()]
    return [w for w, _ in pairs], [t for _, t in pairs]


def _ents(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def _missing(doc: Doc) -> list[str]:
    return [t.text for t in doc if t.ent_iob == 0]


UGM_STYLE = """
Bupati\tO
Darmo\tB-PERSON
Suwito\tI-PERSON
dari\tO
Partai\tB-ORGANIZATION
Sinar\tI-ORGANIZATION
Baru\tI-ORGANIZATION
mendaki\tO
Gunung\tB-LOCATION
Kembang\tI-LOCATION
pada\tO
Senin\tB-TIME
(\tI-TIME
12/3\tI-TIME
)\tI-TIME
bersama\tO
tiga\tB-QUANTITY
warga\tI-QUANTITY
.\tO
"""


def test_coarse_labels_map_to_project_labels(nlp: Language, places: PlaceLabeller) -> None:
    words, tags = _iob(UGM_STYLE)
    doc = to_doc(nlp, words, tags, places, COARSE_MAP)
    assert _ents(doc) == [
        ("Darmo Suwito", "PERSON"),
        ("Partai Sinar Baru", "ORG"),
        ("Gunung Kembang", "LOC"),  # feature word
        ("Senin ( 12/3 )", "DATE"),  # TIME -> DATE
    ]  # QUANTITY -> O
    assert _missing(doc) == []


def test_unknown_place_defaults_to_gpe(nlp: Language, places: PlaceLabeller) -> None:
    words, tags = _iob("Warga\tO\nDesa\tO\nKarangwaru\tB-LOCATION\nberkumpul\tO\n")
    assert _ents(to_doc(nlp, words, tags, places, COARSE_MAP)) == [("Karangwaru", "GPE")]


NERGRIT_STYLE = """
Pada\tO
17\tB-DAT
Agustus\tI-DAT
pukul\tB-TIM
08.00\tI-TIM
,\tO
umat\tO
Katolik\tB-REG
Kabupaten\tB-GPE
Wonoraja\tI-GPE
dan\tO
anggota\tO
kaum\tB-NOR
Hijau\tI-NOR
berkumpul\tO
di\tO
Bandara\tB-FAC
Sentosa\tI-FAC
dan\tO
Wisma\tB-FAC
Kencana\tI-FAC
dekat\tO
Danau\tB-LOC
Biru\tI-LOC
bersama\tO
Rina\tB-PER
Maharani\tI-PER
dari\tO
Koperasi\tB-ORG
Sejahtera\tI-ORG
,\tO
2\tB-CRD
orang\tO
.\tO
"""


def test_full_nergrit_labels(nlp: Language, places: PlaceLabeller) -> None:
    words, tags = _iob(NERGRIT_STYLE)
    doc = to_doc(nlp, words, tags, places, NERGRIT_FULL_MAP)
    assert _ents(doc) == [
        ("17 Agustus", "DATE"),
        ("pukul 08.00", "DATE"),  # TIM -> DATE
        ("Kabupaten Wonoraja", "GPE"),
        ("Bandara Sentosa", "LOC"),  # a facility named by a feature word
        ("Danau Biru", "LOC"),
        ("Rina Maharani", "PERSON"),
        ("Koperasi Sejahtera", "ORG"),
    ]  # REG (religion) and CRD -> O
    # NOR and a facility without a feature word are unknown: no loss either way.
    assert _missing(doc) == ["kaum", "Hijau", "Wisma", "Kencana"]
    assert doc[words.index("Katolik")].ent_iob_ == "O"


def test_lowercased_corpus_products_unknown_and_places_without_case(
    nlp: Language, places: PlaceLabeller
) -> None:
    text = "bu\tO\nsari\tB-PPL\nwulandari\tI-PPL\nmembeli\tO\nkopimas\tB-IND\ndi\tO\njakarta\tB-PLC\n"
    text += "saat\tO\nfestival\tB-EVT\nbunga\tI-EVT\n.\tO\n"
    words, tags = _iob(text)
    assert "Jakarta" in places.gpe
    doc = to_doc(nlp, words, tags, places, COARSE_MAP, lowercased=True)
    assert _ents(doc) == [("sari wulandari", "PERSON"), ("jakarta", "GPE")]
    assert _missing(doc) == ["kopimas"]
    assert doc[words.index("festival")].ent_iob_ == "O"  # EVT -> O


def test_dates_are_unknown_in_corpora_without_dates(nlp: Language, places: PlaceLabeller) -> None:
    words, tags = _iob("Ayu\tB-PER\nLestari\tI-PER\ndatang\tO\nSenin\tO\n(\tO\n12/3\tO\n)\tO\n.\tO\n")
    doc = to_doc(nlp, words, tags, places, LABEL_MAP, unknown=DateSpans(nlp))
    assert _ents(doc) == [("Ayu Lestari", "PERSON")]
    assert _missing(doc) == ["Senin", "(", "12/3", ")"]


def test_read_iob_takes_the_tag_column(tmp_path: Path) -> None:
    path = tmp_path / "three.txt"
    path.write_text("Budi PROPN B-PER\ndatang VERB O\n\nIa PRON O\n", encoding="utf-8")
    assert list(read_iob(path, 2)) == [(["Budi", "datang"], ["B-PER", "O"]), (["Ia"], ["O"])]


def test_convert_skips_absent_corpora_and_drops_test_sentences_from_train(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = tmp_path / "cache"
    (cache / "tiny").mkdir(parents=True)
    shared = "Dewi\tB-PERSON\nSartika\tI-PERSON\nmengajar\tO\n"
    (cache / "tiny" / "train.tsv").write_text(
        shared + "\nPak\tO\nHadi\tB-PERSON\nTanoto\tI-PERSON\npulang\tO\npada\tO\n2019\tB-TIME\n",
        encoding="utf-8",
    )
    (cache / "tiny" / "dev.tsv").write_text("Tim\tO\nRajawali\tB-ORGANIZATION\nmenang\tO\n", encoding="utf-8")
    (cache / "tiny" / "test.tsv").write_text(shared, encoding="utf-8")
    splits = {"train": "train.tsv", "dev": "dev.tsv", "test": "test.tsv"}
    tiny = Corpus("tiny", "tiny", 1, splits, COARSE_MAP, frozenset({"PERSON", "ORG", "DATE"}), cached=True,
                  repeat=2)
    gone = Corpus("gone", "gone", 1, splits, COARSE_MAP, cached=True)
    counts = convert(tmp_path / "out", tmp_path / "no-shared-data", (tiny, gone), cache)
    assert "skipping corpus gone" in capsys.readouterr().out
    assert counts["used"] == {"tiny": 1}
    assert counts["tiny-train"] == {"sentences": 1, "DATE": 1, "PERSON": 1, "dropped_as_in_a_test_split": 1}
    assert counts["tiny-test"] == {"sentences": 1, "PERSON": 1}
    for name in ("tiny-train", "tiny-dev", "tiny-test", "all-train", "all-dev"):
        assert (tmp_path / "out" / f"{name}.spacy").is_file()
    assert len(DocBin().from_disk(tmp_path / "out" / "all-train.spacy")) == 2  # repeat=2
    assert len(DocBin().from_disk(tmp_path / "out" / "all-dev.spacy")) == 1


def _git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


def test_corpus_cache_status_and_extract(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "data").mkdir(parents=True)
    (repo / "data" / "train.txt").write_text("Ani\tB-PER\n", encoding="utf-8")
    _git("init", "-q", cwd=repo)
    _git("add", ".", cwd=repo)
    _git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "fixture", cwd=repo)
    commit = _git("rev-parse", "HEAD", cwd=repo)
    source = corpora.Source(
        name="tiny", title="Tiny", repo="team/tiny", commit=commit, files={"train.txt": "data/train.txt"},
        licence="CC0-1.0", licence_evidence="team-written", labels="PER", sentences="1 / 0 / 0",
        domain="test",
    )
    cache = tmp_path / "cache"
    assert source.missing(cache) == ["train.txt"]
    steps = source.instructions(cache)
    assert "fetch github:team/tiny" in steps
    assert f"show {commit}:data/train.txt > {cache / 'tiny' / 'train.txt'}" in steps
    folder = corpora.extract(source, repo / ".git", cache)
    assert (folder / "train.txt").read_text(encoding="utf-8") == "Ani\tB-PER\n"
    assert source.missing(cache) == []
    assert commit in (folder / corpora.SOURCE_FILE).read_text(encoding="utf-8")


def test_known_sources_are_outside_the_repository() -> None:
    repository = Path(__file__).resolve().parents[2]
    for source in corpora.SOURCES:
        assert len(source.commit) == 40 and source.licence
        assert repository not in source.folder().resolve().parents
