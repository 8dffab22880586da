"""kliping_events: mark event triggers in doc.spans["events"] with their PLOVER type.

Affixed forms are generated from roots (nlp/affixes.py); the matched trigger tokens get their root as
token.lemma_ (the blank pipeline has no lemmatizer, and spaCy's Indonesian lookup table misses di-
passives such as "ditandatangani"). A few conventions of the scheme are applied after matching: one
trigger per event ("menandatangani perjanjian" -> the verb), a treaty's proper name is no event, meeting
the press is no consultation, and "mengirim(kan)" is aid only when weapons, troops or aid follow.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from nlp.affixes import english_forms, indonesian_lemmas
from nlp.resources import language_file

EVENTS_KEY = "events"
# A trigger inside a name is part of the name: "Kerja Sama Ekonomi Asia-Pasifik" is an ORG.
_NAME_LABELS = {"ORG", "PERSON", "GPE", "LOC"}
# Heads of treaty names: "Pakta Kerja Sama Maritim Makassar" is a name, not an event by itself.
_TREATY_HEADS = {
    "pakta", "perjanjian", "traktat", "konvensi", "deklarasi", "piagam", "persetujuan", "kesepakatan",
    "pact", "treaty", "convention", "declaration", "charter", "accord", "agreement",
}
# Treaty nouns that are the object of a signing verb: the verb alone is the trigger.
_TREATY_NOUNS = {"pakta", "perjanjian", "traktat", "pact", "treaty", "agreement", "accord", "deal"}
_SIGNING_ROOTS = {"tandatangan", "teken", "ratifikasi", "sah", "sign", "ratify"}
_BETWEEN = {"undang-undang", "sebuah", "suatu", "itu", "tersebut", "a", "the", "an", "new", "baru"}
# "pertemuan dengan wartawan": meeting the press is a reporting context.
_PRESS = {"wartawan", "jurnalis", "media", "pers", "awak", "reporter", "reporters", "journalists", "press"}
_PRESS_LINK = {"dengan", "bersama", "para", "sejumlah", "with", "the"}
# "artikel yang menyerukan ...": the content of a treaty clause is no request.
_CLAUSES = {"artikel", "pasal", "klausul", "ketentuan", "butir", "article", "clause", "provision"}
# Objects that make "mengirimkan"/"pengiriman" an AID event.
_SEND_ROOTS = {"kirim", "send"}
_AID_OBJECTS = {
    "senjata", "peluru", "amunisi", "tentara", "pasukan", "rudal", "artileri", "drone", "tank", "bantuan",
    "logistik", "personel", "prajurit", "makanan", "sembako", "air", "obat-obatan", "tenda", "beras",
    "weapons", "arms", "ammunition", "troops", "shells", "missiles", "aid",
}
_SEND_WINDOW = 4
# "kapal perang", "pesawat tempur", "kejahatan perang", "perang dagang": war words that name a thing,
# a crime or a metaphor, not an attack.
_NOT_ATTACK_BEFORE = {
    "kapal", "pesawat", "jet", "kejahatan", "penjahat", "tawanan", "kapal-kapal", "alat", "mesin", "zona",
    "war",
}
_NOT_ATTACK_AFTER = {"dagang", "tarif", "dingin", "urat", "saraf", "trade", "cold"}
_WAR_ROOTS = {"perang", "tempur", "war"}


@dataclass
class TriggerLexicon:
    """PLOVER type -> trigger words and phrases, and word form -> root for the lemmas."""

    by_type: dict[str, set[str]] = field(default_factory=dict)
    lemmas: dict[str, str] = field(default_factory=dict)


def trigger_lexicon(lang: str) -> TriggerLexicon:
    """Every trigger word or phrase per type, with affixed forms generated from roots."""
    data = language_file("triggers", lang)
    lexicon = TriggerLexicon()
    for plover, entry in data.items():
        if plover.startswith("_"):
            continue
        words = {w.lower() for w in [*entry.get("words", []), *entry.get("phrases", [])]}
        if lang == "en":
            for verb in entry.get("verbs", []):
                forms = english_forms(verb)
                words |= forms
                lexicon.lemmas.update(dict.fromkeys(forms, verb))
        else:
            words |= {w + "nya" for w in entry.get("words", [])}
            lexicon.lemmas.update({w + "nya": w for w in entry.get("words", [])})
            for root, affixes in entry.get("roots", {}).items():
                forms = indonesian_lemmas(root, affixes)
                words |= set(forms)
                lexicon.lemmas.update(forms)
        lexicon.by_type[plover] = words
    # "menetapkan ... tersangka", "named ... as a suspect": naming a suspect is an accusation.
    if lang == "en":
        lexicon.by_type["_SUSPECT"] = english_forms("name")
    else:
        lexicon.by_type["_SUSPECT"] = set(indonesian_lemmas("tetap", ["meN-kan", "peN-an"]))
    # Verbs of sending are no trigger alone; they are kept only before weapons, troops or aid.
    if lang == "en":
        lexicon.by_type["_SEND"] = english_forms("send") | {"sent"}
        lexicon.lemmas.update(dict.fromkeys(lexicon.by_type["_SEND"], "send"))
    else:
        sends = {**indonesian_lemmas("kirim", ["meN", "meN-kan", "peN-an", "bare"]),
                 **indonesian_lemmas("salur", ["meN-kan", "peN-an"]),
                 **indonesian_lemmas("distribusi", ["meN-kan", "-kan", "peN-an"])}
        lexicon.by_type["_SEND"] = set(sends)
        lexicon.lemmas.update(sends)
    return lexicon


def trigger_words(lang: str) -> dict[str, set[str]]:
    """PLOVER type -> every trigger word or phrase, with affixed forms generated from roots."""
    return {k: v for k, v in trigger_lexicon(lang).by_type.items() if not k.startswith("_")}


class EventTriggers:
    """Case-insensitive phrase lookup of triggers; built once per pipeline."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        lexicon = trigger_lexicon(nlp.lang)
        self.lemmas = lexicon.lemmas
        for plover, words in lexicon.by_type.items():
            self.matcher.add(plover, list(nlp.tokenizer.pipe(sorted(words))))

    def __call__(self, doc: Doc) -> Doc:
        in_name = {t.i for ent in doc.ents if ent.label_ in _NAME_LABELS for t in ent}
        in_name |= _treaty_names(doc)
        spans = [span for span in self.matcher(doc, as_spans=True) if not any(t.i in in_name for t in span)]
        kept = [s for s in filter_spans(spans) if self._keep(doc, s)]
        sends = [s for s in kept if s.label_ == "_SEND"]
        suspects = [s for s in kept if s.label_ == "_SUSPECT"]
        kept = [s for s in kept if not s.label_.startswith("_")]
        kept += [Span(doc, s.start, s.end, label="AID") for s in sends if _sends_aid(doc, s)]
        kept += [Span(doc, s.start, s.end, label="ACCUSE") for s in suspects if _names_suspect(doc, s)]
        for span in kept:
            for token in span:
                root = self.lemmas.get(token.lower_)
                if root:
                    token.lemma_ = root
        doc.spans[EVENTS_KEY] = sorted(kept, key=lambda s: s.start)
        return doc

    def _keep(self, doc: Doc, span: Span) -> bool:
        first = span[0].lower_
        if len(span) == 1 and first.removesuffix("nya") in _TREATY_NOUNS and self._signed(doc, span.start):
            return False
        if span.label_ == "CONSULT" and first != "konferensi" and _with_press(doc, span.end):
            return False
        if span.label_ == "ASSAULT" and len(span) == 1 and self.lemmas.get(first, first) in _WAR_ROOTS:
            before = doc[span.start - 1].lower_ if span.start > 0 else ""
            after = doc[span.end].lower_ if span.end < len(doc) else ""
            if before in _NOT_ATTACK_BEFORE or after in _NOT_ATTACK_AFTER:
                return False
        if span.label_ == "SUPPORT" and _votes_won(doc, span):
            return False  # "memperoleh dukungan 96 juta suara": votes won, not an act of support
        if span.label_ == "AGREE" and self.lemmas.get(first) == "sah" and _about_a_law(doc, span):
            return False  # "RUU itu disahkan": a law passed is no agreement between parties
        return not (span.label_ == "REQUEST" and _in_clause(doc, span.start))

    def _signed(self, doc: Doc, i: int) -> bool:
        """True when a signing verb stands just before the treaty noun at i (or after: "yang diteken")."""
        j = i - 1
        while j >= 0 and i - j <= 3 and (doc[j].lower_ in _BETWEEN or _inner_punct(doc[j])):
            j -= 1
        if j >= 0 and self.lemmas.get(doc[j].lower_) in _SIGNING_ROOTS:
            return True
        k = i + 1
        if k < len(doc) and doc[k].lower_ in {"yang", "that", "which"}:
            k += 1
        return k < len(doc) and k - i <= 2 and self.lemmas.get(doc[k].lower_) in _SIGNING_ROOTS


