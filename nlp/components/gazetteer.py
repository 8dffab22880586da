"""kliping_gazetteer: mark countries, cities, organisations, regions and people from name lists."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from nlp.components.spans import add_entities
from nlp.datelines import match_dateline
from nlp.gazetteers import (
    MIN_CITY_POPULATION,
    ambiguous_cities,
    city_names,
    country_names,
    curated,
    indonesian_names,
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
        listed = set().union(*labelled.values())
        for label, names in indonesian_names().items():  # the language's own lists win a clash
            labelled.setdefault(label, set()).update(names - listed)
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
        title_lines = _title_case_tokens(doc)
        add_entities(doc, _headed_names(doc, _REGION_HEADS, title_lines))
        add_entities(doc, _headed_names(doc, _PLACE_HEADS, title_lines))
        add_entities(doc, _headed_names(doc, _UNIT_HEADS, title_lines))
        add_entities(doc, _headed_orgs(doc))
        _add_acronyms(doc)
        _regions_in_offices(doc)
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
            else:  # "Bloomberg Technoz, Jakarta -", "Jakarta, MI -", "HARIAN MERAPI -": the dateline's outlet
                line = doc[start:dash + 1].text
                dateline = match_dateline(line + " " + "x" * 80)
                if dateline and dateline.outlet and dateline.outlet in line:
                    at = doc[start].idx + line.index(dateline.outlet)
                    span = doc.char_span(at, at + len(dateline.outlet), label="ORG")
                    if span is not None:
                        found.append(span)
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


# Head words of names the lists cannot hold. Regions: "Kabupaten Banjar", "Provinsi Kalimantan Selatan",
# "Kecamatan Sungai Pinang" (GPE). Places: "Sungai Riam Kiwa", "Jalan Kertanegara" (LOC). Units of
# institutions: "Polda Metro Jaya", "BPBD Kabupaten Banjar", "KPU Provinsi Banten", "PT Timah Tbk" (ORG).
_REGION_HEADS = {
    "Kabupaten", "Kab", "Kota", "Provinsi", "Kecamatan", "Desa", "Kelurahan", "Kampung", "Kalurahan",
    "Kemantren", "Kapanewon", "Nagari", "Gampong", "Dusun", "Distrik",
}
_PLACE_HEADS = {
    "Gunung", "Sungai", "Pulau", "Selat", "Teluk", "Danau", "Jalan", "Jl", "Pegunungan", "Pantai", "Waduk",
    "Bendungan", "Hotel", "Pasar", "Kantor", "Gedung",
    # venues and works where things happen: "Kompleks Parlemen", "Stadion Gelora", "Simpang Lima"
    "Kompleks", "Pendopo", "Lapangan", "Stadion", "Jembatan", "Simpang", "Perairan", "Bandara", "Pelabuhan",
    "Stasiun", "Terminal", "Masjid", "Gereja", "Pura", "Vihara", "Klenteng", "Aula", "Alun-alun", "Tol",
    "Kawasan", "Hutan", "Tanjung", "Lembah", "Bukit", "Kali", "Rutan", "Lapas", "Bendung", "Situ",
}
# "Kantor KPU", "Gedung Kemenkeu": the building of a known institution is a place; nothing else follows.
_BUILDING_HEADS = {"Kantor", "Gedung"}
# "Pasar Modal", "Pasar Saham" are markets, not market places.
_NOT_MARKET_PLACES = {
    "Modal", "Saham", "Uang", "Keuangan", "Karbon", "Global", "Domestik", "Bebas", "Tunggal",
}
_UNIT_HEADS = {
    "Polda", "Polres", "Polresta", "Polrestabes", "Polsek", "Kodam", "Korem", "Kodim", "Lantamal", "Lanud",
    "Lanal", "Pemprov", "Pemkab", "Pemkot", "Pemda", "DPRD", "KPU", "KPUD", "Bawaslu", "BPBD", "Dinkes",
    "Disdik", "Dishub", "Kejati", "Kejari", "PN", "PT", "Bank", "Partai", "Universitas", "Dinas",
    "Kanwil", "RSUD",
    "Kantor Wilayah", "Kejaksaan Negeri", "Kejaksaan Tinggi", "Pengadilan Negeri", "Pengadilan Tinggi",
    "Pengadilan Agama",
}
_HEAD_LABELS = {id(_REGION_HEADS): "GPE", id(_PLACE_HEADS): "LOC", id(_UNIT_HEADS): "ORG"}
# Labels a head's name may take in (and whether the name ends there): a place ends it.
_NAME_PARTS = {
    "GPE": {"GPE": True},
    "LOC": {"GPE": True, "LOC": True, "PERSON": False},
    "ORG": {"GPE": True, "LOC": True, "ORG": False},
}
_MAX_NAME_WORDS = {"GPE": 3, "LOC": 4, "ORG": 3}
_LONG_NAMED_HEADS = {"PT", "Bank", "Universitas", "Partai", "Dinas"}  # "PT Bank Rakyat Indonesia"
_TITLE_LINE_HEADS = {"Kabupaten", "Kab", "Kota", "Provinsi", "Kecamatan"}  # one word even in a headline
_NAME_STOPS = {
    # ranks, offices and English titles that follow a unit: "Polda Jatim Irjen ...", "KPU chairman ..."
    "irjen", "brigjen", "kombes", "akbp", "akp", "kompol", "iptu", "ipda", "aiptu", "aipda", "bripka",
    "brigpol", "briptu", "bripda", "pol", "jenderal", "letjen", "mayjen", "laksamana", "laksdya", "laksda",
    "marsekal", "marsdya", "marsda", "kolonel", "letkol", "kapten", "kapolda", "kapolres",
    "kapolsek", "kajati", "kajari", "pangdam", "danrem", "dandim", "bupati", "wali", "camat", "lurah",
    "kades", "pj", "plt", "anggota", "komisioner", "kabid", "kasat", "ketum", "sekretaris", "chairman",
    "chief", "head", "spokesperson", "spokesman", "commissioner", "director", "deputy", "official",
    "officials", "secretary", "minister", "governor", "regent", "mayor", "member", "members", "police",
    "president", "ceo",
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "januari", "februari", "maret", "april",
    "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember", "wib", "wita", "wit",
    "rt", "rw", "no", "nomor", "tahun", "pada",
} | _ORG_STOPS
_ROMAN = {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
    "XVII", "XVIII",
}
_TITLE_LOWERCASE = 1  # a headline keeps at most one long word in lower case ("yang")


_REGION_GOVERNMENTS = {"pemerintah", "pemerintahan"}


def _regions_in_offices(doc: Doc) -> None:
    """ "Wali Kota Magelang" is a title and a city: GPE "Magelang"; "Pemerintah Kota Magelang" is one ORG."""
    changed, ents = False, []
    for ent in doc.ents:
        before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if ent.label_ == "GPE" and len(ent) > 1 and ent[0].text in {"Kota", "Kabupaten", "Provinsi"}:
            if before == "wali":
                ents.append(Span(doc, ent.start + 1, ent.end, label="GPE"))
                changed = True
                continue
            if before in _REGION_GOVERNMENTS and doc[ent.start - 1].text[:1].isupper():
                ents.append(Span(doc, ent.start - 1, ent.end, label="ORG"))
                changed = True
                continue
        ents.append(ent)
    if changed:
        doc.ents = filter_spans(ents)


def _title_case_tokens(doc: Doc) -> set[int]:
    """Token indices of Title Case lines (headlines), where every word is capitalised and a capital says
    nothing about a name: "Polda Metro Jaya Ungkap Peran Lima Pelaku"."""
    found: set[int] = set()
    line: list[int] = []
    for token in [*doc, None]:
        if token is None or (line and _breaks_line(doc, token.i)):
            words = [doc[i] for i in line if doc[i].is_alpha and len(doc[i]) > 3]
            lowercase = sum(not w.text[0].isupper() for w in words)
            if len(words) >= 3 and lowercase <= _TITLE_LOWERCASE:
                found.update(line)
            line = []
        if token is not None:
            line.append(token.i)
    return found


def _headed_names(doc: Doc, heads: set[str], title_lines: set[int]) -> list[Span]:
    """A head word and the name after it: a known place, or capitalised words ("Polda Metro Jaya")."""
    label = _HEAD_LABELS[id(heads)]
    ent_at = {t.i: ent for ent in doc.ents for t in ent}
    phrases = {h for h in heads if " " in h}
    found: list[Span] = []
    for token in doc:
        ent = ent_at.get(token.i)
        head_end = token.i + 1
        if ent is not None and ent.text in phrases and ent.start == token.i:
            head_end = ent.end  # "Kejaksaan Negeri" is listed; "Kejaksaan Negeri Bandung" extends it
        elif token.text not in heads or (ent is not None and (len(ent) > 1 or ent.label_ != label)):
            continue  # "Kota Tua" and "Sungai Penuh" are names already; "Bank" of "Bank Dunia" too
        if label == "LOC" and token.text in _BUILDING_HEADS:
            org = ent_at.get(head_end)
            if org is not None and org.label_ == "ORG" and org.start == head_end and ent is None:
                found.append(Span(doc, token.i, org.end, label="LOC"))
            continue
        if token.text == "Pasar" and head_end < len(doc) and doc[head_end].text in _NOT_MARKET_PLACES:
            continue
        if token.text in {"Kab", "Jl", "PT"} and head_end < len(doc) and doc[head_end].text == ".":
            head_end += 1
        elif token.text in {"Kab", "Jl"}:
            continue
        end = _name_end(doc, head_end, label, ent_at, token.text, head_end in title_lines)
        if label == "ORG" and token.text in {"PT", "Bank"}:
            end = _company_suffix(doc, end)
        if end > head_end:
            found.append(Span(doc, token.i, end, label=label))
    return found


def _name_end(doc: Doc, i: int, label: str, ent_at: dict[int, Span], head: str, title_line: bool) -> int:
    parts = _NAME_PARTS[label]
    most = _MAX_NAME_WORDS[label] + (2 if head in _LONG_NAMED_HEADS else 0)
    words_allowed = 0 if title_line else most
    if title_line and head in _TITLE_LINE_HEADS:
        words_allowed = 1
    start, words = i, 0
    while i < len(doc) and (i == start or not (doc[i].is_sent_start or _breaks_line(doc, i))):
        token = doc[i]
        ent = ent_at.get(i)
        if ent is not None:
            if ent.start != i or ent.label_ not in parts:
                # "Kabupaten OI": a short all-caps name right after a region head
                short = len(ent) == 1 and token.is_upper and 2 <= len(token) <= 4
                if label == "GPE" and i == start and short:
                    return i + 1
                break
            i, words = ent.end, words + 1
            if parts[ent.label_]:
                break
            continue
        if words >= words_allowed:
            break
        if label == "GPE" and i == start and token.is_upper and token.is_alpha and 2 <= len(token) <= 4:
            return i + 1
        if label == "ORG" and head not in {"PT", "Bank"} and token.text in _ROMAN:
            i, words = i + 1, words + 1  # "Kodam IV/Diponegoro", "Komisi III"
            continue
        if label == "ORG" and _slash_name(doc, i):
            i, words = i + 2, words + 1
            continue
        if (label == "ORG" and words and token.lower_ in {"dan", "&"} and i + 1 < len(doc)
                and i + 1 not in ent_at and _name_word(doc[i + 1], label)):
            i += 1  # "Dinas Pekerjaan Umum dan Penataan Ruang": one body
            continue
        if not _name_word(token, label):
            break
        i, words = i + 1, words + 1
    return i


# Stop words that are words of a body's name when capitalised: "Pekerjaan Umum", "Luar Negeri".
_STOP_WORDS_IN_NAMES = {"umum", "luar", "dalam", "kerja", "tinggi", "besar", "utama", "baru", "bersama"}


def _name_word(token: Token, label: str) -> bool:
    text = token.text
    if not text[:1].isupper() or token.lower_ in _NAME_STOPS:
        return False
    if token.is_stop and not (label == "ORG" and token.lower_ in _STOP_WORDS_IN_NAMES):
        return False
    if label == "LOC" and token.lower_ in {"jenderal", "letjen", "mayjen", "brigjen", "kolonel", "mayor"}:
        return True
    if token.is_alpha:
        return not (token.is_upper and len(text) > 5 and label != "ORG")
    return label == "LOC" and text.replace(".", "").isalpha()  # "Jalan M.H. Thamrin"


def _slash_name(doc: Doc, i: int) -> bool:
    """ "Kodam IV/Diponegoro": the slash before the name of a numbered unit."""
    return (
        doc[i].text == "/" and i > 0 and doc[i - 1].text in _ROMAN and i + 1 < len(doc)
        and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha
    )


def _company_suffix(doc: Doc, i: int) -> int:
    """ "PT Pertamina (Persero) Tbk": the legal forms after a company's name belong to it."""
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 1].text == "Persero" and doc[i + 2].text == ")":
        i += 3
    if i < len(doc) and doc[i].text == "Tbk":
        i += 1
    return i


