"""kliping_gazetteer: mark countries, cities, organisations, regions and people from name lists."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from nlp.components.spans import add_entities
from nlp.gazetteers import (
    MIN_CITY_POPULATION,
    ambiguous_cities,
    city_names,
    country_names,
    curated,
)
from nlp.outlets import is_known_outlet

# Words that make a following capitalised name a place ("di Lima", "ke Nice").
_PLACE_CUES = {"di", "ke", "dari", "kota", "ibu kota", "in", "at", "from", "to", "city", "capital"}
_CITY = "CITY"  # internal match label: cities are GPE but need a context check first
_CAPITALISED = {"TEXT": {"REGEX": r"^[A-Z]"}, "IS_STOP": False}
# "TRIBUNNEWS.COM", "REPUBLIKA.CO.ID", "Liputan6.com": news sites are media outlets (ORG).
_DOMAIN = {"TEXT": {"REGEX": r"^[A-Za-z][A-Za-z0-9-]+(\.[A-Za-z]{2,4}){1,2}$"}}
_DASHES = {"-", "–", "—"}
_DATELINE_TOKENS = 8
# "Sumber: Yonhap-OANA", "Source: Reuters/AFP": every credited part of a source line is a wire (ORG).
_SOURCE_CUES = {"sumber", "source", "sources"}
_SOURCE_SEPARATORS = {"-", "/", ",", "&", "dan", "and"}
_SOURCE_TOKENS = 12
# Names the lists cannot hold: "Republik Varnesia", "Kementerian Luar Negeri Varnesia".
_SHAPED_NAMES = {
    "GPE": [
        [
            {"LOWER": {"IN": ["republik", "kerajaan", "republic", "kingdom"]}},
            {"LOWER": "of", "OP": "?"},
            _CAPITALISED,
        ]
    ],
    "ORG": [
        [
            {"LOWER": {"IN": ["kementerian", "departemen", "kedutaan", "ministry", "embassy"]}},
            {"LOWER": {"IN": ["luar", "pertahanan", "besar", "dalam", "of"]}},
            {"LOWER": {"IN": ["negeri", "foreign", "defence", "defense"]}, "OP": "?"},
            {"LOWER": {"IN": ["affairs"]}, "OP": "?"},
            {"LOWER": "of", "OP": "?"},
            _CAPITALISED,
        ]
    ],
}


# Heads of institution names: "Kementerian Kesehatan Gaza", "Badan Pusat Statistik", "Komando Teater Timur".
_ORG_HEADS = {
    "Kementerian", "Kemenko", "Badan", "Dewan", "Komisi", "Partai", "Tentara", "Angkatan", "Asosiasi",
    "Sekretariat",
    "Lembaga", "Majelis", "Mahkamah", "Komando", "Kantor", "Dana", "Organisasi", "Kepolisian", "Kejaksaan",
    "Persatuan", "Ikatan", "Serikat", "Federasi", "Otoritas", "Universitas", "Institut", "Komite", "Korps",
    "Aliansi", "Gerakan", "Liga", "Kedutaan", "Konsulat", "Departemen", "Perserikatan", "Himpunan", "Yayasan",
}
# Heads that need a word of their own before a country: "Tentara Israel" is generic, "Tentara Nasional
# Indonesia" a name.
_GENERIC_HEADS = {"Tentara", "Angkatan", "Kantor", "Dana", "Gerakan", "Partai", "Otoritas"}
_ORG_LINKS = {"dan", "untuk", "&", "-", "of", "for", "and"}
_ORG_STOPS = {
    "presiden", "menteri", "ketua", "juru", "direktur", "kepala", "duta", "wakil", "perdana", "gubernur",
    "panglima", "komandan", "sekjen", "jubir", "menlu", "dubes", "utusan",
}
_MAX_ORG_TOKENS = 10


class GazetteerMatcher:
    """Case-sensitive phrase lookup; built once per pipeline, not per document."""

    def __init__(self, nlp: Language, min_city_population: int) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        curated_names = curated(nlp.lang)
        labelled: dict[str, set[str]] = {label: set(names) for label, names in curated_names.items()}
        labelled.setdefault("GPE", set()).update(country_names(nlp.lang))
        taken = set().union(*labelled.values())
        cities = city_names(min_city_population) - taken
        self.ambiguous = ambiguous_cities(frozenset(cities))
        labelled[_CITY] = set(cities)
        for label, names in labelled.items():
            docs = list(nlp.tokenizer.pipe(sorted(names)))
            self.matcher.add(label, docs)
        self.shapes = Matcher(nlp.vocab)
        for label, patterns in _SHAPED_NAMES.items():
            self.shapes.add(label, patterns)
        self.shapes.add("DOMAIN", [[_DOMAIN]])
        self.places = {n.upper() for n in labelled["GPE"] | cities}

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in self.matcher(doc):
            label = doc.vocab.strings[match_id]
            if label == _CITY:
                span = doc[start:end]
                if span.text in self.ambiguous and not _place_context(doc, start, end):
                    continue
                label = "GPE"
            spans.append(Span(doc, start, end, label=label))
        shaped = [self._extend(s, spans) for s in self.shapes(doc, as_spans=True) if s.label_ != "DOMAIN"]
        outlets = [
            Span(doc, s.start, s.end, label="ORG")
            for s in self.shapes(doc, as_spans=True)
            if s.label_ == "DOMAIN" and (is_known_outlet(s.text) or _opens_paragraph(doc, s.start))
        ]
        # "Varnesia" alone is a country once "Republik Varnesia" has been seen.
        states = {s[-1].text for s in shaped if s.label_ == "GPE"}
        repeats = [Span(doc, t.i, t.i + 1, label="GPE") for t in doc if t.text in states]
        add_entities(doc, [*spans, *shaped, *repeats, *outlets, *self._dateline(doc), *_source_line(doc)])
        add_entities(doc, _headed_orgs(doc))
        add_entities(doc, _acronyms(doc))
        return doc

    @staticmethod
    def _extend(shaped: Span, spans: list[Span]) -> Span:
        """ "Kementerian Luar Negeri [Korea Selatan]": the name runs to the end of the country."""
        for span in spans:
            if span.label_ == "GPE" and span.start == shaped.end - 1 and span.end > shaped.end:
                return Span(shaped.doc, shaped.start, span.end, label=shaped.label_)
        return shaped

    def _dateline(self, doc: Doc) -> list[Span]:
        """The outlet and the all-caps city of a dateline: "IDXChannel -", "REPUBLIKA.CO.ID, WASHINGTON -"."""
        found: list[Span] = []
        for start in (t.i for t in doc if _opens_paragraph(doc, t.i)):
            window = doc[start : min(len(doc), start + _DATELINE_TOKENS)]
            dash = next((t.i for t in window if t.text in _DASHES), None)
            if dash is None:
                continue
            if dash == start + 1 and is_known_outlet(doc[start].text):
                found.append(Span(doc, start, start + 1, label="ORG"))
            for token in doc[start:dash]:
                if token.is_upper and token.is_alpha and len(token) > 2 and token.text in self.places:
                    found.append(Span(doc, token.i, token.i + 1, label="GPE"))
        return found


def _headed_orgs(doc: Doc) -> list[Span]:
    """ "Badan Pusat Statistik", "Kementerian Kesehatan Gaza": a capitalised head and the capitalised words
    after it; a country or place ends the name, a known organisation joins it ("Dewan Keamanan PBB")."""
    ent_at = {t.i: ent for ent in doc.ents for t in ent}
    found: list[Span] = []
    for token in doc:
        if token.text not in _ORG_HEADS or (token.i in ent_at and ent_at[token.i].label_ != "ORG"):
            continue
        i, own_words = token.i + 1, 0
        if token.i in ent_at:  # "Dewan Keamanan" known; "Perserikatan Bangsa-Bangsa" may follow
            i, own_words = ent_at[token.i].end, len(ent_at[token.i]) - 1
            if not (i < len(doc) and i in ent_at):
                continue
        while i < len(doc) and i - token.i < _MAX_ORG_TOKENS and not doc[i].is_sent_start:
            word = doc[i]
            ent = ent_at.get(i)
            if ent is not None:
                if ent.label_ not in {"ORG", "GPE", "LOC"} or ent.start != i:
                    break
                i = ent.end
                if ent.label_ != "ORG" or not (i < len(doc) and i in ent_at):
                    break
            elif word.text[:1].isupper() and word.is_alpha and not _title_before_name(doc, i):
                own_words += 1
                i += 1
            elif (
                word.lower_ in _ORG_LINKS and own_words and i + 1 < len(doc)
                and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha and bool(word.whitespace_)
            ):
                i += 1
            elif word.text == "-" and not word.whitespace_ and own_words and i + 1 < len(doc):
                i += 2  # "Bangsa-Bangsa"
            else:
                break
        end = i
        while end > token.i + 1 and doc[end - 1].lower_ in _ORG_LINKS:
            end -= 1
        if own_words == 0 and (token.text in _GENERIC_HEADS or end == token.i + 1):
            continue
        if end > token.i + 1:
            found.append(Span(doc, token.i, end, label="ORG"))
    return found


def _title_before_name(doc: Doc, i: int) -> bool:
    """ "... Presiden Joko Widodo": a title followed by a capitalised word ends an organisation's name."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return doc[i].lower_ in _ORG_STOPS and (nxt is None or nxt.text[:1].isupper())