def _inner_punct(token: Token) -> bool:
    return token.is_punct and token.text not in {".", "!", "?", ";"}


def _treaty_names(doc: Doc) -> set[int]:
    """Token indices of proper treaty names: a capitalised treaty head followed by capitalised words."""
    found: set[int] = set()
    in_entity = {t.i for ent in doc.ents for t in ent}
    for token in doc:
        if token.lower_ not in _TREATY_HEADS or not token.text[:1].isupper():
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].text[:1].isupper() and not doc[end].is_sent_start:
            end += 1
        # "Kesepakatan Rusia-Korut" is a deal between named countries, not a treaty's name.
        if any(i not in in_entity for i in range(token.i + 1, end)):
            found.update(range(token.i, end))
    return found


def _with_press(doc: Doc, end: int) -> bool:
    """ "pertemuan dengan (para) wartawan": the trigger is followed by a meeting with the press."""
    i = end
    linked = False
    while i < len(doc) and i - end < 3 and doc[i].lower_ in _PRESS_LINK:
        linked = True
        i += 1
    return linked and i < len(doc) and doc[i].lower_ in _PRESS


def _in_clause(doc: Doc, start: int) -> bool:
    """ "sebuah artikel yang menyerukan ...": the request is the wording of a treaty clause."""
    i = start - 1
    if i >= 0 and doc[i].lower_ in {"yang", "that", "which"}:
        i -= 1
    return i >= 0 and doc[i].lower_ in _CLAUSES