def _title_before_name(doc: Doc, i: int) -> bool:
    """ "... Presiden Joko Widodo": a title followed by a capitalised word ends an organisation's name."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return doc[i].lower_ in _ORG_STOPS and (nxt is None or nxt.text[:1].isupper())


def _add_acronyms(doc: Doc) -> None:
    """ "Badan Pusat Statistik (BPS)", "Kabupaten Ogan Ilir (OI)": an all-caps short form in brackets after
    an ORG or GPE takes its label, and so do its later mentions; in this article the definition beats a
    one-word list match of another label ("OKI" defined as a regency is no organisation here)."""
    ent_at = {t.i: ent for ent in doc.ents for t in ent}
    short: dict[str, str] = {}
    found: list[Span] = []
    for ent in doc.ents:
        i = ent.end
        if ent.label_ not in {"ORG", "GPE"} or i + 2 >= len(doc) or doc[i].text != "(":
            continue
        tail = ent.start > 0 and doc[ent.start - 1].text[:1].isupper()
        if ent.label_ == "GPE" and (len(ent) < 2 or tail):
            continue  # "Konferensi Wali Gereja Indonesia (KWI)": the country is only the name's tail
        j = i + 1
        while j < len(doc) and j - i <= 3 and doc[j].text.isupper() and doc[j].text.isalpha():
            j += 1
        closed = j > i + 1 and j < len(doc) and doc[j].text == ")"
        if not closed:
            continue
        inner = [ent_at[k] for k in range(i + 1, j) if k in ent_at]
        one_word_match = j == i + 2 and len(inner) == 1 and len(inner[0]) == 1
        if inner and not one_word_match:
            continue
        if one_word_match and (ent.label_ == "ORG" or inner[0].label_ == ent.label_):
            continue  # already marked; an ORG definition never relabels a list match
        found.append(Span(doc, i + 1, j, label=ent.label_))
        if j == i + 2:
            short[doc[i + 1].text] = ent.label_
    relabel = {text for text, label in short.items() if label != "ORG"}
    if relabel:
        doc.ents = [
            e for e in doc.ents if not (len(e) == 1 and e.text in relabel and e.label_ != short[e.text])
        ]
        ent_at = {t.i: ent for ent in doc.ents for t in ent}
    taken = {t.i for s in found for t in s} | set(ent_at)
    found += [
        Span(doc, t.i, t.i + 1, label=short[t.text]) for t in doc if t.text in short and t.i not in taken
    ]
    add_entities(doc, found)


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
