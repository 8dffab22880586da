"""kliping_consistency: one name, one label across an article; headlines in Title Case judged by the body.

Runs after every entity component. Two things real pages need now that headlines and captions are part
of the article:
- A headline in Title Case ("Banjir Akibat Luapan Riam Kanan") capitalises every word, so the name
  finders see names everywhere. A PERSON or ORG found only there is dropped unless the body, a known
  list or an acronym backs it.
- A name found once (in the lede, by a title, by a list) is the same name in the headline, a caption or
  a byline: every other whole-token occurrence gets its label, unless the article gives it two labels.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.components.spans import add_entities
from nlp.gazetteers import ambiguous_cities, city_names, curated

# Function words a Title Case headline may leave in lowercase.
_MINOR = {"di", "ke", "dari", "dan", "yang", "untuk", "dengan", "pada", "atau", "soal", "usai", "jadi",
          "of", "the", "and", "in", "on", "at", "to", "for", "a", "an", "by", "as", "vs", "vs."}
_JUDGED = {"PERSON", "ORG"}
_AMBIGUOUS = ambiguous_cities(city_names())
_PROPAGATED = {"PERSON", "ORG", "GPE", "LOC"}


def is_title_case(sentence: Span) -> bool:
    """A headline or subheading in Title Case: a line of its own, five words or more, no closing
    punctuation (captions and sentences have it), not a credit line, nearly every word capitalised."""
    text = sentence.text.strip()
    if not text or text[-1] in '.!?"”’)' or ":" in text.split()[0]:
        return False
    starts_line = sentence.start == 0 or "\n" in sentence.doc[sentence.start - 1].text
    ends_line = sentence.text.endswith("\n") or sentence.end == len(sentence.doc)
    words = [t for t in sentence if t.is_alpha and t.lower_ not in _MINOR]
    if not (starts_line and ends_line) or len(words) < 5:
        return False
    capitalised = sum(1 for t in words if t.text[:1].isupper())
    return capitalised / len(words) >= 0.85


class Consistency:
    def __init__(self, nlp: Language) -> None:
        lists = curated(nlp.lang if nlp.lang in ("id", "en") else "id")
        self.known = {label: set(lists.get(label, ())) for label in _JUDGED}

    def __call__(self, doc: Doc) -> Doc:
        title_tokens = {t.i for s in doc.sents if is_title_case(s) for t in s}
        body_labels: dict[str, set[str]] = defaultdict(set)
        for ent in doc.ents:
            if ent.start not in title_tokens:
                body_labels[ent.text].add(ent.label_)
        kept = [ent for ent in doc.ents if self._backed(ent, title_tokens, body_labels)]
        if len(kept) != len(doc.ents):
            # "Riam" and "Kanan" alone were taken as later mentions of the dropped "... Riam Kanan".
            dropped = {t.text for ent in doc.ents if ent not in kept and ent.label_ == "PERSON"
                       for t in (ent[0], ent[-1])}
            backed = {t.text for ent in kept if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
            orphans = dropped - backed
            doc.ents = [ent for ent in kept
                        if not (ent.label_ == "PERSON" and len(ent) == 1 and ent.text in orphans)]
        add_entities(doc, _propagate(doc))
        _join_adjacent_people(doc)
        return doc

    def _backed(self, ent: Span, title_tokens: set[int], body_labels: dict[str, set[str]]) -> bool:
        if ent.label_ not in _JUDGED or ent.start not in title_tokens:
            return True
        return (ent.label_ in body_labels.get(ent.text, ())
                or ent.text in self.known[ent.label_]
                or any(t.is_upper and len(t) > 1 for t in ent))


def _join_adjacent_people(doc: Doc) -> None:
    """ "Tom" + "Lembong", found apart as later mentions, are one name."""
    ents = list(doc.ents)
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if (last is not None and ent.label_ == last.label_ == "PERSON" and ent.start == last.end
                and len(ent) == len(last) == 1
                and not doc[last.end - 1].whitespace_.count("\n")):
            joined[-1] = Span(doc, last.start, ent.end, label="PERSON")
        else:
            joined.append(ent)
    if len(joined) != len(ents):
        doc.ents = joined


def _propagate(doc: Doc) -> list[Span]:
    """Other whole-token occurrences of a name the article labels one way only."""
    labels: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for ent in doc.ents:
        if ent.label_ in _PROPAGATED and ent.text[:1].isupper() and len(ent.text) > 2:
            labels[tuple(t.text for t in ent)].add(ent.label_)
    for ent in doc.ents:  # a name with two labels in one article is left alone
        key = tuple(t.text for t in ent)
        if key in labels and ent.label_ not in labels[key]:
            labels[key].add(ent.label_)
    taken = {t.i for ent in doc.ents for t in ent}
    lowercase = {t.text for t in doc if t.is_lower}
    found: list[Span] = []
    for words, label_set in sorted(labels.items(), key=lambda item: -len(item[0])):
        # "Lima" the city is also "lima" (five): a word the article writes in lowercase is left alone
        if len(label_set) != 1 or (len(words) == 1 and words[0].lower() in lowercase):
            continue
        label = next(iter(label_set))
        size = len(words)
        for i in range(len(doc) - size + 1):
            if doc[i].text != words[0] or any(j in taken for j in range(i, i + size)):
                continue
            if tuple(t.text for t in doc[i:i + size]) != words:
                continue
            if size == 1 and doc[i].is_sent_start and words[0] in _AMBIGUOUS:
                continue  # "Lima orang tewas": capitalised only because a sentence starts there
            # whole tokens only: not "Jong" of "Jong-un", not the "Indonesia" of "Indonesia-Malaysia"
            if i + size < len(doc) and doc[i + size].text == "-" and not doc[i + size - 1].whitespace_:
                continue
            found.append(Span(doc, i, i + size, label=label))
            taken.update(range(i, i + size))
    return found


@Language.factory("kliping_consistency")
def make_consistency(nlp: Language, name: str) -> Consistency:
    """Factory registered with spaCy."""
    return Consistency(nlp)
