"""Find articles that copy, partly copy or translate each other (MinHash LSH over shingles)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from datasketch import MinHash, MinHashLSHEnsemble
from rapidfuzz.distance import LCSseq

from nlp.linking.aliases import is_known, name_key
from nlp.resources import load_json

_NUM_PERM = 128
_SHINGLE_WORDS = 5
_COPY_JACCARD = 0.7  # above this two texts are one text with small edits
_MIN_SIGNATURE = 8  # fewer names and numbers than this say too little about a translation
_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"\d+|[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class ArticleDoc:
    """An article body to compare, with its language and outlet."""

    id: int
    body: str
    language: str = "id"
    outlet: str | None = None


@dataclass(frozen=True)
class NearDuplicate:
    """Two articles (a < b) that are copies, partial copies or translations of each other."""

    a: int
    b: int
    kind: str  # "copy" (syndicated), "partial" (one contains much of the other), "translation"
    score: float  # Jaccard for copies, containment of the smaller in the larger otherwise


def shingles(body: str) -> frozenset[str]:
    """Overlapping five-word sequences of the lower-cased text."""
    words = _WORD.findall(body.lower())
    if len(words) < _SHINGLE_WORDS:
        return frozenset([" ".join(words)]) if words else frozenset()
    return frozenset(" ".join(words[i:i + _SHINGLE_WORDS]) for i in range(len(words) - _SHINGLE_WORDS + 1))


@cache
def _calendar() -> dict[str, str]:
    """Month and weekday names of both languages -> one language-neutral token."""
    data = load_json("dates.json")
    names = {}
    for lang in ("id", "en"):
        names.update({m: f"#{n}" for m, n in data[lang]["months"].items() if len(m) > 3})
    ids = ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"]
    names.update({d: f"day{i}" for i, d in enumerate(ids)})
    names.update({d: f"day{i}" for i, d in enumerate(data["en"]["days"][:7])})
    return names


def _name_tokens(run: list[str], opens_sentence: bool) -> list[str]:
    """Keys of a run of capitalised words, split into the known names it holds ("Korea Utara Kim Jong Un"
    -> country:PRK, person:KIM_JONG_UN); a sentence-opening ordinary word is dropped."""
    key = name_key(" ".join(run))
    if is_known(key) or len(run) == 1:
        return [key] if is_known(key) or not opens_sentence else []
    keys, start, unknown = [], 0, []
    while start < len(run):
        # The longest known name starting here; titles ("Pemimpin", "President") fold into it.
        ends = range(len(run), start, -1)
        end = next((e for e in ends if is_known(name_key(" ".join(run[start:e])))), None)
        if end is None:
            unknown.append(run[start])
            start += 1
            continue
        if unknown:
            keys.append(name_key(" ".join(unknown)))
            unknown = []
        keys.append(name_key(" ".join(run[start:end])))
        start = end
    if unknown:
        keys.append(name_key(" ".join(unknown)))
    if opens_sentence and keys and not is_known(keys[0]) and len(keys) > 1:
        keys = keys[1:]  # "Kunjungan Putin" -> Putin
    return keys


def _signature_tokens(body: str) -> list[str]:
    """Names (as name_keys), numbers and calendar words in text order: what a translation keeps."""
    calendar = _calendar()
    tokens: list[str | None] = []
    run: list[str] = []
    opens = sentence_start = True
    position = 0
    for match in _TOKEN.finditer(body):
        gap, word = body[position:match.start()], match.group()
        position = match.end()
        if run and (gap.strip() or not word[0].isupper() or word.lower() in calendar):
            tokens += _name_tokens(run, opens)
            run = []
        if any(mark in gap for mark in ".!?\n"):
            sentence_start = True
        if word.isdigit():
            tokens.append(f"#{int(word)}")
        elif word.lower() in calendar:
            tokens.append(calendar[word.lower()])
        elif word[0].isupper():
            opens = sentence_start if not run else opens
            run.append(word)
        sentence_start = False
    if run:
        tokens += _name_tokens(run, opens)
    return [t for t in tokens if t]


def signature(body: str) -> frozenset[str]:
    """Language-neutral features: each name/number with its occurrence count, and unordered neighbours."""
    return signature_of(_signature_tokens(body))


def signature_of(tokens: list[str]) -> frozenset[str]:
    """signature() of tokens already read from a body."""
    seen: Counter[str] = Counter()
    features = set()
    for token in tokens:
        seen[token] += 1
        features.add(f"{token}@{seen[token]}")
    features |= {"|".join(sorted(pair)) for pair in pairwise(tokens)}
    return frozenset(features)


def _minhash(features: frozenset[str]) -> MinHash:
    sketch = MinHash(num_perm=_NUM_PERM)
    sketch.update_batch([f.encode("utf-8") for f in features])
    return sketch


def _overlap(x: frozenset[str], y: frozenset[str]) -> tuple[float, float]:
    """(Jaccard, containment of the smaller set in the larger)."""
    common = len(x & y)
    return common / len(x | y), common / min(len(x), len(y))


def _candidate_pairs(sets: dict[int, frozenset[str]], threshold: float) -> set[tuple[int, int]]:
    """Pairs whose estimated containment (either way) reaches the threshold, via LSH Ensemble."""
    entries = [(doc_id, _minhash(features), len(features)) for doc_id, features in sets.items() if features]
    if len(entries) < 2:
        return set()
    ensemble = MinHashLSHEnsemble(threshold=threshold, num_perm=_NUM_PERM, num_part=8)
    ensemble.index(entries)
    pairs = set()
    for doc_id, sketch, size in entries:
        for other in ensemble.query(sketch, size):
            if other != doc_id:
                pairs.add((min(doc_id, other), max(doc_id, other)))
    return pairs


def find_near_duplicates(docs: Iterable[ArticleDoc], threshold: float = 0.5) -> list[NearDuplicate]:
    """Copies and partial copies by word shingles; translations by names, numbers and dates in order."""
    docs = {doc.id: doc for doc in docs}
    found: dict[tuple[int, int], NearDuplicate] = {}
    texts = {doc_id: shingles(doc.body) for doc_id, doc in docs.items()}
    # The LSH cut sits below the verification cut: estimates are noisy, exact sets decide.
    for a, b in _candidate_pairs(texts, max(0.1, threshold - 0.2)):
        jaccard, containment = _overlap(texts[a], texts[b])
        if jaccard >= max(threshold, _COPY_JACCARD):
            found[(a, b)] = NearDuplicate(a, b, "copy", round(jaccard, 3))
        elif containment >= threshold:
            found[(a, b)] = NearDuplicate(a, b, "partial", round(containment, 3))
    sequences = {doc_id: _signature_tokens(doc.body) for doc_id, doc in docs.items()}
    names = {doc_id: signature_of(tokens) for doc_id, tokens in sequences.items()}
    names = {doc_id: sig for doc_id, sig in names.items() if len(sig) >= 2 * _MIN_SIGNATURE}
    for a, b in _candidate_pairs(names, max(0.1, threshold - 0.2)):
        if (a, b) in found or docs[a].language == docs[b].language:
            continue
        # A translation keeps the order of names and numbers; two reports of one event share the names
        # but tell them in another order. So the longest common subsequence decides, not the sets.
        x, y = sequences[a], sequences[b]
        ordered = LCSseq.similarity(x, y) / min(len(x), len(y))
        if ordered >= threshold:
            found[(a, b)] = NearDuplicate(a, b, "translation", round(ordered, 3))
    return sorted(found.values(), key=lambda d: (d.a, d.b))
