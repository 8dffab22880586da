"""People a news page names without a title before them: bylines, credits, quotes and suspects' initials.

- credit lines: "Penulis: Nurholis Huda | Editor: Alpri Widianjono", "Oleh: Panji Septo R";
- a byline alone on its line beside the page's date: "Azura Yumna Ramadani Purnama" / "01 October 2024";
- photo credits: "(Bloomberg Technoz/Andrean Kristianto)";
- the speaker after a reporting verb: "kata Supian, warga ...";
- suspects named by initials: "berinisial FEK", "pelaku JJ", "FEK, GW, JJ, LW dan MDM".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from nlp.components.name_words import is_office_word

_CREDIT_ROLES = {"penulis", "reporter", "pewarta", "editor", "oleh", "kontributor", "fotografer", "foto",
                 "redaktur", "penyunting", "by", "writer", "photo", "laporan"}
_REPORTING = {"kata", "ujar", "ungkap", "tutur", "ucap", "jelas", "imbuh", "tambah", "terang", "tegas",
              "sebut", "papar", "kata dia", "said", "says"}
_INITIAL_CUES = {"berinisial", "inisial", "tersangka", "terdakwa", "pelaku", "terpidana", "tahanan"}
_INITIALS = re.compile(r"^[A-Z]{1,4}$")
_MAX_NAME = 5


def _lines(doc: Doc) -> list[tuple[int, int]]:
    """Token range of the line each token is on, computed once (a long one-line text stays linear)."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for token in doc:
        if "\n" in token.text:
            bounds += [(start, token.i)] * (token.i + 1 - start)
            start = token.i + 1
    bounds += [(start, len(doc))] * (len(doc) - start)
    return bounds


def _name_run(doc: Doc, i: int, taken: set[int], is_word: Callable[[Token], bool]) -> int:
    """End of the run of name words from i (i itself when there is none)."""
    end = i
    while end < len(doc) and end - i < _MAX_NAME and end not in taken and is_word(doc[end]):
        end += 1
    return end


def _is_name_word(token: Token) -> bool:
    text = token.text
    return (text[:1].isupper() and token.is_alpha and not is_office_word(text)
            and (not text.isupper() or len(text) == 1 or len(text) > 4))


def person_cues(doc: Doc) -> list[Span]:
    """PERSON spans found by the cues above, overlapping no entity already in doc."""
    taken = {t.i for ent in doc.ents for t in ent}
    lines = _lines(doc)
    found: list[Span] = []

    def add(start: int, end: int) -> None:
        if end - start >= 1 and not any(j in taken for j in range(start, end)):
            found.append(Span(doc, start, end, label="PERSON"))
            taken.update(range(start, end))

    for token in doc:
        i = token.i
        line_start, line_end = lines[i]
        at_line_start = i == line_start
        # "Penulis: A | Editor: B", "Oleh: Panji Septo R"
        if (token.lower_ in _CREDIT_ROLES and i + 1 < len(doc) and doc[i + 1].text == ":"
                and (at_line_start or doc[i - 1].text in {"|", "-", "–"})):
            j = i + 2
            while j < line_end:
                end = _name_run(doc, j, taken, _is_name_word)
                if end - j >= 2 or (end - j == 1 and end == line_end):
                    add(j, end)
                j = end + 1 if end > j else j + 1
                if j - 1 < line_end and doc[j - 1].text in {"|"}:
                    break
        # a name alone on its line, next to the page's date line
        elif at_line_start and i not in taken:
            end = _name_run(doc, i, taken, _is_name_word)
            alone = end == line_end or (end + 1 < line_end and doc[end].text == ","
                                        and doc[end + 1].lower_ in {"jurnalis", "wartawan"})
            if alone and 2 <= end - i <= _MAX_NAME and _beside_a_date(doc, lines, line_start, line_end):
                add(i, end)
        # "(Bloomberg Technoz/Andrean Kristianto)"
        if token.text == "/" and i + 1 < len(doc):
            end = _name_run(doc, i + 1, taken, _is_name_word)
            if 2 <= end - i - 1 <= 4 and end < len(doc) and doc[end].text == ")":
                add(i + 1, end)
        # "kata Supian, warga ..."
        if token.lower_ in _REPORTING and i + 1 < len(doc):
            end = _name_run(doc, i + 1, taken, _is_name_word)
            if 1 <= end - i - 1 <= 3 and (end == len(doc) or not doc[end].text[:1].isupper()):
                add(i + 1, end)
        # "berinisial FEK", "pelaku JJ", "tersangka AH dan B"
        if token.lower_ in _INITIAL_CUES:
            j = i + 1
            while j < len(doc) and _INITIALS.match(doc[j].text) and j not in taken:
                add(j, j + 1)
                listed = j + 2 < len(doc) and doc[j + 1].lower_ in {",", "dan", "and"}
                if listed and _INITIALS.match(doc[j + 2].text):
                    j += 2
                else:
                    break
    return found


def _beside_a_date(doc: Doc, lines: list[tuple[int, int]], line_start: int, line_end: int) -> bool:
    """The line before or after holds a DATE or a clock time: a byline, not a heading."""
    def has_date(start: int, end: int) -> bool:
        return any(ent.label_ == "DATE" and start <= ent.start < end for ent in doc.ents) or any(
            re.match(r"^\|?\d{1,2}[:.]\d{2}$", t.text) for t in doc[start:end])

    after_start = line_end + 1
    while after_start < len(doc) and doc[after_start].is_space:
        after_start += 1
    after_end = lines[after_start][1] if after_start < len(doc) else after_start
    before_end = line_start - 1
    while before_end > 0 and doc[before_end].is_space:
        before_end -= 1
    before_start = lines[before_end][0] if before_end >= 0 else 0
    return has_date(after_start, after_end) or (before_end >= 0 and has_date(before_start, before_end + 1))
