"""Turn a scraped page into the article body and the metadata the page gives."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from nlp.boilerplate import (
    CREDIT,
    is_caption,
    is_junk,
    is_menu_item,
    opens_link_block,
    opens_link_list,
    strip_trailing_initials,
)
from nlp.datelines import match_dateline
from nlp.language import detect_language
from nlp.metadata import (
    find_authors,
    find_outlet,
    find_published,
    find_published_time,
    find_title,
    is_date_line,
)
from nlp.outlets import project_outlets
from nlp.records import CleanArticle

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
_SENTENCE_END = re.compile(r"[.!?\"”’)]\s*$")


def _normalise(line: str) -> str:
    return _SPACES.sub(" ", _INVISIBLE.sub("", line)).strip()


def _is_paragraph(line: str) -> bool:
    """Looks like running text: long enough and ending like a sentence."""
    words = len(line.split())
    return (
        not is_caption(line)
        and not is_junk(line)
        and ((words >= 12 and bool(_SENTENCE_END.search(line))) or len(line) >= 200)
    )


def _body_start(lines: list[str]) -> int:
    """Index of the first story line: the dateline if there is one, else the first paragraph."""
    for i, line in enumerate(lines[:60]):
        if len(line) > 60 and not is_caption(line) and match_dateline(line):
            return i
    for i, line in enumerate(lines):
        if _is_paragraph(line):
            return i
    return 0


# Some scrapes open with the page's date as " date 2024-08-20" before the headline, on the same line.
_STAMP = re.compile(r"^(date \d{4}-\d{2}-\d{2})\s+(\S.*)$")


def _split_stamp(lines: list[str]) -> list[str]:
    """The leading "date YYYY-MM-DD" stamp as a line of its own: a timestamp, then the headline."""
    match = _STAMP.match(lines[0]) if lines else None
    return [match[1], match[2], *lines[1:]] if match else lines


def _article_start(lines: list[str], start: int, header_index: list[int], title: str | None) -> int:
    """Index of the article's first line: its headline, else the furniture just above the story.

    The scheme annotates the headline, captions, bylines and the timestamp, so the body keeps them;
    what lies above the headline (menus, section names, trending lists) is site chrome.
    """
    if title is not None:
        head = max(i for i in header_index if lines[i] == title)
        while head > 0 and is_date_line(lines[head - 1]):  # a timestamp printed above the headline
            head -= 1
        return head
    head = start
    while head > 0 and not is_junk(lines[head - 1]) and not is_menu_item(lines[head - 1]):
        head -= 1
    return head


def clean_article(raw: str, source_name: str = "",
                  outlets: Mapping[str, Sequence[str]] | None = None) -> CleanArticle:
    """Strip site chrome from a scraped article and read its title, outlet, date and authors.

    The body runs from the headline to the end of the story, in reading order, with captions, bylines,
    datelines and source lines; menus, "Baca juga" links, share widgets, ads and copyright lines go.
    outlets: the project's own outlet names (display name -> spellings), beside the shipped table.
    """
    with project_outlets(outlets):
        return _clean(raw, source_name)


def _clean(raw: str, source_name: str) -> CleanArticle:
    lines = _split_stamp([n for n in (_normalise(line) for line in raw.splitlines()) if n])
    start = _body_start(lines)
    header_index = [i for i in range(start) if not is_junk(lines[i])]
    header = [lines[i] for i in header_index]
    title = find_title(header, [line for line in lines[start:start + 3] if not is_junk(line)])
    head = _article_start(lines, start, header_index, title)
    body: list[str] = []
    story: list[str] = []  # the body from the dateline or first paragraph on: where metadata is read
    footer: list[str] = []
    in_link_list = False
    in_link_block = False
    for number, line in enumerate(lines[head:], start=head):
        in_link_list = in_link_list or opens_link_list(line)
        # After a bare "Baca Juga" heading, headlines follow until the story resumes with a paragraph.
        in_link_block = opens_link_block(line) or (in_link_block and not _is_paragraph(line))
        if in_link_list or in_link_block:
            footer.append(line)  # links to other stories; kept only to read metadata from
        elif is_junk(line):
            if line.lower().startswith(("copyright", "©")):
                footer.append(line)  # not shown, but it names the outlet and the year
        else:
            body.append(line)
            if number >= start:
                story.append(line)
    if body:
        body[-1] = strip_trailing_initials(body[-1])
    body = [line for line in body if line]
    text = "\n\n".join(body)
    credits = [line for line in lines if CREDIT.match(line)]
    return CleanArticle(
        body=text,
        title=title,
        outlet=find_outlet(header, story, footer, source_name, lines),
        published=find_published(header, story, footer, raw),
        published_time=find_published_time(header),
        authors=find_authors([*header, *credits]),
        language=detect_language(text),
    )
