"""kliping_persons: mark names after titles ("Presiden AS Joe Biden") and their later mentions."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from nlp.components.name_words import is_office_word
from nlp.components.person_cues import person_cues
from nlp.components.spans import add_entities
from nlp.resources import load_json

_MAX_NAME_TOKENS = 4
_MAX_PARTICLE_NAME_TOKENS = 6
# Lowercase particles inside a name: "Lula da Silva", "Mohammed bin Salman", "Ursula von der Leyen".
_PARTICLES = {"da", "de", "dos", "das", "do", "van", "von", "der", "den", "bin", "binti", "ibn", "la", "le"}
# Honorifics are titles before a name ("Pak Jokowi") but part of one after it ("Jung Pak").
_HONORIFICS = {"pak", "bu", "bapak", "ibu"}
_SKIPPABLE = {
    "GPE",
    "ORG",
    "LOC",
}  # "Presiden [Korea Selatan] Yoon", "Juru Bicara [Deplu AS] Miller"


class PersonFinder:
    """Titles are looked up once per pipeline; names are the capitalised words after them."""

    def __init__(self, nlp: Language) -> None:
        data = load_json("titles.json")
        lang = nlp.lang if nlp.lang in data else "id"
        titles = data[lang]
        self.org_heads = set(data["org_heads"][lang])
        self.portfolios = set(data.get("portfolios", {}).get(lang, []))
        self.title_words = {w.lower() for title in titles for w in title.split()}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("TITLE", list(nlp.tokenizer.pipe(titles)))
        self.stop_words = nlp.Defaults.stop_words

    def __call__(self, doc: Doc) -> Doc:
        ent_at = {t.i: ent for ent in doc.ents for t in ent}
        found: list[Span] = []
        for _, _, end in self.matcher(doc):
            found += self._names_after(doc, end, ent_at)
        add_entities(doc, found)
        add_entities(doc, person_cues(doc))
        add_entities(doc, self._later_mentions(doc))
        return doc

    def _is_name_token(self, token: Token) -> bool:
        text = token.text
        return (
            text[:1].isupper()
            and any(c.isalpha() for c in text)
            and token.lower_ not in self.stop_words
            and token.lower_ not in self.title_words
            and text not in self.portfolios
            and not text.isupper()  # acronyms are organisations or countries, not people
            and not is_office_word(text)  # "Kepala Pelaksana BPBD": the office runs on after the title
        )

    def _names_after(self, doc: Doc, i: int, ent_at: dict[int, Span]) -> list[Span]:
        """The person after a title; "Ketua Himpunan Nelayan, Daeng Basri" also yields an ORG."""
        found: list[Span] = []
        while True:
            # "Menteri [Koordinator Bidang Perekonomian] Airlangga", "Menteri [Perdagangan] Tiongkok Wang"
            while i < len(doc) and i not in ent_at and doc[i].text in self.portfolios:
                i += 1
            i = self._skip_affiliation(doc, i, ent_at)
            span = self._capitalised_run(doc, i, ent_at)
            if span is None:
                return found
            if span[0].text not in self.org_heads:
                return [*found, span]
            found.append(Span(doc, span.start, span.end, label="ORG"))
            i = span.end + 1 if span.end < len(doc) and doc[span.end].text == "," else span.end
            if len(found) > 2:
                return found

    def _skip_affiliation(self, doc: Doc, i: int, ent_at: dict[int, Span]) -> int:
        """Skip the country or body of a title: "Presiden [AS]", "Dubes [X untuk PBB]"."""
        while i < len(doc) and i in ent_at and ent_at[i].label_ in _SKIPPABLE:
            i = ent_at[i].end
            if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
                i += 3
            if i + 1 < len(doc) and doc[i].lower_ in {"untuk", "for", "di", "to"} and i + 1 in ent_at:
                i += 1
            if i < len(doc) and doc[i].text == ",":
                i += 1
        return i

    def _trailing_honorific(self, doc: Doc, i: int) -> bool:
        """ "Jung Pak": an honorific after a name and before no other name word is part of the name."""
        token = doc[i]
        return (
            token.lower_ in _HONORIFICS
            and token.text[:1].isupper()
            and not (i + 1 < len(doc) and self._is_name_token(doc[i + 1]))
        )

    def _capitalised_run(self, doc: Doc, i: int, ent_at: dict[int, Span]) -> Span | None:
        start = i
        words = 0
        limit = _MAX_NAME_TOKENS
        while i < len(doc) and words < limit and i not in ent_at:
            token = doc[i]
            if (
                words
                and token.text in _PARTICLES
                and i + 1 < len(doc)
                and i + 1 not in ent_at
                and self._is_name_token(doc[i + 1])
            ):
                limit = _MAX_PARTICLE_NAME_TOKENS
                words += 1
                i += 1
            elif (
                self._is_name_token(token)
                or (words and token.text in {"of", "for"})
                or (words and self._trailing_honorific(doc, i))
            ):
                words += 1
                i += 1
            elif (
                token.text == "-"
                and words
                and not doc[i - 1].whitespace_
                and i + 1 < len(doc)
                and doc[i + 1].is_alpha
                and not token.whitespace_
            ):
                i += 2  # Jong-un, Tae-yul: the tokenizer splits the hyphen off
            else:
                break
        while i > start and doc[i - 1].text in {"of", "for"}:
            i -= 1  # "Ministry of" without its object is no name
        return Span(doc, start, i, label="PERSON") if words else None

    def _later_mentions(self, doc: Doc) -> list[Span]:
        """ "Biden" or "Yoon" alone, once the full name has appeared in the same article."""
        parts = set()
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent) > 1:
                parts.update(t.text for t in (ent[0], ent[-1]) if len(t.text) > 2 and t.is_alpha)
        if not parts:
            return []
        taken = {t.i for ent in doc.ents for t in ent}
        hits = [
            t.i
            for t in doc
            if t.text in parts and t.i not in taken and (t.i + 1 == len(doc) or doc[t.i + 1].text != "-")
        ]
        # "Wang Wentao" again: adjacent parts are one mention, not two.
        found: list[Span] = []
        for i in hits:
            if found and found[-1].end == i:
                found[-1] = Span(doc, found[-1].start, i + 1, label="PERSON")
            else:
                found.append(Span(doc, i, i + 1, label="PERSON"))
        return found


@Language.factory("kliping_persons")
def make_persons(nlp: Language, name: str) -> PersonFinder:
    """Factory registered with spaCy; titles come from nlp/data/titles.json."""
    return PersonFinder(nlp)