_WINNING = {"memperoleh", "meraih", "mendapat", "mendapatkan", "mengantongi", "meraup", "won", "received"}


def _votes_won(doc: Doc, span: Span) -> bool:
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end:min(len(doc), span.end + 5)]
    return before in _WINNING or any(t.lower_ in {"suara", "votes"} for t in after)


_LAW_WORDS = {"undang-undang", "uu", "ruu", "perppu", "peraturan", "perda", "apbn", "apbd", "rancangan",
              "law", "bill", "budget", "regulation"}


def _about_a_law(doc: Doc, span: Span) -> bool:
    window = doc[max(0, span.start - 4):min(len(doc), span.end + 4)]
    return any(t.lower_ in _LAW_WORDS for t in window)


_SUSPECT_WORDS = {"tersangka", "terdakwa", "suspect", "suspects"}


def _names_suspect(doc: Doc, span: Span) -> bool:
    """ "menetapkan 21 tersangka", "ditetapkan sebagai tersangka", "named ... a suspect"."""
    for token in doc[span.end:min(len(doc), span.end + 6)]:
        if token.text in {".", ";"} or "\n" in token.text:
            return False
        if token.lower_ in _SUSPECT_WORDS:
            return True
    return False


def _sends_aid(doc: Doc, span: Span) -> bool:
    stop = min(len(doc), span.end + _SEND_WINDOW)
    for token in doc[span.end : stop]:
        if token.is_sent_start or token.text in {".", ";"}:
            return False
        if token.lower_ in _AID_OBJECTS:
            return True
    return False


@Language.factory("kliping_events")
def make_events(nlp: Language, name: str) -> EventTriggers:
    """Factory registered with spaCy; triggers come from nlp/data/triggers_<lang>.json."""
    return EventTriggers(nlp)