def _acronyms(doc: Doc) -> list[Span]:
    """ "Badan Pusat Statistik (BPS)": an all-caps short form in brackets after an ORG is an ORG, and so
    are its later mentions."""
    ent_at = {t.i: ent for ent in doc.ents for t in ent}
    short: set[str] = set()
    found: list[Span] = []
    for ent in doc.ents:
        i = ent.end
        if ent.label_ != "ORG" or i + 2 >= len(doc) or doc[i].text != "(":
            continue
        j = i + 1
        while j < len(doc) and j - i <= 3 and doc[j].text.isupper() and doc[j].text.isalpha():
            j += 1
        closed = j > i + 1 and j < len(doc) and doc[j].text == ")"
        if closed and not any(k in ent_at for k in range(i + 1, j)):
            found.append(Span(doc, i + 1, j, label="ORG"))
            if j == i + 2:
                short.add(doc[i + 1].text)
    taken = {t.i for s in found for t in s} | set(ent_at)
    found += [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text in short and t.i not in taken]
    return found


def _source_line(doc: Doc) -> list[Span]:
    """The credited wires of a paragraph "Sumber: Yonhap-OANA"; each part is an ORG."""
    found: list[Span] = []
    for token in doc[:-2]:
        cue = token.lower_ in _SOURCE_CUES and doc[token.i + 1].text == ":"
        if not (cue and _opens_paragraph(doc, token.i)):
            continue
        start = token.i + 2
        end = start
        while end < len(doc) and end - start < _SOURCE_TOKENS and not _breaks_line(doc, end):
            end += 1
        group: list[int] = []
        for i in range(start, end + 1):
            if i < end and doc[i].lower_ not in _SOURCE_SEPARATORS and doc[i].text[:1].isalnum():
                group.append(i)
                continue
            if group and all(doc[j].text[:1].isupper() or doc[j].is_digit for j in group):
                found.append(Span(doc, group[0], group[-1] + 1, label="ORG"))
            group = []
    return found


def _breaks_line(doc: Doc, i: int) -> bool:
    return "\n" in doc[i].text or "\n" in doc[i - 1].whitespace_


def _opens_paragraph(doc: Doc, i: int) -> bool:
    return i == 0 or (doc[i - 1].is_space and "\n" in doc[i - 1].text) or "\n" in doc[i - 1].whitespace_


def _place_context(doc: Doc, start: int, end: int) -> bool:
    """True when an ambiguous city name stands where a place is expected."""
    before = doc[start - 1].lower_ if start > 0 else ""
    if before in _PLACE_CUES:
        return True
    # "TRIBUNNEWS.COM, Lima, 15 November" or "Lima, Peru": a comma-separated place list.
    after = doc[end].text if end < len(doc) else ""
    return (before == "," and after == ",") or (after == "," and end + 1 < len(doc) and doc[end + 1].is_title)


@Language.factory("kliping_gazetteer", default_config={"min_city_population": MIN_CITY_POPULATION})
def make_gazetteer(nlp: Language, name: str, min_city_population: int) -> GazetteerMatcher:
    """Factory registered with spaCy; saved pipelines rebuild the matcher from shipped lists."""
    return GazetteerMatcher(nlp, min_city_population)
