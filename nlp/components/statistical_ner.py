"""kliping_statistical_ner: fill gaps the rules leave with the shipped CNN NER (nlp/models/ner_id).

The model proposes every label (PERSON, ORG, GPE, LOC, DATE); rules win: it only adds entities that
overlap no existing one and look like names (people and bodies of two words or more, one-word places
capitalised inside their sentence). Without the model files the component logs a warning once and
leaves documents unchanged.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from nlp.components.name_words import is_office_word
from nlp.components.spans import add_entities
from nlp.resources import load_json

log = logging.getLogger(__name__)

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "ner_id"
DEFAULT_LABELS = ("PERSON", "ORG", "GPE", "LOC", "DATE")
_MAX_TOKENS = {"PERSON": 5, "ORG": 10, "GPE": 4, "LOC": 5}
# Places may be one word ("Kemang", "Nduga"); one-word people and bodies are mostly capitalised words.
_MIN_TOKENS = {"PERSON": 2, "ORG": 2, "GPE": 1, "LOC": 1}
# First words of names the model takes for organisations but that are treaties or places.
_NOT_ORG_HEADS = frozenset(
    {"pakta", "perjanjian", "traktat", "kesepakatan", "deklarasi", "konsensus", "resolusi", "prinsip"}
    | {"port", "pelabuhan", "bandara", "pulau", "teluk"}
)


@cache
def load_model(path: str) -> Language | None:
    """The trained tok2vec+ner pipeline at path, loaded once per process; None (and a warning) if absent."""
    model_dir = Path(path)
    if not (model_dir / "config.cfg").is_file():
        log.warning("statistical NER model not found at %s: pre-annotation uses the rules only", model_dir)
        return None
    try:
        return spacy.load(model_dir, exclude=["senter", "parser", "tagger"])
    except (OSError, ValueError) as error:  # a half-copied or incompatible model must not stop the app
        log.warning("statistical NER model at %s cannot be loaded (%s): rules only", model_dir, error)
        return None


class StatisticalNer:
    """Runs the model on a copy of each doc's words and adds its non-overlapping, plausible entities."""

    def __init__(self, nlp: Language, model_path: str, labels: Iterable[str]) -> None:
        self.model_path = model_path or str(MODEL_DIR)
        self.labels = frozenset(labels)
        titles = load_json("titles.json")
        words = titles.get(nlp.lang, titles["id"])
        self.title_words = {w.lower() for title in words for w in title.split()}
        self.stop_words = nlp.Defaults.stop_words

    @property
    def model(self) -> Language | None:
        return load_model(self.model_path)

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        model = self.model
        if model is None:
            yield from docs
            return
        docs = list(docs) if not isinstance(docs, list) else docs
        copies = (
            Doc(model.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]) for d in docs
        )
        for doc, predicted in zip(docs, model.pipe(copies, batch_size=batch_size), strict=True):
            self.add(doc, predicted.ents)
            yield doc

    def add(self, doc: Doc, predicted: Iterable[Span]) -> None:
        """Add the model's spans (token offsets of doc) that pass the policy and overlap no entity."""
        taken = {t.i for ent in doc.ents for t in ent}
        found: list[Span] = []
        for ent in predicted:
            span = self._plausible(doc, ent.start, ent.end, ent.label_)
            if span is not None and not any(i in taken for i in range(span.start, span.end)):
                found.append(span)
                taken.update(range(span.start, span.end))
        found += _later_mentions(doc, found, taken)
        add_entities(doc, found)

    def _plausible(self, doc: Doc, start: int, end: int, label: str) -> Span | None:
        """The span without leading titles, or None if it does not look like a name of an allowed label.

        Single words are dropped: on the real corpus they were mostly capitalised common words
        ("Strategi", "Pembicaraan") or acronyms of the wrong type ("ROK"); names of one word are found
        by the rules or as later mentions of a full name.
        """
        if label not in self.labels:
            return None
        while start < end and (doc[start].lower_ in self.title_words or not doc[start].text[:1].isupper()):
            if label == "ORG" and doc[start].text[:1].isupper():
                break  # "Kementerian ..." opens an organisation's name
            start += 1
        while end > start and not doc[end - 1].text[:1].isalnum():
            end -= 1
        if end - start < _MIN_TOKENS.get(label, 2) or end - start > _MAX_TOKENS.get(label, 5):
            return None
        if end - start == 1 and (doc[start].is_sent_start or not doc[start].text[:1].isupper()
                                 or doc[start].lower_ in self.stop_words):
            return None  # a one-word place: capitalised inside its sentence, and no common word
        tokens = doc[start:end]
        if not tokens[0].text[:1].isupper() or not tokens[-1].text[:1].isalnum():
            return None
        if all(t.lower_ in self.title_words for t in tokens):
            return None  # "Duta Besar" is a title, not a body
        if label == "ORG" and tokens[0].lower_ in _NOT_ORG_HEADS:
            return None
        if label == "PERSON" and any(_not_in_name(t) for t in tokens):
            return None  # "REPUBLIKA.CO.ID", "DK PBB": outlets and acronyms are not people
        return Span(doc, start, end, label=label)


def _not_in_name(token: Token) -> bool:
    return (token.is_digit or token.like_url or "." in token.text or (token.is_upper and len(token) > 1)
            or is_office_word(token.text))


def _later_mentions(doc: Doc, people: list[Span], taken: set[int]) -> list[Span]:
    """ "Namazu" alone, once the model has found "Hiroyuki Namazu" in the same article."""
    parts = {t.text for ent in people if ent.label_ == "PERSON" for t in (ent[0], ent[-1])}
    parts = {p for p in parts if len(p) > 2 and p.isalpha()}
    return [
        Span(doc, t.i, t.i + 1, label="PERSON")
        for t in doc
        if t.text in parts and t.i not in taken and (t.i + 1 == len(doc) or doc[t.i + 1].text != "-")
    ]


@Language.factory(
    "kliping_statistical_ner",
    default_config={"model_path": "", "labels": list(DEFAULT_LABELS)},
)
def make_statistical_ner(nlp: Language, name: str, model_path: str, labels: list[str]) -> StatisticalNer:
    """Factory registered with spaCy; an empty model_path means the model shipped in nlp/models/ner_id."""
    return StatisticalNer(nlp, model_path, labels)
