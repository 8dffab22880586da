"""Load the pre-annotation pipeline once and turn article bodies into plain suggestions."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from itertools import repeat

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import nlp.components  # noqa: F401  (registers the kliping_* factories before any spacy.load)
from nlp.components.events import EVENTS_KEY
from nlp.components.roles import ROLES_KEY
from nlp.dates import normalize_value
from nlp.records import Annotation, CleanArticle, RoleSuggestion, SpanSuggestion

SUPPORTED_LANGUAGES = ("id", "en")
COMPONENTS = (
    "kliping_gazetteer",
    "kliping_dates",
    "kliping_persons",
    "kliping_statistical_ner",  # after the rules: the model only fills gaps they leave
    "kliping_consistency",  # one name, one label in an article; Title Case headlines judged by the body
    "kliping_events",
    "kliping_roles",
)


def build_pipeline(lang: str = "id", ner_model: str | None = None) -> Language:
    """A fresh built-in pipeline: a blank tokenizer, a sentencizer and the kliping components.

    ner_model: folder of a statistical NER trained for a project (None: the one shipped in nlp/models).
    """
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; expected one of {SUPPORTED_LANGUAGES}")
    nlp = spacy.blank(lang)
    _split_dates_from_punctuation(nlp)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kliping_paragraphs")
    for name in COMPONENTS:
        config = {"model_path": ner_model} if name == "kliping_statistical_ner" and ner_model else {}
        nlp.add_pipe(name, config=config)
    return nlp


# "(16/8)." and "2024./Humas" come out of spaCy's tokenizer as "8)" and "2024./Humas", hiding the date.
_DATE_INFIXES = (r"(?<=\d)\)", r"(?<=\d)\.(?=/)", r"(?<=\.)/(?=[A-Za-z])")


def _split_dates_from_punctuation(nlp: Language) -> None:
    infixes = [*nlp.Defaults.infixes, *_DATE_INFIXES]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    # The emoticon exceptions "8)" and "(8" would swallow the last digit of "(16/8)".
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items()
                           if not re.fullmatch(r"\d[()]|[()]\d", k)}


@cache
def load_pipeline(lang: str = "id", model: str | None = None, ner_model: str | None = None) -> Language:
    """The pipeline for lang, or the installed spaCy pipeline named (or found at) model; cached."""
    return spacy.load(model) if model else build_pipeline(lang, ner_model)


def to_annotation(doc: Doc, published: dt.date | None = None) -> Annotation:
    """Plain suggestions from a doc: entities first, then events; roles index into them.

    DATE spans get an ISO `normalized` value, resolved against published (the article's publication
    date) for relative and year-less dates ("Kamis (11/7)", "bulan lalu").
    """
    entities = [
        SpanSuggestion(
            ent.start_char,
            ent.end_char,
            ent.label_,
            "entity",
            normalize_value(ent.text, published, doc.lang_) if ent.label_ == "DATE" else None,
        )
        for ent in doc.ents
    ]
    events = [
        SpanSuggestion(span.start_char, span.end_char, span.label_, "event")
        for span in doc.spans.get(EVENTS_KEY, [])
    ]
    offset = len(entities)
    roles = tuple(
        RoleSuggestion(offset + event, entity, label)
        for event, entity, label in doc.user_data.get(ROLES_KEY, [])
    )
    return Annotation(spans=(*entities, *events), roles=roles)


def annotate(
    texts: Iterable[str], lang: str = "id", model: str | None = None, batch_size: int = 32,
    ner_model: str | None = None, published: Iterable[dt.date | None] | None = None,
) -> Iterator[Annotation]:
    """One Annotation per text, in order; run it off the GUI thread.

    published: the publication date of each text (same order; None where unknown), used to resolve
    relative DATE spans. Without it, only dates that name their year are normalised.
    """
    nlp = load_pipeline(lang, model, ner_model)
    pairs = zip(texts, repeat(None)) if published is None else zip(texts, published, strict=True)
    for doc, date in nlp.pipe(pairs, batch_size=batch_size, as_tuples=True):
        yield to_annotation(doc, date)


def annotate_articles(
    articles: Sequence[CleanArticle], model: str | None = None, ner_model: str | None = None,
    batch_size: int = 32,
) -> list[Annotation]:
    """One Annotation per cleaned article, in order: each language through its own pipeline, relative
    dates resolved against each article's publication date. ner_model replaces the shipped NER for
    Indonesian articles (a project's retrained model)."""
    annotations: list[Annotation | None] = [None] * len(articles)
    for lang in dict.fromkeys(a.language for a in articles):
        group = [i for i, a in enumerate(articles) if a.language == lang]
        results = annotate([articles[i].body for i in group], lang=lang, model=model,
                           ner_model=ner_model if lang == "id" else None, batch_size=batch_size,
                           published=[articles[i].published for i in group])
        for i, annotation in zip(group, results, strict=True):
            annotations[i] = annotation
    return [a for a in annotations if a is not None]
