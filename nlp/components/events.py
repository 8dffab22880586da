"""kliping_events: mark event triggers in doc.spans["events"] with their PLOVER type."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from nlp.affixes import english_forms, indonesian_forms
from nlp.resources import language_file

EVENTS_KEY = "events"
# A trigger inside a name is part of the name: "Kerja Sama Ekonomi Asia-Pasifik" is an ORG.
_NAME_LABELS = {"ORG", "PERSON", "GPE", "LOC"}


def trigger_words(lang: str) -> dict[str, set[str]]:
    """PLOVER type -> every trigger word or phrase, with affixed forms generated from roots."""
    data = language_file("triggers", lang)
    by_type: dict[str, set[str]] = {}
    for plover, entry in data.items():
        if plover.startswith("_"):
            continue
        words = {w.lower() for w in [*entry.get("words", []), *entry.get("phrases", [])]}
        if lang == "en":
            for verb in entry.get("verbs", []):
                words |= english_forms(verb)
        else:
            words |= {w + "nya" for w in entry.get("words", [])}
            for root, affixes in entry.get("roots", {}).items():
                words |= indonesian_forms(root, affixes)
        by_type[plover] = words
    return by_type


class EventTriggers:
    """Case-insensitive phrase lookup of triggers; built once per pipeline."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for plover, words in trigger_words(nlp.lang).items():
            self.matcher.add(plover, list(nlp.tokenizer.pipe(sorted(words))))

    def __call__(self, doc: Doc) -> Doc:
        in_name = {t.i for ent in doc.ents if ent.label_ in _NAME_LABELS for t in ent}
        spans = [span for span in self.matcher(doc, as_spans=True) if not any(t.i in in_name for t in span)]
        doc.spans[EVENTS_KEY] = sorted(filter_spans(spans), key=lambda s: s.start)
        return doc


@Language.factory("kliping_events")
def make_events(nlp: Language, name: str) -> EventTriggers:
    """Factory registered with spaCy; triggers come from nlp/data/triggers_<lang>.json."""
    return EventTriggers(nlp)
