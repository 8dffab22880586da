"""kliping_dates: mark dates and periods ("Kamis (11/7)", "pekan lalu") as DATE."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from nlp.components.date_bounds import date_spans
from nlp.components.spans import add_entities
from nlp.resources import load_json

_DIGITS = {"IS_DIGIT": True}
_YEAR = {"SHAPE": "dddd"}
_SLASHED = {"TEXT": {"REGEX": r"^\d{1,2}/\d{1,2}(/\d{2,4})?$"}}
_PLAIN_YEAR = {"TEXT": {"REGEX": r"^(19[5-9]\d|20\d\d)$"}}
# "berusia 24 tahun" is an age, not a period.
_AGE_CUES = {"berusia", "usia", "umur", "berumur", "aged", "age"}


def date_patterns(lang: str) -> list[list[dict[str, Any]]]:
    """Token patterns for one language, built from the word lists in nlp/data/dates.json."""
    words = load_json("dates.json").get(lang) or load_json("dates.json")["id"]
    days = {"LOWER": {"IN": words["days"]}}
    months = {"LOWER": {"IN": list(words["months"])}}
    units = {"LOWER": {"IN": words["units"]}}
    relative = {"LOWER": {"IN": words["relative"]}}
    edges = {"LOWER": {"IN": words["edges"]}}
    count = {"LOWER": {"IN": words["numerals"]}}
    full_months = {"ORTH": {"IN": [m.title() for m in words["months"] if len(m) > 3]}}
    since = {"LOWER": {"IN": words.get("since_now", [])}}
    patterns: list[list[dict[str, Any]]] = [
        # Kamis (11/7), Selasa (18/6/2024): the Indonesian tokenizer splits digits and slashes
        [days, {"ORTH": "("}, _DIGITS, {"ORTH": "/"}, _DIGITS, {"ORTH": ")"}],
        [
            days,
            {"ORTH": "("},
            _DIGITS,
            {"ORTH": "/"},
            _DIGITS,
            {"ORTH": "/"},
            _DIGITS,
            {"ORTH": ")"},
        ],
        # ... and kept whole by the English one
        [days, {"ORTH": "("}, _SLASHED, {"ORTH": ")"}],
        [_DIGITS, {"ORTH": "/"}, _DIGITS, {"ORTH": "/"}, _YEAR],
        # 15 November 2024, June 19, 2024, Oktober 2024, 15 November
        [_DIGITS, months, {**_YEAR, "OP": "?"}],
        [months, _DIGITS, {"ORTH": ",", "OP": "?"}, {**_YEAR, "OP": "?"}],
        [months, _YEAR],
        # bulan Oktober, in February 2022 (with its year, or "in February" would hide "February 2022")
        [{"LOWER": {"IN": ["bulan", "in", "since"]}}, months, {**_YEAR, "OP": "?"}],
        # Oktober, Oktober lalu, Oktober tahun lalu: a month named alone (capitalised, spelled out)
        [full_months, {"LOWER": "tahun", "OP": "?"}, {**relative, "OP": "?"}],
        # Senin, 18 November 2024
        [days, {"ORTH": ","}, _DIGITS, months, {**_YEAR, "OP": "?"}],
        [{"LOWER": {"IN": ["tahun", "year"]}}, _YEAR],
        [days, relative],
        # pekan lalu, bulan ini, last week, this year
        [units, relative],
        [relative, units],
        # akhir tahun 2024, awal bulan ini, end of 2024
        [edges, units, {"OP": "?", **_YEAR}],
        [edges, units, relative],
        [edges, {"LOWER": "of"}, {"OP": "?", "LOWER": "the"}, {"OP": "?", **units}, _YEAR],
        # tiga tahun berturut-turut, three consecutive years
        [count, units, {"LOWER": {"IN": words["streaks"]}}],
        [count, {"LOWER": {"IN": words["streaks"]}}, units],
        [{"LOWER": {"IN": [w for w in words["single"] if " " not in w]}}],
        # 24 tahun, dua pekan, tiga hari lalu, 3 hari yang lalu: periods and distances in time
        *(
            [number, units, *tail]
            for number in (_DIGITS, count)
            for tail in ([], [relative], [{"LOWER": {"IN": ["yang", "the"]}}, relative], [since],
                         [{"LOWER": "ke"}, {"LOWER": "depan"}])
        ),
        # sepekan terakhir, setahun ke depan
        [{"LOWER": {"IN": words.get("one_unit", [])}}, since],
        [{"LOWER": {"IN": words.get("one_unit", [])}}, {"LOWER": "ke"}, {"LOWER": "depan"}],
    ]
    tod = {"LOWER": {"IN": words.get("times_of_day", [])}}
    decimal = {"TEXT": {"REGEX": r"^\d+[,.]\d+$"}}
    patterns += [
        # 4,5 tahun: a decimal period
        [decimal, units],
        # sore hari, malam tadi, tadi pagi, tengah hari: a time of day that tells when
        [tod, {"LOWER": {"IN": ["hari", "tadi"]}}],
        [{"LOWER": "tadi"}, tod],
        [{"LOWER": "tengah"}, {"LOWER": "hari"}],
        # the past few months, the last three weeks
        [{"LOWER": "the"}, {"LOWER": {"IN": ["past", "last", "next", "coming"]}},
         {"LOWER": {"IN": ["few", "several", *words["numerals"]]}, "OP": "?"}, units],
        # kuartal I 2024, semester II, triwulan ketiga, Q3 2024: the periods of economic news
        [{"LOWER": {"IN": ["kuartal", "triwulan", "semester", "caturwulan", "quarter"]}},
         {"TEXT": {"REGEX": r"^(?:[IV]{1,3}|[1-4]|pertama|kedua|ketiga|keempat)$"}}, {**_YEAR, "OP": "?"}],
        [{"TEXT": {"REGEX": r"^[QH][1-4]$"}}, {**_YEAR, "OP": "?"}],
        # awal 2025, akhir 2024 ("akhir Oktober" is left to the month alone: the linking reads its month)
        [edges, _YEAR],
        # Januari-Maret 2024, 2024/2025
        [months, {"ORTH": {"IN": ["-", "–", "hingga", "sampai"]}}, months, {**_YEAR, "OP": "?"}],
        [{"TEXT": {"REGEX": r"^(?:19|20)\d\d/(?:19|20)?\d\d$"}}],
        # setahun, sepekan lalu, beberapa waktu lalu
        [{"LOWER": {"IN": words.get("one_unit", [])}}, {**relative, "OP": "?"}],
        [{"LOWER": {"IN": ["beberapa", "some"]}}, {"LOWER": {"IN": ["waktu", "time"]}}, relative],
        # Natal 2025, Tahun Baru, Idul Fitri: holidays named as times
        *([{"ORTH": part} for part in holiday.split()] + [{**_YEAR, "OP": "?"}]
          for holiday in words.get("holidays", [])),
    ]
    if lang != "en":
        patterns.append([{"LOWER": "hari"}, {"LOWER": "ini"}])
        # A bare day name, capitalised: "Senin waktu Washington"
        patterns.append([{"ORTH": {"IN": [d.title() for d in words["days"]]}}])
    else:
        patterns.append([{"ORTH": {"IN": [d.title() for d in words["days"]]}}])
    return patterns


class DateMatcher:
    """Token-pattern matcher for dates; built once per pipeline."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("DATE", date_patterns(nlp.lang))
        self.matcher.add("YEAR", [[_PLAIN_YEAR]])
        self.stop_words = nlp.Defaults.stop_words

    def __call__(self, doc: Doc) -> Doc:
        cores = [s for s in self.matcher(doc, as_spans=True) if self._plausible(s)]
        add_entities(doc, filter_spans(date_spans(doc, cores)))
        return doc

    def _plausible(self, span: Span) -> bool:
        doc = span.doc
        if span.start > 0 and doc[span.start - 1].lower_ in _AGE_CUES:
            return False
        if span.label_ == "DATE":
            return True
        # A bare year, unless it counts something: "2000 tentara" is a number.
        after = doc[span.end] if span.end < len(doc) else None
        if after is None or not after.is_alpha:
            return True
        return after.lower_ in self.stop_words or after.text[:1].isupper()


@Language.factory("kliping_dates")
def make_dates(nlp: Language, name: str) -> DateMatcher:
    """Factory registered with spaCy; the patterns come from nlp/data/dates.json."""
    return DateMatcher(nlp)
