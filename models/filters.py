"""Which articles the list shows: a filter record and its translation into one SQL condition."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from peewee import SQL, Expression, fn

from models.adjudication_positions import ADJUDICATED
from models.schema import Annotator, Article, ChangeLog, Mention, Outlet, VersionEntry

UNREVIEWED_SUGGESTIONS = "unreviewed_suggestions"
EVENTS_WITHOUT_CLUSTER = "events_without_cluster"
NOT_ADJUDICATED = "not_adjudicated"  # merged versions by two annotators or more, no adjudicated one yet
WORKLISTS = (UNREVIEWED_SUGGESTIONS, EVENTS_WITHOUT_CLUSTER, NOT_ADJUDICATED)


@dataclass(frozen=True)
class ArticleFilter:
    """Every part is optional; parts combine with AND, the values inside one part with OR.

    text: words searched in titles and bodies (full-text, the last word as a prefix);
    labels: articles having at least one mention with one of these labels;
    annotators: articles one of these annotators changed (any logged change);
    worklist: one of WORKLISTS, or None for every article;
    version: in a merged project, the articles that annotator (or ADJUDICATED) has a version of, and
    the exports then take the spans and roles of that version only (None: every row).
    """

    text: str = ""
    outlets: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    labels: tuple[str, ...] = ()
    worklist: str | None = None
    annotators: tuple[str, ...] = ()
    version: str | None = None

    def is_empty(self) -> bool:
        return where_clause(self) is None


# A quoted phrase (its closing quote optional) or a run of anything but space and quotes.
_TERM = re.compile(r'"([^"]*)"?|([^\s"]+)')
_WORD = re.compile(r"\w")


def fts_query(text: str) -> str:
    """User text as a safe FTS5 query: every term a quoted string, so punctuation and FTS5
    operators (AND, NEAR, -, :, *) are plain text; terms are ANDed; the last unquoted word,
    when the user is still typing it (no space after it), matches as a prefix."""
    terms: list[str] = []
    prefix = False
    for match in _TERM.finditer(text):
        phrase, word = match.group(1), match.group(2)
        term = phrase if phrase is not None else word
        if not _WORD.search(term):  # nothing the tokenizer would index: an empty phrase
            continue
        terms.append('"' + term.replace('"', '""') + '"')
        prefix = word is not None and match.end() == len(text)
    if terms and prefix:
        terms[-1] += "*"
    return " ".join(terms)


def _has_mention(condition: Expression, counting: bool) -> Expression:
    # Measured at 100,000 articles (bench/article_list_paging.py): a page in id order stops early
    # with a correlated EXISTS; a count of mention conditions alone is about twice as fast with one
    # pass over the mentions.
    if counting:
        return Article.id.in_(Mention.select(Mention.article).where(condition))
    return fn.EXISTS(Mention.select(SQL("1")).where((Mention.article == Article.id) & condition))


def _with_versions():  # type: ignore[no-untyped-def]
    """A subquery: the article of every annotator's version (join Annotator to choose whose)."""
    return VersionEntry.select(VersionEntry.article).join(Annotator).where(VersionEntry.target == "article")


def not_adjudicated() -> Expression:
    """Articles with versions by two annotators or more and no adjudicated version yet."""
    versions = _with_versions()
    reviewed = (versions.where(Annotator.name != ADJUDICATED).group_by(VersionEntry.article)
                .having(fn.COUNT(VersionEntry.id) >= 2))
    return Article.id.in_(reviewed) & Article.id.not_in(versions.where(Annotator.name == ADJUDICATED))


def where_clause(spec: ArticleFilter | None, counting: bool = False) -> Expression | None:
    """One condition on Article for the filter (None: every article); counting picks the
    form of the mention conditions that is fastest for a count rather than a page."""
    if spec is None:
        return None
    parts: list[Expression] = []
    query = fts_query(spec.text)
    # One pass over the mentions only pays when nothing else narrows the articles first.
    counting = counting and not (query or spec.outlets or spec.statuses or spec.date_from or spec.date_to)
    if query:
        parts.append(Article.id.in_(
            SQL("(SELECT rowid FROM article_fts WHERE article_fts MATCH ?)", [query])))
    if spec.outlets:
        parts.append(Article.outlet.in_(Outlet.select(Outlet.id).where(Outlet.name.in_(spec.outlets))))
    if spec.statuses:
        parts.append(Article.status.in_(spec.statuses))
    if spec.date_from:
        parts.append(Article.published >= spec.date_from)
    if spec.date_to:
        parts.append(Article.published <= spec.date_to)
    if spec.annotators:
        parts.append(Article.id.in_(ChangeLog.select(ChangeLog.article_id)
                                    .where(ChangeLog.annotator.in_(spec.annotators))))
    if spec.version:
        parts.append(Article.id.in_(_with_versions().where(Annotator.name == spec.version)))
    if spec.labels:
        parts.append(_has_mention(Mention.label.in_(spec.labels), counting))
    if spec.worklist == UNREVIEWED_SUGGESTIONS:
        parts.append(_has_mention(Mention.state == "suggested", counting))
    elif spec.worklist == EVENTS_WITHOUT_CLUSTER:
        parts.append(_has_mention((Mention.kind == "event") & Mention.cluster.is_null(), counting))
    elif spec.worklist == NOT_ADJUDICATED:
        parts.append(not_adjudicated())
    elif spec.worklist is not None:
        raise ValueError(f"unknown work-list {spec.worklist!r}; known: {', '.join(WORKLISTS)}")
    if not parts:
        return None
    clause = parts[0]
    for part in parts[1:]:
        clause &= part
    return clause
